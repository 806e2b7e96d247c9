#include "source/page_columns.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <filesystem>
#include <unistd.h>

#include "source/pdf_reader.h"
#include "test_pdf.h"

namespace kamergraaf {
namespace {

TEST_CASE("UnfoldColumns reads the left column before the right one", "[pdf][columns]") {
  std::string page =
      "Handelingen II 2025/26, nr. 41                                     12 maart 2026\n"
      "\n"
      "Mevrouw Jansen (GroenLinks-PvdA):           kan de minister toezeggen dat\n"
      "Voorzitter. De minister schreef in          de Kamer voor het zomerreces\n"
      "Kamerstuk 36999, nr. 20 dat de pilot        een brief ontvangt?\n"
      "slaagde. Ik heb een vraag: wanneer\n"
      "komt de evaluatie, en                       Minister De Vries:\n"
      "                                            Ja, dat zeg ik toe.\n"
      "behoort bij de motie van het lid            Daarmee sluit ik af.\n"
      "\n"
      "1 Kamerstuk 36999, nr. 15, een voetnoot over de volle breedte van de pagina.\n";
  CHECK(UnfoldColumns(page) ==
        "Handelingen II 2025/26, nr. 41                                     12 maart 2026\n"
        "\n"
        "Mevrouw Jansen (GroenLinks-PvdA):\n"
        "Voorzitter. De minister schreef in\n"
        "Kamerstuk 36999, nr. 20 dat de pilot\n"
        "slaagde. Ik heb een vraag: wanneer\n"
        "komt de evaluatie, en\n"
        "behoort bij de motie van het lid\n"
        "\n"
        "kan de minister toezeggen dat\n"
        "de Kamer voor het zomerreces\n"
        "een brief ontvangt?\n"
        "Minister De Vries:\n"
        "Ja, dat zeg ik toe.\n"
        "Daarmee sluit ik af.\n"
        "\n"
        "1 Kamerstuk 36999, nr. 15, een voetnoot over de volle breedte van de pagina.\n");
}

TEST_CASE("UnfoldColumns leaves single-column pages alone", "[pdf][columns]") {
  std::string page =
      "In deze brief informeer ik uw Kamer over de uitvoering van de motie van het lid Jansen.\n"
      "De voortgang van het programma is aangekondigd in Kamerstuk 36999, nr. 12.\n"
      "Tabel:   a    b\n";
  CHECK(UnfoldColumns(page) == page);
}

TEST_CASE("A two-column PDF page is read column by column, the footnote last", "[pdf][columns]") {
  std::string pdf = std::filesystem::temp_directory_path() / ("kamergraaf-2col-" + std::to_string(::getpid()) + ".pdf");
  std::vector<std::string> left, right;
  for (int i = 0; i < 8; ++i) {
    left.push_back("Links " + std::to_string(i) + " eerste kolom met tekst");
    right.push_back("Rechts " + std::to_string(i) + " tweede kolom");
  }
  testing::WriteTwoColumnPdf(pdf, "Handelingen II 2025/26, nr. 41, 12 maart 2026, Wet digitale weerbaarheid", left,
                             right, "1 Kamerstuk 36999, nr. 15, een voetnoot over de volle breedte van de pagina.");
  std::ifstream in(pdf, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(pdf);
  std::string text;
  Diagnostics diags;
  REQUIRE(ExtractPdfText(pdf, bytes, &text, &diags).ok());
  std::string expected = "Handelingen II 2025/26, nr. 41, 12 maart 2026, Wet digitale weerbaarheid\n\n";
  for (const std::string& l : left) expected += l + "\n";
  expected += "\n";
  for (const std::string& r : right) expected += r + "\n";
  expected += "\n1 Kamerstuk 36999, nr. 15, een voetnoot over de volle breedte van de pagina.\n";
  CHECK(text == expected);
}

}  // namespace
}  // namespace kamergraaf

// Real files are messy: repaired encodings, malformed markup and unreadable PDFs are reported as
// `path:line: message` and never stop the run.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "corpus/document_reader.h"
#include "source/format_sniffer.h"
#include "source/source_file.h"
#include "test_pdf.h"

namespace kamergraaf {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags) out.push_back(d.ToString());
  return out;
}

std::set<std::string> Targets(const Document& doc) {
  std::set<std::string> out;
  for (const Citation& c : doc.citations) out.insert(c.target);
  return out;
}

TEST_CASE("Double-encoded UTF-8 is repaired with a note", "[encoding]") {
  struct Case {
    std::string in, out;
  } cases[] = {
      {"Caf\xC3\x83\xC2\xA9", "Caf\xC3\xA9"},                                  // Ã© → é
      {"co\xC3\x83\xC2\xABxistentie", "co\xC3\xABxistentie"},                  // Ã« → ë
      {"minister\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s", "minister\xE2\x80\x99s"},  // â€™ (Windows-1252) → ’
      {"minister\xC3\xA2\xC2\x80\xC2\x99s", "minister\xE2\x80\x99s"},          // â + C1 controls (Latin-1) → ’
      {"\xC3\x83\xC2\x83\xC3\x82\xC2\xA9", "\xC3\xA9"},                        // encoded three times
  };
  for (const Case& c : cases) {
    Diagnostics diags;
    std::string s = c.in;
    REQUIRE(DecodeToUtf8("d.txt", &s, &diags).ok());
    CHECK(s == c.out);
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].severity == Diagnostic::Severity::kNote);
  }
  Diagnostics diags;
  std::string s = "regel een\nco\xC3\x83\xC2\xABxistentie en caf\xC3\x83\xC2\xA9\n";
  REQUIRE(DecodeToUtf8("d.txt", &s, &diags).ok());
  CHECK(Messages(diags) == std::vector<std::string>{
                               "d.txt:2: note: double-encoded UTF-8 repaired: 2 character(s) such as "
                               "\"\xC3\x83\xC2\xA9\" for \"\xC3\xA9\" (first here)"});
}

TEST_CASE("Genuine accented text is not mistaken for double encoding", "[encoding]") {
  for (std::string s : {std::string("\xC3\x89\xC3\xA9n caf\xC3\xA9, na\xC3\xAFve co\xC3\xABxistentie"),
                        std::string("NA\xC3\x8FVE\xE2\x80\x9D"),  // Ï” would decode to a Greek letter
                        std::string("\xC3\x83 la carte")}) {
    Diagnostics diags;
    std::string before = s;
    REQUIRE(DecodeToUtf8("g.txt", &s, &diags).ok());
    CHECK(s == before);
    CHECK(diags.empty());
  }
}

TEST_CASE("Format sniffing goes by content, then by extension", "[formats]") {
  CHECK(SniffFormat("a.txt", "%PDF-1.7\n...") == InputFormat::kPdf);
  CHECK(SniffFormat("a.xml", "\xEF\xBB\xBF<?xml version=\"1.0\"?><officiele-publicatie/>") == InputFormat::kXml);
  CHECK(SniffFormat("a", "  <officiele-publicatie>") == InputFormat::kXml);
  CHECK(SniffFormat("a.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html><html>") == InputFormat::kHtml);
  CHECK(SniffFormat("page", "<!-- saved --><!DOCTYPE HTML><p>x") == InputFormat::kHtml);
  CHECK(SniffFormat("a.htm", "<p>hallo</p>") == InputFormat::kHtml);
  CHECK(SniffFormat("a.txt", "<p>hallo</p>") == InputFormat::kText);
  CHECK(SniffFormat("a.xml", "Kamerstuk 36999, nr. 1") == InputFormat::kText);
  CHECK(SniffFormat("a.txt", "\xC3\xAF\xC2\xBB\xC2\xBF\r\n\r\n<?xml version=\"1.0\"?><handelingen/>") == InputFormat::kXml);
  CHECK(SniffFormat("a.txt", "\n\n  <?xml version=\"1.0\"?><vlosCoreDocument/>") == InputFormat::kXml);
  CHECK(SniffFormat("a.txt", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) == InputFormat::kLegacyDoc);
  CHECK(SniffFormat("a.bin", std::string("PK\x03\x04", 4) + "....word/document.xml") == InputFormat::kDocx);
  CHECK(SniffFormat("a.zip", std::string("PK\x03\x04", 4) + "....other.xml") == InputFormat::kText);
  CHECK(MarkupStart("\xC3\xAF\xC2\xBB\xC2\xBF\n<?xml") == 7);
  CHECK(MarkupStart("\xEF\xBB\xBF<?xml") == 3);
  CHECK(DeclaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>") == "iso-8859-1");
  CHECK(DeclaredCharset("<html><head><meta charset=windows-1252>") == "windows-1252");
  CHECK(DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">") ==
        "iso-8859-15");
  CHECK(DeclaredCharset("Kamerstuk") == "");
}

TEST_CASE("XML honours a declared single-byte charset; a BOM and double encoding are repaired", "[encoding][xml]") {
  Diagnostics diags;
  Document doc;
  std::string latin1 =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<officiele-publicatie><kamerstuk>\n"
      "<al>Co\xEBxistentie: zie Kamerstuk 36999, nr. 3.</al></kamerstuk></officiele-publicatie>\n";
  REQUIRE(ReadDocument("l.xml", latin1, &diags, &doc).ok());
  CHECK(Messages(diags) == std::vector<std::string>{"l.xml:3: note: read as Windows-1252 as declared (iso-8859-1)"});
  CHECK(Targets(doc) == std::set<std::string>{"kst-36999-3"});

  diags.clear();
  std::string twice =
      "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<officiele-publicatie><kamerstuk>\n"
      "<al>Co\xC3\x83\xC2\xABxistentie</al></kamerstuk></officiele-publicatie>\n";
  REQUIRE(ReadDocument("t.xml", twice, &diags, &doc).ok());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].line == 3);
  CHECK(doc.format == "xml");
}

TEST_CASE("Malformed XML is reported with the parser's line and read as far as it goes", "[xml][robustness]") {
  Diagnostics diags;
  Document doc;
  std::string truncated =
      "<?xml version=\"1.0\"?>\n<officiele-publicatie>\n<kamerstuk>\n"
      "<al>Zie <extref doc=\"kst-36999-12\">Kamerstuk 36999, nr. 12</extref>.</al>\n"
      "<al>En Kamerstuk 36999, nr. 13";
  REQUIRE(ReadDocument("trunc.xml", truncated, &diags, &doc).ok());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == Diagnostic::Severity::kWarning);
  CHECK(diags[0].line == 5);
  CHECK(diags[0].message.rfind("malformed XML: ", 0) == 0);
  CHECK(diags[0].message.find("; read what could be recovered") != std::string::npos);
  CHECK(Targets(doc) == std::set<std::string>{"kst-36999-12", "kst-36999-13"});

  diags.clear();
  REQUIRE(ReadDocument("junk.xml", "<?xml version=\"1.0\"?>\nZie Kamerstuk 36999, nr. 14 &amp; meer\n", &diags, &doc).ok());
  REQUIRE_FALSE(diags.empty());
  CHECK(diags[0].message.find("malformed XML") != std::string::npos);
  CHECK(Targets(doc).count("kst-36999-14") == 1);  // read as text when nothing could be recovered
}

TEST_CASE("HTML honours <meta charset> and is read as tag soup", "[encoding][html]") {
  Diagnostics diags;
  Document doc;
  std::string page =
      "<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title></head><body><p>Zie "
      "<a href=\"https://example.nl/x\">hier<p>en Kamerstuk 36999, nr. 5</body>";
  REQUIRE(ReadDocument("p.html", page, &diags, &doc).ok());
  CHECK(doc.title == "Caf\xC3\xA9");
  CHECK(Targets(doc) == std::set<std::string>{"kst-36999-5", "url:https://example.nl/x"});
}

TEST_CASE("UTF-16 XML is transcoded before it is parsed", "[encoding][xml]") {
  std::string utf8 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><officiele-publicatie><kamerstuk><al>Kamerstuk "
                     "36999, nr. 7</al></kamerstuk></officiele-publicatie>";
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) utf16 += std::string{c, '\0'};
  Diagnostics diags;
  Document doc;
  REQUIRE(ReadDocument("u.xml", utf16, &diags, &doc).ok());
  CHECK(doc.format == "xml");
  CHECK(Targets(doc) == std::set<std::string>{"kst-36999-7"});
}

class TempPdf {
 public:
  explicit TempPdf(const std::string& name)
      : path_(fs::temp_directory_path() / ("kamergraaf-" + std::to_string(::getpid()) + "-" + name)) {}
  ~TempPdf() { fs::remove(path_); }
  const std::string& path() const { return path_; }
  std::string Bytes() const {
    std::ifstream in(path_, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

 private:
  std::string path_;
};

TEST_CASE("Broken and empty PDFs give a diagnostic, never a crash", "[pdf][robustness]") {
  Diagnostics diags;
  Document doc;
  Status st = ReadDocument("broken.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog", &diags, &doc);
  CHECK(st.code() == Status::Code::kInvalidInput);
  CHECK(st.message().rfind("broken.pdf: cannot read PDF: ", 0) == 0);

  TempPdf blank("blank.pdf");
  testing::WritePdf(blank.path(), {{}});
  diags.clear();
  REQUIRE(ReadDocument(blank.path(), blank.Bytes(), &diags, &doc).ok());
  CHECK(Messages(diags) ==
        std::vector<std::string>{blank.path() + ": PDF has no text layer (a scan?): nothing to read"});
}

TEST_CASE("An encrypted PDF is reported as such", "[pdf][robustness]") {
  if (std::system("command -v qpdf >/dev/null 2>&1") != 0) {
    WARN("qpdf is not installed (tools/bootstrap installs it): encrypted-PDF test skipped");
    return;
  }
  TempPdf plain("plain.pdf"), locked("locked.pdf"), owner_only("owner.pdf");
  testing::WritePdf(plain.path(), {{"Zie Kamerstuk 36999, nr. 12."}});
  REQUIRE(std::system(("qpdf --encrypt geheim eigenaar 256 -- " + plain.path() + " " + locked.path()).c_str()) == 0);
  REQUIRE(std::system(("qpdf --encrypt '' eigenaar 256 -- " + plain.path() + " " + owner_only.path()).c_str()) == 0);
  Diagnostics diags;
  Document doc;
  Status st = ReadDocument(locked.path(), locked.Bytes(), &diags, &doc);
  CHECK(st.code() == Status::Code::kInvalidInput);
  CHECK(st.message() == locked.path() + ": PDF is encrypted");

  REQUIRE(ReadDocument(owner_only.path(), owner_only.Bytes(), &diags, &doc).ok());
  CHECK(Targets(doc) == std::set<std::string>{"kst-36999-12"});
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

std::string SlurpFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST_CASE("Every truncation and a flipped byte of each fixture is read without a crash", "[robustness]") {
  const std::string data = std::string(KAMERGRAAF_SOURCE_DIR) + "/tests/data/formats/";
  TempPdf pdf("cut.pdf");
  testing::WritePdf(pdf.path(), {{"Zie Kamerstuk 36999, nr. 12.", "", "\u00B9 Kamerstuk 36999, nr. 15."}});
  std::vector<std::pair<std::string, std::string>> inputs = {
      {"cut.xml", SlurpFile(data + "kst-36999-20.xml")},
      {"cut.xml", SlurpFile(data + "h-tk-20252026-41-7.xml")},
      {"cut.html", SlurpFile(data + "kamerbrief.html")},
      {"cut.pdf", pdf.Bytes()},
  };
  int read = 0;
  for (const auto& [name, bytes] : inputs) {
    REQUIRE(!bytes.empty());
    const std::size_t step = std::max<std::size_t>(1, bytes.size() / 97);
    for (std::size_t cut = 0; cut <= bytes.size(); cut += step) {
      for (bool flip : {false, true}) {
        std::string b = bytes.substr(0, cut);
        if (flip && !b.empty()) b[b.size() / 2] = static_cast<char>(b[b.size() / 2] ^ 0x5A);
        Diagnostics diags;
        Document doc;
        if (ReadDocument(name, b, &diags, &doc).ok()) ++read;
      }
    }
  }
  CHECK(read > 0);
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("Markup nested thousands deep keeps its text and says it was flattened", "[xml][robustness]") {
  std::string xml = "<?xml version=\"1.0\"?><officiele-publicatie>";
  for (int i = 0; i < 1500; ++i) xml += "<al>";
  xml += "Kamerstuk 36999, nr. 1";
  for (int i = 0; i < 1500; ++i) xml += "</al>";
  xml += "</officiele-publicatie>";
  Diagnostics diags;
  Document doc;
  REQUIRE(ReadDocument("deep.xml", xml, &diags, &doc).ok());
  CHECK(Messages(diags) == std::vector<std::string>{
                               "deep.xml: markup nested deeper than 256 levels: the deeper part is read as "
                               "plain text (all of it kept)"});
  CHECK(Targets(doc) == std::set<std::string>{"kst-36999-1"});
}

}  // namespace
}  // namespace kamergraaf

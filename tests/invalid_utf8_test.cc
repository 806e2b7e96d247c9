// Invalid UTF-8 in every position of a document: decoding repairs it, parsing never fails, offsets stay
// inside the text and the citation away from the bad byte is still found.
#include <catch2/catch.hpp>
#include <string>

#include "kamergraaf/pipeline.h"
#include "source/source_file.h"

namespace kamergraaf {
namespace {

TEST_CASE("A stray invalid byte at any position is repaired and reported, never fatal", "[robustness]") {
  const std::string base =
      "Vragen van het lid Jansen (PvdD).\n1\nKan de minister ingaan op Kamerstuk 36999, nr. 12?\nAntwoord\nJa.\n";
  for (unsigned char bad : {0xFF, 0xC3, 0x80, 0xE2}) {
    for (std::size_t pos = 0; pos <= base.size(); ++pos) {
      std::string bytes = base;
      bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(pos), static_cast<char>(bad));
      Diagnostics diags;
      REQUIRE(DecodeToUtf8("x.txt", &bytes, &diags).ok());
      REQUIRE(diags.size() == 1);
      Document doc = ParseDocument("x.txt", bytes);
      bool found = false;
      for (const Citation& c : doc.citations) {
        CHECK(c.end <= bytes.size());
        found = found || c.target == "kst-36999-12";
      }
      // A replacement character inside the citation itself may break it; anywhere else it must not.
      std::size_t cite = base.find("Kamerstuk");
      if (pos < cite || pos > cite + 23) {
        INFO("byte " << int(bad) << " at " << pos);
        CHECK(found);
      }
    }
  }
}

}  // namespace
}  // namespace kamergraaf

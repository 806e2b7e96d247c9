// The string helpers behind the parse stage's prefilters: FoldWhitespace, ContainsLiteral and FoldedText. A
// prefilter may only skip a pattern where the pattern cannot match, so every answer here is exact.
#include "parse/text_util.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace kamergraaf {
namespace {

TEST_CASE("FoldWhitespace folds runs of whitespace and no-break spaces to one space, trimmed", "[text_util]") {
  struct Row {
    std::string in, out;
  };
  const std::vector<Row> rows = {
      {"", ""},
      {"   ", ""},
      {"een twee", "een twee"},
      {"  een \t\n twee  ", "een twee"},
      {"een\xC2\xA0\xC2\xA0twee", "een twee"},     // no-break spaces
      {"\xC2\xA0" "een", "een"},                 // a leading no-break space
      {"caf\xC3\xA9 \xC2\xB0", "caf\xC3\xA9 \xC2\xB0"},  // 0xC2 starting another character stays
      {"een \xC2", "een \xC2"},                  // a cut sequence at the end stays
      {"a\r\n\f\vb", "a b"},
  };
  for (const Row& r : rows) {
    INFO(r.in);
    CHECK(FoldWhitespace(r.in) == r.out);
  }
}

TEST_CASE("ContainsLiteral finds a literal byte for byte", "[text_util]") {
  struct Row {
    std::string text, literal;
    bool found;
  };
  const std::vector<Row> rows = {
      {"Tweede Kamer", "Kamer", true},  {"Tweede Kamer", "kamer", false}, {"Tweede Kamer", "Tweede Kamer", true},
      {"Tweede Kamer", "Tweede Kamers", false}, {"", "x", false},         {"abc", "", true},
      {"xxTK 5", "TK ", true},          {"TK", "TK ", false},             {"aaaab", "aab", true},
      {"kst-1 kst", "kst-", true},      {"s-Gravenhage", "'s-Gravenhage", false},
  };
  for (const Row& r : rows) {
    INFO(r.text << " / " << r.literal);
    CHECK(ContainsLiteral(r.text, r.literal) == r.found);
  }
}

TEST_CASE("FoldedText: words in any case, literals byte for byte, within a limit", "[text_util]") {
  const std::string text = "Den Haag, 3 MEI 2024\nVoorgesteld 2 mei 2024\n";
  const FoldedText folded(text);
  CHECK(folded.MayHold("voorgesteld"));
  CHECK(folded.MayHold("den haag"));
  CHECK(folded.MayHold("mei 2024"));
  CHECK_FALSE(folded.MayHold("ontvangen"));
  CHECK_FALSE(folded.MayHold("voorgesteld", 20));  // only in the first 20 bytes
  CHECK(folded.MayHoldAny({"ontvangen", "haag"}));
  CHECK(folded.Holds("Den Haag"));
  CHECK_FALSE(folded.Holds("den haag"));
  CHECK_FALSE(folded.Holds("Voorgesteld", 20));
  CHECK_FALSE(folded.Holds("Xyz"));  // a byte the text lacks: no search at all
  CHECK(folded.Lower().substr(0, 8) == "den haag");
  CHECK(folded.Exact(text.size()));
  // RE2's (?i) matches "ſ" (U+017F) for s and the Kelvin sign (U+212A) for k: such a text may hold any word.
  const std::string long_s = "Voorgeſteld 2 mei 2024";
  const FoldedText odd(long_s);
  CHECK(odd.MayHold("voorgesteld"));
  CHECK(odd.MayHold("ontvangen"));
  CHECK_FALSE(odd.Exact(long_s.size()));
  CHECK_FALSE(odd.Holds("Voorgesteld"));  // byte for byte it is not there
  const FoldedText kelvin("\xE2\x84\xAA" "amer");
  CHECK(kelvin.MayHold("kamer"));
}

}  // namespace
}  // namespace kamergraaf

// Tests of the scanner's parts: normalisation with its offset map, canonical ids, number lists, URLs.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/canonical_id.h"
#include "parse/number_list.h"
#include "parse/url_extractor.h"
#include "text/normalizer.h"

namespace kamergraaf {
namespace {

TEST_CASE("NormalizeRange folds white space, dashes and invisible characters", "[normalizer]") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"Kamerstuk \n22112", "Kamerstuk 22112"},
      {"33 \n321", "33 321"},
      {"26\xC2\xA0"
       "643",
       "26 643"},
      {"26\xE2\x80\xAF"
       "643",
       "26 643"},
      {"26\xE2\x80\x89"
       "643",
       "26 643"},
      {"2022\xE2\x80\x93"
       "2023",
       "2022-2023"},
      {"a\xE2\x80\x94"
       "b\xE2\x80\x90"
       "c\xE2\x88\x92"
       "d",
       "a-b-c-d"},
      {"Kamer\xC2\xAD"
       "stuk",
       "Kamerstuk"},
      {"x\xE2\x80\x8By", "xy"},
      {"\xEF\xBB\xBF"
       "abc",
       "abc"},
      {"\xE2\x80\x98t Hooft\xE2\x80\x99", "'t Hooft'"},
      {"  a \t\r\n b  ", " a b "},
      {"\xC3\xA9\xC3\xA9n", "\xC3\xA9\xC3\xA9n"},
      {"\xE2\x82\xAC 5", "\xE2\x82\xAC 5"},
      {"", ""},
  };
  NormalizedText n;
  for (const Row& r : rows) {
    INFO(r.in);
    NormalizeRange(r.in, 0, r.in.size(), &n);
    CHECK(n.text == r.out);
    REQUIRE(n.offsets.size() == n.text.size() + 1);
    CHECK(n.Original(n.text.size()) == r.in.size());
  }
}

TEST_CASE("NormalizeRange maps every output byte back to the original", "[normalizer]") {
  std::string in =
      "ab\xC2\xA0\n cd\xE2\x80\x93"
      "e";
  NormalizedText n;
  NormalizeRange(in, 0, in.size(), &n);
  REQUIRE(n.text == "ab cd-e");
  const std::uint32_t expected[] = {0, 1, 2, 6, 7, 8, 11, 12};
  REQUIRE(n.offsets.size() == std::size(expected));
  for (std::size_t i = 0; i < n.offsets.size(); ++i) CHECK(n.Original(i) == expected[i]);
  NormalizeRange(in, 6, 11, &n);  // a sub-range maps back to absolute offsets
  CHECK(n.text == "cd-");
  CHECK(n.Original(0) == 6);
  CHECK(n.Original(n.text.size()) == 11);
  CHECK(n.offsets[0] == 0);
}

TEST_CASE("UTF-8 boundaries", "[normalizer]") {
  std::string s =
      "a\xC3\xA9"
      "b";
  CHECK(Utf8FloorBoundary(s, 2) == 1);
  CHECK(Utf8CeilBoundary(s, 2) == 3);
  CHECK(Utf8FloorBoundary(s, 9) == s.size());
}

TEST_CASE("Canonical ids", "[canonical_id]") {
  CHECK(DigitsOnly("26 643") == "26643");
  CHECK(DossierSuffix("-33") == "33");
  CHECK(DossierSuffix(" VII") == "VII");
  CHECK(DossierSuffix("-a") == "A");
  CHECK(DossierSuffix(" hoofdstuk XI") == "XI");
  CHECK(DossierSuffix("") == "");
  CHECK(KamerstukId("26 643", "", "1317") == "kst-26643-1317");
  CHECK(KamerstukId("21501", "33", "1195") == "kst-21501-33-1195");
  CHECK(KamerstukId("35925", "", "E") == "kst-35925-E");
  CHECK(KamerstukId("", "", "5") == "");
  CHECK(Vergaderjaar("2024", "25") == "20242025");
  CHECK(Vergaderjaar("2025", "2026") == "20252026");
  CHECK(Vergaderjaar("1999", "00") == "19992000");
  CHECK(Vergaderjaar("2023", "2028") == "");
  CHECK(Vergaderjaar("24", "25") == "");
  CHECK(ChamberCode("II") == "tk");
  CHECK(ChamberCode("TK") == "tk");
  CHECK(ChamberCode("Tweede Kamer") == "tk");
  CHECK(ChamberCode("I") == "ek");
  CHECK(ChamberCode("eerste kamer") == "ek");
  CHECK(ChamberCode("") == "");
  CHECK(ChamberRoman("tk") == "II");
  CHECK(ChamberRoman("ek") == "I");
}

TEST_CASE("CleanUrl strips what is not part of the URL", "[canonical_id]") {
  struct Row {
    const char* in;
    const char* out;
    std::size_t kept;
  };
  const Row rows[] = {
      {"https://a.nl/x.", "https://a.nl/x", 14},      {"https://a.nl/x).", "https://a.nl/x", 14},
      {"https://a.nl/f(x)", "https://a.nl/f(x)", 17}, {"https://a.nl/x];", "https://a.nl/x", 14},
      {"https://a.nl", "https://a.nl/", 12},          {"https://a.nl?q=1", "https://a.nl?q=1", 16},
      {"https://a.nl/x'\"", "https://a.nl/x", 14},
  };
  for (const Row& r : rows) {
    INFO(r.in);
    std::size_t kept = 0;
    CHECK(CleanUrl(r.in, &kept) == r.out);
    CHECK(kept == r.kept);
  }
}

TEST_CASE("ParseNumberList", "[number_list]") {
  struct Row {
    const char* list;
    const char* following;
    bool singular;
    bool has_suffix;
    bool ok;
    std::vector<std::string> numbers;
    const char* sloppy;
  };
  const Row rows[] = {
      {"1317", ".", true, false, true, {"1317"}, ""},
      {"5 en 6", "", false, false, true, {"5", "6"}, ""},
      {"7, 8", ")", true, false, true, {"7", "8"}, ""},
      {"1-3", "", false, false, true, {"1", "2", "3"}, ""},
      {"130 t/m 132", "", false, false, true, {"130", "131", "132"}, ""},
      {"5-2", "", false, false, true, {"5"}, ""},
      {"1-900", "", false, false, true, {"1"}, ""},
      {"33, 1202", "", true, false, true, {"1202"}, "33"},
      {"33, 1202", "", false, false, true, {"33", "1202"}, ""},
      {"33, 1202", "", true, true, true, {"33", "1202"}, ""},
      {"7, 8", " november", true, false, true, {"7"}, ""},
      {"3 en 6808", ", nr. 5", true, false, true, {"3"}, ""},
      {"E", ".", true, false, true, {"E"}, ""},
      {"88e", "Eerste", true, false, true, {"88"}, ""},
      {"183a", " ", true, false, true, {"183a"}, ""},
      {"12345", "6", true, false, false, {}, ""},
  };
  for (const Row& r : rows) {
    INFO(r.list << " | " << r.following);
    NumberListResult res;
    REQUIRE(ParseNumberList(r.list, r.following, r.singular, r.has_suffix, &res) == r.ok);
    if (!r.ok) continue;
    CHECK(res.numbers == r.numbers);
    CHECK(res.sloppy_suffix == r.sloppy);
  }
}

TEST_CASE("ExtractUrls finds, cleans and rejoins URLs and the ids they carry", "[url]") {
  auto targets = [](const std::string& text) {
    std::vector<Citation> out;
    ExtractUrls(text, &out);
    std::vector<std::string> t;
    for (const Citation& c : out) t.push_back(c.target);
    return t;
  };
  CHECK(targets("zie https://a.nl/x.") == std::vector<std::string>{"url:https://a.nl/x"});
  CHECK(targets("xhttps://a.nl/x").empty());
  CHECK(targets("ftp://a.nl/x").empty());
  CHECK(targets("https://www.tweedekamer.nl/detail?id=2024Z20614&did=2024D48680") ==
        std::vector<std::string>{"url:https://www.tweedekamer.nl/detail?id=2024Z20614&did=2024D48680", "2024Z20614",
                                 "2024D48680"});
  CHECK(
      targets("https://zoek.officielebekendmakingen.nl/kst-35300-VII-5.html") ==
      std::vector<std::string>{"url:https://zoek.officielebekendmakingen.nl/kst-35300-VII-5.html", "kst-35300-VII-5"});
  CHECK(targets("https://zoek.officielebekendmakingen.nl/h-tk-20192020-45-12.html") ==
        std::vector<std::string>{"url:https://zoek.officielebekendmakingen.nl/h-tk-20192020-45-12.html",
                                 "h-tk-20192020-45-12"});
  std::vector<Citation> out;
  std::string text = "Een regel die lang genoeg is om te wrappen: https://a.nl/lang-\r\nvervolg.html.";
  ExtractUrls(text, &out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].target == "url:https://a.nl/lang-vervolg.html");
  CHECK(out[0].start == text.find("https"));
  CHECK(out[0].end == text.size() - 1);
}

}  // namespace
}  // namespace kamergraaf

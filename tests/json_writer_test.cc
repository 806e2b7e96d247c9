// The JSON lines of `scan` are written without json objects: they must be what nlohmann::json writes.
#include "output/json_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kamergraaf {
namespace {

using json = nlohmann::ordered_json;

// The JSON array of the same citations, through nlohmann::json, one compact object a line.
std::string ViaJsonObjects(const Corpus& corpus) {
  std::string out;
  for (const json& object : json::parse(CitationsJson(corpus))) {
    out += object.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  }
  return out;
}

TEST_CASE("Citation JSON lines are the citation objects as nlohmann::json dumps them", "[output]") {
  // Strings that escape, strings of every UTF-8 length, and invalid UTF-8 of every kind that dump()
  // replaces (overlong, surrogate, past U+10FFFF, truncated, stray continuation byte, 0xFF), one kind
  // per string: a string with any invalid byte is written by nlohmann itself.
  static const char kControls[] = "controls \x01\x08\x0C\x1F and NUL \0 end";
  const std::string texts[] = {
      "",
      "Kamerstuk 36999, nr. 12",
      "quote \" backslash \\ slash / tab \t newline \n return \r",
      std::string(kControls, sizeof kControls - 1),
      "DEL \x7F",
      "caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x93\x9C \xEF\xBF\xBF \xF4\x8F\xBF\xBF",
      "overlong \xC0\x80",
      "overlong \xC1\xBF",
      "overlong \xE0\x80\x80",
      "overlong \xF0\x80\x80\x80",
      "surrogate \xED\xA0\x80",
      "too high \xF4\x90\x80\x80",
      "too high \xF5\x80\x80\x80",
      "continuation expected \xE2\x28\xA1",
      "continuation expected \xE2\x82\x28",
      "continuation expected \xF0\x9F\x93\x28",
      "truncated \xE2\x82",
      "truncated at the end \xE2\x82",
      "stray \x80 continuation",
      "byte \xFF",
      "\xC3",
  };
  Corpus corpus;
  for (const std::string& path : {std::string("a.txt"), std::string("dir/\xE9\xE9n \"b\".txt")}) {
    Document doc;
    doc.path = path;
    int i = 0;
    for (const std::string& text : texts) {
      Citation c;
      c.kind = static_cast<CitationKind>(i % (static_cast<int>(CitationKind::kMention) + 1));
      c.target = i % 3 == 0 ? "" : "kst-36999-" + std::to_string(i);
      c.resolved = i % 2 == 0;
      c.start = std::size_t{1} << (i * 4 % 64);
      c.end = c.start + text.size();
      c.line = i - 1;  // -1 once
      c.column = i * 7;
      c.text = text;
      c.footnote = i % 4 == 1 ? text : std::to_string(i);
      c.context_line = -i;
      c.chamber = i % 2 ? "II" : "";
      c.vergaderjaar = i % 5 ? "" : "20252026";
      c.page = text;
      c.mention_name = i % 3 == 2 ? text : "";
      doc.citations.push_back(c);
      ++i;
    }
    corpus.documents.push_back(doc);
  }
  const std::string lines = CitationsJsonLines(corpus);
  CHECK(lines == ViaJsonObjects(corpus));
  std::istringstream in(lines);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    CHECK_NOTHROW(json::parse(line));
    ++n;
  }
  CHECK(n == 2 * static_cast<int>(std::size(texts)));
}

TEST_CASE("An empty corpus has no citation lines", "[output]") { CHECK(CitationsJsonLines(Corpus{}).empty()); }

}  // namespace
}  // namespace kamergraaf

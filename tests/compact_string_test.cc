#include "kamergraaf/compact_string.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using kamergraaf::CompactString;

TEST_CASE("CompactString keeps every length, inline and on the heap", "[model]") {
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string value;
    for (std::size_t i = 0; i < n; ++i) value.push_back(static_cast<char>('a' + i % 26));
    CompactString s(value);
    CHECK(s.size() == n);
    CHECK(s.empty() == (n == 0));
    CHECK(s.view() == value);
    CHECK(s.str() == value);
    CHECK(s == value);
  }
}

TEST_CASE("CompactString keeps 8-byte values whatever their last byte", "[model]") {
  // Inline on x86-64 unless the last byte could be read as a tag (0x80..0x87) or a pointer (0).
  for (const std::string value : {std::string("20242025"), std::string("abcdef\xc3\x85"),
                                  std::string("abcdefg\x80"), std::string("abcdefg\x87"),
                                  std::string("abcdefg\x88"), std::string("abcdefg\0", 8)}) {
    CompactString s(value);
    CHECK(s.size() == 8);
    CHECK(s.view() == value);
    CompactString copy = s;
    CHECK(copy == value);
  }
}

TEST_CASE("CompactString copies, moves and reassigns without sharing", "[model]") {
  CompactString a("Kamerstukken II");  // heap
  CompactString b("II");               // inline
  CompactString c = a;
  CHECK(c == "Kamerstukken II");
  c = b;
  CHECK(c == "II");
  CHECK(a == "Kamerstukken II");
  CompactString d = std::move(a);
  CHECK(d == "Kamerstukken II");
  CHECK(a.empty());  // NOLINT(bugprone-use-after-move): a moved-from CompactString is empty
  const CompactString& same = d;
  d = same;  // self-assignment keeps the value
  CHECK(d == "Kamerstukken II");
  d = d.view().substr(0, 12);  // assigning a view into itself
  CHECK(d == "Kamerstukken");
  d.clear();
  CHECK(d.empty());
  CHECK(d == "");
  b = std::string("20242025");
  CHECK(b == "20242025");
  CHECK(b.size() == 8);
}

TEST_CASE("CompactString in a growing vector keeps its values", "[model]") {
  std::vector<CompactString> v;
  for (int i = 0; i < 1000; ++i) v.emplace_back(std::string(static_cast<std::size_t>(i % 20), 'x') + std::to_string(i));
  for (int i = 0; i < 1000; ++i) CHECK(v[i] == std::string(static_cast<std::size_t>(i % 20), 'x') + std::to_string(i));
}

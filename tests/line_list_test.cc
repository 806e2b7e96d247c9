#include "kamergraaf/line_list.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <utility>
#include <vector>

using kamergraaf::LineList;

TEST_CASE("LineList keeps lines ascending and unique, inline and on the heap", "[model]") {
  LineList lines;
  CHECK(lines.empty());
  lines.Insert(30);
  CHECK(lines == std::vector<int>{30});
  lines.Insert(30);
  CHECK(lines.size() == 1);
  lines.Insert(10);
  lines.Insert(20);
  lines.Insert(40);
  lines.Insert(5);
  CHECK(lines == std::vector<int>{5, 10, 20, 30, 40});
  CHECK(lines.front() == 5);
  CHECK(LineList{3, 1, 2, 1} == std::vector<int>{1, 2, 3});
}

TEST_CASE("LineList matches a std::set under random inserts, merges, copies and moves", "[model]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    LineList a, b;
    std::set<int> sa, sb;
    const int n = static_cast<int>(rng() % 12), m = static_cast<int>(rng() % 3);
    for (int i = 0; i < n; ++i) {
      int x = static_cast<int>(rng() % 20);
      a.Insert(x);
      sa.insert(x);
    }
    for (int i = 0; i < m; ++i) {
      int x = static_cast<int>(rng() % 20);
      b.Insert(x);
      sb.insert(x);
    }
    CHECK(a == std::vector<int>(sa.begin(), sa.end()));
    LineList copy = a;
    copy.Merge(b);
    sa.insert(sb.begin(), sb.end());
    CHECK(copy == std::vector<int>(sa.begin(), sa.end()));
    copy.ShrinkToFit();
    CHECK(copy == std::vector<int>(sa.begin(), sa.end()));
    LineList moved = std::move(copy);
    CHECK(moved.ToVector() == std::vector<int>(sa.begin(), sa.end()));
    CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from LineList is empty
    b = moved;
    CHECK(b == moved);
  }
}

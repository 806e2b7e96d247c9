#include "graph/id_index.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace kamergraaf {
namespace {

TEST_CASE("IdIndex finds every id and alias through growth, and refuses a name twice", "[graph]") {
  std::vector<Node> nodes;
  IdIndex index;
  for (int v = 0; v < 5000; ++v) {
    Node n;
    n.id = "kst-" + std::to_string(36000 + v) + "-1";
    nodes.push_back(n);
    REQUIRE(index.Insert(nodes, v, 0) == -1);
    if (v % 3 == 0) {
      nodes[v].aliases.push_back("url:https://example.org/" + std::to_string(v));
      REQUIRE(index.Insert(nodes, v, 1) == -1);
    }
  }
  for (int v = 0; v < 5000; ++v) {
    CHECK(index.Find(nodes, nodes[v].id) == v);
    if (v % 3 == 0) CHECK(index.Find(nodes, "url:https://example.org/" + std::to_string(v)) == v);
  }
  CHECK(index.Find(nodes, "kst-99999-1") == -1);
  CHECK(index.Find(nodes, "") == -1);
  // A name already taken reports its owner and is not recorded again.
  nodes[1].aliases.push_back(nodes[0].id);
  CHECK(index.Insert(nodes, 1, 1) == 0);
  CHECK(index.Find(nodes, nodes[0].id) == 0);
}

}  // namespace
}  // namespace kamergraaf

// Which arrows of a map are bundled between two blocks (output/edge_bundles.h).
#include <catch2/catch.hpp>

#include "output/edge_bundles.h"

namespace kamergraaf {
namespace {

Edge Arrow(int source, int target) {
  Edge e;
  e.source = source;
  e.target = target;
  return e;
}

TEST_CASE("Arrows bundle only between two different clusters, from the threshold up", "[map]") {
  // Nodes 0-2 in A, 3-5 in B, 6 in C, 7 on its own.
  const std::unordered_map<int, std::string> cluster = {{0, "A"}, {1, "A"}, {2, "A"}, {3, "B"},
                                                        {4, "B"}, {5, "B"}, {6, "C"}};
  std::vector<Edge> store = {Arrow(0, 3), Arrow(1, 4), Arrow(2, 5), Arrow(0, 1), Arrow(2, 2),
                             Arrow(0, 6), Arrow(1, 6), Arrow(7, 3), Arrow(7, 4), Arrow(7, 5),
                             Arrow(3, 0)};
  std::vector<const Edge*> edges;
  for (const Edge& e : store) edges.push_back(&e);

  struct Case {
    int min_edges;
    std::vector<std::pair<std::string, std::string>> bundles;  // (from, to), sorted
    std::vector<int> sizes;
  };
  const std::vector<Case> cases = {
      {3, {{"A", "B"}}, {3}},                         // A→C has 2, B→A 1; node 7 is in no cluster
      {2, {{"A", "B"}, {"A", "C"}}, {3, 2}},
      {4, {}, {}},
      {1, {}, {}},  // below 2 means never
      {0, {}, {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.min_edges);
    EdgeBundles got = BundleBetweenClusters(edges, cluster, c.min_edges);
    REQUIRE(got.bundles.size() == c.bundles.size());
    std::size_t in_bundles = 0;
    for (std::size_t i = 0; i < c.bundles.size(); ++i) {
      CHECK(got.bundles[i].from == c.bundles[i].first);
      CHECK(got.bundles[i].to == c.bundles[i].second);
      CHECK(got.bundles[i].edges.size() == static_cast<std::size_t>(c.sizes[i]));
      in_bundles += got.bundles[i].edges.size();
    }
    CHECK(got.bundled.size() == in_bundles);
  }
  // Within a cluster, self-loops and edges from a node without a cluster are never bundled.
  EdgeBundles two = BundleBetweenClusters(edges, cluster, 2);
  CHECK_FALSE(two.bundled.count(&store[3]));
  CHECK_FALSE(two.bundled.count(&store[4]));
  CHECK_FALSE(two.bundled.count(&store[7]));
  CHECK(two.bundled.count(&store[0]));
  CHECK(two.bundles[0].edges.front() == &store[0]);  // input order kept
}

}  // namespace
}  // namespace kamergraaf

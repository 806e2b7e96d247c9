// ComputeCentrality on small graphs whose values are known exactly, and on a graph whose values networkx
// computed (tests/data/networkx_fixture.json, written by tools/gen-networkx-fixture).
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

using Catch::Matchers::WithinAbs;

CitationGraph Make(int n, const std::vector<std::pair<int, int>>& edges) {
  CitationGraph g;
  for (int v = 0; v < n; ++v) {
    Node node;
    node.id = "n" + std::to_string(v);
    node.kind = NodeKind::kDocument;
    g.AddNode(node);
  }
  for (auto [s, t] : edges) g.AddEdge(s, t, EdgeKind::kCites, 0, false);
  return g;
}

CentralityOptions Tight() {
  CentralityOptions o;
  o.tolerance = 1e-14;
  o.max_iterations = 10000;
  return o;
}

struct Expected {
  std::string name;
  int n;
  std::vector<std::pair<int, int>> edges;
  std::vector<double> pagerank, betweenness, hub, authority;
  int weak, strong;
};

TEST_CASE("Centrality on graphs with known values", "[centrality]") {
  const double h = 1 / std::sqrt(3.0);
  const std::vector<Expected> cases = {
      // Four leaves cite a dangling centre: c = 11/21, each leaf 5/42.
      {"star", 5, {{1, 0}, {2, 0}, {3, 0}, {4, 0}},
       {11.0 / 21, 5.0 / 42, 5.0 / 42, 5.0 / 42, 5.0 / 42}, {0, 0, 0, 0, 0},
       {0, 0.5, 0.5, 0.5, 0.5}, {1, 0, 0, 0, 0}, 1, 5},
      // a → b, b dangling: a = 20/57, b = 37/57.
      {"dangling", 2, {{0, 1}}, {20.0 / 57, 37.0 / 57}, {0, 0}, {1, 0}, {0, 1}, 1, 2},
      {"cycle", 3, {{0, 1}, {1, 2}, {2, 0}}, {1.0 / 3, 1.0 / 3, 1.0 / 3}, {1, 1, 1}, {h, h, h}, {h, h, h}, 1, 1},
      // Two shortest paths 0 → 3 share the pair between 1 and 2.
      {"diamond", 4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}}, {}, {0, 0.5, 0.5, 0}, {}, {}, 1, 4},
      {"chain", 4, {{0, 1}, {1, 2}, {2, 3}}, {}, {0, 2, 2, 0}, {}, {}, 1, 4},
      {"empty", 3, {}, {1.0 / 3, 1.0 / 3, 1.0 / 3}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, 3, 3},
  };
  for (const Expected& c : cases) {
    INFO(c.name);
    CitationGraph g = Make(c.n, c.edges);
    Centrality r = ComputeCentrality(g, Tight());
    for (std::size_t v = 0; v < c.pagerank.size(); ++v) CHECK_THAT(r.pagerank[v], WithinAbs(c.pagerank[v], 1e-12));
    for (std::size_t v = 0; v < c.betweenness.size(); ++v)
      CHECK_THAT(r.betweenness[v], WithinAbs(c.betweenness[v], 1e-12));
    for (std::size_t v = 0; v < c.hub.size(); ++v) CHECK_THAT(r.hub[v], WithinAbs(c.hub[v], 1e-9));
    for (std::size_t v = 0; v < c.authority.size(); ++v) CHECK_THAT(r.authority[v], WithinAbs(c.authority[v], 1e-9));
    CHECK(r.num_weak_components == c.weak);
    CHECK(r.num_strong_components == c.strong);
    CHECK_FALSE(r.betweenness_sampled);
  }
}

TEST_CASE("Degrees count distinct neighbours, not parallel edges", "[centrality]") {
  CitationGraph g = Make(2, {{0, 1}});
  g.AddEdge(0, 1, EdgeKind::kCites, 5, false);
  g.AddEdge(0, 1, EdgeKind::kFollowsUp, 5, false);
  Centrality r = ComputeCentrality(g);
  CHECK(r.out_degree == std::vector<int>{1, 0});
  CHECK(r.in_degree == std::vector<int>{0, 1});
}

TEST_CASE("Components are numbered by their first node", "[centrality]") {
  CitationGraph g = Make(6, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 3}});
  Centrality r = ComputeCentrality(g);
  CHECK(r.strong_component == std::vector<int>{0, 0, 0, 1, 1, 2});
  CHECK(r.weak_component == std::vector<int>{0, 0, 0, 0, 0, 1});
  CHECK(r.num_strong_components == 3);
  CHECK(r.num_weak_components == 2);
}

TEST_CASE("Strong components of a long citation chain do not recurse", "[centrality]") {
  const int n = 200000;
  std::vector<std::pair<int, int>> edges;
  for (int v = 0; v + 1 < n; ++v) edges.emplace_back(v, v + 1);
  edges.emplace_back(n - 1, 0);
  CitationGraph g = Make(n, edges);
  CentralityOptions o;
  o.samples = 4;
  o.exact_betweenness_limit = 100;
  Centrality r = ComputeCentrality(g, o);
  CHECK(r.num_strong_components == 1);
  CHECK(r.betweenness_sampled);
  CHECK(r.betweenness_sources == 4);
}

TEST_CASE("Sampled betweenness is a scaled, reproducible estimate", "[centrality]") {
  // On a directed 4-cycle every node has betweenness 3; the pivots' sum, scaled by n / samples, keeps the
  // total of 12.
  CitationGraph g = Make(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
  CentralityOptions o;
  o.exact_betweenness_limit = 0;
  o.samples = 2;
  Centrality a = ComputeCentrality(g, o);
  Centrality b = ComputeCentrality(g, o);
  CHECK(a.betweenness_sampled);
  CHECK(a.betweenness == b.betweenness);
  double total = 0;
  for (double x : a.betweenness) total += x;
  CHECK_THAT(total, WithinAbs(12, 1e-12));
  o.samples = 4;  // as many pivots as nodes: exact
  Centrality exact = ComputeCentrality(g, o);
  CHECK_FALSE(exact.betweenness_sampled);
  CHECK(exact.betweenness == std::vector<double>{3, 3, 3, 3});
}

TEST_CASE("Centrality agrees with networkx to 1e-6", "[centrality]") {
  std::ifstream in(std::string(KAMERGRAAF_SOURCE_DIR) + "/tests/data/networkx_fixture.json");
  REQUIRE(in);
  nlohmann::json fx = nlohmann::json::parse(in);
  const int n = fx["num_nodes"];
  std::vector<std::pair<int, int>> edges;
  for (const auto& e : fx["edges"]) edges.emplace_back(e[0].get<int>(), e[1].get<int>());
  CitationGraph g = Make(n, edges);
  Centrality r = ComputeCentrality(g, Tight());
  for (const char* measure : {"pagerank", "betweenness", "hub", "authority"}) {
    const std::vector<double>& ours = std::string(measure) == "pagerank"      ? r.pagerank
                                      : std::string(measure) == "betweenness" ? r.betweenness
                                      : std::string(measure) == "hub"         ? r.hub
                                                                              : r.authority;
    std::vector<double> theirs = fx[measure].get<std::vector<double>>();
    REQUIRE(ours.size() == theirs.size());
    for (int v = 0; v < n; ++v) {
      INFO(measure << " of node " << v);
      CHECK_THAT(ours[v], WithinAbs(theirs[v], 1e-6));
    }
  }
  CHECK(r.num_weak_components == fx["weak_components"].get<int>());
  CHECK(r.num_strong_components == fx["strong_components"].get<int>());
}

TEST_CASE("Dossier aggregates sum nodes, outside citations and PageRank", "[centrality]") {
  CitationGraph g;
  auto add = [&](std::string id, std::string dossier) {
    Node n;
    n.id = std::move(id);
    n.kind = NodeKind::kKamerstuk;
    n.dossier = std::move(dossier);
    return g.AddNode(n);
  };
  int doc = add("brief.txt", "");
  int a = add("kst-26643-1", "26643");
  int b = add("kst-26643-2", "26643");
  int c = add("kst-22112-9", "22112");
  g.AddEdge(doc, a, EdgeKind::kCites, 1, false, 3);
  g.AddEdge(doc, c, EdgeKind::kCites, 2, false);
  g.AddEdge(a, b, EdgeKind::kCites, 4, false);  // inside the dossier: not counted
  g.AddEdge(doc, b, EdgeKind::kAbout, 0, false);  // not a citation
  Centrality r = ComputeCentrality(g);
  std::vector<DossierStats> stats = AggregateByDossier(g, r);
  REQUIRE(stats.size() == 2);
  CHECK(stats[0].dossier == "26643");
  CHECK(stats[0].nodes == 2);
  CHECK(stats[0].citations_in == 3);
  CHECK_THAT(stats[0].pagerank, WithinAbs(r.pagerank[a] + r.pagerank[b], 1e-15));
  CHECK(stats[1].dossier == "22112");
  CHECK(stats[1].citations_in == 1);
}

}  // namespace
}  // namespace kamergraaf

// CitationGraph: merging nodes by id and alias, merging edges, the bulk builder and the CSR views.
#include <catch2/catch.hpp>

#include "kamergraaf/citation_graph.h"

namespace kamergraaf {
namespace {

Node MakeNode(std::string id, NodeKind kind, std::string label = "") {
  Node n;
  n.id = std::move(id);
  n.kind = kind;
  n.label = std::move(label);
  return n;
}

TEST_CASE("AddNode merges by id and upgrades the kind, never downgrades it", "[graph]") {
  CitationGraph g;
  int a = g.AddNode(MakeNode("kst-26643-1317", NodeKind::kKamerstuk, "Kamerstuk 26643, nr. 1317"));
  Node motion = MakeNode("kst-26643-1317", NodeKind::kMotion, "Motie Kathmann c.s. (26643, nr. 1317)");
  motion.in_corpus = true;
  motion.document = 3;
  CHECK(g.AddNode(motion) == a);
  CHECK(g.AddNode(MakeNode("kst-26643-1317", NodeKind::kKamerstuk, "Kamerstuk 26643, nr. 1317")) == a);
  CHECK(g.num_nodes() == 1);
  CHECK(g.node(a).kind == NodeKind::kMotion);
  CHECK(g.node(a).in_corpus);
  CHECK(g.node(a).document == 3);
  CHECK(g.node(a).label == "Motie Kathmann c.s. (26643, nr. 1317)");
}

TEST_CASE("Aliases resolve to one node", "[graph]") {
  CitationGraph g;
  Node d = MakeNode("2024D48680", NodeKind::kTkDocument);
  d.aliases = {"url:https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024Z20614&did=2024D48680"};
  int v = g.AddNode(d);
  CHECK(g.Find(d.aliases[0]) == v);
  CHECK(g.AddNode(MakeNode(d.aliases[0], NodeKind::kExternal)) == v);
  CHECK(g.num_nodes() == 1);
  int other = g.AddNode(MakeNode("2025Z19066", NodeKind::kZaak));
  CHECK_FALSE(g.AddAlias("2025Z19066", v));  // already another node's id
  CHECK(g.AddAlias("ah-tk-20252026-597", other));
  CHECK(g.AddAlias("ah-tk-20252026-597", other));  // idempotent
  CHECK_FALSE(g.AddAlias("ah-tk-20252026-597", v));
  CHECK(g.node(other).aliases == std::vector<std::string>{"ah-tk-20252026-597"});
  CHECK(g.Find("nothing") == -1);
}

TEST_CASE("AddEdges merges a batch into the existing edges as AddEdge would, then orders them", "[graph]") {
  CitationGraph g;
  int a = g.AddNode(MakeNode("a", NodeKind::kDocument));
  int b = g.AddNode(MakeNode("b", NodeKind::kKamerstuk));
  int c = g.AddNode(MakeNode("c", NodeKind::kKamerstuk));
  g.AddEdge(a, c, EdgeKind::kCites, 7, false);
  auto edge = [](int s, int t, EdgeKind k, int line, bool fn) {
    Edge e;
    e.source = s, e.target = t, e.kind = k, e.via_footnote = fn;
    if (line > 0) e.lines.Insert(line);
    return e;
  };
  g.AddEdges({edge(a, c, EdgeKind::kCites, 3, true), edge(a, b, EdgeKind::kCites, 9, false),
              edge(a, b, EdgeKind::kCites, 9, false), edge(a, b, EdgeKind::kAbout, 0, false),
              edge(a, 99, EdgeKind::kCites, 1, false)});  // out of range: left out
  REQUIRE(g.num_edges() == 3);
  // Ordered by (source, target, kind).
  CHECK(g.edge(0).target == b);
  CHECK(g.edge(0).kind == EdgeKind::kCites);
  CHECK(g.edge(0).count == 2);
  CHECK(g.edge(0).lines == std::vector<int>{9});
  CHECK(g.edge(1).kind == EdgeKind::kAbout);
  CHECK(g.edge(1).lines.empty());
  CHECK(g.edge(2).target == c);
  CHECK(g.edge(2).count == 2);
  CHECK(g.edge(2).via_footnote);
  CHECK(g.edge(2).lines == std::vector<int>{3, 7});
  CHECK(g.FindEdge(a, c, EdgeKind::kCites) == 2);
  CHECK(g.InEdges(b) == std::vector<int>{0, 1});
  // AddEdge still merges afterwards.
  CHECK(g.AddEdge(a, b, EdgeKind::kAbout, 4, false) == 1);
  CHECK(g.edge(1).count == 2);
}

TEST_CASE("AddEdge merges parallel citations per kind with counts and sorted lines", "[graph]") {
  CitationGraph g;
  int a = g.AddNode(MakeNode("a", NodeKind::kDocument));
  int b = g.AddNode(MakeNode("b", NodeKind::kKamerstuk));
  int e1 = g.AddEdge(a, b, EdgeKind::kCites, 30, false);
  CHECK(g.AddEdge(a, b, EdgeKind::kCites, 10, true) == e1);
  CHECK(g.AddEdge(a, b, EdgeKind::kCites, 30, false) == e1);
  int e2 = g.AddEdge(a, b, EdgeKind::kFollowsUp, 10, false);
  CHECK(e2 != e1);
  CHECK(g.num_edges() == 2);
  CHECK(g.edge(e1).count == 3);
  CHECK(g.edge(e1).via_footnote);
  CHECK(g.edge(e1).lines == std::vector<int>{10, 30});
  CHECK(g.FindEdge(a, b, EdgeKind::kFollowsUp) == e2);
  CHECK(g.FindEdge(b, a, EdgeKind::kCites) == -1);
  CHECK(g.OutEdges(a) == std::vector<int>{e1, e2});
  CHECK(g.InEdges(b) == std::vector<int>{e1, e2});
  // The algorithms see one neighbour, whatever the number of edge kinds.
  const auto& out = g.OutAdjacency();
  CHECK(out.offsets == std::vector<std::int64_t>{0, 1, 1});
  CHECK(out.targets == std::vector<int>{b});
  CHECK(g.InAdjacency().targets == std::vector<int>{a});
  // Built afresh, the same arrays.
  CHECK(g.BuildAdjacency(true).offsets == out.offsets);
  CHECK(g.BuildAdjacency(true).targets == out.targets);
  CHECK(g.BuildAdjacency(false).targets == g.InAdjacency().targets);
}

TEST_CASE("CSR views leave out self-loops and follow later changes", "[graph]") {
  CitationGraph g;
  int a = g.AddNode(MakeNode("a", NodeKind::kDocument));
  g.AddEdge(a, a, EdgeKind::kCites, 1, false);
  CHECK(g.OutAdjacency().targets.empty());
  int b = g.AddNode(MakeNode("b", NodeKind::kDocument));
  g.AddEdge(b, a, EdgeKind::kCites, 1, false);
  CHECK(g.OutAdjacency().offsets == std::vector<std::int64_t>{0, 0, 1});
  CHECK(g.InAdjacency().targets == std::vector<int>{b});
}

TEST_CASE("FromEdges merges repeated edges and rejects bad input", "[graph]") {
  std::vector<Node> nodes = {MakeNode("x", NodeKind::kDocument), MakeNode("y", NodeKind::kKamerstuk),
                             MakeNode("z", NodeKind::kExternal)};
  nodes[2].aliases = {"zz"};
  std::vector<Edge> edges(4);
  edges[0] = {0, 1, 1, EdgeKind::kCites, false, {5}};
  edges[1] = {2, 0, 2, EdgeKind::kCites, false, {}};
  edges[2] = {0, 1, 1, EdgeKind::kCites, true, {3, 5}};
  edges[3] = {0, 2, 1, EdgeKind::kAbout, false, {}};
  CitationGraph g;
  REQUIRE(CitationGraph::FromEdges(nodes, edges, &g).ok());
  CHECK(g.num_nodes() == 3);
  CHECK(g.num_edges() == 3);
  CHECK(g.Find("zz") == 2);
  int e = g.FindEdge(0, 1, EdgeKind::kCites);
  REQUIRE(e >= 0);
  CHECK(g.edge(e).count == 2);
  CHECK(g.edge(e).via_footnote);
  CHECK(g.edge(e).lines == std::vector<int>{3, 5});
  CHECK(g.OutAdjacency().targets == std::vector<int>{1, 2, 0});
  // Adding after a bulk build still merges.
  CHECK(g.AddEdge(2, 0, EdgeKind::kCites, 0, false) == g.FindEdge(2, 0, EdgeKind::kCites));
  CHECK(g.num_edges() == 3);

  CitationGraph bad;
  Status st = CitationGraph::FromEdges({MakeNode("x", NodeKind::kDocument), MakeNode("x", NodeKind::kDocument)},
                                       {}, &bad);
  CHECK(st.message() == "FromEdges: repeated node id 'x'");
  st = CitationGraph::FromEdges({MakeNode("x", NodeKind::kDocument)}, {Edge{0, 1}}, &bad);
  CHECK(st.message() == "FromEdges: edge endpoint out of range");
  CHECK(bad.num_nodes() == 0);
}

}  // namespace
}  // namespace kamergraaf

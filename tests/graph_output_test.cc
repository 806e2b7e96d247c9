// Graph data outputs: the induced subgraph behind --focus/--top, GraphML and the CSV edge list.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/node_selection.h"
#include "graph/subgraph.h"
#include "kamergraaf/pipeline.h"
#include "output/csv_writer.h"

namespace kamergraaf {
namespace {

CitationGraph Sample() {
  CitationGraph g;
  auto add = [&](std::string id, NodeKind kind, std::string label) {
    Node n;
    n.id = std::move(id);
    n.kind = kind;
    n.label = std::move(label);
    return g.AddNode(n);
  };
  int doc = add("brief.txt", NodeKind::kDocument, "Brief <over> \"quantum\" & meer");
  int a = add("kst-26643-1317", NodeKind::kMotion, "Motie Kathmann c.s. (26643, nr. 1317)");
  int b = add("kst-26643-1329", NodeKind::kKamerstuk, "Kamerstuk 26643, nr. 1329");
  int far = add("url:https://example.org/", NodeKind::kExternal, "example.org");
  g.AddAlias("2025Z00001", b);
  g.AddEdge(doc, a, EdgeKind::kCites, 12, true);
  g.AddEdge(doc, a, EdgeKind::kCites, 40, false);
  g.AddEdge(doc, a, EdgeKind::kFollowsUp, 12, false);
  g.AddEdge(a, b, EdgeKind::kCites, 3, false);
  g.AddEdge(b, far, EdgeKind::kCites, 7, false);
  return g;
}

TEST_CASE("InducedSubgraph keeps the selected nodes, their aliases and the edges among them", "[graph]") {
  CitationGraph g = Sample();
  CitationGraph sub = InducedSubgraph(g, {g.Find("kst-26643-1329"), g.Find("brief.txt"), g.Find("kst-26643-1317")});
  REQUIRE(sub.num_nodes() == 3);
  CHECK(sub.node(0).id == "kst-26643-1329");
  CHECK(sub.Find("2025Z00001") == 0);
  CHECK(sub.num_edges() == 3);  // cites + follows-up from the letter, cites between the papers
  int e = sub.FindEdge(sub.Find("brief.txt"), sub.Find("kst-26643-1317"), EdgeKind::kCites);
  REQUIRE(e >= 0);
  CHECK(sub.edge(e).count == 2);
  CHECK(sub.edge(e).lines == std::vector<int>{12, 40});
  CHECK(sub.edge(e).via_footnote);
  CHECK(sub.Find("url:https://example.org/") == -1);
}

TEST_CASE("SelectNodes and SliceCentrality agree", "[graph]") {
  CitationGraph g = Sample();
  Centrality c = ComputeCentrality(g);
  NodeSelection focus{"2025Z00001", 1, 0, 0};  // an alias works as a focus
  std::vector<int> nodes = SelectNodes(g, c, focus);
  CHECK(nodes.size() == 3);  // the paper, the motion citing it and the page it cites
  CHECK_FALSE(SelectsAll(focus));
  CHECK(SelectsAll(NodeSelection{}));
  Centrality s = SliceCentrality(c, nodes);
  REQUIRE(s.pagerank.size() == 3);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    CHECK(s.pagerank[i] == c.pagerank[nodes[i]]);
    CHECK(s.in_degree[i] == c.in_degree[nodes[i]]);
  }
}

TEST_CASE("GraphML and the edge list carry kinds, counts, footnotes and lines, escaped", "[graph]") {
  CitationGraph g = Sample();
  Centrality c = ComputeCentrality(g);
  std::string xml = GraphMl(g, c);
  CHECK(xml.find("<data key=\"label\">Brief &lt;over&gt; &quot;quantum&quot; &amp; meer</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"aliases\">2025Z00001</data>") != std::string::npos);
  CHECK(xml.find("<edge source=\"brief.txt\" target=\"kst-26643-1317\"><data key=\"ekind\">cites</data>"
                 "<data key=\"count\">2</data><data key=\"via_footnote\">true</data>"
                 "<data key=\"lines\">12 40</data></edge>") != std::string::npos);
  CHECK(xml.find("<data key=\"ekind\">follows-up</data>") != std::string::npos);
  std::string csv = EdgesCsv(g);
  // Gephi's columns; the last column is the generator mark (output_guard.h).
  CHECK(csv.rfind("Source,Target,Type,Weight,kind,via_footnote,lines,generator\r\n", 0) == 0);
  CHECK(csv.find("brief.txt,kst-26643-1317,Directed,2,cites,true,12 40,kamergraaf ") != std::string::npos);
  // Gephi's node table lists every node, isolated ones too, with its label and centrality.
  std::string nodes = NodesCsv(g, c, nullptr);
  CHECK(nodes.rfind("Id,Label,kind,in_corpus,doc_kind,dossier,title,date,url,pagerank,", 0) == 0);
  CHECK(std::count(nodes.begin(), nodes.end(), '\n') == g.num_nodes() + 1);
  CHECK(nodes.find("\r\nkst-26643-1317,") != std::string::npos);
}

}  // namespace
}  // namespace kamergraaf

// Graph data outputs: the induced subgraph behind --focus/--top, GraphML and the CSV edge list.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/node_selection.h"
#include "output/selection_caption.h"
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

// Ten papers each cited by one letter: the papers outrank the letters, and no two papers touch.
CitationGraph Stars() {
  CitationGraph g;
  for (int i = 0; i < 10; ++i) {
    Node paper;
    paper.id = "kst-3000" + std::to_string(i) + "-1";
    paper.kind = NodeKind::kKamerstuk;
    paper.dossier = "3000" + std::to_string(i);
    int p = g.AddNode(paper);
    Node letter;
    letter.id = "brief-" + std::to_string(i) + ".txt";
    letter.kind = NodeKind::kDocument;
    int l = g.AddNode(letter);
    g.AddEdge(l, p, EdgeKind::kCites, 3, false);
  }
  return g;
}

int EdgesAmong(const CitationGraph& g, const std::vector<int>& nodes) {
  int n = 0;
  for (int e = 0; e < g.num_edges(); ++e) {
    bool s = std::find(nodes.begin(), nodes.end(), g.edge(e).source) != nodes.end();
    bool t = std::find(nodes.begin(), nodes.end(), g.edge(e).target) != nodes.end();
    n += s && t;
  }
  return n;
}

TEST_CASE("An overview shows the central nodes with their neighbours, and says what it left out", "[graph]") {
  CitationGraph g = Stars();
  Centrality c = ComputeCentrality(g);
  NodeSelection plain;
  plain.top = 4;
  std::vector<int> top = SelectNodes(g, c, plain);
  CHECK(top.size() == 4);
  CHECK(EdgesAmong(g, top) == 0);  // four papers, nothing between them: the map a plain cut draws
  NodeSelection overview = plain;
  overview.overview = true;
  std::vector<int> nodes = SelectNodes(g, c, overview);
  REQUIRE(nodes.size() == 4);
  CHECK(EdgesAmong(g, nodes) == 2);  // the two most central papers, each with the letter citing it
  for (std::size_t i = 1; i < nodes.size(); ++i) CHECK(c.pagerank[nodes[i - 1]] >= c.pagerank[nodes[i]]);
  SelectionSummary summary = SummarizeSelection(g, overview, nodes);
  CHECK(summary.shown_edges == 2);
  CHECK(SelectionCaption(summary, Lang::kEn) ==
        "Showing 4 of 20 nodes and 2 of 10 citations (the 4 most central by PageRank with their closest "
        "neighbours). Left out: 16 nodes of lower PageRank. See more with --focus ID --depth N, "
        "--dossier NUMBER or --top N.");
  // A Dutch map has a Dutch caption.
  CHECK(SelectionCaption(summary, Lang::kNl) ==
        "Getoond: 4 van 20 knopen en 2 van 10 verwijzingen (de 4 centraalste volgens PageRank, met hun naaste "
        "buren). Weggelaten: 16 knopen met een lagere PageRank. Meer zien met --focus ID --depth N, "
        "--dossier NUMMER of --top N.");
  CHECK(SelectionCaption(SummarizeSelection(g, NodeSelection{}, SelectNodes(g, c, NodeSelection{})), Lang::kEn).empty());
}

TEST_CASE("Selecting a dossier (--dossier) keeps a dossier's nodes and what they cite or are cited by", "[graph]") {
  CitationGraph g = Stars();
  Centrality c = ComputeCentrality(g);
  NodeSelection d;
  d.dossier = "30003";
  std::vector<int> nodes = SelectNodes(g, c, d);
  REQUIRE(nodes.size() == 2);
  CHECK(g.node(nodes[0]).id == "kst-30003-1");
  CHECK(g.node(nodes[1]).id == "brief-3.txt");
  CHECK_FALSE(SelectsAll(d));
  d.dossier = "99999";
  CHECK(SelectNodes(g, c, d).empty());
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

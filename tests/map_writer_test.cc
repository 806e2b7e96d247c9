// Reference maps: styling, clusters, legend, layout choice, and that document text never becomes markup.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "kamergraaf/pipeline.h"
#include "output/map_style.h"
#include "output/map_writer.h"

namespace kamergraaf {
namespace {

struct Fixture {
  CitationGraph graph;
  Centrality centrality;
  std::vector<int> nodes;
};

Fixture MakeMap(const std::string& hostile_label) {
  Fixture f;
  auto add = [&](std::string id, NodeKind kind, std::string label, std::string dossier = "", std::string url = "") {
    Node n;
    n.id = std::move(id);
    n.kind = kind;
    n.label = std::move(label);
    n.dossier = std::move(dossier);
    n.url = std::move(url);
    n.in_corpus = kind == NodeKind::kDocument;
    return f.graph.AddNode(n);
  };
  int doc = add("seeds/evil.txt", NodeKind::kDocument, hostile_label);
  int a = add("kst-26643-1317", NodeKind::kMotion, "Motie Kathmann c.s. (26643, nr. 1317)", "26643",
              "https://zoek.officielebekendmakingen.nl/kst-26643-1317.html");
  int b = add("kst-26643-1329", NodeKind::kKamerstuk, "Kamerstuk 26643, nr. 1329", "26643",
              "https://zoek.officielebekendmakingen.nl/kst-26643-1329.html");
  int c = add("url:javascript:alert(1)", NodeKind::kExternal, "javascript:alert(1)", "", "javascript:alert(1)");
  int d = add("url:https://x.org/q", NodeKind::kExternal, "x.org", "",
              "https://x.org/\"><script>alert(2)</script><a href=\"");
  f.graph.AddEdge(doc, a, EdgeKind::kCites, 3, false, 2);
  f.graph.AddEdge(doc, a, EdgeKind::kFollowsUp, 3, false);
  f.graph.AddEdge(doc, b, EdgeKind::kCites, 4, true);
  f.graph.AddEdge(doc, c, EdgeKind::kCites, 5, false);
  f.graph.AddEdge(doc, d, EdgeKind::kCites, 6, false);
  f.centrality = ComputeCentrality(f.graph);
  for (int v = 0; v < f.graph.num_nodes(); ++v) f.nodes.push_back(v);
  return f;
}

const std::string kInjection = "Brief\"]; node [label=\"x\" <script>alert(1)</script> \\N & \\G";

// One label line, so that the text is searched for whole.
MapOptions Wide() {
  MapOptions o;
  o.label_width = 200;
  return o;
}

TEST_CASE("DOT quotes document text instead of running it", "[map]") {
  Fixture f = MakeMap(kInjection);
  std::string dot;
  REQUIRE(WriteDot(f.graph, f.centrality, f.nodes, Wide(), &dot).ok());
  // The quote is escaped, so the label goes on as text; backslashes are doubled so \N stays text.
  CHECK(dot.find(R"(label="Brief\"]; node [label=\"x\" <script>alert(1)</script>)") != std::string::npos);
  CHECK(dot.find(R"(\\N & \\G)") != std::string::npos);
  CHECK(dot.find("node [label=\"x\"") == std::string::npos);
  CHECK(DotParses(dot));
}

TEST_CASE("Backslashes in ids and labels cannot unbalance DOT quotes", "[map]") {
  Fixture f = MakeMap("Brief eindigt op \\");
  Node evil;
  evil.id = "url:https://example.org/a\\";  // ends in a backslash
  evil.label = "a\\\"]; x [label=\"pwned";
  evil.dossier = "1\\";
  int v = f.graph.AddNode(evil);
  Node twin = evil;
  twin.id = "kst-1\\-2";
  int w = f.graph.AddNode(twin);
  f.graph.AddEdge(v, w, EdgeKind::kCites, 1, false);
  f.centrality = ComputeCentrality(f.graph);
  f.nodes.push_back(v);
  f.nodes.push_back(w);
  std::string dot;
  REQUIRE(WriteDot(f.graph, f.centrality, f.nodes, Wide(), &dot).ok());
  CHECK(DotParses(dot));
  CHECK(dot.find("pwned") != std::string::npos);
  CHECK(dot.find("\"node-5\"") != std::string::npos);  // the ids with backslashes get plain names
  CHECK(dot.find("\"node-6\"") != std::string::npos);
  CHECK_FALSE(DotParses("digraph { \"a\\\" -> b }"));
  std::string svg;
  CHECK(RenderSvg(f.graph, f.centrality, f.nodes, Wide(), &svg).ok());
}

TEST_CASE("SVG shows document text as text", "[map]") {
  Fixture f = MakeMap(kInjection);
  std::string svg;
  REQUIRE(RenderSvg(f.graph, f.centrality, f.nodes, Wide(), &svg).ok());
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
  CHECK(svg.find("&quot;]; node [label=&quot;x") != std::string::npos);
  CHECK(svg.find("javascript:") == svg.find("javascript:alert(1)"));  // only as label text, never a link
  CHECK(svg.find("xlink:href=\"javascript") == std::string::npos);
  CHECK(svg.find("xlink:href=\"https://x.org/%22%3E%3Cscript%3Ealert(2)%3C/script%3E%3Ca%20href=%22\"") !=
        std::string::npos);
  CHECK(svg.find("<a href") == std::string::npos);
  CHECK(svg.find("xlink:href=\"https://zoek.officielebekendmakingen.nl/kst-26643-1317.html\"") != std::string::npos);
  // \N was not expanded to the node name.
  CHECK(svg.find("seeds/evil.txt &amp;") == std::string::npos);
}

TEST_CASE("Maps cluster dossiers and carry a legend of the kinds present", "[map]") {
  Fixture f = MakeMap("Brief over quantum");
  std::string dot;
  REQUIRE(WriteDot(f.graph, f.centrality, f.nodes, MapOptions{}, &dot).ok());
  CHECK(dot.find("subgraph cluster_26643") != std::string::npos);
  CHECK(dot.find("label=\"Dossier 26643\"") != std::string::npos);
  CHECK(dot.find("subgraph cluster_legend") != std::string::npos);
  CHECK(dot.find("label=Motie") != std::string::npos);
  CHECK(dot.find(R"x(label="Corpusdocument\n(vet omlijnd: in corpus)")x") != std::string::npos);
  CHECK(dot.find("label=\"verwijst in voetnoot\"") != std::string::npos);  // Dutch by default
  CHECK(dot.find("label=Zaak") == std::string::npos);  // no zaak on this map
  CHECK(dot.find("label=\"geeft vervolg\"") != std::string::npos);
  MapOptions english;
  english.lang = Lang::kEn;
  std::string dot_en;
  REQUIRE(WriteDot(f.graph, f.centrality, f.nodes, english, &dot_en).ok());
  CHECK(dot_en.find("label=\"cites in a footnote\"") != std::string::npos);
  CHECK(dot_en.find("label=\"follows up\"") != std::string::npos);
  CHECK(dot_en.find("label=Legend") != std::string::npos);
  CHECK(dot_en.find("label=Motion") != std::string::npos);
  CHECK(dot_en.find("verwijst") == std::string::npos);
  CHECK(dot.find("shape=hexagon") != std::string::npos);
  CHECK(dot.find("style=dashed") != std::string::npos);  // the footnote citation
  MapOptions focus;
  focus.highlight = "kst-26643-1317";
  REQUIRE(WriteDot(f.graph, f.centrality, f.nodes, focus, &dot).ok());
  CHECK(dot.find("peripheries=2") != std::string::npos);
  MapOptions bare;
  bare.legend = false;
  bare.clusters = false;
  REQUIRE(WriteDot(f.graph, f.centrality, f.nodes, bare, &dot).ok());
  CHECK(dot.find("cluster_") == std::string::npos);
}

// Two dossiers, the letters of one citing the papers of the other: `pairs` arrows between the two blocks,
// plus one arrow inside the first dossier and one to a paper outside every dossier.
Fixture MakeTwoDossiers(int pairs) {
  Fixture f;
  auto add = [&](std::string id, NodeKind kind, std::string dossier) {
    Node n;
    n.id = id;
    n.label = id;
    n.kind = kind;
    n.dossier = std::move(dossier);
    n.in_corpus = kind == NodeKind::kDocument;
    return f.graph.AddNode(n);
  };
  std::vector<int> letters, papers;
  for (int i = 0; i < pairs; ++i) {
    letters.push_back(add(fmt::format("kst-31000-{}", i + 1), NodeKind::kDocument, "31000"));
    papers.push_back(add(fmt::format("kst-29000-{}", i + 1), NodeKind::kKamerstuk, "29000"));
    f.graph.AddEdge(letters.back(), papers.back(), EdgeKind::kCites, 10 + i, false);
  }
  f.graph.AddEdge(letters.front(), letters.back(), EdgeKind::kCites, 1, false);
  int loose = add("kst-12345-1", NodeKind::kKamerstuk, "");
  f.graph.AddEdge(letters.front(), loose, EdgeKind::kCites, 2, false);
  f.centrality = ComputeCentrality(f.graph);
  for (int v = 0; v < f.graph.num_nodes(); ++v) f.nodes.push_back(v);
  return f;
}

int CountOf(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_CASE("Several arrows between two dossier blocks are drawn as one bundle", "[map]") {
  Fixture f = MakeTwoDossiers(4);
  std::string dot;
  REQUIRE(WriteDot(f.graph, f.centrality, f.nodes, MapOptions{}, &dot).ok());
  CHECK(dot.find("compound=true") != std::string::npos);
  CHECK(dot.find("ltail=cluster_31000") != std::string::npos);
  CHECK(dot.find("lhead=cluster_29000") != std::string::npos);
  CHECK(dot.find("label=\"4 verwijzingen\"") != std::string::npos);
  // The four cross arrows became one; the arrow inside dossier 31000 and the one to the loose paper stay.
  // (Legend arrows are between "#legend" points.)
  CHECK(CountOf(dot, " -> \"kst-29000-") == 1);
  CHECK(dot.find("\"kst-31000-1\" -> \"kst-31000-4\"") != std::string::npos);
  CHECK(dot.find("\"kst-31000-1\" -> \"kst-12345-1\"") != std::string::npos);
  // The tooltip still names every pair, one per line (cgraph wraps long values with a backslash-newline).
  std::string unwrapped;
  for (std::size_t i = 0; i < dot.size(); ++i) {
    if (dot[i] == '\\' && i + 1 < dot.size() && dot[i + 1] == '\n') {
      ++i;
    } else {
      unwrapped += dot[i];
    }
  }
  CHECK(unwrapped.find("4 verwijzingen\\nkst-31000-1 → kst-29000-1 (verwijst)\\nkst-31000-2") != std::string::npos);
  CHECK(dot.find("verwijzingen tussen twee blokken") != std::string::npos);  // in the legend
  CHECK(DotParses(dot));
  std::string svg;
  REQUIRE(RenderSvg(f.graph, f.centrality, f.nodes, MapOptions{}, &svg).ok());
  CHECK(svg.find("4 verwijzingen") != std::string::npos);

  SECTION("below the threshold, or switched off, every arrow is drawn") {
    MapOptions off;
    off.bundle_min = 0;
    REQUIRE(WriteDot(f.graph, f.centrality, f.nodes, off, &dot).ok());
    CHECK(dot.find("ltail") == std::string::npos);
    CHECK(CountOf(dot, " -> \"kst-29000-") == 4);
    Fixture two = MakeTwoDossiers(2);
    REQUIRE(WriteDot(two.graph, two.centrality, two.nodes, MapOptions{}, &dot).ok());
    CHECK(dot.find("compound") == std::string::npos);
    CHECK(CountOf(dot, " -> \"kst-29000-") == 2);
    CHECK(dot.find("tussen twee blokken") == std::string::npos);
  }
}

TEST_CASE("Labels wrap at spaces and slashes and stay escaped", "[map]") {
  struct Case {
    std::string text;
    int width;
    std::string wrapped;
  };
  const std::vector<Case> cases = {
      {"Kamerstuk 26643, nr. 1329", 26, "Kamerstuk 26643, nr. 1329"},
      {"Motie Kathmann c.s. (26643, nr. 1317)", 26, "Motie Kathmann c.s.\\n(26643, nr. 1317)"},
      {"volkskrant.nl/wetenschap/brussel", 16, "volkskrant.nl/\\nwetenschap/\\nbrussel"},
      {"één twee drie vier vijf", 9, "één twee\\ndrie vier\\nvijf"},
      {"a\\b", 10, "a\\\\b"},
      {"regel\neen", 20, "regel een"},
      {"aaaa bbbb cccc dddd eeee", 4, "aaaa\\nbbbb\\nccc…"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(WrapLabel(c.text, c.width, c.width == 4 ? 3 : 4) == c.wrapped);
  }
}

TEST_CASE("Links are web links, encoded for an unescaped SVG attribute", "[map]") {
  CHECK(SafeLink("https://zoek.officielebekendmakingen.nl/kst-26643-1317.html") ==
        "https://zoek.officielebekendmakingen.nl/kst-26643-1317.html");
  CHECK(SafeLink("https://www.tweedekamer.nl/detail?id=2024Z20614&did=2024D48680") ==
        "https://www.tweedekamer.nl/detail?id=2024Z20614&amp;did=2024D48680");
  CHECK(SafeLink("https://x.org/a b\"<'\\é") == "https://x.org/a%20b%22%3C%27%5C%C3%A9");
  CHECK(SafeLink("javascript:alert(1)").empty());
  CHECK(SafeLink("HTTPS://x.org").empty());
  CHECK(SafeLink("").empty());
}

TEST_CASE("Layout is dot for small maps, sfdp for large, with fallbacks", "[map]") {
  const std::vector<std::string> all = {"circo", "dot", "fdp", "neato", "sfdp"};
  const MapOptions o;  // dot up to 250 nodes and 500 edges
  CHECK(ChooseLayout("", 40, 80, o, all) == "dot");
  CHECK(ChooseLayout("", 400, 500, o, all) == "sfdp");
  CHECK(ChooseLayout("", 200, 900, o, all) == "sfdp");
  CHECK(ChooseLayout("neato", 40, 80, o, all) == "neato");
  CHECK(ChooseLayout("", 400, 800, o, {"dot", "fdp", "neato"}) == "fdp");
  CHECK(ChooseLayout("", 400, 800, o, {"dot"}) == "dot");
  CHECK(ChooseLayout("", 4, 4, o, {}).empty());
  std::vector<std::string> installed = AvailableLayouts();
  CHECK(std::find(installed.begin(), installed.end(), "dot") != installed.end());
}

TEST_CASE("An unknown layout is refused with the installed ones named", "[map]") {
  Fixture f = MakeMap("x");
  MapOptions o;
  o.layout = "nonesuch";
  std::string svg;
  Status st = RenderSvg(f.graph, f.centrality, f.nodes, o, &svg);
  CHECK(st.code() == Status::Code::kInvalidArgument);
  CHECK(st.message().rfind("layout 'nonesuch' is not available (installed: ", 0) == 0);
}

TEST_CASE("Large maps render with a force-directed layout", "[map]") {
  CitationGraph g;
  for (int v = 0; v < 300; ++v) {
    Node n;
    n.id = "n" + std::to_string(v);
    n.kind = v % 10 == 0 ? NodeKind::kDocument : NodeKind::kKamerstuk;
    n.dossier = std::to_string(v % 7);
    g.AddNode(n);
  }
  for (int v = 1; v < 300; ++v) g.AddEdge(v, (v * 7) % v, EdgeKind::kCites, 1, false);
  Centrality c = ComputeCentrality(g);
  std::vector<int> nodes(300);
  for (int v = 0; v < 300; ++v) nodes[v] = v;
  std::string svg;
  REQUIRE(RenderSvg(g, c, nodes, MapOptions{}, &svg).ok());
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("n299") != std::string::npos);
  CHECK(svg.find(">Legenda<") != std::string::npos);  // the table legend of force-directed maps
}

// Issue 21, item 10: the layout runs in a child with a time limit; when it does not deliver, the map is
// tried more simply and each step is a warning, never a crash or a hang of the run.
TEST_CASE("A layout that does not deliver in time degrades with warnings, never takes the run down", "[map]") {
  Fixture f = MakeMap("x");
  MapOptions o = Wide();
  o.layout_timeout_seconds = 0;
  std::string svg;
  std::vector<std::string> warnings;
  Status st = RenderSvg(f.graph, f.centrality, f.nodes, o, &svg, &warnings);
  CHECK(st.code() == Status::Code::kIoError);
  CHECK(st.message() == "graphviz layout 'neato' took longer than 0 s; stopped");
  CHECK(svg.empty());
  REQUIRE(warnings.size() >= 2);
  CHECK(warnings.front() == "graphviz layout 'dot' took longer than 0 s; stopped; drawing the map more simply");
  o.layout_timeout_seconds = 60;
  warnings.clear();
  REQUIRE(RenderSvg(f.graph, f.centrality, f.nodes, o, &svg, &warnings).ok());
  CHECK(warnings.empty());
  CHECK(svg.find("<!-- generator: kamergraaf ") != std::string::npos);
}

}  // namespace
}  // namespace kamergraaf

#include "output/map_legend.h"

#include <fmt/format.h>

#include <string>
#include <utility>

#include "output/map_style.h"

namespace kamergraaf {
namespace {

// The legend's slot for a citation in a footnote, after the edge kinds (EdgeKind's last enumerator,
// citation_graph.h: a kind added there must be added here).
constexpr int kFootnoteSample = static_cast<int>(EdgeKind::kReplaces) + 1;

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

// The style and words of legend edge sample `k`: the edge kinds, then kFootnoteSample for a citation in a footnote.
std::pair<EdgeStyle, std::string> LegendEdge(int k, Lang lang) {
  Edge sample;
  sample.kind = k == kFootnoteSample ? EdgeKind::kCites : static_cast<EdgeKind>(k);
  sample.via_footnote = k == kFootnoteSample;
  EdgeStyle style = StyleForEdge(sample);
  std::string words(k == kFootnoteSample ? Tr(lang, "edge.cites_footnote") : Tr(lang, "edge." + std::string(EdgeKindName(sample.kind))));
  return {style, words};
}

// Every NodeKind, kDocument .. kDossier.
constexpr int kNodeKinds = static_cast<int>(NodeKind::kDossier) + 1;

std::string NodeWords(NodeKind kind, Lang lang) { return std::string(Tr(lang, "node." + std::string(NodeKindName(kind)))); }

}  // namespace

void AddMapLegend(Agraph_t* g, const CitationGraph& graph, const std::vector<int>& nodes,
                  const std::vector<const Edge*>& edges, bool large, Lang lang, bool bundled) {
  // Edge samples: the edge kinds, then kFootnoteSample for a citation in a footnote.
  std::vector<bool> node_kinds(kNodeKinds, false), edge_kinds(kFootnoteSample + 1, false);
  for (int v : nodes) node_kinds[static_cast<int>(graph.node(v).kind)] = true;
  for (const Edge* e : edges) {
    edge_kinds[static_cast<int>(e->kind)] = true;
    if (e->kind == EdgeKind::kCites && e->via_footnote) edge_kinds[kFootnoteSample] = true;
  }
  // Legend node names start with a character no canonical id or path starts with in practice; on a
  // clash a suffix keeps them apart from graph nodes.
  auto fresh = [&](std::string name) {
    while (graph.Find(name) >= 0) name += "_";
    return name;
  };
  if (large) {
    // Force-directed layouts ignore clusters: the legend is one node with a table instead. Its HTML is
    // made of the constant strings of map_style only, never of document text.
    std::string html = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"4\" COLOR=\"#999999\">"
                       "<TR><TD><B>" + std::string(Tr(lang, "map.legend")) + "</B></TD></TR>";
    for (int k = 0; k < kNodeKinds; ++k) {
      if (!node_kinds[k]) continue;
      const NodeStyle style = StyleForKind(static_cast<NodeKind>(k));
      html += fmt::format("<TR><TD BGCOLOR=\"{}\" BORDER=\"1\">{}</TD></TR>", style.fill,
                          NodeWords(static_cast<NodeKind>(k), lang));
    }
    for (int k = 0; k <= kFootnoteSample; ++k) {
      if (!edge_kinds[k]) continue;
      auto [style, words] = LegendEdge(k, lang);
      html += fmt::format("<TR><TD><FONT COLOR=\"{}\">{} {}</FONT></TD></TR>", style.color,
                          k == kFootnoteSample ? "- - -&gt;" : "——&gt;", words);
    }
    html += "</TABLE>";
    Agnode_t* an = agnode(g, const_cast<char*>(fresh("#legend").c_str()), 1);
    Set(an, "shape", "plain");
    Set(an, "fontname", "Helvetica");
    Set(an, "fontsize", "14");
    agsafeset(an, const_cast<char*>("label"), agstrdup_html(g, const_cast<char*>(html.c_str())),
              const_cast<char*>(""));
    return;
  }
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  Set(legend, "label", std::string(Tr(lang, "map.legend")));
  Set(legend, "style", "rounded");
  Set(legend, "color", "#999999");
  Set(legend, "fontsize", "14");
  for (int k = 0; k < kNodeKinds; ++k) {
    if (!node_kinds[k]) continue;
    const NodeStyle style = StyleForKind(static_cast<NodeKind>(k));
    Agnode_t* an = agnode(legend, const_cast<char*>(fresh(fmt::format("#legend-{}", k)).c_str()), 1);
    Set(an, "shape", style.shape);
    const bool corpus = static_cast<NodeKind>(k) == NodeKind::kDocument;
    Set(an, "label", corpus ? std::string(Tr(lang, "map.corpus_legend")) : NodeWords(static_cast<NodeKind>(k), lang));
    Set(an, "style", corpus ? "filled,bold" : "filled");
    Set(an, "penwidth", corpus ? "2" : "1");
    Set(an, "fillcolor", style.fill);
    Set(an, "fontname", "Helvetica");
    Set(an, "fontsize", "11");
  }
  // A sample arrow between two points named `name` + "a" and + "b".
  auto sample_arrow = [&](const std::string& name, const std::string& words) {
    Agnode_t* a = agnode(legend, const_cast<char*>(fresh(name + "a").c_str()), 1);
    Agnode_t* b = agnode(legend, const_cast<char*>(fresh(name + "b").c_str()), 1);
    for (Agnode_t* p : {a, b}) {
      Set(p, "shape", "point");
      Set(p, "width", "0.05");
      Set(p, "label", "");
    }
    Agedge_t* ae = agedge(legend, a, b, nullptr, 1);
    Set(ae, "label", words);
    Set(ae, "fontsize", "10");
    Set(ae, "fontname", "Helvetica");
    return ae;
  };
  for (int k = 0; k <= kFootnoteSample; ++k) {
    if (!edge_kinds[k]) continue;
    auto [style, words] = LegendEdge(k, lang);
    Agedge_t* ae = sample_arrow(fmt::format("#legend-e{}", k), words);
    Set(ae, "color", style.color);
    Set(ae, "style", style.style);
  }
  if (bundled) {  // drawn like map_writer's bundles
    Agedge_t* ae = sample_arrow("#legend-bundle-", std::string(Tr(lang, "map.bundle_legend")));
    Set(ae, "color", "#444444");
    Set(ae, "penwidth", "3");
  }
}


}  // namespace kamergraaf

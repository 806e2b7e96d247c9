#include "output/map_writer.h"

#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <unordered_map>

#include "output/map_style.h"

namespace kamergraaf {
namespace {

// Leaves of one source are staggered over three ranks from this many on.
constexpr int kStaggerFrom = 6;

// Graphviz keeps global state; calls into it are serialised.
std::mutex& GraphvizMutex() {
  static std::mutex mu;
  return mu;
}

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

bool IsWebLink(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

void StyleGraph(Agraph_t* g, const MapOptions& options, int num_nodes, int num_edges, bool large) {
  Set(g, "label", GraphvizText(fmt::format("{} — {} nodes, {} edges", options.title, num_nodes, num_edges)));
  Set(g, "labelloc", "t");
  Set(g, "fontname", "Helvetica");
  Set(g, "fontsize", "20");
  Set(g, "bgcolor", "white");
  if (large) {
    Set(g, "overlap", "prism");
    Set(g, "splines", "false");
    Set(g, "outputorder", "edgesfirst");
  } else {
    Set(g, "rankdir", "LR");
    Set(g, "ranksep", "1.2");
    Set(g, "nodesep", "0.25");
    Set(g, "splines", "true");
    Set(g, "newrank", "true");
  }
}

Agnode_t* MakeNode(Agraph_t* g, const CitationGraph& graph, const Centrality& centrality, int v, double max_rank,
                   const MapOptions& options, bool large) {
  const Node& n = graph.node(v);
  Agnode_t* an = agnode(g, const_cast<char*>(n.id.c_str()), 1);
  const NodeStyle style = StyleForKind(n.kind);
  Set(an, "label", WrapLabel(n.label.empty() ? n.id : n.label, options.label_width));
  Set(an, "shape", style.shape);
  Set(an, "style", n.in_corpus ? "filled,bold" : "filled");
  Set(an, "fillcolor", style.fill);
  Set(an, "color", n.in_corpus ? "#000000" : "#888888");
  Set(an, "penwidth", n.in_corpus ? "2" : "1");
  Set(an, "fontname", "Helvetica");
  // Font size grows with the square root of PageRank relative to the top node: 10 pt to 20 pt.
  const double share = max_rank > 0 ? std::sqrt(centrality.pagerank[v] / max_rank) : 0;
  Set(an, "fontsize", fmt::format("{:.1f}", (large ? 8.0 : 10.0) + 10.0 * share));
  Set(an, "tooltip", GraphvizText(fmt::format("{} ({}{})", n.id, style.words, n.in_corpus ? ", in corpus" : "")));
  if (IsWebLink(n.url)) {
    Set(an, "URL", GraphvizText(n.url));
    Set(an, "target", "_blank");
  }
  return an;
}

// One sample node per node kind present, and one sample edge per edge kind present.
void AddLegend(Agraph_t* g, const CitationGraph& graph, const std::vector<int>& nodes,
               const std::vector<const Edge*>& edges) {
  std::vector<bool> node_kinds(8, false), edge_kinds(6, false);
  for (int v : nodes) node_kinds[static_cast<int>(graph.node(v).kind)] = true;
  for (const Edge* e : edges) edge_kinds[static_cast<int>(e->kind)] = true;
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  Set(legend, "label", "Legenda");
  Set(legend, "style", "rounded");
  Set(legend, "color", "#999999");
  Set(legend, "fontsize", "14");
  // Legend node names start with a character no canonical id or path starts with in practice; on a
  // clash a suffix keeps them apart from graph nodes.
  auto fresh = [&](std::string name) {
    while (graph.Find(name) >= 0) name += "_";
    return name;
  };
  for (int k = 0; k < 8; ++k) {
    if (!node_kinds[k]) continue;
    const NodeStyle style = StyleForKind(static_cast<NodeKind>(k));
    Agnode_t* an = agnode(legend, const_cast<char*>(fresh(fmt::format("#legend-{}", k)).c_str()), 1);
    Set(an, "label", style.words);
    Set(an, "shape", style.shape);
    Set(an, "style", "filled");
    Set(an, "fillcolor", style.fill);
    Set(an, "fontname", "Helvetica");
    Set(an, "fontsize", "11");
  }
  for (int k = 0; k < 6; ++k) {
    if (!edge_kinds[k]) continue;
    Edge sample;
    sample.kind = static_cast<EdgeKind>(k);
    EdgeStyle style = StyleForEdge(sample);
    std::string words = sample.kind == EdgeKind::kCites ? "cites" : style.label;
    Agnode_t* a = agnode(legend, const_cast<char*>(fresh(fmt::format("#legend-e{}a", k)).c_str()), 1);
    Agnode_t* b = agnode(legend, const_cast<char*>(fresh(fmt::format("#legend-e{}b", k)).c_str()), 1);
    for (Agnode_t* p : {a, b}) {
      Set(p, "shape", "point");
      Set(p, "width", "0.05");
      Set(p, "label", "");
    }
    Agedge_t* ae = agedge(legend, a, b, nullptr, 1);
    Set(ae, "label", words);
    Set(ae, "color", style.color);
    Set(ae, "style", style.style);
    Set(ae, "fontsize", "10");
    Set(ae, "fontname", "Helvetica");
  }
}

// Builds the cgraph graph; the caller closes it with agclose.
Agraph_t* BuildAgraph(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                      const MapOptions& options, bool large) {
  Agraph_t* g = agopen(const_cast<char*>("kamergraaf"), Agdirected, nullptr);
  std::unordered_map<int, bool> selected;
  for (int v : nodes) selected[v] = true;
  std::vector<const Edge*> edges;
  for (int v : nodes) {
    for (int e : graph.OutEdges(v)) {
      if (selected.count(graph.edge(e).target)) edges.push_back(&graph.edge(e));
    }
  }
  StyleGraph(g, options, static_cast<int>(nodes.size()), static_cast<int>(edges.size()), large);
  Set(g, "fontname", "Helvetica");

  // Dossiers with two or more nodes on the map become clusters.
  std::map<std::string, int> dossier_size;
  for (int v : nodes) {
    if (!graph.node(v).dossier.empty()) ++dossier_size[graph.node(v).dossier];
  }
  std::map<std::string, Agraph_t*> clusters;
  if (options.clusters) {
    for (const auto& [dossier, size] : dossier_size) {
      if (size < 2) continue;
      Agraph_t* sub = agsubg(g, const_cast<char*>(("cluster_" + dossier).c_str()), 1);
      Set(sub, "label", GraphvizText("Dossier " + dossier));
      Set(sub, "style", "rounded,filled");
      Set(sub, "fillcolor", "#f7f7f7");
      Set(sub, "color", "#bbbbbb");
      Set(sub, "fontname", "Helvetica");
      Set(sub, "fontsize", "13");
      clusters[dossier] = sub;
    }
  }

  double max_rank = 0;
  for (int v : nodes) max_rank = std::max(max_rank, centrality.pagerank[v]);
  std::unordered_map<int, Agnode_t*> made;
  for (int v : nodes) {
    auto c = clusters.find(graph.node(v).dossier);
    Agraph_t* home = c == clusters.end() ? g : c->second;
    made.emplace(v, MakeNode(home, graph, centrality, v, max_rank, options, large));
  }
  // A document citing many papers that nothing else on the map touches would stack them in one tall
  // column; staggering those leaves over three ranks (Graphviz's "unflatten" trick) keeps the map compact.
  std::unordered_map<int, int> degree, leaves_of;
  for (const Edge* edge : edges) ++degree[edge->source], ++degree[edge->target];
  auto is_leaf = [&](const Edge* edge) { return degree[edge->target] == 1 && edge->source != edge->target; };
  for (const Edge* edge : edges) leaves_of[edge->source] += is_leaf(edge);
  std::unordered_map<int, int> leaves_seen;
  for (const Edge* edge : edges) {
    Agedge_t* ae = agedge(g, made[edge->source], made[edge->target], nullptr, 1);
    if (!large && is_leaf(edge) && leaves_of[edge->source] > kStaggerFrom) {
      Set(ae, "minlen", std::to_string(1 + leaves_seen[edge->source]++ % 3));
    }
    EdgeStyle style = StyleForEdge(*edge);
    if (!large && !style.label.empty()) Set(ae, "label", style.label);
    Set(ae, "color", style.color);
    Set(ae, "style", style.style);
    Set(ae, "fontsize", "9");
    Set(ae, "fontname", "Helvetica");
    Set(ae, "arrowsize", "0.7");
    if (edge->kind == EdgeKind::kCites && edge->count > 1) {
      Set(ae, "penwidth", fmt::format("{:.1f}", std::min(4.0, 1.0 + std::log2(edge->count))));
    }
    Set(ae, "tooltip", GraphvizText(fmt::format("{} → {} ({}, {}×)", graph.node(edge->source).id,
                                                graph.node(edge->target).id, EdgeKindName(edge->kind), edge->count)));
  }
  if (options.legend && !nodes.empty()) AddLegend(g, graph, nodes, edges);
  return g;
}

std::vector<std::string> LayoutsLocked(GVC_t* gvc) {
  std::vector<std::string> names;
  int count = 0;
  char** list = gvPluginList(gvc, "layout", &count, nullptr);
  for (int i = 0; i < count; ++i) {
    std::string name = list[i];
    names.push_back(name.substr(0, name.find(':')));
    std::free(list[i]);
  }
  std::free(list);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace

std::vector<std::string> AvailableLayouts() {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  GVC_t* gvc = gvContext();
  std::vector<std::string> names = LayoutsLocked(gvc);
  gvFreeContext(gvc);
  return names;
}

Status WriteDot(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                const MapOptions& options, std::string* dot) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  const bool large = options.layout.empty() ? static_cast<int>(nodes.size()) > options.dot_limit
                                            : options.layout != "dot";
  Agraph_t* g = BuildAgraph(graph, centrality, nodes, options, large);
  char* buf = nullptr;
  size_t len = 0;
  FILE* mem = open_memstream(&buf, &len);
  if (mem == nullptr) {
    agclose(g);
    return Status::IoError("cannot allocate memory for DOT output");
  }
  int rc = agwrite(g, mem);
  std::fclose(mem);
  agclose(g);
  if (rc != 0) {
    std::free(buf);
    return Status::IoError("cgraph could not write DOT");
  }
  dot->assign(buf, len);
  std::free(buf);
  return Status::Ok();
}

Status RenderSvg(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                 const MapOptions& options, std::string* svg) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  GVC_t* gvc = gvContext();
  const std::vector<std::string> available = LayoutsLocked(gvc);
  if (!options.layout.empty() && std::find(available.begin(), available.end(), options.layout) == available.end()) {
    gvFreeContext(gvc);
    std::string have;
    for (const std::string& a : available) have += (have.empty() ? "" : ", ") + a;
    return Status::InvalidArgument(fmt::format("layout '{}' is not available (installed: {})", options.layout, have));
  }
  const std::string layout = ChooseLayout(options.layout, static_cast<int>(nodes.size()), options.dot_limit, available);
  if (layout.empty()) {
    gvFreeContext(gvc);
    return Status::IoError("no Graphviz layout plugin is installed");
  }
  Agraph_t* g = BuildAgraph(graph, centrality, nodes, options, layout != "dot");
  if (gvLayout(gvc, g, layout.c_str()) != 0) {
    agclose(g);
    gvFreeContext(gvc);
    return Status::IoError("graphviz layout '" + layout + "' failed");
  }
  char* data = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(gvc, g, "svg", &data, &len);
  if (rc == 0 && data != nullptr) svg->assign(data, len);
  gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  agclose(g);
  gvFreeContext(gvc);
  return rc == 0 ? Status::Ok() : Status::IoError("graphviz could not render SVG");
}

}  // namespace kamergraaf

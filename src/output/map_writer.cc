#include "output/map_writer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <mutex>
#include <unordered_map>

namespace kamergraaf {
namespace {

// Graphviz keeps global state; calls into it are serialised.
std::mutex& GraphvizMutex() {
  static std::mutex mu;
  return mu;
}

struct NodeStyle {
  const char* shape;
  const char* fill;
};

NodeStyle StyleFor(const Node& n) {
  switch (n.kind) {
    case NodeKind::kDocument: return {"box", "#cfe2f3"};
    case NodeKind::kMotion: return {"hexagon", "#f9cb9c"};
    case NodeKind::kKamerstuk: return {"note", "#d9ead3"};
    case NodeKind::kAanhangsel: return {"component", "#fff2cc"};
    case NodeKind::kHandelingen: return {"tab", "#ead1dc"};
    case NodeKind::kZaak: return {"diamond", "#fce5cd"};
    case NodeKind::kTkDocument: return {"folder", "#d0e0e3"};
    case NodeKind::kExternal: return {"ellipse", "#eeeeee"};
  }
  return {"ellipse", "#eeeeee"};
}

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

// Builds the cgraph graph; the caller closes it with agclose.
Agraph_t* BuildAgraph(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                      const MapOptions& options) {
  Agraph_t* g = agopen(const_cast<char*>("kamergraaf"), Agdirected, nullptr);
  Set(g, "label", options.title);
  Set(g, "labelloc", "t");
  Set(g, "fontname", "Helvetica");
  Set(g, "rankdir", "LR");
  Set(g, "overlap", "prism");
  Set(g, "splines", "true");
  double max_rank = 0;
  for (int v : nodes) max_rank = std::max(max_rank, centrality.pagerank[v]);
  std::unordered_map<int, Agnode_t*> made;
  for (int v : nodes) {
    const Node& n = graph.node(v);
    Agnode_t* an = agnode(g, const_cast<char*>(n.id.c_str()), 1);
    NodeStyle style = StyleFor(n);
    Set(an, "label", n.label.empty() ? n.id : n.label);
    Set(an, "shape", style.shape);
    Set(an, "style", n.in_corpus ? "filled,bold" : "filled");
    Set(an, "fillcolor", style.fill);
    Set(an, "fontname", "Helvetica");
    double scale = max_rank > 0 ? centrality.pagerank[v] / max_rank : 0;
    Set(an, "fontsize", std::to_string(10 + static_cast<int>(8 * scale)));
    Set(an, "tooltip", n.id);
    if (!n.url.empty()) Set(an, "URL", n.url);
    made.emplace(v, an);
  }
  for (int v : nodes) {
    for (int e : graph.OutEdges(v)) {
      const Edge& edge = graph.edge(e);
      auto t = made.find(edge.target);
      if (t == made.end()) continue;
      Agedge_t* ae = agedge(g, made[v], t->second, nullptr, 1);
      Set(ae, "label", edge.kind == EdgeKind::kCites ? (edge.count > 1 ? std::to_string(edge.count) : std::string())
                                                     : std::string(EdgeKindName(edge.kind)));
      Set(ae, "fontsize", "9");
      if (edge.via_footnote) Set(ae, "style", "dashed");
    }
  }
  return g;
}

}  // namespace

Status WriteDot(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                const MapOptions& options, std::string* dot) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  Agraph_t* g = BuildAgraph(graph, centrality, nodes, options);
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
  Agraph_t* g = BuildAgraph(graph, centrality, nodes, options);
  GVC_t* gvc = gvContext();
  std::string layout = options.layout;
  if (layout.empty()) layout = static_cast<int>(nodes.size()) <= options.dot_limit ? "dot" : "sfdp";
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

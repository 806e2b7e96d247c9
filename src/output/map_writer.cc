#include "output/map_writer.h"

#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "output/edge_bundles.h"
#include "output/graphviz_runner.h"
#include "output/map_legend.h"
#include "output/map_style.h"
#include "output/output_guard.h"
#include "text/control_characters.h"

namespace kamergraaf {
namespace {

// Cited-only nodes are spread over at most this many ranks.
constexpr int kMaxSpread = 6;

// Graphviz keeps global state; calls into it are serialised.
std::mutex& GraphvizMutex() {
  static std::mutex mu;
  return mu;
}

// One Graphviz context for the whole process, never freed. Graphviz 2.42's pango text plugin caches a
// pointer to the last font name, which lives in the context: freeing a context and laying out with a new
// one reads freed memory (AddressSanitizer caught it on the second map of a run). Call with the mutex held.
// Graphviz's own messages come out one per line, escaped, marked as its: never raw on the terminal. (In
// the layout child, standard error is a pipe that graphviz_runner turns into warnings.) Call with the
// mutex held.
void InstallGraphvizErrorHandler() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  agseterrf([](char* message) -> int {
    std::string text = message != nullptr ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = std::min(text.find('\n', start), text.size());
      if (end > start) {
        std::fprintf(stderr, "graphviz: %s\n", EscapeControlCharacters(text.substr(start, end - start)).c_str());
      }
      start = end + 1;
    }
    return 0;
  });
}

GVC_t* SharedContext() {
  InstallGraphvizErrorHandler();
  static GVC_t* gvc = gvContext();
  return gvc;
}

// While alive, says on stderr that a layout is running once it has taken more than a second, and how long
// it took when it ends (a large map can take a while; silence would look like a hang).
class LayoutProgress {
 public:
  LayoutProgress(bool enabled, std::string what) : what_(std::move(what)), start_(std::chrono::steady_clock::now()) {
    if (enabled) watcher_ = std::thread([this] { Watch(); });
  }
  ~LayoutProgress() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    if (watcher_.joinable()) watcher_.join();
    if (printed_) {
      std::chrono::duration<double> took = std::chrono::steady_clock::now() - start_;
      std::fprintf(stderr, "kamergraaf: map laid out in %.1f s\n", took.count());
    }
  }

 private:
  void Watch() {
    std::unique_lock<std::mutex> lock(mu_);
    if (cv_.wait_for(lock, std::chrono::seconds(1), [this] { return done_; })) return;
    std::fprintf(stderr, "kamergraaf: laying out the map (%s)...\n", what_.c_str());
    printed_ = true;
  }

  std::string what_;
  std::chrono::steady_clock::time_point start_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  bool printed_ = false;
  std::thread watcher_;
};

// Object ids in creation order. cgraph's default discipline uses the address of a name's interned string
// as its id and keeps subgraphs sorted by id, so clusters came out in heap order: the DOT and the layout
// changed with the thread count. With ids handed out in sequence, the same graph gives the same bytes.
struct SequentialIds {
  Agraph_t* root = nullptr;
  std::unordered_map<std::string, IDTYPE> by_name;
  // names[id / 2 - 1], interned with agstrdup: cgraph reads flags (is it an HTML label?) from the header
  // its string pool puts before each string, so names must come from that pool.
  std::vector<char*> names;
  IDTYPE next_anonymous = 1;  // odd ids for anonymous objects, as cgraph expects
};

void* IdOpen(Agraph_t* g, Agdisc_t*) {
  auto* ids = new SequentialIds();
  ids->root = g;
  return ids;
}

long IdMap(void* state, int, char* str, IDTYPE* id, int createflag) {
  auto* ids = static_cast<SequentialIds*>(state);
  if (str == nullptr) {
    *id = ids->next_anonymous;
    ids->next_anonymous += 2;
    return 1;
  }
  auto it = ids->by_name.find(str);
  if (it != ids->by_name.end()) {
    *id = it->second;
    return 1;
  }
  if (!createflag) return 0;
  ids->names.push_back(agstrdup(ids->root, str));
  *id = static_cast<IDTYPE>(2 * ids->names.size());
  ids->by_name.emplace(str, *id);
  return 1;
}

long IdAlloc(void*, int, IDTYPE) { return 0; }
void IdFree(void*, int, IDTYPE) {}

char* IdPrint(void* state, int, IDTYPE id) {
  auto* ids = static_cast<SequentialIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > ids->names.size()) return nullptr;
  return ids->names[id / 2 - 1];
}

void IdClose(void* state) { delete static_cast<SequentialIds*>(state); }
void IdRegister(void*, int, void*) {}

Agiddisc_t kSequentialIdDisc = {IdOpen, IdMap, IdAlloc, IdFree, IdPrint, IdClose, IdRegister};
Agdisc_t kDisc = {&AgMemDisc, &kSequentialIdDisc, &AgIoDisc};

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

void StyleGraph(Agraph_t* g, const MapOptions& options, int num_nodes, int num_edges, bool large) {
  const std::string title = options.title.empty() ? std::string(Tr(options.lang, "map.title")) : options.title;
  std::string label = GraphvizText(
      fmt::format("{} — {}", title, fmt::format(fmt::runtime(Tr(options.lang, "map.size")), num_nodes, num_edges)));
  if (!options.caption.empty()) label += "\\n" + WrapLabel(options.caption, 110, 4);
  Set(g, "label", label);
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
    // No concentrate=true: merged edges crash dot's position phase (SIGSEGV, "rebuiltd_vlists: lead is
    // null") on ordinary citation maps with clusters and spread sinks, whatever their density.
  }
}

Agnode_t* MakeNode(Agraph_t* g, const CitationGraph& graph, const Centrality& centrality, int v,
                   const MapOptions& options, bool large) {
  const Node& n = graph.node(v);
  Agnode_t* an = agnode(g, const_cast<char*>(DotName(n.id, v).c_str()), 1);
  const NodeStyle style = StyleForKind(n.kind);
  Set(an, "label", WrapLabel(n.label.empty() ? n.id : n.label, options.label_width));
  Set(an, "shape", style.shape);
  Set(an, "style", n.in_corpus ? "filled,bold" : "filled");
  Set(an, "fillcolor", style.fill);
  Set(an, "color", n.in_corpus ? "#000000" : "#888888");
  Set(an, "penwidth", n.in_corpus ? "2" : "1");
  Set(an, "fontname", "Helvetica");
  // Font size grows with PageRank against the average node (1/n): average or less is 11 pt, each doubling
  // adds 3 pt, up to 23 pt (8 to 18 pt on force-directed maps, which hold more nodes).
  const double ratio = centrality.pagerank[v] * graph.num_nodes();
  const double steps = std::clamp(ratio > 0 ? std::log2(ratio) : 0.0, 0.0, 4.0);
  Set(an, "fontsize", fmt::format("{:.1f}", large ? 8.0 + 2.5 * steps : 11.0 + 3.0 * steps));
  Set(an, "tooltip", GraphvizText(fmt::format("{} ({}{})", n.id, Tr(options.lang, "node." + std::string(NodeKindName(n.kind))),
                                              n.in_corpus ? ", " + std::string(Tr(options.lang, "map.in_corpus")) : "")));
  if (!options.highlight.empty() && graph.Find(options.highlight) == v) {
    Set(an, "color", "#cc0000");
    Set(an, "penwidth", "3");
    Set(an, "peripheries", "2");
  }
  if (options.in_page_links) {
    Set(an, "URL", "#" + NodeAnchor(n.id));
  } else if (std::string link = SafeLink(NodeUrl(n)); !link.empty()) {
    Set(an, "URL", link);
    Set(an, "target", "_blank");
  }
  return an;
}

// Builds the cgraph graph; the caller closes it with agclose.
Agraph_t* BuildAgraph(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                      const std::vector<const Edge*>& edges, const MapOptions& options, bool large) {
  Agraph_t* g = agopen(const_cast<char*>("kamergraaf"), Agdirected, &kDisc);
  StyleGraph(g, options, static_cast<int>(nodes.size()), static_cast<int>(edges.size()), large);
  Set(g, "fontname", "Helvetica");

  // Clusters: a dossier with two or more nodes on the map; in a dot layout also the cited-only nodes
  // without a dossier, by kind ("Externe bronnen", "Zaken"), so that they pack into blocks too.
  std::unordered_map<int, std::string> group;  // node → cluster name
  std::map<std::string, std::string> group_label;
  if (options.clusters) {
    std::map<std::string, std::vector<int>> members;
    for (int v : nodes) {
      const Node& n = graph.node(v);
      if (!n.dossier.empty()) {
        const int tag = static_cast<int>(std::hash<std::string_view>{}(n.dossier.view()) & 0x7fffffff);
        const std::string name = "cluster_" + DotName(n.dossier, tag);
        members[name].push_back(v);
        group_label[name] = std::string(Tr(options.lang, "map.dossier")) + " " + n.dossier.str();
      } else if (!large && !n.in_corpus) {
        std::string name = fmt::format("cluster_kind_{}", NodeKindName(n.kind));
        members[name].push_back(v);
        group_label[name] = Tr(options.lang, "group." + std::string(NodeKindName(n.kind)));
      }
    }
    for (const auto& [name, vs] : members) {
      const bool by_kind = name.rfind("cluster_kind_", 0) == 0;
      if (vs.size() < (by_kind ? 3u : 2u)) continue;
      for (int v : vs) group[v] = name;
    }
  }
  std::map<std::string, Agraph_t*> clusters;
  for (const auto& [v, name] : group) {
    if (clusters.count(name)) continue;
    Agraph_t* sub = agsubg(g, const_cast<char*>(name.c_str()), 1);
    Set(sub, "label", GraphvizText(group_label[name]));
    Set(sub, "style", "rounded,filled");
    Set(sub, "fillcolor", name.rfind("cluster_kind_", 0) == 0 ? "#fbfbfb" : "#f3f3f3");
    Set(sub, "color", "#bbbbbb");
    Set(sub, "fontname", "Helvetica");
    Set(sub, "fontsize", "13");
    clusters[name] = sub;
  }

  std::unordered_map<int, Agnode_t*> made;
  for (int v : nodes) {
    auto in_group = group.find(v);
    Agraph_t* home = in_group == group.end() ? g : clusters[in_group->second];
    made.emplace(v, MakeNode(home, graph, centrality, v, options, large));
  }
  // Most nodes of a citation map are only cited (sinks). In one rank they would stack into one tall
  // column; spreading them over about sqrt(sinks / 8) ranks (Graphviz's "unflatten" trick, applied
  // through minlen) keeps the map roughly square. Sinks are dealt out by dossier, so that a dossier's
  // cluster spreads sideways instead of down.
  std::unordered_map<int, int> out_on_map, in_on_map, sink_rank;
  for (const Edge* edge : edges) {
    if (edge->source == edge->target) continue;
    ++out_on_map[edge->source];
    ++in_on_map[edge->target];
  }
  if (!large) {
    std::vector<int> sinks;
    for (int v : nodes)
      if (out_on_map[v] == 0 && in_on_map[v] > 0) sinks.push_back(v);
    // Dealt out per cluster (each starting in the first rank), the most central first.
    auto group_of = [&](int v) { auto it = group.find(v); return it == group.end() ? std::string() : it->second; };
    std::stable_sort(sinks.begin(), sinks.end(), [&](int a, int b) {
      std::string ga = group_of(a), gb = group_of(b);
      if (ga != gb) return ga < gb;
      return centrality.pagerank[a] > centrality.pagerank[b];
    });
    const int spread = std::clamp(static_cast<int>(std::lround(std::sqrt(sinks.size() / 6.0))), 1, kMaxSpread);
    int in_group = 0;
    for (std::size_t i = 0; i < sinks.size(); ++i) {
      if (i > 0 && group_of(sinks[i]) != group_of(sinks[i - 1])) in_group = 0;
      sink_rank[sinks[i]] = 1 + in_group++ % spread;
    }
  }
  // Several arrows between the same two blocks: one thick arrow from block to block instead.
  const EdgeBundles bundles =
      BundleBetweenClusters(edges, group, !large && options.clusters ? options.bundle_min : 0);
  if (!bundles.bundles.empty()) Set(g, "compound", "true");
  for (const EdgeBundle& bundle : bundles.bundles) {
    const Edge* first = bundle.edges.front();
    Agedge_t* ae = agedge(g, made[first->source], made[first->target], nullptr, 1);
    Set(ae, "ltail", bundle.from);
    Set(ae, "lhead", bundle.to);
    const int count = static_cast<int>(bundle.edges.size());
    const std::string words = fmt::format(fmt::runtime(Tr(options.lang, "map.bundle")), count);
    Set(ae, "label", words);
    Set(ae, "color", "#444444");
    Set(ae, "penwidth", fmt::format("{:.1f}", std::min(6.0, 1.5 + std::log2(count))));
    Set(ae, "fontsize", "10");
    Set(ae, "fontname", "Helvetica");
    Set(ae, "arrowsize", "0.9");
    // The tooltip names the pairs, so that hovering the bundle still tells which paper cites which. Each
    // piece is escaped on its own: the "\n" between them is Graphviz's line break, not text.
    std::string tooltip =
        GraphvizText(fmt::format("{} → {}: {}", group_label[bundle.from], group_label[bundle.to], words));
    constexpr std::size_t kMaxPairs = 12;
    for (std::size_t i = 0; i < bundle.edges.size() && i < kMaxPairs; ++i) {
      const Edge* e = bundle.edges[i];
      tooltip += "\\n" + GraphvizText(fmt::format("{} → {} ({})", graph.node(e->source).id, graph.node(e->target).id,
                                                   Tr(options.lang, "edge." + std::string(EdgeKindName(e->kind)))));
    }
    if (bundle.edges.size() > kMaxPairs) tooltip += "\\n…";
    Set(ae, "tooltip", tooltip);
  }
  for (const Edge* edge : edges) {
    if (bundles.bundled.count(edge)) continue;
    Agedge_t* ae = agedge(g, made[edge->source], made[edge->target], nullptr, 1);
    if (auto r = sink_rank.find(edge->target); r != sink_rank.end() && r->second > 1) {
      Set(ae, "minlen", std::to_string(r->second));
    }
    EdgeStyle style = StyleForEdge(*edge);
    if (!large && !style.label.empty()) {
      // A count stays a number; a kind is said in the map's language.
      Set(ae, "label", edge->kind == EdgeKind::kCites ? style.label
                                                       : std::string(Tr(options.lang, "edge." + style.label)));
    }
    Set(ae, "color", style.color);
    Set(ae, "style", style.style);
    Set(ae, "fontsize", "9");
    Set(ae, "fontname", "Helvetica");
    Set(ae, "arrowsize", "0.7");
    if (edge->kind == EdgeKind::kCites && edge->count > 1) {
      Set(ae, "penwidth", fmt::format("{:.1f}", std::min(4.0, 1.0 + std::log2(edge->count))));
    }
    Set(ae, "tooltip", GraphvizText(fmt::format("{} → {} ({}, {}×)", graph.node(edge->source).id,
                                                graph.node(edge->target).id,
                                                Tr(options.lang, "edge." + std::string(EdgeKindName(edge->kind))),
                                                edge->count)));
  }
  if (options.legend && !nodes.empty()) {
    AddMapLegend(g, graph, nodes, edges, large, options.lang, !bundles.bundles.empty());
  }
  return g;
}

// The edges between selected nodes, grouped by source in the order of `nodes`, each group in edge order.
// One pass over the edges: a map of a hundred nodes must not build per-node edge lists for millions.
std::vector<const Edge*> InducedEdges(const CitationGraph& graph, const std::vector<int>& nodes) {
  std::vector<int> position(graph.num_nodes(), -1);
  for (int i = 0; i < static_cast<int>(nodes.size()); ++i) position[nodes[i]] = i;
  std::vector<std::vector<const Edge*>> by_source(nodes.size());
  for (int e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(e);
    if (position[edge.source] >= 0 && position[edge.target] >= 0) by_source[position[edge.source]].push_back(&edge);
  }
  std::vector<const Edge*> edges;
  for (const auto& group : by_source) edges.insert(edges.end(), group.begin(), group.end());
  return edges;
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

// Lays out and renders in a child process (graphviz_runner.h). When Graphviz crashes or runs out of time,
// the map is drawn again more simply: without merged edges and clusters, then with a force-directed
// engine. Each fallback is a warning; the last failure is returned.
Status RenderLocked(GVC_t* gvc, const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                    const std::vector<const Edge*>& edges, const MapOptions& options, const std::string& layout,
                    const std::string& format, std::vector<std::string>* warnings, std::string* out) {
  struct Attempt {
    bool simple;
    std::string engine;
  };
  std::vector<Attempt> attempts = {{false, layout}};
  if (layout == "dot") attempts.push_back({true, "dot"});
  for (const char* engine : {"sfdp", "neato"}) {
    if (engine != layout) attempts.push_back({true, engine});
  }
  const std::vector<std::string> available = LayoutsLocked(gvc);
  Status st;
  for (std::size_t i = 0; i < attempts.size(); ++i) {
    const Attempt& a = attempts[i];
    if (std::find(available.begin(), available.end(), a.engine) == available.end()) continue;
    MapOptions simpler = options;
    if (a.simple) simpler.clusters = false;
    Agraph_t* g = BuildAgraph(graph, centrality, nodes, edges, simpler, a.engine != "dot");
    GraphvizRun run;
    run.timeout_seconds = options.layout_timeout_seconds;
    st = LayoutAndRender(gvc, g, a.engine, format, &run, out);
    agclose(g);
    if (warnings != nullptr) {
      for (const std::string& m : run.messages) warnings->push_back("graphviz: " + m);
    }
    if (st.ok()) return st;
    if (warnings != nullptr) {
      warnings->push_back(st.message() + (i + 1 < attempts.size() ? "; drawing the map more simply" : ""));
    }
  }
  return st;
}

}  // namespace

std::vector<std::string> AvailableLayouts() {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  return LayoutsLocked(SharedContext());
}

std::string NodeAnchor(std::string_view id) {
  std::string out = "node-";
  for (char c : id) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (plain) {
      out.push_back(c);
    } else {
      out += fmt::format(".{:02x}", static_cast<unsigned char>(c));
    }
  }
  return out;
}

Status WriteDot(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                const MapOptions& options, std::string* dot) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  InstallGraphvizErrorHandler();
  const std::vector<const Edge*> edges = InducedEdges(graph, nodes);
  const std::vector<std::string> all = {"dot", "sfdp"};
  const bool large = ChooseLayout(options.layout, static_cast<int>(nodes.size()), static_cast<int>(edges.size()),
                                  options, all) != "dot";
  Agraph_t* g = BuildAgraph(graph, centrality, nodes, edges, options, large);
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
  MarkDot(dot);
  return Status::Ok();
}

bool DotParses(const std::string& dot) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  agseterr(AGMAX);  // a syntax error is the answer here, not something to print
  Agraph_t* g = agmemread(dot.c_str());
  agseterr(AGWARN);
  if (g == nullptr) return false;
  agclose(g);
  return true;
}

Status RenderSvg(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                 const MapOptions& options, std::string* svg, std::vector<std::string>* warnings) {
  Status st = RenderMap(graph, centrality, nodes, options, "svg", svg, warnings);
  if (st.ok()) MarkMarkup(svg);
  return st;
}

Status RenderMap(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                 const MapOptions& options, const std::string& format, std::string* out,
                 std::vector<std::string>* warnings) {
  if (std::find(std::begin(kRenderFormats), std::end(kRenderFormats), format) == std::end(kRenderFormats)) {
    return Status::InvalidArgument(fmt::format("cannot render a map as '{}' (svg, png or pdf)", format));
  }
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  GVC_t* gvc = SharedContext();
  if (format != "svg") {
    int count = 0;
    char** list = gvPluginList(gvc, "device", &count, nullptr);
    bool have = false;
    for (int i = 0; i < count; ++i) {
      std::string_view name = list[i];
      have = have || name.substr(0, name.find(':')) == format;
      std::free(list[i]);
    }
    std::free(list);
    if (!have) {
      return Status::InvalidArgument(
          fmt::format("Graphviz has no '{}' renderer here (install its cairo plugin, libgvplugin-pango)", format));
    }
  }
  const std::vector<std::string> available = LayoutsLocked(gvc);
  if (!options.layout.empty() && std::find(available.begin(), available.end(), options.layout) == available.end()) {
    std::string have;
    for (const std::string& a : available) have += (have.empty() ? "" : ", ") + a;
    return Status::InvalidArgument(fmt::format("layout '{}' is not available (installed: {})", options.layout, have));
  }
  const std::vector<const Edge*> edges = InducedEdges(graph, nodes);
  const std::string layout =
      ChooseLayout(options.layout, static_cast<int>(nodes.size()), static_cast<int>(edges.size()), options, available);
  if (layout.empty()) {
    return Status::IoError("no Graphviz layout plugin is installed");
  }
  LayoutProgress progress(options.progress,
                          fmt::format("{} nodes, {} edges, {}", nodes.size(), edges.size(), layout));
  return RenderLocked(gvc, graph, centrality, nodes, edges, options, layout, format, warnings, out);
}

}  // namespace kamergraaf

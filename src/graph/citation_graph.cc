// CitationGraph over a Boost bidirectional adjacency list. Only src/graph/ spells Boost.Graph types.
#include "kamergraaf/citation_graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <mutex>
#include <tuple>
#include <unordered_map>
#include <algorithm>

namespace kamergraaf {

struct CitationGraph::Impl {
  // Vertex and edge bundles are indices into nodes / edges.
  using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, int, int>;
  BoostGraph g;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  std::unordered_map<std::string, int> by_id;
  std::map<std::tuple<int, int, int>, int> edge_by_key;  // (source, target, kind) -> edge

  std::mutex adjacency_mu;
  bool adjacency_valid = false;
  Adjacency out, in;

  void BuildAdjacency() {
    std::lock_guard<std::mutex> lock(adjacency_mu);
    if (adjacency_valid) return;
    const int n = static_cast<int>(nodes.size());
    auto build = [&](bool outgoing, Adjacency* adj) {
      std::vector<std::vector<int>> lists(n);
      for (const Edge& e : edges) {
        if (outgoing) {
          lists[e.source].push_back(e.target);
        } else {
          lists[e.target].push_back(e.source);
        }
      }
      adj->offsets.assign(n + 1, 0);
      adj->targets.clear();
      for (int v = 0; v < n; ++v) {
        std::vector<int>& l = lists[v];
        std::sort(l.begin(), l.end());
        l.erase(std::unique(l.begin(), l.end()), l.end());
        adj->targets.insert(adj->targets.end(), l.begin(), l.end());
        adj->offsets[v + 1] = static_cast<std::int64_t>(adj->targets.size());
      }
    };
    build(true, &out);
    build(false, &in);
    adjacency_valid = true;
  }
};

CitationGraph::CitationGraph() : impl_(std::make_unique<Impl>()) {}
CitationGraph::~CitationGraph() = default;
CitationGraph::CitationGraph(CitationGraph&&) noexcept = default;
CitationGraph& CitationGraph::operator=(CitationGraph&&) noexcept = default;

namespace {

// How specific a node kind is: a more specific kind replaces a less specific one.
int Specificity(NodeKind k) {
  switch (k) {
    case NodeKind::kExternal: return 0;
    case NodeKind::kDocument: return 1;
    case NodeKind::kKamerstuk: return 2;
    default: return 3;
  }
}

}  // namespace

int CitationGraph::AddNode(const Node& node) {
  auto it = impl_->by_id.find(node.id);
  if (it == impl_->by_id.end()) {
    int v = static_cast<int>(impl_->nodes.size());
    impl_->nodes.push_back(node);
    boost::add_vertex(v, impl_->g);
    impl_->by_id.emplace(node.id, v);
    impl_->adjacency_valid = false;
    return v;
  }
  Node& n = impl_->nodes[it->second];
  if (Specificity(node.kind) > Specificity(n.kind)) n.kind = node.kind;
  if (node.in_corpus && !n.in_corpus) {
    n.in_corpus = true;
    n.document = node.document;
    if (!node.doc_kind.empty()) n.doc_kind = node.doc_kind;
  }
  if (!node.label.empty() && (n.label.empty() || node.in_corpus || node.kind == NodeKind::kMotion)) {
    n.label = node.label;
  }
  if (n.dossier.empty()) n.dossier = node.dossier;
  if (n.url.empty()) n.url = node.url;
  return it->second;
}

void CitationGraph::AddEdge(int source, int target, EdgeKind kind, int line, bool via_footnote, int count) {
  auto key = std::make_tuple(source, target, static_cast<int>(kind));
  auto it = impl_->edge_by_key.find(key);
  int e;
  if (it == impl_->edge_by_key.end()) {
    e = static_cast<int>(impl_->edges.size());
    Edge edge;
    edge.source = source;
    edge.target = target;
    edge.kind = kind;
    edge.count = 0;
    impl_->edges.push_back(edge);
    boost::add_edge(source, target, e, impl_->g);
    impl_->edge_by_key.emplace(key, e);
    impl_->adjacency_valid = false;
  } else {
    e = it->second;
  }
  Edge& edge = impl_->edges[e];
  edge.count += count;
  edge.via_footnote = edge.via_footnote || via_footnote;
  if (line > 0) {
    auto pos = std::lower_bound(edge.lines.begin(), edge.lines.end(), line);
    if (pos == edge.lines.end() || *pos != line) edge.lines.insert(pos, line);
  }
}

int CitationGraph::num_nodes() const { return static_cast<int>(impl_->nodes.size()); }
int CitationGraph::num_edges() const { return static_cast<int>(impl_->edges.size()); }
const Node& CitationGraph::node(int v) const { return impl_->nodes[v]; }
const Edge& CitationGraph::edge(int e) const { return impl_->edges[e]; }

int CitationGraph::Find(std::string_view id) const {
  auto it = impl_->by_id.find(std::string(id));
  return it == impl_->by_id.end() ? -1 : it->second;
}

std::vector<int> CitationGraph::OutEdges(int v) const {
  std::vector<int> result;
  for (auto [it, end] = boost::out_edges(v, impl_->g); it != end; ++it) result.push_back(impl_->g[*it]);
  return result;
}

std::vector<int> CitationGraph::InEdges(int v) const {
  std::vector<int> result;
  for (auto [it, end] = boost::in_edges(v, impl_->g); it != end; ++it) result.push_back(impl_->g[*it]);
  return result;
}

const CitationGraph::Adjacency& CitationGraph::OutAdjacency() const {
  impl_->BuildAdjacency();
  return impl_->out;
}

const CitationGraph::Adjacency& CitationGraph::InAdjacency() const {
  impl_->BuildAdjacency();
  return impl_->in;
}

}  // namespace kamergraaf

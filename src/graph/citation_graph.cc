// CitationGraph: typed nodes and merged edges, with a Boost.Graph bidirectional compressed sparse row graph
// for per-node edge lists and compressed (CSR) neighbour arrays for the algorithms. Only src/graph/ spells
// Boost.Graph types.
//
// The Boost graph and the CSR views are derived from `edges` and built lazily, so that a graph of millions
// of edges made by FromEdges() pays for them only when they are used. The Boost graph is a CSR graph with
// 32-bit vertices and edge indices (about 16 bytes an edge, both directions), not an adjacency_list: at a
// million documents the adjacency_list's per-edge list nodes alone took over half a gigabyte.
#include "kamergraaf/citation_graph.h"

#include <algorithm>
#include <atomic>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <mutex>
#include <unordered_map>

#include "graph/csr_builder.h"
#include "graph/id_index.h"

namespace kamergraaf {
namespace {

struct EdgeKey {
  int source, target, kind;
  bool operator==(const EdgeKey&) const = default;
};

struct EdgeKeyHash {
  std::size_t operator()(const EdgeKey& k) const {
    std::uint64_t h = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(k.source)) << 32) ^
                      static_cast<std::uint32_t>(k.target) ^ (static_cast<std::uint64_t>(k.kind) << 29);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return static_cast<std::size_t>(h);
  }
};

// How specific a node kind is: a more specific kind replaces a less specific one.
int Specificity(NodeKind k) {
  switch (k) {
    case NodeKind::kExternal: return 0;
    case NodeKind::kDocument: return 1;
    case NodeKind::kKamerstuk: return 2;
    default: return 3;
  }
}

// Orders edges by (source, target, kind) and merges those with the same key: counts added, lines joined,
// via_footnote or-ed.
void SortAndMerge(std::vector<Edge>* edges) {
  auto key_less = [](const Edge& a, const Edge& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.target != b.target) return a.target < b.target;
    return a.kind < b.kind;
  };
  if (!std::is_sorted(edges->begin(), edges->end(), key_less)) std::sort(edges->begin(), edges->end(), key_less);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < edges->size(); ++i) {
    Edge& e = (*edges)[i];
    if (kept > 0) {
      Edge& last = (*edges)[kept - 1];
      if (last.source == e.source && last.target == e.target && last.kind == e.kind) {
        last.count += e.count;
        last.via_footnote = last.via_footnote || e.via_footnote;
        last.lines.Merge(e.lines);
        continue;
      }
    }
    if (kept != i) (*edges)[kept] = std::move(e);
    ++kept;
  }
  edges->resize(kept);
  edges->shrink_to_fit();
}

}  // namespace

struct CitationGraph::Impl {
  // The edge bundle is the index into `edges`.
  using BoostGraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, int,
                                                        boost::no_property, std::uint32_t, std::uint32_t>;

  std::vector<Node> nodes;
  std::vector<Edge> edges;
  IdIndex by_id;  // ids and aliases
  // (source, target, kind) → edge; rebuilt on the first AddEdge after FromEdges.
  std::unordered_map<EdgeKey, int, EdgeKeyHash> edge_by_key;
  bool edge_index_valid = true;

  // Derived views, guarded by `mu`; `views_valid` is reset by every mutation.
  std::mutex mu;
  std::atomic<bool> views_valid{false};
  std::atomic<bool> boost_valid{false};
  Adjacency out, in;
  BoostGraph g;

  void Invalidate() {
    views_valid.store(false, std::memory_order_relaxed);
    boost_valid.store(false, std::memory_order_relaxed);
  }

  void EnsureViews() {
    if (views_valid.load(std::memory_order_acquire)) return;
    std::lock_guard<std::mutex> lock(mu);
    if (views_valid.load(std::memory_order_relaxed)) return;
    BuildCsr(static_cast<int>(nodes.size()), edges, /*outgoing=*/true, &out);
    BuildCsr(static_cast<int>(nodes.size()), edges, /*outgoing=*/false, &in);
    views_valid.store(true, std::memory_order_release);
  }

  void EnsureBoost() {
    if (boost_valid.load(std::memory_order_acquire)) return;
    std::lock_guard<std::mutex> lock(mu);
    if (boost_valid.load(std::memory_order_relaxed)) return;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends(edges.size());
    std::vector<int> index(edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
      ends[e] = {static_cast<std::uint32_t>(edges[e].source), static_cast<std::uint32_t>(edges[e].target)};
      index[e] = static_cast<int>(e);
    }
    g = BoostGraph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), index.begin(),
                   static_cast<std::uint32_t>(nodes.size()));
    boost_valid.store(true, std::memory_order_release);
  }

  // Frees the (source, target, kind) index; the next AddEdge() rebuilds it, FindEdge() scans meanwhile.
  void DropEdgeIndex() {
    std::unordered_map<EdgeKey, int, EdgeKeyHash>().swap(edge_by_key);
    edge_index_valid = false;
  }

  void EnsureEdgeIndex() {
    if (edge_index_valid) return;
    edge_by_key.clear();
    edge_by_key.reserve(edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
      const Edge& x = edges[e];
      edge_by_key.emplace(EdgeKey{x.source, x.target, static_cast<int>(x.kind)}, static_cast<int>(e));
    }
    edge_index_valid = true;
  }
};

CitationGraph::CitationGraph() : impl_(std::make_unique<Impl>()) {}
CitationGraph::~CitationGraph() = default;
CitationGraph::CitationGraph(CitationGraph&&) noexcept = default;
CitationGraph& CitationGraph::operator=(CitationGraph&&) noexcept = default;

Status CitationGraph::FromEdges(std::vector<Node> nodes, std::vector<Edge> edges, CitationGraph* graph) {
  auto impl = std::make_unique<Impl>();
  const int n = static_cast<int>(nodes.size());
  std::size_t names = nodes.size();
  for (const Node& node : nodes) names += node.aliases.size();
  impl->by_id.Reserve(nodes, names);
  for (int v = 0; v < n; ++v) {
    if (impl->by_id.Insert(nodes, v, 0) >= 0) {
      return Status::InvalidArgument("FromEdges: repeated node id '" + nodes[v].id + "'");
    }
    for (std::size_t k = 0; k < nodes[v].aliases.size(); ++k) {
      if (impl->by_id.Insert(nodes, v, static_cast<std::uint32_t>(k + 1)) >= 0) {
        return Status::InvalidArgument("FromEdges: repeated alias '" + nodes[v].aliases[k] + "'");
      }
    }
  }
  for (const Edge& e : edges) {
    if (e.source < 0 || e.source >= n || e.target < 0 || e.target >= n) {
      return Status::InvalidArgument("FromEdges: edge endpoint out of range");
    }
  }
  SortAndMerge(&edges);
  impl->nodes = std::move(nodes);
  impl->edges = std::move(edges);
  impl->edge_index_valid = false;
  graph->impl_ = std::move(impl);
  return Status::Ok();
}

int CitationGraph::AddNode(const Node& node) {
  const int found = impl_->by_id.Find(impl_->nodes, node.id);
  if (found < 0) {
    int v = static_cast<int>(impl_->nodes.size());
    impl_->nodes.push_back(node);
    impl_->nodes.back().aliases.clear();
    impl_->by_id.Insert(impl_->nodes, v, 0);
    for (const std::string& alias : node.aliases) AddAlias(alias, v);
    impl_->Invalidate();
    return v;
  }
  const int v = found;
  Node& n = impl_->nodes[v];
  // A label says what a node is: it follows the most specific kind, and the corpus over mere citations.
  const bool more_specific = Specificity(node.kind) > Specificity(n.kind);
  const bool enters_corpus = node.in_corpus && !n.in_corpus;
  if (!node.label.empty() && (n.label.empty() || more_specific || enters_corpus)) n.label = node.label;
  if (more_specific) n.kind = node.kind;
  if (enters_corpus) {
    n.in_corpus = true;
    n.document = node.document;
    if (!node.doc_kind.empty()) n.doc_kind = node.doc_kind;
  }
  if (n.dossier.empty()) n.dossier = node.dossier;
  if (n.url.empty()) n.url = node.url;
  for (const std::string& alias : node.aliases) AddAlias(alias, v);
  return v;
}

bool CitationGraph::AddAlias(std::string_view alias, int v) {
  if (int owner = impl_->by_id.Find(impl_->nodes, alias); owner >= 0) return owner == v;
  std::vector<std::string>& aliases = impl_->nodes[v].aliases;
  aliases.emplace_back(alias);
  impl_->by_id.Insert(impl_->nodes, v, static_cast<std::uint32_t>(aliases.size()));
  return true;
}

int CitationGraph::AddEdge(int source, int target, EdgeKind kind, int line, bool via_footnote, int count) {
  impl_->EnsureEdgeIndex();
  auto [it, added] =
      impl_->edge_by_key.emplace(EdgeKey{source, target, static_cast<int>(kind)}, static_cast<int>(impl_->edges.size()));
  const int e = it->second;
  if (added) {
    Edge edge;
    edge.source = source;
    edge.target = target;
    edge.kind = kind;
    edge.count = 0;
    impl_->edges.push_back(std::move(edge));
    impl_->Invalidate();
  }
  Edge& edge = impl_->edges[e];
  edge.count += count;
  edge.via_footnote = edge.via_footnote || via_footnote;
  if (line > 0) edge.lines.Insert(line);
  return e;
}

void CitationGraph::AddEdges(std::vector<Edge> edges) {
  const int n = num_nodes();
  edges.erase(std::remove_if(edges.begin(), edges.end(),
                             [n](const Edge& e) { return e.source < 0 || e.source >= n || e.target < 0 || e.target >= n; }),
              edges.end());
  if (edges.empty()) return;
  if (impl_->edges.empty()) {
    impl_->edges = std::move(edges);
  } else {
    impl_->edges.reserve(impl_->edges.size() + edges.size());
    std::move(edges.begin(), edges.end(), std::back_inserter(impl_->edges));
    std::vector<Edge>().swap(edges);
  }
  SortAndMerge(&impl_->edges);
  impl_->DropEdgeIndex();
  impl_->Invalidate();
}

void CitationGraph::ShrinkToFit() {
  impl_->nodes.shrink_to_fit();
  impl_->edges.shrink_to_fit();
  for (Edge& e : impl_->edges) e.lines.ShrinkToFit();
  impl_->DropEdgeIndex();
}

int CitationGraph::num_nodes() const { return static_cast<int>(impl_->nodes.size()); }
int CitationGraph::num_edges() const { return static_cast<int>(impl_->edges.size()); }
const Node& CitationGraph::node(int v) const { return impl_->nodes[v]; }
const Edge& CitationGraph::edge(int e) const { return impl_->edges[e]; }

int CitationGraph::Find(std::string_view id) const {
  return impl_->by_id.Find(impl_->nodes, id);
}

int CitationGraph::FindEdge(int source, int target, EdgeKind kind) const {
  if (!impl_->edge_index_valid) {
    for (int e : OutEdges(source)) {
      if (impl_->edges[e].target == target && impl_->edges[e].kind == kind) return e;
    }
    return -1;
  }
  auto it = impl_->edge_by_key.find(EdgeKey{source, target, static_cast<int>(kind)});
  return it == impl_->edge_by_key.end() ? -1 : it->second;
}

std::vector<int> CitationGraph::OutEdges(int v) const {
  impl_->EnsureBoost();
  const auto u = static_cast<std::uint32_t>(v);
  std::vector<int> result;
  result.reserve(boost::out_degree(u, impl_->g));
  for (auto [it, end] = boost::out_edges(u, impl_->g); it != end; ++it) result.push_back(impl_->g[*it]);
  std::sort(result.begin(), result.end());
  return result;
}

std::vector<int> CitationGraph::InEdges(int v) const {
  impl_->EnsureBoost();
  const auto u = static_cast<std::uint32_t>(v);
  std::vector<int> result;
  result.reserve(boost::in_degree(u, impl_->g));
  for (auto [it, end] = boost::in_edges(u, impl_->g); it != end; ++it) result.push_back(impl_->g[*it]);
  std::sort(result.begin(), result.end());
  return result;
}

CitationGraph::Adjacency CitationGraph::BuildAdjacency(bool outgoing) const {
  Adjacency adj;
  BuildCsr(num_nodes(), impl_->edges, outgoing, &adj);
  return adj;
}

const CitationGraph::Adjacency& CitationGraph::OutAdjacency() const {
  impl_->EnsureViews();
  return impl_->out;
}

const CitationGraph::Adjacency& CitationGraph::InAdjacency() const {
  impl_->EnsureViews();
  return impl_->in;
}

}  // namespace kamergraaf

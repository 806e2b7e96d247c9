// ComputeCentrality: PageRank, degrees and components over the graph's compressed adjacency.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

int Find(std::vector<int>& parent, int v) {
  while (parent[v] != v) v = parent[v] = parent[parent[v]];
  return v;
}

}  // namespace

Centrality ComputeCentrality(const CitationGraph& graph, const CentralityOptions& options) {
  Centrality c;
  const int n = graph.num_nodes();
  const auto& out = graph.OutAdjacency();
  const auto& in = graph.InAdjacency();
  c.in_degree.resize(n);
  c.out_degree.resize(n);
  for (int v = 0; v < n; ++v) {
    c.out_degree[v] = static_cast<int>(out.offsets[v + 1] - out.offsets[v]);
    c.in_degree[v] = static_cast<int>(in.offsets[v + 1] - in.offsets[v]);
  }
  c.betweenness.assign(n, 0.0);
  c.hub.assign(n, 0.0);
  c.authority.assign(n, 0.0);
  c.pagerank.assign(n, n > 0 ? 1.0 / n : 0.0);
  if (n > 0) {
    std::vector<double> next(n);
    const double d = options.damping;
    for (int it = 0; it < options.max_iterations; ++it) {
      double dangling = 0;
      for (int v = 0; v < n; ++v)
        if (c.out_degree[v] == 0) dangling += c.pagerank[v];
      const double base = (1.0 - d) / n + d * dangling / n;
      for (int v = 0; v < n; ++v) {
        double sum = 0;
        for (std::int64_t k = in.offsets[v]; k < in.offsets[v + 1]; ++k) {
          int u = in.targets[k];
          sum += c.pagerank[u] / c.out_degree[u];
        }
        next[v] = base + d * sum;
      }
      double delta = 0;
      for (int v = 0; v < n; ++v) delta += std::abs(next[v] - c.pagerank[v]);
      c.pagerank.swap(next);
      c.pagerank_iterations = it + 1;
      if (delta < options.tolerance) break;
    }
  }
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (int v = 0; v < n; ++v)
    for (std::int64_t k = out.offsets[v]; k < out.offsets[v + 1]; ++k)
      parent[Find(parent, v)] = Find(parent, out.targets[k]);
  c.weak_component.assign(n, -1);
  std::vector<int> id_of_root(n, -1);
  for (int v = 0; v < n; ++v) {
    int r = Find(parent, v);
    if (id_of_root[r] < 0) id_of_root[r] = c.num_weak_components++;
    c.weak_component[v] = id_of_root[r];
  }
  c.strong_component.resize(n);
  std::iota(c.strong_component.begin(), c.strong_component.end(), 0);
  c.num_strong_components = n;
  return c;
}

}  // namespace kamergraaf

// ComputeCentrality: every measure of centrality.h over the graph's compressed adjacency.
#include "analysis/centrality_measures.h"
#include "kamergraaf/pipeline.h"

namespace kamergraaf {

Centrality ComputeCentrality(const CitationGraph& graph, const CentralityOptions& options) {
  Centrality c;
  const int n = graph.num_nodes();
  // Built for this computation and freed after it: the pipeline's later stages do not need them.
  const Adjacency out = graph.BuildAdjacency(/*outgoing=*/true);
  const Adjacency in = graph.BuildAdjacency(/*outgoing=*/false);
  c.in_degree.resize(n);
  c.out_degree.resize(n);
  for (int v = 0; v < n; ++v) {
    c.out_degree[v] = static_cast<int>(out.offsets[v + 1] - out.offsets[v]);
    c.in_degree[v] = static_cast<int>(in.offsets[v + 1] - in.offsets[v]);
  }
  c.pagerank_iterations = PageRank(out, in, options, &c.pagerank);
  c.betweenness_sources = Betweenness(out, options, &c.betweenness, &c.betweenness_sampled);
  c.hits_iterations = Hits(out, in, options, &c.hub, &c.authority);
  c.num_weak_components = WeakComponents(out, &c.weak_component);
  c.num_strong_components = StrongComponents(out, &c.strong_component);
  return c;
}

}  // namespace kamergraaf

// Centrality measures over a CitationGraph (edges followed from citing to cited).
//
// Every measure reads the graph's distinct-neighbour adjacency (CitationGraph::OutAdjacency): parallel
// edges of different kinds count once, self-loops not at all. Results are deterministic for the same graph,
// options and thread count.
#ifndef KAMERGRAAF_CENTRALITY_H_
#define KAMERGRAAF_CENTRALITY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "kamergraaf/citation_graph.h"

namespace kamergraaf {

struct CentralityOptions {
  double damping = 0.85;
  double tolerance = 1e-10;  // L1 change per iteration at which PageRank stops
  int max_iterations = 200;
  // Betweenness is exact up to this many nodes and sampled from `samples` pivots above it.
  int exact_betweenness_limit = 20000;
  int samples = 256;
  std::uint64_t seed = 42;  // chooses the betweenness pivots
  int threads = 0;          // worker threads for PageRank and betweenness; 0 = all cores
};

// All vectors are indexed by node and have num_nodes() entries.
struct Centrality {
  // Sums to 1; dangling nodes spread their rank uniformly (networkx.pagerank semantics). Stops when the L1
  // change of an iteration is below `tolerance`, or after `max_iterations`.
  std::vector<double> pagerank;
  // Brandes betweenness over directed shortest paths, unnormalised (networkx normalized=False). Above
  // exact_betweenness_limit nodes: the contributions of `samples` pivots drawn with `seed`, scaled by
  // n / samples (an unbiased estimate).
  std::vector<double> betweenness;
  // HITS by power iteration from a uniform start (same fixed point as networkx.hits), each vector
  // L2-normalised; all zero when the graph has no edges.
  std::vector<double> hub;
  std::vector<double> authority;
  std::vector<int> in_degree;       // distinct citing nodes
  std::vector<int> out_degree;
  // Component ids, 0-based, numbered in order of their lowest node index.
  std::vector<int> weak_component;
  std::vector<int> strong_component;
  int num_weak_components = 0;
  int num_strong_components = 0;
  int pagerank_iterations = 0;
  int hits_iterations = 0;
  bool betweenness_sampled = false;
  int betweenness_sources = 0;  // BFS sources used: all nodes, or the pivots
};

// What one dossier weighs in the graph: its Kamerstuk and motion nodes (Node::dossier), the citations
// entering them from outside the dossier (summed kCites edge counts) and their summed PageRank.
struct DossierStats {
  std::string dossier;
  int nodes = 0;
  int in_corpus = 0;     // of those nodes, how many are corpus documents or motions with their text
  int citations_in = 0;  // kCites counts from nodes outside the dossier
  double pagerank = 0;   // summed
};

// One entry per non-empty Node::dossier, by descending summed PageRank, ties by dossier.
std::vector<DossierStats> AggregateByDossier(const CitationGraph& graph, const Centrality& centrality);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CENTRALITY_H_

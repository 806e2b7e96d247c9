// Centrality measures over a CitationGraph (edges followed from citing to cited).
#ifndef KAMERGRAAF_CENTRALITY_H_
#define KAMERGRAAF_CENTRALITY_H_

#include <cstdint>
#include <vector>

namespace kamergraaf {

struct CentralityOptions {
  double damping = 0.85;
  double tolerance = 1e-10;  // L1 change per iteration at which PageRank stops
  int max_iterations = 200;
  // Betweenness is exact up to this many nodes and sampled from `samples` pivots above it.
  int exact_betweenness_limit = 20000;
  int samples = 256;
  std::uint64_t seed = 42;
};

// All vectors are indexed by node and have num_nodes() entries.
struct Centrality {
  std::vector<double> pagerank;     // sums to 1; dangling nodes spread their rank uniformly
  std::vector<double> betweenness;  // unnormalised (pairs), directed
  std::vector<double> hub;          // HITS, L2-normalised
  std::vector<double> authority;    // HITS, L2-normalised
  std::vector<int> in_degree;       // distinct citing nodes
  std::vector<int> out_degree;
  std::vector<int> weak_component;    // component id, 0-based, numbered by first node
  std::vector<int> strong_component;  // component id, 0-based
  int num_weak_components = 0;
  int num_strong_components = 0;
  int pagerank_iterations = 0;
  bool betweenness_sampled = false;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CENTRALITY_H_

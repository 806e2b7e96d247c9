// Compressed sparse row (CSR) neighbour arrays from an edge list: the form every algorithm in analysis/
// reads. Kept apart from CitationGraph so that it can be tested and benchmarked on its own.
#ifndef KAMERGRAAF_GRAPH_CSR_BUILDER_H_
#define KAMERGRAAF_GRAPH_CSR_BUILDER_H_

#include <vector>

#include "kamergraaf/citation_graph.h"

namespace kamergraaf {

// Fills *adj for `num_nodes` nodes: with `outgoing`, the distinct targets of each node's edges, else the
// distinct sources of the edges entering it; ascending per node, self-loops left out, edge kinds ignored.
// O(V + E log d) time by a counting sort; peak memory one int per edge plus the result.
void BuildCsr(int num_nodes, const std::vector<Edge>& edges, bool outgoing, CitationGraph::Adjacency* adj);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_GRAPH_CSR_BUILDER_H_

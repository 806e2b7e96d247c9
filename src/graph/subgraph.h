// Cutting a selection out of a CitationGraph, for outputs that should show only what a map shows.
#ifndef KAMERGRAAF_GRAPH_SUBGRAPH_H_
#define KAMERGRAAF_GRAPH_SUBGRAPH_H_

#include <vector>

#include "kamergraaf/citation_graph.h"

namespace kamergraaf {

// The subgraph induced by `nodes` (distinct indices into graph): node i of the result is
// graph.node(nodes[i]) with its aliases, and every edge of graph between two selected nodes is kept with
// its kind, count, footnote flag and lines. Edges are ordered by (source, target, kind) of the result.
CitationGraph InducedSubgraph(const CitationGraph& graph, const std::vector<int>& nodes);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_GRAPH_SUBGRAPH_H_

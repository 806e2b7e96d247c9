// Choosing which nodes a map or ranking shows.
#ifndef KAMERGRAAF_ANALYSIS_NODE_SELECTION_H_
#define KAMERGRAAF_ANALYSIS_NODE_SELECTION_H_

#include <string>
#include <vector>

#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"

namespace kamergraaf {

struct NodeSelection {
  std::string focus;   // node id; empty = whole graph
  int depth = 1;       // with focus: neighbours up to this many steps away, in either direction
  int top = 0;         // keep only the N nodes of highest PageRank (0 = all)
  int min_degree = 0;  // drop nodes whose in+out degree is lower
};

// All node indices sorted by descending PageRank, ties by id.
std::vector<int> RankOrder(const CitationGraph& graph, const Centrality& centrality);

// The selected node indices, sorted by descending PageRank, ties by id. Empty when `focus` names no node.
std::vector<int> SelectNodes(const CitationGraph& graph, const Centrality& centrality,
                             const NodeSelection& selection);

// True when `selection` keeps every node (no focus, no top, no minimum degree).
bool SelectsAll(const NodeSelection& selection);

// The measures of `nodes` only, in that order (to go with InducedSubgraph(graph, nodes)). Component ids
// and counts stay those of the whole graph.
Centrality SliceCentrality(const Centrality& centrality, const std::vector<int>& nodes);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_NODE_SELECTION_H_

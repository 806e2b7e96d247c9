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
  std::string dossier;  // only this dossier's nodes and the nodes they cite or are cited by; empty = any
  // With top: an overview. Half of the N places go to the most central nodes, the other half to the
  // most central neighbour of each of them, so that the map shows how the central nodes connect instead of
  // N cited-only boxes without a single edge between them.
  bool overview = false;
};

// Above this many nodes a map of the whole graph is unreadable (and takes minutes to lay out): `graph` and
// `report` show an overview of kOverviewTop nodes unless the user chose a selection.
constexpr int kOverviewLimit = 150;
constexpr int kOverviewTop = 60;

// All node indices sorted by descending PageRank, ties by id.
std::vector<int> RankOrder(const CitationGraph& graph, const Centrality& centrality);

// The selected node indices, sorted by descending PageRank, ties by id. Empty when `focus` names no node.
std::vector<int> SelectNodes(const CitationGraph& graph, const Centrality& centrality,
                             const NodeSelection& selection);

// Two sentences for a map's caption that say what a selection left out and how to see more, e.g.
// "Showing 60 of 6345 nodes and 30 of 1418 citations (the 60 most central by PageRank with their closest
// neighbours). Left out: 6285 nodes of lower PageRank. See more with --focus ID --depth N, --dossier NUMBER
// or --top N." Empty when `nodes` is the whole graph.
std::string DescribeSelection(const CitationGraph& graph, const NodeSelection& selection,
                              const std::vector<int>& nodes);

// True when `selection` keeps every node (no focus, no top, no minimum degree).
bool SelectsAll(const NodeSelection& selection);

// The selection a map draws: the user's, except that a graph above kOverviewLimit with nothing selected
// gets the overview of kOverviewTop nodes, and that --top N on a map means an overview (central nodes with
// their closest neighbours) rather than N boxes without an edge between them.
NodeSelection MapSelection(const CitationGraph& graph, NodeSelection selection);

// The measures of `nodes` only, in that order (to go with InducedSubgraph(graph, nodes)). Component ids
// and counts stay those of the whole graph.
Centrality SliceCentrality(const Centrality& centrality, const std::vector<int>& nodes);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_NODE_SELECTION_H_

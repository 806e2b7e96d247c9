// Choosing which nodes a map or ranking shows.
#ifndef KAMERGRAAF_ANALYSIS_NODE_SELECTION_H_
#define KAMERGRAAF_ANALYSIS_NODE_SELECTION_H_

#include <cstdint>
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

// What a map shows of the graph, for the caption that says what was left out and how to see more
// (output/selection_caption.h words it in the map's language).
struct SelectionSummary {
  NodeSelection selection;
  int shown_nodes = 0;
  int total_nodes = 0;
  std::int64_t shown_edges = 0;  // edges with both ends shown
  std::int64_t total_edges = 0;
  bool top_cut = false;  // the --top cut (or the overview) decided which nodes are shown

  bool everything() const { return shown_nodes >= total_nodes; }
};

SelectionSummary SummarizeSelection(const CitationGraph& graph, const NodeSelection& selection,
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

#include "graph/subgraph.h"

namespace kamergraaf {

CitationGraph InducedSubgraph(const CitationGraph& graph, const std::vector<int>& nodes) {
  std::vector<int> position(graph.num_nodes(), -1);
  std::vector<Node> kept;
  kept.reserve(nodes.size());
  for (int v : nodes) {
    if (position[v] >= 0) continue;
    position[v] = static_cast<int>(kept.size());
    kept.push_back(graph.node(v));
  }
  std::vector<Edge> edges;
  for (int e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(e);
    if (position[edge.source] < 0 || position[edge.target] < 0) continue;
    Edge copy = edge;
    copy.source = position[edge.source];
    copy.target = position[edge.target];
    edges.push_back(std::move(copy));
  }
  CitationGraph sub;
  // Ids and aliases are distinct in `graph` and endpoints are in range, so this cannot fail.
  CitationGraph::FromEdges(std::move(kept), std::move(edges), &sub);
  return sub;
}

}  // namespace kamergraaf

#include "analysis/node_selection.h"

#include <algorithm>
#include <deque>

namespace kamergraaf {

std::vector<int> RankOrder(const CitationGraph& graph, const Centrality& centrality) {
  std::vector<int> order(graph.num_nodes());
  for (int v = 0; v < graph.num_nodes(); ++v) order[v] = v;
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    if (centrality.pagerank[a] != centrality.pagerank[b]) return centrality.pagerank[a] > centrality.pagerank[b];
    return graph.node(a).id < graph.node(b).id;
  });
  return order;
}

std::vector<int> SelectNodes(const CitationGraph& graph, const Centrality& centrality,
                             const NodeSelection& selection) {
  const int n = graph.num_nodes();
  std::vector<char> keep(n, 1);
  if (!selection.focus.empty()) {
    int f = graph.Find(selection.focus);
    if (f < 0) return {};
    std::vector<int> dist(n, -1);
    std::deque<int> queue{f};
    dist[f] = 0;
    const auto& out = graph.OutAdjacency();
    const auto& in = graph.InAdjacency();
    while (!queue.empty()) {
      int v = queue.front();
      queue.pop_front();
      if (dist[v] >= selection.depth) continue;
      for (const auto* adj : {&out, &in}) {
        for (std::int64_t k = adj->offsets[v]; k < adj->offsets[v + 1]; ++k) {
          int w = adj->targets[k];
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            queue.push_back(w);
          }
        }
      }
    }
    for (int v = 0; v < n; ++v) keep[v] = dist[v] >= 0;
  }
  std::vector<int> result;
  for (int v : RankOrder(graph, centrality)) {
    if (!keep[v]) continue;
    if (centrality.in_degree[v] + centrality.out_degree[v] < selection.min_degree) continue;
    result.push_back(v);
  }
  if (selection.top > 0 && static_cast<int>(result.size()) > selection.top) result.resize(selection.top);
  return result;
}

bool SelectsAll(const NodeSelection& selection) {
  return selection.focus.empty() && selection.top <= 0 && selection.min_degree <= 0;
}

Centrality SliceCentrality(const Centrality& centrality, const std::vector<int>& nodes) {
  Centrality slice = centrality;
  auto pick = [&](const auto& all, auto* out) {
    out->clear();
    for (int v : nodes) out->push_back(all[v]);
  };
  pick(centrality.pagerank, &slice.pagerank);
  pick(centrality.betweenness, &slice.betweenness);
  pick(centrality.hub, &slice.hub);
  pick(centrality.authority, &slice.authority);
  pick(centrality.in_degree, &slice.in_degree);
  pick(centrality.out_degree, &slice.out_degree);
  pick(centrality.weak_component, &slice.weak_component);
  pick(centrality.strong_component, &slice.strong_component);
  return slice;
}

}  // namespace kamergraaf

#include "analysis/node_selection.h"

#include <algorithm>
#include <deque>

#include <fmt/format.h>

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
  if (!selection.dossier.empty()) {
    std::vector<char> in_dossier(n, 0);
    bool any = false;
    for (int v = 0; v < n; ++v) {
      if (graph.node(v).dossier.view() == selection.dossier) in_dossier[v] = 1, any = true;
    }
    if (!any) return {};
    const auto& out = graph.OutAdjacency();
    const auto& in = graph.InAdjacency();
    std::vector<char> near(n, 0);
    for (int v = 0; v < n; ++v) {
      if (!in_dossier[v]) continue;
      near[v] = 1;
      for (const auto* adj : {&out, &in}) {
        for (std::int64_t k = adj->offsets[v]; k < adj->offsets[v + 1]; ++k) near[adj->targets[k]] = 1;
      }
    }
    for (int v = 0; v < n; ++v) keep[v] = keep[v] && near[v];
  }
  const std::vector<int> order = RankOrder(graph, centrality);
  std::vector<int> result;
  for (int v : order) {
    if (!keep[v]) continue;
    if (centrality.in_degree[v] + centrality.out_degree[v] < selection.min_degree) continue;
    result.push_back(v);
  }
  if (selection.top <= 0 || static_cast<int>(result.size()) <= selection.top) return result;
  if (!selection.overview) {
    result.resize(selection.top);
    return result;
  }
  // Overview: the most central nodes, then the most central eligible neighbour of each, then fill up.
  std::vector<int> rank(n, n);
  std::vector<char> eligible(n, 0);
  for (std::size_t i = 0; i < result.size(); ++i) rank[result[i]] = static_cast<int>(i), eligible[result[i]] = 1;
  const std::size_t top = static_cast<std::size_t>(selection.top);
  const std::size_t core = std::max<std::size_t>(1, top / 2);
  std::vector<char> chosen(n, 0);
  std::vector<int> picked(result.begin(), result.begin() + static_cast<std::ptrdiff_t>(core));
  for (int v : picked) chosen[v] = 1;
  const auto& out = graph.OutAdjacency();
  const auto& in = graph.InAdjacency();
  for (std::size_t i = 0; i < core && picked.size() < top; ++i) {
    const int v = picked[i];
    int best = -1;
    bool connected = false;
    for (const auto* adj : {&out, &in}) {
      for (std::int64_t k = adj->offsets[v]; k < adj->offsets[v + 1]; ++k) {
        const int w = adj->targets[k];
        if (w == v || !eligible[w]) continue;
        if (chosen[w]) connected = true;
        if (!chosen[w] && (best < 0 || rank[w] < rank[best])) best = w;
      }
    }
    if (best >= 0 && !connected) chosen[best] = 1, picked.push_back(best);
  }
  for (int v : result) {
    if (picked.size() >= top) break;
    if (!chosen[v]) chosen[v] = 1, picked.push_back(v);
  }
  std::sort(picked.begin(), picked.end(), [&](int a, int b) { return rank[a] < rank[b]; });
  return picked;
}

SelectionSummary SummarizeSelection(const CitationGraph& graph, const NodeSelection& selection,
                                    const std::vector<int>& nodes) {
  SelectionSummary out;
  out.selection = selection;
  out.total_nodes = graph.num_nodes();
  out.shown_nodes = static_cast<int>(nodes.size());
  out.total_edges = graph.num_edges();
  out.top_cut = selection.top > 0 && out.shown_nodes <= selection.top;
  if (out.everything()) {
    out.shown_edges = out.total_edges;
    return out;
  }
  std::vector<char> on(out.total_nodes, 0);
  for (int v : nodes) on[v] = 1;
  for (int e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(e);
    if (on[edge.source] && on[edge.target]) ++out.shown_edges;
  }
  return out;
}

bool SelectsAll(const NodeSelection& selection) {
  return selection.focus.empty() && selection.top <= 0 && selection.min_degree <= 0 && selection.dossier.empty();
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

NodeSelection MapSelection(const CitationGraph& graph, NodeSelection selection) {
  if (SelectsAll(selection) && graph.num_nodes() > kOverviewLimit) {
    selection.top = kOverviewTop;
    selection.overview = true;
  }
  selection.overview = selection.overview || selection.top > 0;
  return selection;
}

}  // namespace kamergraaf

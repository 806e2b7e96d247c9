#include "graph/csr_builder.h"

#include <algorithm>

namespace kamergraaf {

void BuildCsr(int num_nodes, const std::vector<Edge>& edges, bool outgoing, CitationGraph::Adjacency* adj) {
  std::vector<std::int64_t>& offsets = adj->offsets;
  std::vector<int>& targets = adj->targets;
  offsets.assign(static_cast<std::size_t>(num_nodes) + 1, 0);
  for (const Edge& e : edges) {
    if (e.source == e.target) continue;
    ++offsets[(outgoing ? e.source : e.target) + 1];
  }
  for (int v = 0; v < num_nodes; ++v) offsets[v + 1] += offsets[v];
  targets.assign(static_cast<std::size_t>(offsets[num_nodes]), 0);
  {
    std::vector<std::int64_t> fill(offsets.begin(), offsets.end() - 1);
    for (const Edge& e : edges) {
      if (e.source == e.target) continue;
      int from = outgoing ? e.source : e.target;
      targets[fill[from]++] = outgoing ? e.target : e.source;
    }
  }
  // Sort each row and drop repeated neighbours (parallel edges of different kinds), compacting in place.
  std::int64_t write = 0;
  std::int64_t row_start = 0;
  for (int v = 0; v < num_nodes; ++v) {
    std::int64_t row_end = offsets[v + 1];
    auto first = targets.begin() + row_start, last = targets.begin() + row_end;
    std::sort(first, last);
    auto unique_end = std::unique(first, last);
    offsets[v] = write;
    for (auto it = first; it != unique_end; ++it) targets[write++] = *it;
    row_start = row_end;
  }
  offsets[num_nodes] = write;
  targets.resize(static_cast<std::size_t>(write));
  targets.shrink_to_fit();
}

}  // namespace kamergraaf

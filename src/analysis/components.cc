// Weakly connected components by union-find; strongly connected components by an iterative Tarjan.
#include <numeric>

#include "analysis/centrality_measures.h"

namespace kamergraaf {
namespace {

int Root(std::vector<int>& parent, int v) {
  while (parent[v] != v) v = parent[v] = parent[parent[v]];
  return v;
}

// Renumbers raw component labels in order of each component's lowest node; returns the count.
int NumberByFirstNode(std::vector<int>* component) {
  const int n = static_cast<int>(component->size());
  std::vector<int> id_of(n, -1);
  int count = 0;
  for (int v = 0; v < n; ++v) {
    int& id = id_of[(*component)[v]];
    if (id < 0) id = count++;
    (*component)[v] = id;
  }
  return count;
}

}  // namespace

int WeakComponents(const Adjacency& out, std::vector<int>* component) {
  const int n = static_cast<int>(out.offsets.size()) - 1;
  std::vector<int> parent(std::max(n, 0));
  std::iota(parent.begin(), parent.end(), 0);
  for (int v = 0; v < n; ++v) {
    for (std::int64_t k = out.offsets[v]; k < out.offsets[v + 1]; ++k) {
      int a = Root(parent, v), b = Root(parent, out.targets[k]);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  component->resize(std::max(n, 0));
  for (int v = 0; v < n; ++v) (*component)[v] = Root(parent, v);
  return NumberByFirstNode(component);
}

int StrongComponents(const Adjacency& out, std::vector<int>* component) {
  const int n = static_cast<int>(out.offsets.size()) - 1;
  component->assign(std::max(n, 0), -1);
  if (n <= 0) return 0;
  std::vector<int> index(n, -1), low(n, 0);
  std::vector<char> on_stack(n, 0);
  std::vector<int> stack;                               // Tarjan's stack of open nodes
  std::vector<std::pair<int, std::int64_t>> call;       // DFS frames: node, next out-edge to look at
  int next_index = 0, raw = 0;
  for (int root = 0; root < n; ++root) {
    if (index[root] >= 0) continue;
    call.emplace_back(root, out.offsets[root]);
    index[root] = low[root] = next_index++;
    stack.push_back(root);
    on_stack[root] = 1;
    while (!call.empty()) {
      auto& [v, k] = call.back();
      if (k < out.offsets[v + 1]) {
        const int w = out.targets[k++];
        if (index[w] < 0) {
          index[w] = low[w] = next_index++;
          stack.push_back(w);
          on_stack[w] = 1;
          call.emplace_back(w, out.offsets[w]);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      const int done = v;
      call.pop_back();
      if (!call.empty()) low[call.back().first] = std::min(low[call.back().first], low[done]);
      if (low[done] == index[done]) {
        int w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = 0;
          (*component)[w] = raw;
        } while (w != done);
        ++raw;
      }
    }
  }
  return NumberByFirstNode(component);
}

}  // namespace kamergraaf

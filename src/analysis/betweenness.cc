// Brandes betweenness for unweighted directed graphs: one BFS per source, dependencies accumulated in
// reverse BFS order along out-edges (no predecessor lists, so memory stays O(V) per thread).
#include <algorithm>
#include <memory>
#include <numeric>
#include <random>

#include "analysis/centrality_measures.h"
#include "analysis/parallel_ranges.h"

namespace kamergraaf {
namespace {

// Per-thread scratch space, reset only where a BFS reached.
struct BrandesState {
  explicit BrandesState(int n) : dist(n, -1), sigma(n, 0.0), delta(n, 0.0), order(n), score(n, 0.0) {}
  std::vector<int> dist;
  std::vector<double> sigma;
  std::vector<double> delta;
  std::vector<int> order;     // BFS order; doubles as the queue
  std::vector<double> score;  // this thread's betweenness sums
};

void AccumulateFrom(const Adjacency& out, int s, BrandesState* st) {
  int head = 0, tail = 0;
  st->order[tail++] = s;
  st->dist[s] = 0;
  st->sigma[s] = 1;
  while (head < tail) {
    const int v = st->order[head++];
    const int next = st->dist[v] + 1;
    for (std::int64_t k = out.offsets[v]; k < out.offsets[v + 1]; ++k) {
      const int w = out.targets[k];
      if (st->dist[w] < 0) {
        st->dist[w] = next;
        st->order[tail++] = w;
      }
      if (st->dist[w] == next) st->sigma[w] += st->sigma[v];
    }
  }
  for (int i = tail - 1; i >= 0; --i) {
    const int v = st->order[i];
    const int next = st->dist[v] + 1;
    double dv = 0;
    for (std::int64_t k = out.offsets[v]; k < out.offsets[v + 1]; ++k) {
      const int w = out.targets[k];
      if (st->dist[w] == next) dv += (1.0 + st->delta[w]) / st->sigma[w];
    }
    dv *= st->sigma[v];
    st->delta[v] = dv;
    if (v != s) st->score[v] += dv;
  }
  for (int i = 0; i < tail; ++i) {
    const int v = st->order[i];
    st->dist[v] = -1;
    st->sigma[v] = 0;
    st->delta[v] = 0;
  }
}

}  // namespace

int Betweenness(const Adjacency& out, const CentralityOptions& options, std::vector<double>* betweenness,
                bool* sampled) {
  const int n = static_cast<int>(out.offsets.size()) - 1;
  betweenness->assign(std::max(n, 0), 0.0);
  *sampled = false;
  if (n <= 0) return 0;
  std::vector<int> sources(n);
  std::iota(sources.begin(), sources.end(), 0);
  double scale = 1.0;
  if (n > options.exact_betweenness_limit && options.samples > 0 && options.samples < n) {
    // Partial Fisher-Yates: the first `samples` entries become a uniform sample without repetition.
    std::mt19937_64 rng(options.seed);
    for (int i = 0; i < options.samples; ++i) {
      std::uniform_int_distribution<int> pick(i, n - 1);
      std::swap(sources[i], sources[pick(rng)]);
    }
    sources.resize(options.samples);
    std::sort(sources.begin(), sources.end());
    scale = static_cast<double>(n) / options.samples;
    *sampled = true;
  }
  const int num_sources = static_cast<int>(sources.size());
  const int threads = std::min(ResolveThreads(options.threads), std::max(1, num_sources / 8));
  std::vector<std::unique_ptr<BrandesState>> states(threads);
  std::vector<int> bounds;
  for (int t = 0; t <= threads; ++t) bounds.push_back(t);
  // Thread t takes sources t, t + threads, ...: a fixed split, so results do not depend on timing.
  RunRanges(bounds, [&](int t, int, int) {
    states[t] = std::make_unique<BrandesState>(n);
    for (int i = t; i < num_sources; i += threads) AccumulateFrom(out, sources[i], states[t].get());
  });
  for (int t = 0; t < threads; ++t)
    for (int v = 0; v < n; ++v) (*betweenness)[v] += states[t]->score[v];
  if (scale != 1.0)
    for (double& b : *betweenness) b *= scale;
  return num_sources;
}

}  // namespace kamergraaf

// PageRank by power iteration, pulling along in-edges so that each thread writes only its own nodes.
#include <cmath>
#include <thread>

#include "analysis/centrality_measures.h"
#include "analysis/parallel_ranges.h"

namespace kamergraaf {

int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

int PageRank(const Adjacency& out, const Adjacency& in, const CentralityOptions& options,
             std::vector<double>* rank) {
  const int n = static_cast<int>(out.offsets.size()) - 1;
  rank->assign(std::max(n, 0), n > 0 ? 1.0 / n : 0.0);
  if (n <= 0) return 0;
  const double d = options.damping;
  // Below this size threads cost more than they save.
  const int threads = in.offsets[n] + n < 200000 ? 1 : ResolveThreads(options.threads);
  const std::vector<int> bounds = BalancedBoundaries(in.offsets, n, threads);

  std::vector<double>& x = *rank;
  std::vector<double> next(n);
  // share[u] = x[u] / out_degree(u), or 0 for a dangling node; double-buffered with next_share.
  std::vector<double> share(n), next_share(n);
  double dangling = 0;
  for (int u = 0; u < n; ++u) {
    std::int64_t deg = out.offsets[u + 1] - out.offsets[u];
    if (deg == 0) dangling += x[u];
    share[u] = deg == 0 ? 0.0 : x[u] / static_cast<double>(deg);
  }
  std::vector<double> part_delta(threads), part_dangling(threads);
  int iterations = 0;
  for (int it = 0; it < options.max_iterations; ++it) {
    const double base = (1.0 - d) / n + d * dangling / n;
    RunRanges(bounds, [&](int p, int begin, int end) {
      double delta = 0, dang = 0;
      for (int v = begin; v < end; ++v) {
        double sum = 0;
        for (std::int64_t k = in.offsets[v]; k < in.offsets[v + 1]; ++k) sum += share[in.targets[k]];
        const double value = base + d * sum;
        delta += std::abs(value - x[v]);
        next[v] = value;
        std::int64_t deg = out.offsets[v + 1] - out.offsets[v];
        if (deg == 0) {
          dang += value;
          next_share[v] = 0;
        } else {
          next_share[v] = value / static_cast<double>(deg);
        }
      }
      part_delta[p] = delta;
      part_dangling[p] = dang;
    });
    double delta = 0;
    dangling = 0;
    for (int p = 0; p < threads; ++p) delta += part_delta[p], dangling += part_dangling[p];
    x.swap(next);
    share.swap(next_share);
    iterations = it + 1;
    if (delta < options.tolerance) break;
  }
  // Rounding drifts the sum away from 1 by ~1e-15 per iteration; put it back.
  double total = 0;
  for (double value : x) total += value;
  if (total > 0)
    for (double& value : x) value /= total;
  return iterations;
}

}  // namespace kamergraaf

// HITS by power iteration: authority = Aᵀ·hub, hub = A·authority, each L2-normalised, until the hub
// vector's L1 change is below the tolerance.
#include <cmath>

#include "analysis/centrality_measures.h"
#include "analysis/parallel_ranges.h"

namespace kamergraaf {
namespace {

// y[v] = sum of x over v's neighbours in `adj`, for v in [begin, end).
void Gather(const Adjacency& adj, const std::vector<double>& x, int begin, int end, std::vector<double>* y) {
  for (int v = begin; v < end; ++v) {
    double sum = 0;
    for (std::int64_t k = adj.offsets[v]; k < adj.offsets[v + 1]; ++k) sum += x[adj.targets[k]];
    (*y)[v] = sum;
  }
}

double Normalise(std::vector<double>* x) {
  double norm = 0;
  for (double value : *x) norm += value * value;
  norm = std::sqrt(norm);
  if (norm > 0)
    for (double& value : *x) value /= norm;
  return norm;
}

}  // namespace

int Hits(const Adjacency& out, const Adjacency& in, const CentralityOptions& options, std::vector<double>* hub,
         std::vector<double>* authority) {
  const int n = static_cast<int>(out.offsets.size()) - 1;
  hub->assign(std::max(n, 0), 0.0);
  authority->assign(std::max(n, 0), 0.0);
  if (n <= 0 || out.offsets[n] == 0) return 0;
  const int threads = out.offsets[n] + n < 200000 ? 1 : ResolveThreads(options.threads);
  const std::vector<int> in_bounds = BalancedBoundaries(in.offsets, n, threads);
  const std::vector<int> out_bounds = BalancedBoundaries(out.offsets, n, threads);
  std::vector<double> h(n, 1.0 / std::sqrt(static_cast<double>(n))), next(n);
  int iterations = 0;
  for (int it = 0; it < options.max_iterations; ++it) {
    RunRanges(in_bounds, [&](int, int b, int e) { Gather(in, h, b, e, authority); });
    Normalise(authority);
    RunRanges(out_bounds, [&](int, int b, int e) { Gather(out, *authority, b, e, &next); });
    Normalise(&next);
    double delta = 0;
    for (int v = 0; v < n; ++v) delta += std::abs(next[v] - h[v]);
    h.swap(next);
    iterations = it + 1;
    if (delta < options.tolerance) break;
  }
  RunRanges(in_bounds, [&](int, int b, int e) { Gather(in, h, b, e, authority); });
  Normalise(authority);
  hub->swap(h);
  return iterations;
}

}  // namespace kamergraaf

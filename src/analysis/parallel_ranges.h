// Running a loop over node ranges on a few threads, each range getting about the same number of edges.
#ifndef KAMERGRAAF_ANALYSIS_PARALLEL_RANGES_H_
#define KAMERGRAAF_ANALYSIS_PARALLEL_RANGES_H_

#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

namespace kamergraaf {

// Splits [0, n) into `parts` ranges of about equal weight, where the weight of [a, b) is
// offsets[b] - offsets[a] + (b - a). Returns parts + 1 boundaries.
inline std::vector<int> BalancedBoundaries(const std::vector<std::int64_t>& offsets, int n, int parts) {
  std::vector<int> bounds{0};
  const double total = static_cast<double>(offsets[n] + n);
  int v = 0;
  for (int p = 1; p < parts; ++p) {
    const double goal = total * p / parts;
    while (v < n && static_cast<double>(offsets[v] + v) < goal) ++v;
    bounds.push_back(v);
  }
  bounds.push_back(n);
  return bounds;
}

// Calls fn(part, begin, end) for each range, ranges after the first on their own threads; returns when all
// are done. fn must not throw.
template <typename Fn>
void RunRanges(const std::vector<int>& bounds, Fn&& fn) {
  const int parts = static_cast<int>(bounds.size()) - 1;
  std::vector<std::thread> workers;
  for (int p = 1; p < parts; ++p) workers.emplace_back([&, p] { fn(p, bounds[p], bounds[p + 1]); });
  if (parts > 0) fn(0, bounds[0], bounds[1]);
  for (std::thread& t : workers) t.join();
}

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_PARALLEL_RANGES_H_

#include "output/edge_bundles.h"

#include <map>
#include <utility>

namespace kamergraaf {

EdgeBundles BundleBetweenClusters(const std::vector<const Edge*>& edges,
                                  const std::unordered_map<int, std::string>& cluster_of, int min_edges) {
  EdgeBundles out;
  if (min_edges < 2) return out;
  std::map<std::pair<std::string, std::string>, std::vector<const Edge*>> between;
  for (const Edge* edge : edges) {
    if (edge->source == edge->target) continue;
    auto from = cluster_of.find(edge->source);
    auto to = cluster_of.find(edge->target);
    if (from == cluster_of.end() || to == cluster_of.end() || from->second == to->second) continue;
    between[{from->second, to->second}].push_back(edge);
  }
  for (auto& [ends, group] : between) {
    if (static_cast<int>(group.size()) < min_edges) continue;
    for (const Edge* edge : group) out.bundled.insert(edge);
    out.bundles.push_back({ends.first, ends.second, std::move(group)});
  }
  return out;
}

}  // namespace kamergraaf

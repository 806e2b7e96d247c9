// Edges bundled between the blocks of a reference map: where two clusters (dossiers, or the blocks of
// cited-only nodes such as "Externe bronnen") are joined by several arrows, one thick arrow between the
// two blocks, labelled with the count, reads better than a sheaf of crossing lines. Pure: map_writer.cc
// draws the bundles through cgraph (compound edges, ltail/lhead).
#ifndef KAMERGRAAF_OUTPUT_EDGE_BUNDLES_H_
#define KAMERGRAAF_OUTPUT_EDGE_BUNDLES_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kamergraaf/citation_graph.h"

namespace kamergraaf {

struct EdgeBundle {
  std::string from;  // cluster name of the sources
  std::string to;    // cluster name of the targets
  std::vector<const Edge*> edges;  // in the order of the input; never empty
};

struct EdgeBundles {
  std::vector<EdgeBundle> bundles;  // sorted by (from, to)
  std::unordered_set<const Edge*> bundled;  // every edge that is part of a bundle
};

// Groups `edges` by the clusters of their two ends (`cluster_of`: node → cluster name; a node missing
// from it stands on its own). Edges whose ends lie in two different clusters form a bundle when there are
// at least `min_edges` of them; self-loops, edges within one cluster and edges to or from a node outside
// every cluster are never bundled, so a map still shows which paper cites which. `min_edges` < 2 bundles
// nothing.
EdgeBundles BundleBetweenClusters(const std::vector<const Edge*>& edges,
                                  const std::unordered_map<int, std::string>& cluster_of, int min_edges);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_EDGE_BUNDLES_H_

// The legend of a reference map: part of the map writer (map_writer.cc), the only code that touches
// cgraph. Its text is made of map_style's constant strings only, never of document text.
#ifndef KAMERGRAAF_OUTPUT_MAP_LEGEND_H_
#define KAMERGRAAF_OUTPUT_MAP_LEGEND_H_

#include <graphviz/cgraph.h>

#include <vector>

#include "kamergraaf/citation_graph.h"
#include "output/messages.h"

namespace kamergraaf {

// Adds to `g` one sample per node kind among `nodes` and per edge kind among `edges` (plus a footnote
// citation when one is present): for a layered (dot) map a "cluster_legend" subgraph of sample nodes and
// edges; for a `large` force-directed map, which ignores clusters, a single node with an HTML table.
// `bundled`: the map bundles arrows between blocks (edge_bundles.h), so the legend shows a bundle too.
// Legend node names start with '#' and get a '_' suffix in the unlikely case a graph node has that id.
void AddMapLegend(Agraph_t* g, const CitationGraph& graph, const std::vector<int>& nodes,
                  const std::vector<const Edge*>& edges, bool large, Lang lang = Lang::kNl, bool bundled = false);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_MAP_LEGEND_H_

// Reference maps: DOT built through Graphviz cgraph and SVG rendered in-process through gvc.
// Only this concept touches cgraph/gvc.
#ifndef KAMERGRAAF_OUTPUT_MAP_WRITER_H_
#define KAMERGRAAF_OUTPUT_MAP_WRITER_H_

#include <string>
#include <vector>

#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/status.h"

namespace kamergraaf {

struct MapOptions {
  std::string title = "kamergraaf reference map";
  // Layout engine: "dot", "sfdp", or empty to choose by size (dot up to `dot_limit` nodes).
  std::string layout;
  int dot_limit = 150;
};

// Writes the DOT text of the subgraph induced by `nodes` (indices into graph) to *dot. Every label and
// attribute value from a document is quoted by cgraph, so document text cannot inject DOT.
Status WriteDot(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                const MapOptions& options, std::string* dot);

// Lays the same subgraph out and renders it to SVG.
Status RenderSvg(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                 const MapOptions& options, std::string* svg);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_MAP_WRITER_H_

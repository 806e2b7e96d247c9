// Reference maps: DOT built through Graphviz cgraph and SVG rendered in-process through gvc.
// Only this concept touches cgraph/gvc.
//
// A map shows the subgraph induced by the selected nodes: shape and colour by node kind (bold border for
// documents in the corpus), font size by PageRank, one cluster per dossier with two or more nodes on the
// map, arrows between two clusters bundled into one where there are several (MapOptions::bundle_min), a
// legend of the node and edge kinds present, wrapped labels, and links (URL) to public pages.
// Every string from a document reaches Graphviz only as a quoted attribute value with its backslashes
// doubled, so document text can neither inject DOT nor become SVG markup.
#ifndef KAMERGRAAF_OUTPUT_MAP_WRITER_H_
#define KAMERGRAAF_OUTPUT_MAP_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/status.h"
#include "output/messages.h"

namespace kamergraaf {

struct MapOptions {
  std::string title;  // empty: "kamergraaf-referentiekaart" in `lang`
  Lang lang = Lang::kNl;  // the language of the title, legend, cluster names, tooltips and edge labels
  // Layout engine: "dot", "sfdp", "fdp", "neato", or empty to choose by size (dot up to `dot_limit`
  // nodes and `dot_edge_limit` edges, sfdp above; when sfdp is not installed, fdp or neato). Above those
  // sizes a layered drawing grows tall and thin with long edges, so a force-directed one reads better.
  std::string layout;
  int dot_limit = 250;
  int dot_edge_limit = 500;
  bool legend = true;
  bool clusters = true;  // one cluster per dossier
  // On a layered (dot) map with clusters, the arrows between two clusters are drawn as one thick arrow
  // between the blocks, labelled with their count, when there are at least this many (edge_bundles.h);
  // its tooltip names every paper pair. 0: never.
  int bundle_min = 3;
  int label_width = 26;  // code points per label line
  std::string highlight;  // id (or alias) of a node drawn with a red double border, e.g. the --focus node
  // Link every node to "#" + NodeAnchor(id) in the same page (the HTML report) instead of to its public
  // page.
  bool in_page_links = false;
  // A layout still running after this long is stopped (graphviz_runner.h) and drawn more simply.
  int layout_timeout_seconds = 120;
  // Printed under the title: what the selection left out and how to see more (see DescribeSelection).
  std::string caption;
  // Report on stderr when laying out takes more than a second.
  bool progress = true;
};

// The HTML anchor of a node: "node-" + the id with every byte outside [A-Za-z0-9_-] written as ".xx"
// (hex), so distinct ids give distinct anchors that need no escaping.
std::string NodeAnchor(std::string_view id);

// Writes the DOT text of the subgraph induced by `nodes` (indices into graph) to *dot.
// Always OK unless memory runs out.
Status WriteDot(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                const MapOptions& options, std::string* dot);

// Lays the same subgraph out and renders it to SVG, in a child process with a time limit: a Graphviz crash
// or a layout running too long costs the map its refinements (merged edges, clusters, then the layered
// layout), each step a line in *warnings (may be null), never the run. Graphviz's own messages come as
// warnings too ("graphviz: ..."), escaped. Returns InvalidArgument when options.layout names an engine that
// is not installed, IoError when every attempt failed.
Status RenderSvg(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                 const MapOptions& options, std::string* svg, std::vector<std::string>* warnings = nullptr);

// The same in another of kRenderFormats ("svg", "png", "pdf"; PNG and PDF through Graphviz's cairo
// plugin), with the same isolation and fallbacks; *out holds the bytes Graphviz rendered (an SVG without
// the generator mark: RenderSvg adds it). Returns InvalidArgument for another format or one the installed
// plugins lack.
inline constexpr const char* kRenderFormats[] = {"svg", "png", "pdf"};
Status RenderMap(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& nodes,
                 const MapOptions& options, const std::string& format, std::string* out,
                 std::vector<std::string>* warnings = nullptr);

// Whether cgraph reads `dot` back as a graph: a check that the DOT we write is well-formed.
bool DotParses(const std::string& dot);

// The layout engines the installed Graphviz plugins offer, sorted.
std::vector<std::string> AvailableLayouts();

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_MAP_WRITER_H_

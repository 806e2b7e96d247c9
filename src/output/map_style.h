// How a reference map looks: shape and colour per node kind, line style per edge kind, label wrapping and
// escaping. Pure functions, no Graphviz: map_writer.cc applies them through cgraph.
#ifndef KAMERGRAAF_OUTPUT_MAP_STYLE_H_
#define KAMERGRAAF_OUTPUT_MAP_STYLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/citation_graph.h"
#include "output/map_writer.h"

namespace kamergraaf {

struct NodeStyle {
  const char* shape;
  const char* fill;
  const char* words;        // what the legend calls this kind: "Motie", "Kamerstuk", ...
  const char* group_words;  // a cluster of them: "Moties", "Externe bronnen", ...
};
NodeStyle StyleForKind(NodeKind kind);

struct EdgeStyle {
  const char* color;
  const char* style;  // "solid", "dashed", "bold", "dotted"
  std::string label;  // empty for a single citation; the count for several; the kind otherwise
};
EdgeStyle StyleForEdge(const Edge& edge);

// Makes document text safe as a Graphviz escString (label, tooltip, URL): backslashes are doubled so that
// "\N", "\G" or "\l" in a title stay text (and no value ends in a lone backslash, which would escape its
// closing quote), and line breaks and other control characters become spaces. Quotes need no treatment:
// cgraph quotes every value it writes.
std::string GraphvizText(std::string_view text);

// The link of a node as Graphviz's URL attribute wants it: empty unless `url` is http(s); bytes outside
// the URL character set (quotes, angle brackets, backslashes, spaces, non-ASCII) percent-encoded, and '&'
// written as "&amp;", because gvc copies URL into the SVG's xlink:href without escaping anything.
std::string SafeLink(std::string_view url);

// The DOT name of a node: its id, or "node-<index>" when the id holds a backslash or a control character:
// cgraph writes names as they are, and a name ending in a backslash would escape its closing quote and
// unbalance the rest of the file. (The id still shows in the tooltip.)
std::string DotName(std::string_view id, int index);

// Breaks `text` into lines of at most `width` code points, at spaces, else after '/' or '-', else anywhere;
// at most `max_lines` lines, the last ending in "…" when text was left out. Lines are escaped with
// GraphvizText and joined with Graphviz's centred line break "\n".
std::string WrapLabel(std::string_view text, int width = 26, int max_lines = 4);

// The layout engine for a map of `num_nodes` nodes and `num_edges` edges: `requested` when set, else
// "dot" up to options.dot_limit nodes and options.dot_edge_limit edges (layered, clustered, readable) and
// "sfdp" above; an engine missing from `available` is replaced by the first available of sfdp, fdp,
// neato, dot. Empty when none is available.
std::string ChooseLayout(const std::string& requested, int num_nodes, int num_edges, const MapOptions& options,
                         const std::vector<std::string>& available);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_MAP_STYLE_H_

// Running a Graphviz layout and render where a Graphviz fault cannot take the run down: in a forked child
// process, with a time limit. Part of the map writer (the only code that touches cgraph/gvc).
#ifndef KAMERGRAAF_OUTPUT_GRAPHVIZ_RUNNER_H_
#define KAMERGRAAF_OUTPUT_GRAPHVIZ_RUNNER_H_

#include <string>
#include <vector>

#include "kamergraaf/status.h"

typedef struct GVC_s GVC_t;
typedef struct Agraph_s Agraph_t;

namespace kamergraaf {

struct GraphvizRun {
  int timeout_seconds = 120;  // the child is killed after this long
  // What Graphviz printed on its standard error (warnings, errors), one entry per line, control
  // characters escaped: never copied raw to the terminal.
  std::vector<std::string> messages;
};

// Lays `g` out with `engine` ("dot", "sfdp", ...) and renders it in `format` (any gvc output format:
// "svg", "png", "pdf", ...) into *out, in a forked child. `g` itself is left unchanged in this process.
// Returns IoError "graphviz layout 'ENGINE' crashed (signal N: NAME)", "... took longer than N s" or
// "... failed" when the child does not deliver; *out is then empty. Call with the Graphviz mutex held and
// no other thread inside Graphviz.
Status LayoutAndRender(GVC_t* gvc, Agraph_t* g, const std::string& engine, const std::string& format,
                       GraphvizRun* run, std::string* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_GRAPHVIZ_RUNNER_H_

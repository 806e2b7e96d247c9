// The caption under a map that shows part of the graph: what it shows, what it left out, how to see more.
#ifndef KAMERGRAAF_OUTPUT_SELECTION_CAPTION_H_
#define KAMERGRAAF_OUTPUT_SELECTION_CAPTION_H_

#include <string>

#include "analysis/node_selection.h"
#include "output/messages.h"

namespace kamergraaf {

// Two sentences in `lang`, e.g. "Getoond: 60 van 6.500 knopen en 32 van 1.937 verwijzingen (de 60 centraalste
// volgens PageRank, met hun naaste buren). Weggelaten: 6.440 knopen met een lagere PageRank. Meer zien met
// --focus ID --depth N, --dossier NUMMER of --top N." Empty when the map shows the whole graph.
std::string SelectionCaption(const SelectionSummary& summary, Lang lang);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_SELECTION_CAPTION_H_

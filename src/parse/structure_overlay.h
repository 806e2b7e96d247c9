// Helpers for readers whose input carries structure (official XML, HTML): they render text, let the text
// parsers run on it, and then lay what the markup says explicitly over the heuristic result.
#ifndef KAMERGRAAF_PARSE_STRUCTURE_OVERLAY_H_
#define KAMERGRAAF_PARSE_STRUCTURE_OVERLAY_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/document.h"

namespace kamergraaf {

// The kind of citation a canonical id stands for: kst- → kKamerstuk, ah- → kAanhangsel, h- → kHandelingen,
// stb- → kStb, stcrt- → kStcrt, ECLI: → kEcli, url: → kUrl, 2024Z12345 → kZaak, 2024D12345 → kTkDocument.
// Returns false for an id of no known shape.
bool CitationKindOfId(std::string_view id, CitationKind* kind);

// `explicit_citations` have kind, target, start and end set (offsets into `text`). Fills their line,
// column, context_line and text; drops every citation the text scanner found that overlaps one of them
// (the markup's target wins; a link only overrules URLs found in its anchor text); keeps doc->citations sorted by start; then marks citations inside a footnote
// body with its number (and context_line with the marker's line).
void OverlayCitations(std::string_view text, std::vector<Citation> explicit_citations, Document* doc);

// "¹²" for "12": how rendered markup writes a footnote marker, so that it never merges with digits of
// the running text ("nr. 1329" + marker 2 must not read "nr. 13292").
std::string SuperscriptDigits(std::string_view number);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_STRUCTURE_OVERLAY_H_

// The compiled citation patterns and the matchers that run them on one window, one file per family:
//   kamerstuk_matcher.cc  Kamerstuk citations (full, dash and bare forms);
//   series_matcher.cc     Aanhangsel, Handelingen, Staatsblad/Staatscourant, zaak/document numbers, EU, ECLI;
//   motion_matcher.cc     motion definitions, short references, named mentions and submitters.
// Private to parse/.
#ifndef KAMERGRAAF_PARSE_CITATION_PATTERN_SET_H_
#define KAMERGRAAF_PARSE_CITATION_PATTERN_SET_H_

#include "parse/citation_patterns.h"
#include "parse/pattern_support.h"

namespace kamergraaf {

// Every pattern, compiled once (the constructor aborts on a pattern that does not compile).
struct CitationPatterns::Compiled {
  citation_internal::Pattern kst, kst_dash, bare_dash, aanhangsel, handelingen, definition, short_ref, stb, zaak, eu,
      ecli, mention, submitters, stb_old, tvv, dossier;

  Compiled();
};

namespace citation_internal {

// Each matcher runs the pattern families of its file that `triggers` asks for on `win` and appends hits.
void MatchKamerstukken(const CitationPatterns::Compiled& re, Window& win, unsigned triggers);
void MatchSeries(const CitationPatterns::Compiled& re, Window& win, unsigned triggers);
void MatchMotions(const CitationPatterns::Compiled& re, Window& win, unsigned triggers);

}  // namespace citation_internal
}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_CITATION_PATTERN_SET_H_

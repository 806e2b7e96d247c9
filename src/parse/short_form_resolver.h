// Turns the pattern hits of one document into citations, resolving what needs the rest of the document:
//
// - Motion definitions ("Zij krijgt nr. 21 (36999).") become `motie` citations and, together with the
//   preceding "Deze motie is voorgesteld door de leden Kathmann, ...", tell which dossier and first submitter
//   each motion of the debate has.
// - Short references ("de motie op stuk nr. 21") take the dossier of the motion with that number defined in
//   the same document, else of the motion defined last before the reference, else of the first one. Without
//   any motion definition in the document they are dropped (no guessing).
// - Named mentions ("de motie-Six Dijkstra", "de motie van het lid Kathmann c.s.") that are directly followed
//   by a numbered citation in the same sentence are dropped (the number says it all; a `motie` citation then
//   carries the name in mention_name: "de motie-Buijsse (26643, nr. 1322)"). The others become
//   `mention` citations (resolved = false, empty target, mention_name set), except when the document itself
//   defined exactly one motion with that first submitter before the mention: then it is that motion.
#ifndef KAMERGRAAF_PARSE_SHORT_FORM_RESOLVER_H_
#define KAMERGRAAF_PARSE_SHORT_FORM_RESOLVER_H_

#include <string_view>
#include <vector>

#include "kamergraaf/citation.h"
#include "parse/citation_patterns.h"

namespace kamergraaf {

// `hits` must be sorted by start and free of overlaps. Appends citations (kind, target, start, end, metadata)
// to *out in order of start; line, column, text and context_line are left to the caller.
void ResolveHits(std::string_view text, const std::vector<ScanHit>& hits, std::vector<Citation>* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_SHORT_FORM_RESOLVER_H_

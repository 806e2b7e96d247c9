// Resolves named motion references ("de motie-Kathmann") against the motions of the corpus.
#ifndef KAMERGRAAF_CORPUS_MOTION_MENTIONS_H_
#define KAMERGRAAF_CORPUS_MOTION_MENTIONS_H_

#include <string>
#include <string_view>

#include "kamergraaf/corpus.h"

namespace kamergraaf {

// The submitter name of a mention in comparable form: lower case, whitespace folded, without a leading
// "het lid " / "de leden " and a trailing " c.s.". "Six  Dijkstra c.s." -> "six dijkstra".
std::string NormalizeSubmitterName(std::string_view name);

// Turns each unresolved mention of a motion (kind kMention, a mention_name, and a text that is empty or
// contains "motie") into a resolved kMotie citation of motion M when M is the only motion with its text
// in the corpus whose first submitter has that name. Ambiguous or unknown names stay unresolved: it never
// guesses. Reads the motions from the documents, not from corpus->motions. Idempotent.
// Returns the number of mentions resolved by this call.
int ResolveMotionMentions(Corpus* corpus);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_MOTION_MENTIONS_H_

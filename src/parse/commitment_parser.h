// Finds commitments (toezeggingen): promises by the government to act or to inform the Kamer later.
#ifndef KAMERGRAAF_PARSE_COMMITMENT_PARSER_H_
#define KAMERGRAAF_PARSE_COMMITMENT_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/document.h"
#include "parse/debate_parser.h"
#include "parse/running_text.h"

namespace kamergraaf {

// The first deadline phrase in `sentence` as written ("voor het zomerreces", "voor het komend meireces",
// "op korte termijn", "in aanloop naar het Raadsakkoord", "later dit jaar", "voor 1 juli", "in het tweede
// kwartaal van 2026"), or "" when there is none.
std::string DeadlinePhrase(std::string_view sentence);

// True when `sentence` is a promise: an explicit "toezeggen" / "zeg ik … toe", or a first-person or government
// subject that "zal/zullen" inform or write to the Kamer ("Ik zal uw Kamer … per brief informeren",
// "zullen wij de Kamer … informeren", "… de Kamer … op de hoogte brengen"), or the Kamer as the receiver
// ("Op korte termijn ontvangt de Tweede Kamer …", "wordt uw Kamer … geïnformeerd"). Questions ('?'),
// refusals ("niet toezeggen") and reports of a request ("vraagt", "verzoekt", "de vraag of", "willen
// toezeggen") are not promises.
bool IsCommitment(std::string_view sentence);

// Commitments in lines[begin, end) (sentences over 700 bytes are skipped), said by `speaker` (may be empty), tied to
// `related`; appended to *out. When `track_motions` is set, a sentence's `related` becomes the motion last referred to
// before it
// ("de motie op stuk nr. 1321" → "kst-<dossier>-1321" via `motions`).
void FindCommitments(const std::vector<RunningLine>& lines, std::size_t begin, std::size_t end,
                     const std::string& speaker, const std::string& related, bool track_motions,
                     const std::vector<Motion>& motions, std::vector<Commitment>* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_COMMITMENT_PARSER_H_

// Finds motions (their text, submitters, number) and the verdicts given on them in a debate.
#ifndef KAMERGRAAF_PARSE_MOTION_PARSER_H_
#define KAMERGRAAF_PARSE_MOTION_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/document.h"
#include "parse/debate_parser.h"
#include "parse/running_text.h"

namespace kamergraaf {

// Motion texts: "De Kamer," / "gehoord de beraadslaging," / clauses / "en gaat over tot de orde van de dag.",
// followed by "Deze motie is voorgesteld door de leden A, B en C." (or "door het lid A.") and
// "Zij krijgt nr. 1317 (26643)." Clauses opening with "verzoekt", "spreekt uit", "roept … op", "draagt … op"
// are requests; "overwegende", "constaterende", "van mening", "gelet op" … are considerations. A motion
// whose number is not given has empty id, dossier and number. Returned in text order. The joined running text
// is asked for only when a line holds the opening words.
std::vector<Motion> ParseMotions(const RunningText& running);

// Sets verdict (the cabinet's advice) and verdict_line of *motions from the debate: see AttachAdvice in
// motion_advice.h (the speakers are found in the text itself; `turns` is not needed). Conflicting advice of the
// chair and the government goes to *diagnostics when given.
void AttachVerdicts(const RunningText& running, const std::vector<SpeakerTurn>& turns, std::vector<Motion>* motions,
                    Diagnostics* diagnostics = nullptr);

// The verdict a sentence gives ("oordeel Kamer", "ontraden", "overgenomen", "aangehouden", "ingetrokken",
// "aangenomen", "verworpen"), or "" when it gives none. Matching is on whole phrases, case-insensitive.
std::string VerdictOf(std::string_view sentence);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_MOTION_PARSER_H_

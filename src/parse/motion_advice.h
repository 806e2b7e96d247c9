// The cabinet's advice on the motions of a debate, and the Kamer's vote on them, read from the debate text.
#ifndef KAMERGRAAF_PARSE_MOTION_ADVICE_H_
#define KAMERGRAAF_PARSE_MOTION_ADVICE_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/diagnostic.h"
#include "kamergraaf/document.h"
#include "parse/running_text.h"

namespace kamergraaf {

// A speaker's turn found by its header in the joined text ("De voorzitter:", "Minister Wiersma:",
// "Staatssecretaris Rummenie:", "De heer Flach (SGP):", "Mevrouw Van der Plas (BBB):"), whatever the line
// layout (one line per paragraph, PDF lines, or a whole debate on one line). [begin, end) are offsets of the
// turn's words in the passage, after the header.
struct PassageTurn {
  std::size_t begin = 0;
  std::size_t end = 0;
  Speech::Role role = Speech::Role::kOther;
};
std::vector<PassageTurn> FindPassageTurns(const Passage& passage);

// The advice a sentence of the chair or a minister gives: "oordeel Kamer" ("oordeel Kamer", "laat ik aan het
// oordeel van de Kamer"), "ontraden" ("ontraad ik", "moet ik ontraden"), "overgenomen" ("kan ik overnemen"),
// "aangehouden" ("verzoek … aan te houden", "stel ik voor … aan te houden"), "ingetrokken"; the last one named
// wins. "" for a question, a negated phrase ("niet oordeel Kamer") or no advice. Never "aangenomen"/"verworpen":
// that is the vote, not the advice.
std::string AdviceOf(std::string_view sentence);

// Sets Motion::verdict and verdict_line from the debate. A sentence refers to a motion by its number ("de motie
// op stuk nr. 412", "(36600-XIV, nr. 50)", "De motie-Podt op stuk nr. 40") or by the motion last referred to
// ("Die motie ontraad ik", "Die geef ik oordeel Kamer"), across turns. The advice of the chair and of ministers
// and state secretaries counts: the chair's last summary on a motion when the chair gives one, else the
// government's last words on it. When the chair and the government give different final advice
// (other than holding the motion), a warning "motion <id>: the chair records '<a>', the government said '<b>'
// (line N)" goes to *diagnostics (path empty). Members' words never give advice. A chair's question on an
// advice ("De motie op stuk nr. 14 was ook ontraden, hè?") counts as the government's advice when the
// government's next turn confirms it ("Zeker, …"). A number given with another dossier ("(36111, nr. 15)")
// is not one of these motions. Sentences glued by extraction ("Kamer.Dan") and a page footer inside a
// sentence ("8 februari 2024 TK 40 40-6-12") end a sentence; several numbers in one sentence, each followed
// by its own advice, each get theirs.
void AttachAdvice(const RunningText& running, std::vector<Motion>* motions, Diagnostics* diagnostics);

// Voting items: "In stemming komt de [gewijzigde] motie-Van Haga/Smolders (36333, nr. 77, was nr. 52)." followed
// by the chair's "Ik constateer dat … zodat zij is aangenomen" / "deze motie … is verworpen" / "met algemene
// stemmen is aangenomen". Sets Motion::outcome, outcome_line, outcome_date (= `date`) and, when the chair names
// the fracties for and against, Motion::votes (seats 0); a motion voted on but not in *motions is appended
// with its id, submitters (from "motie-A/B", "c.s." dropped) and replaces. Returns the number of outcomes set.
int AttachOutcomes(const RunningText& running, const std::string& date, std::vector<Motion>* motions);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_MOTION_ADVICE_H_

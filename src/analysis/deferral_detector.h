// Referral kind 2: answers that send the reader elsewhere for the substance (domain.md §5).
#ifndef KAMERGRAAF_ANALYSIS_DEFERRAL_DETECTOR_H_
#define KAMERGRAAF_ANALYSIS_DEFERRAL_DETECTOR_H_

#include <string>
#include <vector>

#include "analysis/corpus_presence.h"
#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"

namespace kamergraaf {

// The id an answer defers to: the best citation in the answer's lines (Answer::line to Answer::end_line, or up
// to the next question or answer when end_line is not set), else in its question's lines (likewise). A
// footnote citation counts at its marker's line.
// Preference: zaak, Aanhangsel, Kamerstuk/motie, TK document, Handelingen, each in text order; URLs and
// unresolved mentions never count, nor the document's own id and the ids it answers. "" when none.
std::string DeferralTarget(const Document& doc, const Answer& answer);

// Appends one kDeferredAnswer referral per answer for which IsDeferral() holds and whose target is not
// present in the corpus (CorpusPresence::Contains). An answer without a target is reported with an empty
// target unless it only points inside its own document ("het antwoord op vraag 3").
// Referral fields: doc, line (the answer's), question (number), fractie (of the question), target,
// deadline (FindDeadlinePhrase of the answer), text (the answer, folded). Corpus order, then answer order.
void FindDeferredAnswers(const Corpus& corpus, const CorpusPresence& presence, std::vector<Referral>* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_DEFERRAL_DETECTOR_H_

// Referral kind 1: questions nobody answers (domain.md §5).
#ifndef KAMERGRAAF_ANALYSIS_UNANSWERED_QUESTIONS_H_
#define KAMERGRAAF_ANALYSIS_UNANSWERED_QUESTIONS_H_

#include <vector>

#include "analysis/corpus_presence.h"
#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"

namespace kamergraaf {

// Appends one kUnansweredQuestion referral per question that is not answered in its own document
// (Question::answered is false), unless another corpus document answers the whole document: lists in its
// answers_to the document's id or a zaak (2026Z03911) in the document's `about`, as an Aanhangsel does
// for the zaak of written questions.
// Referral fields: doc, line, question (its number, may be empty), fractie, text (the question, folded).
// Appends in corpus order, then question order.
void FindUnansweredQuestions(const Corpus& corpus, const CorpusPresence& presence, std::vector<Referral>* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_UNANSWERED_QUESTIONS_H_

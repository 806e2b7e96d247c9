// Deadlines as dates: each commitment's deadline phrase resolved against its document's date.
#ifndef KAMERGRAAF_CORPUS_DEADLINES_H_
#define KAMERGRAAF_CORPUS_DEADLINES_H_

#include "kamergraaf/corpus.h"
#include "parse/recess_calendar.h"

namespace kamergraaf {

// Sets Commitment::deadline_date and deadline_rule of every commitment in the corpus from its deadline
// phrase (or, when the parser found none, its sentence) and the date of its document (ResolveDeadline).
// A vague phrase gets no date and the rule "no date: a vague term"; a phrase that needs the document's
// date when the document has none gets the rule that says so; no phrase leaves both empty. Runs after
// metadata has set the documents' dates; idempotent.
void ResolveDeadlines(Corpus* corpus, const RecessCalendar& calendar);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_DEADLINES_H_

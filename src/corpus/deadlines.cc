#include "corpus/deadlines.h"

#include "parse/deadline_resolver.h"

namespace kamergraaf {

void ResolveDeadlines(Corpus* corpus, const RecessCalendar& calendar) {
  for (Document& doc : corpus->documents) {
    for (Commitment& c : doc.commitments) {
      ResolvedDeadline r = ResolveDeadline(c.deadline.empty() ? std::string_view(c.text) : c.deadline.view(),
                                           doc.date, calendar);
      c.deadline_date = r.date;
      c.deadline_rule = r.kind == ResolvedDeadline::Kind::kNone ? std::string() : r.rule;
    }
  }
}

}  // namespace kamergraaf

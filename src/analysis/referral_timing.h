// Referral timing: the date of each referral, its deadline as a date, its age and how overdue it is.
#ifndef KAMERGRAAF_ANALYSIS_REFERRAL_TIMING_H_
#define KAMERGRAAF_ANALYSIS_REFERRAL_TIMING_H_

#include <vector>

#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"
#include "model/civil_date.h"
#include "parse/recess_calendar.h"

namespace kamergraaf {

// Days written questions may take to be answered (the Tweede Kamer's three-week term).
inline constexpr int kWrittenQuestionTermDays = 21;

// Fills Referral::date, deadline_date, deadline_rule, age_days and overdue_days of every referral:
//  - date: the motion's own date for a motion, else the date of the document the referral stands in (for
//    a missing document, the first citing one);
//  - deadline: for an unanswered written question (a document of kind schriftelijke-vragen or
//    kamervragen-antwoorden with a full date) three weeks after that date; otherwise the deadline phrase
//    (Referral::deadline, else the referral's text) resolved with ResolveDeadline;
//  - age_days and overdue_days counted to `as_of` (dates of month or year precision from their first day).
// Then orders each category but the missing documents (which keep their ranking) and the motions (adopted
// first) with the overdue ones first, most overdue first; the order is otherwise kept.
void TimeReferrals(const Corpus& corpus, const RecessCalendar& calendar, CivilDate as_of,
                   std::vector<Referral>* referrals);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_REFERRAL_TIMING_H_

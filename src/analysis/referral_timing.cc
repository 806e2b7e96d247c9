#include "analysis/referral_timing.h"

#include <algorithm>

#include <fmt/format.h>

#include "parse/deadline_resolver.h"

namespace kamergraaf {
namespace {

bool IsWrittenQuestions(DocumentKind kind) {
  return kind == DocumentKind::kSchriftelijkeVragen || kind == DocumentKind::kKamervragenAntwoorden;
}

std::string_view MotionDate(const Document& doc, std::string_view id) {
  for (const Motion& m : doc.motions) {
    if (m.id == id && !m.date.empty()) return m.date;
  }
  return {};
}

}  // namespace

void TimeReferrals(const Corpus& corpus, const RecessCalendar& calendar, CivilDate as_of,
                   std::vector<Referral>* referrals) {
  for (Referral& r : *referrals) {
    int d = corpus.FindDocument(r.doc);
    const Document* doc = d >= 0 ? &corpus.documents[d] : nullptr;
    std::string_view date;
    if (doc != nullptr) {
      date = doc->date;
      if (r.category == ReferralCategory::kMotionWithoutFollowUp) {
        if (std::string_view m = MotionDate(*doc, r.target); !m.empty()) date = m;
      }
    }
    r.date = date;
    CivilDate since = ParseIsoDate(date, true);
    if (since.valid() && as_of.valid()) r.age_days = static_cast<int>(std::max(0L, as_of.Days() - since.Days()));

    CivilDate due;
    if (r.category == ReferralCategory::kMissingDocument) {
      // A missing document is owed by nobody in particular: age only.
    } else if (r.category == ReferralCategory::kUnansweredQuestion && doc != nullptr && IsWrittenQuestions(doc->kind)) {
      CivilDate asked = ParseIsoDate(date);
      if (asked.valid()) {
        due = asked.AddDays(kWrittenQuestionTermDays);
        r.deadline_rule = fmt::format("written questions are answered within three weeks: asked {}", asked.Iso());
      }
    } else {
      ResolvedDeadline resolved =
          ResolveDeadline(r.deadline.empty() ? std::string_view(r.text) : r.deadline.view(), date, calendar);
      if (resolved.kind != ResolvedDeadline::Kind::kNone) r.deadline_rule = resolved.rule;
      if (r.deadline.empty() && !resolved.phrase.empty() && resolved.kind != ResolvedDeadline::Kind::kUndated) {
        r.deadline = resolved.phrase;
      }
      due = ParseIsoDate(resolved.date);
    }
    if (due.valid()) {
      r.deadline_date = due.Iso();
      if (as_of.valid()) r.overdue_days = static_cast<int>(std::max(0L, as_of.Days() - due.Days()));
    }
  }
  std::stable_sort(referrals->begin(), referrals->end(), [](const Referral& a, const Referral& b) {
    if (a.category != b.category) return a.category < b.category;
    // Missing documents keep their ranking, motions their adopted-first order.
    if (a.category == ReferralCategory::kMissingDocument || a.category == ReferralCategory::kMotionWithoutFollowUp) {
      return false;
    }
    return std::max(a.overdue_days, 0) > std::max(b.overdue_days, 0);
  });
}

}  // namespace kamergraaf

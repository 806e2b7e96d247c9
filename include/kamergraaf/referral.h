// Referral: a place where one document expects another to follow (domain.md §5).
#ifndef KAMERGRAAF_REFERRAL_H_
#define KAMERGRAAF_REFERRAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/compact_string.h"

namespace kamergraaf {

enum class ReferralCategory {
  kUnansweredQuestion,
  kDeferredAnswer,
  kMotionWithoutFollowUp,
  kOpenCommitment,
  kMissingDocument,
};
// "unanswered-question", "deferred-answer", "motion-without-follow-up", "open-commitment",
// "missing-document".
std::string_view ReferralCategoryName(ReferralCategory category);

struct Referral {
  ReferralCategory category = ReferralCategory::kUnansweredQuestion;
  std::string doc;  // path of the document it stands in (for a missing document: the first citing one)
  int line = 0;
  std::string target;  // the motion, the deferred-to id, the missing id
  std::string text;    // the question, answer, request or promise, whitespace folded
  // Short and mostly empty (a corpus of a million documents has about a million referrals):
  CompactString question;  // question number, or empty
  CompactString fractie;
  CompactString speaker;
  CompactString deadline;  // deadline phrase
  CompactString verdict;   // for motions: the cabinet's advice ("ontraden", "oordeel Kamer", …)
  // For motions: the Kamer's vote ("aangenomen", "verworpen"), or empty when the corpus does not record it.
  CompactString outcome;
  // For missing documents: how often cited, by how many documents, and the summed PageRank of the
  // citing documents; used for ranking.
  int citations = 0;
  std::vector<std::string> cited_by;
  double score = 0;
  std::vector<std::string> submitters;  // for motions

  // Time (FindReferrals with ReferralOptions; empty or -1 when not known):
  CompactString date;           // ISO date of the place it stands in: the motion's date, else the document's
  CompactString deadline_date;  // ISO date it was due by: the resolved deadline phrase, or for a written
                                // question three weeks after it was asked
  std::string deadline_rule;    // how the deadline was resolved
  int age_days = -1;            // days from `date` to the as-of date
  int overdue_days = -1;        // days past deadline_date as of the as-of date (0 = due today or not yet due)
  bool overdue() const { return overdue_days > 0; }
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_REFERRAL_H_

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
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_REFERRAL_H_

// Referral: a place where one document expects another to follow (domain.md §5).
#ifndef KAMERGRAAF_REFERRAL_H_
#define KAMERGRAAF_REFERRAL_H_

#include <string>
#include <string_view>
#include <vector>

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
  std::string question;  // question number, or empty
  std::string fractie;
  std::string speaker;
  std::string target;    // the motion, the deferred-to id, the missing id
  std::string deadline;  // deadline phrase
  std::string verdict;   // for motions
  std::string text;      // the question, answer, request or promise, whitespace folded
  // For missing documents: how often cited, by how many documents, and the summed PageRank of the
  // citing documents; used for ranking.
  int citations = 0;
  std::vector<std::string> cited_by;
  double score = 0;
  std::vector<std::string> submitters;  // for motions
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_REFERRAL_H_

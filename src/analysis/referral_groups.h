// Who owes, who waits: open referrals counted per owner (the minister or ministry addressed or signing) or
// per asker (the fractie or member who asked or submitted).
#ifndef KAMERGRAAF_ANALYSIS_REFERRAL_GROUPS_H_
#define KAMERGRAAF_ANALYSIS_REFERRAL_GROUPS_H_

#include <array>
#include <string>
#include <vector>

#include "kamergraaf/corpus.h"
#include "kamergraaf/question_timing.h"
#include "kamergraaf/referral.h"

namespace kamergraaf {

enum class ReferralGrouping { kOwner, kAsker };

struct ReferralGroup {
  std::string name;  // "de Minister van Financiën", "VVD"; "(unknown)" when the documents do not say
  int open = 0;
  std::array<int, 5> by_category{};  // indexed by ReferralCategory
  int written_questions = 0;         // open, overdue or postponed sets of written questions
};

// Counts the referrals (missing documents excepted: nobody in particular owes them) and the unanswered sets
// of written questions (status open, overdue or postponed; their documents' unanswered-question referrals
// are not counted again). Owner: the addressee of the document the referral stands in, else its signer; for
// a set, its addressee. Asker: the referral's fractie, else its first submitter, else the fractie (or name)
// of the document's asker; for a set, its fractie, else its asker. Sorted by `open` (most first), then by
// name; "(unknown)" last.
std::vector<ReferralGroup> GroupReferrals(const Corpus& corpus, const std::vector<Referral>& referrals,
                                          const std::vector<QuestionSet>& questions, ReferralGrouping by);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_REFERRAL_GROUPS_H_

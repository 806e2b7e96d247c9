// `unanswered --by owner|asker`: open referrals counted per group, as a table, JSON, CSV or Markdown.
#ifndef KAMERGRAAF_OUTPUT_REFERRAL_GROUPS_WRITER_H_
#define KAMERGRAAF_OUTPUT_REFERRAL_GROUPS_WRITER_H_

#include <string>
#include <vector>

#include "analysis/referral_groups.h"

namespace kamergraaf {

// `by` is the column title ("owner" or "asker"); `format` one of table, json, csv, markdown.
std::string ReferralGroupsOutput(const std::vector<ReferralGroup>& groups, const std::string& by,
                                 const std::string& format, bool color);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_REFERRAL_GROUPS_WRITER_H_

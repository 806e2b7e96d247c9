#include "analysis/motion_follow_up.h"

#include "analysis/referral_phrases.h"

#include <algorithm>

namespace kamergraaf {

void FindMotionsWithoutFollowUp(const Corpus& corpus, std::vector<Referral>* out) {
  std::size_t first = out->size();
  for (const MotionRecord& rec : corpus.motions) {
    if (rec.document < 0 || rec.document >= static_cast<int>(corpus.documents.size())) continue;
    if (!rec.followed_up_by.empty()) continue;
    const Document& doc = corpus.documents[rec.document];
    if (rec.motion < 0 || rec.motion >= static_cast<int>(doc.motions.size())) continue;
    const Motion& m = doc.motions[rec.motion];
    if (m.verdict == "ingetrokken" || m.outcome == "verworpen") continue;
    // An amendment changes a bill; it asks the government for nothing to follow up.
    if (m.amendment) continue;
    std::string requests;
    for (const std::string& req : m.requests) {
      if (!RequestsAction(req)) continue;
      if (!requests.empty()) requests += ' ';
      requests += FoldWhitespace(req);
    }
    if (requests.empty()) continue;
    Referral r;
    r.category = ReferralCategory::kMotionWithoutFollowUp;
    r.doc = doc.path;
    r.line = m.line;
    r.target = rec.id;
    r.submitters = m.submitters;
    r.verdict = m.verdict;
    r.outcome = m.outcome;
    r.deadline = FindDeadlinePhrase(requests);
    r.text = std::move(requests);
    out->push_back(std::move(r));
  }
  // Adopted motions first: an adopted motion nobody followed up is what a researcher looks for.
  std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(), [](const Referral& a, const Referral& b) {
    return (a.outcome == "aangenomen") > (b.outcome == "aangenomen");
  });
}

}  // namespace kamergraaf

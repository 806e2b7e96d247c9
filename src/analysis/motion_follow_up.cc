#include "analysis/motion_follow_up.h"

#include "analysis/referral_phrases.h"

namespace kamergraaf {

void FindMotionsWithoutFollowUp(const Corpus& corpus, std::vector<Referral>* out) {
  for (const MotionRecord& rec : corpus.motions) {
    if (rec.document < 0 || rec.document >= static_cast<int>(corpus.documents.size())) continue;
    if (!rec.followed_up_by.empty()) continue;
    const Document& doc = corpus.documents[rec.document];
    if (rec.motion < 0 || rec.motion >= static_cast<int>(doc.motions.size())) continue;
    const Motion& m = doc.motions[rec.motion];
    if (m.verdict == "ingetrokken" || m.verdict == "verworpen") continue;
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
    r.deadline = FindDeadlinePhrase(requests);
    r.text = std::move(requests);
    out->push_back(std::move(r));
  }
}

}  // namespace kamergraaf

#include "analysis/open_commitments.h"

#include "analysis/referral_phrases.h"

namespace kamergraaf {
namespace {

// True when `related` names a document or motion (a canonical id) rather than a question number.
bool LooksLikeId(std::string_view related) {
  for (char c : related) {
    if (!(c >= '0' && c <= '9')) return related.size() > 3;
  }
  return false;
}

// True when `related` is a motion that a document other than `d` follows up.
bool KeptByFollowUp(const Corpus& corpus, std::string_view related, int d) {
  const MotionRecord* motion = corpus.FindMotion(related);
  if (motion == nullptr) return false;
  for (int by : motion->followed_up_by) {
    if (by != d) return true;
  }
  return false;
}

}  // namespace

void FindOpenCommitments(const Corpus& corpus, std::vector<Referral>* out) {
  for (int d = 0; d < static_cast<int>(corpus.documents.size()); ++d) {
    const Document& doc = corpus.documents[d];
    for (const Commitment& c : doc.commitments) {
      if (!c.related.empty() && KeptByFollowUp(corpus, c.related, d)) continue;
      Referral r;
      r.category = ReferralCategory::kOpenCommitment;
      r.doc = doc.path;
      r.line = c.line;
      r.speaker = c.speaker.empty() ? std::string(kGovernmentSpeaker) : c.speaker;
      r.text = FoldWhitespace(c.text);
      r.deadline = !c.deadline.empty() ? c.deadline : FindDeadlinePhrase(c.text);
      if (LooksLikeId(c.related)) {
        r.target = c.related;
      } else {
        r.question = c.related;
      }
      out->push_back(std::move(r));
    }
  }
}

}  // namespace kamergraaf

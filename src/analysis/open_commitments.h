// Referral kind 4: promises by a minister or state secretary (toezeggingen) still open (domain.md §5).
#ifndef KAMERGRAAF_ANALYSIS_OPEN_COMMITMENTS_H_
#define KAMERGRAAF_ANALYSIS_OPEN_COMMITMENTS_H_

#include <string_view>
#include <vector>

#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"

namespace kamergraaf {

// The speaker named for a commitment in a document without speaker turns (a letter, a set of answers):
// the signing minister or state secretary is not part of the model, so the role stands in for the name.
inline constexpr std::string_view kGovernmentSpeaker = "bewindspersoon";

// Appends one kOpenCommitment referral per commitment of every corpus document, except a commitment whose
// `related` is a corpus motion that another document follows up (the promise is taken as kept; fulfilment
// is not detected otherwise).
// Referral fields: doc, line, speaker (Commitment::speaker — the signer of a letter or answer when the
// document names one — or kGovernmentSpeaker when empty), text (the
// promise, folded), deadline (Commitment::deadline, else FindDeadlinePhrase of the text), target (a related
// id such as a motion) or question (a related question number). Corpus order, then commitment order.
void FindOpenCommitments(const Corpus& corpus, std::vector<Referral>* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_OPEN_COMMITMENTS_H_

// Referral kind 3: motions that ask for action and that no later corpus document follows up (domain.md §5).
#ifndef KAMERGRAAF_ANALYSIS_MOTION_FOLLOW_UP_H_
#define KAMERGRAAF_ANALYSIS_MOTION_FOLLOW_UP_H_

#include <vector>

#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"

namespace kamergraaf {

// Appends one kMotionWithoutFollowUp referral per corpus motion that
//  - has its text in a corpus document (MotionRecord::document >= 0; a motion that is only cited has no
//    known request and is left to the missing-document list),
//  - has at least one request that asks for action (RequestsAction: not only "spreekt uit"),
//  - is a motion, not an amendment (Motion::amendment: it changes a bill and asks for no follow-up),
//  - was not withdrawn (verdict "ingetrokken") or rejected by the vote (outcome "verworpen"), and
//  - has no follow-up (MotionRecord::followed_up_by is empty; ResolveCorpus fills it).
// Referral fields: doc (the document holding the text), line (Motion::line), target (motion id),
// submitters, verdict (the advice), outcome (the vote; empty = not known), text (the action requests, folded and
// joined), deadline (FindDeadlinePhrase of the requests). Appends adopted motions (outcome "aangenomen") first,
// then the others, each in motion id order.
void FindMotionsWithoutFollowUp(const Corpus& corpus, std::vector<Referral>* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_MOTION_FOLLOW_UP_H_

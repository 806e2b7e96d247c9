// FindReferrals: the five kinds of referral of domain.md §5, each found by its own finder.
#include <algorithm>

#include "analysis/corpus_presence.h"
#include "analysis/deferral_detector.h"
#include "analysis/missing_documents.h"
#include "analysis/motion_follow_up.h"
#include "analysis/open_commitments.h"
#include "analysis/referral_timing.h"
#include "analysis/unanswered_questions.h"
#include "kamergraaf/pipeline.h"

namespace kamergraaf {

std::vector<Referral> FindReferrals(const Corpus& corpus, const CitationGraph& graph, const Centrality& centrality) {
  return FindReferrals(corpus, graph, centrality, ReferralOptions());
}

std::vector<Referral> FindReferrals(const Corpus& corpus, const CitationGraph& graph, const Centrality& centrality,
                                    const ReferralOptions& options) {
  CorpusPresence presence(corpus, &graph);
  std::vector<Referral> result;
  FindUnansweredQuestions(corpus, presence, &result);
  FindDeferredAnswers(corpus, presence, &result);
  FindMotionsWithoutFollowUp(corpus, &result);
  FindOpenCommitments(corpus, &result);
  // All but the missing documents: by category, then path and line (stable for equal places); adopted
  // motions come before the other motions without follow-up.
  std::stable_sort(result.begin(), result.end(), [](const Referral& a, const Referral& b) {
    if (a.category != b.category) return a.category < b.category;
    bool adopted_a = a.outcome == "aangenomen", adopted_b = b.outcome == "aangenomen";
    if (adopted_a != adopted_b) return adopted_a;
    if (a.doc != b.doc) return a.doc < b.doc;
    return a.line < b.line;
  });
  FindMissingDocuments(corpus, presence, graph, centrality, &result);

  RecessCalendar calendar;
  if (!options.calendar.empty()) calendar.Load(options.calendar);  // LoadCorpus reports a bad file
  CivilDate as_of = options.as_of.empty() ? Today() : ParseIsoDate(options.as_of);
  TimeReferrals(corpus, calendar, as_of, &result);
  return result;
}

}  // namespace kamergraaf

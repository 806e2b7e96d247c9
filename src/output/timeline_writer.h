// Timeline: a document's neighbourhood on a time axis, drawn as SVG (issue 16): the documents, the motions
// and their votes, the deadlines still open, the answers.
#ifndef KAMERGRAAF_OUTPUT_TIMELINE_WRITER_H_
#define KAMERGRAAF_OUTPUT_TIMELINE_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/citation_graph.h"
#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"
#include "output/messages.h"

namespace kamergraaf {

struct TimelineEvent {
  enum class Lane { kDocument, kMotion, kVote, kDeadline, kAnswer };
  Lane lane = Lane::kDocument;
  std::string date;   // ISO, any precision (drawn at its first day)
  std::string label;  // a few words: an id, a kind, "aangenomen", "voor het zomerreces"
  std::string url;    // official page, or empty
  bool late = false;  // a deadline that has passed while the referral is still open
};

// The events around corpus document `document`: the document itself, the corpus documents it cites and that
// cite it, the motions it holds (submitted and voted), its answers' dates, and the deadlines of the open
// referrals that stand in it. Events without a date are left out. Sorted by date, then lane.
std::vector<TimelineEvent> NeighbourhoodTimeline(const Corpus& corpus, const CitationGraph& graph,
                                                 const std::vector<Referral>& referrals, int document);

// An SVG of `events` on one axis from the first event to the later of the last event and `as_of` (ISO; drawn
// as a line "today"), one row per lane, years (or months, for spans under two years) as ticks. Every text is
// escaped; labels link to `url` where given. Empty events give a small SVG that says there is nothing dated.
std::string TimelineSvg(const std::vector<TimelineEvent>& events, std::string_view title, std::string_view as_of,
                        Lang lang = Lang::kNl);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_TIMELINE_WRITER_H_

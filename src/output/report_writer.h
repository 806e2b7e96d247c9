// Human-readable reports: the terminal summary, Markdown and self-contained HTML.
#ifndef KAMERGRAAF_OUTPUT_REPORT_WRITER_H_
#define KAMERGRAAF_OUTPUT_REPORT_WRITER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/corpus.h"
#include "kamergraaf/question_timing.h"
#include "kamergraaf/referral.h"
#include "output/messages.h"
#include "output/run_info.h"

namespace kamergraaf {

// Everything a report shows; all references must outlive the writer calls.
struct ReportInput {
  const Corpus& corpus;
  const CitationGraph& graph;
  const Centrality& centrality;
  const std::vector<Referral>& referrals;
  const std::string& map_svg;  // the rendered reference map, inlined into HTML
  const std::vector<int>& map_nodes;  // the nodes on the map, best first; the centrality table lists them
  const RunInfo* run = nullptr;       // the run block; none when null
  Lang lang = Lang::kNl;              // the language of every heading, label and value the report writes
  // Written questions timed as of `as_of` (TimeWrittenQuestions); null = the reports leave them out.
  const std::vector<QuestionSet>* questions = nullptr;
  std::string as_of;
  // The timeline of the most central corpus document's neighbourhood (TimelineSvg); empty = none.
  std::string timeline_svg;
};


// A few lines for the terminal: counts of documents, citations, motions and each referral kind.
std::string ReportSummary(const ReportInput& input);
// report.md: the same content as the HTML for pasting into notes.
std::string ReportMarkdown(const ReportInput& input);
// report.html (report_html.h).
std::string ReportHtml(const ReportInput& input);
// report.json (see json_writer.h).
std::string ReportJson(const ReportInput& input);

// The referral list for the terminal, grouped by category in enum order (most important first within a
// category, as FindReferrals sorts them), with doc:line locations and long cells cut with "…". Shows at
// most `max_rows` rows per category (0 = all) and says how many more there are, so that the seeds fit on
// two screens; unanswered questions are also counted per document and fractie.
inline constexpr std::size_t kReferralRowsPerKind = 12;
// `line_width` > 0 fits the tables to that many columns; `wide` shows every cell in full.
std::string ReferralsText(const std::vector<Referral>& referrals, bool color,
                          std::size_t max_rows = kReferralRowsPerKind, std::size_t line_width = 0, bool wide = false);
std::string ReferralsMarkdown(const std::vector<Referral>& referrals, Lang lang = Lang::kNl);

// A reference card for one document (`document` >= 0) or graph node (`node` >= 0): what it is, what it
// cites, who cites it, its structure and the open referrals that touch it.
std::string ShowText(const Corpus& corpus, const CitationGraph& graph, const Centrality& centrality,
                     const std::vector<Referral>& referrals, int document, int node);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_REPORT_WRITER_H_

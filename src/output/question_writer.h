// Written questions and their timing (see kamergraaf/question_timing.h) as a terminal table, JSON, CSV
// and Markdown. Every writer keeps the order of `sets` (TimeWrittenQuestions sorts them most overdue first).
#ifndef KAMERGRAAF_OUTPUT_QUESTION_WRITER_H_
#define KAMERGRAAF_OUTPUT_QUESTION_WRITER_H_

#include <string>
#include <vector>

#include "kamergraaf/question_timing.h"

namespace kamergraaf {

// The table, then one line of counts ("5 sets: 1 answered in time, …, median latency 20 days").
std::string QuestionsText(const std::vector<QuestionSet>& sets, const std::string& as_of, bool color);
// {"as_of": "2026-11-30", "term_days": 21, "summary": {…}, "questions": [{…}, …]}
std::string QuestionsJson(const std::vector<QuestionSet>& sets, const std::string& as_of);
std::string QuestionsCsv(const std::vector<QuestionSet>& sets);
std::string QuestionsMarkdown(const std::vector<QuestionSet>& sets, const std::string& as_of);
// The one-line count used by the text table and the reports.
std::string QuestionsSummaryLine(const QuestionTimingSummary& summary);
// The summary as a JSON object (for report.json's "written_questions").
std::string QuestionsSummaryJson(const QuestionTimingSummary& summary, const std::string& as_of);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_QUESTION_WRITER_H_

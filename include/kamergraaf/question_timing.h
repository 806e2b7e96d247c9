// Written questions and their timing against the three-week term of the Reglement van Orde.
//
// A set of written questions is one zaak ("2024Z18558") or, when no zaak number is known, one Aanhangsel
// item. Its documents are the questions as submitted, the answers (Aanhangsel answer or ministry letter)
// and postponement notices (uitstelberichten), linked by zaak number, else by asker and asked date.
#ifndef KAMERGRAAF_QUESTION_TIMING_H_
#define KAMERGRAAF_QUESTION_TIMING_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/corpus.h"

namespace kamergraaf {

// Written questions are to be answered within three weeks (Reglement van Orde van de Tweede Kamer).
inline constexpr int kAnswerTermDays = 21;

enum class QuestionStatus {
  kAnsweredInTime,  // answered within the term
  kAnsweredLate,    // answered after the term (whether or not an uitstelbericht came first)
  kPostponed,       // not answered in the corpus; an uitstelbericht says the answer comes later
  kOpen,            // not answered, no notice, still within the term as of the as-of date
  kOverdue,         // not answered, no notice, past the term as of the as-of date
  kUnknown,         // the asked date is not known (or follows the answer), so the term cannot be judged
};
// "answered-in-time", "answered-late", "postponed", "open", "overdue", "unknown".
std::string_view QuestionStatusName(QuestionStatus status);

struct QuestionSet {
  std::string key;        // the zaak number, else the id of the document it was found in
  std::string zaak;       // empty when not known
  std::string asker;      // "De Vries (VVD)", as written; empty when not known
  std::string fractie;    // the first fractie named in `asker` ("beiden VVD" → "VVD"); empty when none
  std::string addressee;  // "de Minister van Financiën"; empty when not known
  std::string title;      // the title of the first document of the set
  std::string asked;      // ISO date; empty when not known
  std::string answered;   // ISO date of the answer; empty when not answered in the corpus
  std::string postponed;  // ISO date of the first uitstelbericht; empty when none
  int latency_days = -1;  // answered - asked; -1 when either is unknown
  // Days past the term: for a late answer at the answer date, for an unanswered set as of the as-of date
  // (0 while within the term).
  int overdue_days = 0;
  int age_days = -1;  // as-of - asked for an unanswered set; -1 when answered or asked unknown
  QuestionStatus status = QuestionStatus::kUnknown;
  std::vector<std::string> questions;  // paths of the documents that ask them
  std::vector<std::string> answers;    // paths of the documents that answer them
  std::vector<std::string> notices;    // paths of the uitstelberichten
};

// Days from 1970-01-01 of an ISO "YYYY-MM-DD" date; false when `iso` is not a full valid date.
bool IsoToDays(std::string_view iso, int* days);

// Today's date as ISO "YYYY-MM-DD", in the local calendar like every other --as-of default.
std::string TodayIso();

// Finds every set of written questions in the corpus and times it as of `as_of` (ISO date; empty = today).
// Sorted by status rank (overdue, postponed, open, answered late, answered in time, unknown), then by
// overdue days (most first), then by asked date, then by key.
std::vector<QuestionSet> TimeWrittenQuestions(const Corpus& corpus, std::string_view as_of);

struct QuestionTimingSummary {
  int sets = 0;
  int in_time = 0, late = 0, postponed = 0, open = 0, overdue = 0, unknown = 0;
  int with_latency = 0;      // sets answered with both dates known
  double median_latency = 0;  // over those sets; 0 when there are none
};
QuestionTimingSummary SummarizeQuestionTiming(const std::vector<QuestionSet>& sets);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_QUESTION_TIMING_H_

// QuestionDates: the phrases that date a set of written questions (Kamervragen) and its replies.
//
// Written questions are printed with "(ingezonden 7 september 2026)" after their title; the Aanhangsel van
// de Handelingen prints the reply under "Antwoord van Minister X (…) (ontvangen 1 oktober 2026)" or, when the
// answer is postponed, "Mededeling van Minister X (…) (ontvangen …)"; a postponement notice (uitstelbericht)
// says the questions "kunnen niet binnen de gebruikelijke termijn (van drie weken) worden beantwoord".
#ifndef KAMERGRAAF_PARSE_QUESTION_DATES_H_
#define KAMERGRAAF_PARSE_QUESTION_DATES_H_

#include <string>
#include <string_view>

#include "kamergraaf/document.h"

namespace kamergraaf {

struct QuestionDates {
  std::string asked;     // ISO date after "ingezonden" (or "Op 6 november jl. hebben … vragen gesteld"); empty
  std::string answered;  // ISO date after "ontvangen" in an "Antwoord van"/"Mededeling van" line; empty
  std::string zaak;      // the questions' zaak number ("2024Z18558"; "2024Z 17972" is closed up); empty
  std::string asker;     // "Hertzberger (Nieuw Sociaal Contract)", as written after "Vragen van het lid"; empty
  std::string addressee;  // "de Minister van Financiën", as written after "aan"; empty
  bool notice = false;        // the reply is a "Mededeling" (in the Aanhangsel: a postponement), not answers
  bool postponement = false;  // the text says the questions cannot be answered within the usual term
};

// Reads the phrases above from the head of `text` (the first 6000 bytes; a postponement sentence anywhere
// in the first 6000 bytes). "jl." dates take their year from the `ontvangen` date when there is one.
// Never fails: what is not found stays empty.
QuestionDates ReadQuestionDates(std::string_view text);

// A Dutch date "7 september 1978" (any case, "1e"/"1 ste" not accepted) as ISO "1978-09-07"; empty when
// `day_month_year` is not such a date.
std::string DutchDateToIso(std::string_view day_month_year);

// Fills the written-question fields of `doc` (asked_date, answered_date, question_zaak, asker; addressee
// only when the document has none) and marks a postponement notice as DocumentKind::kUitstelbericht.
void ApplyQuestionDates(std::string_view text, Document* doc);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_QUESTION_DATES_H_

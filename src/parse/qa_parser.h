// Finds the questions and answers of a written consultation, answered commission questions or answered
// written questions (domain.md §1).
#ifndef KAMERGRAAF_PARSE_QA_PARSER_H_
#define KAMERGRAAF_PARSE_QA_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/document.h"
#include "parse/running_text.h"

namespace kamergraaf {

// "GL-PvdA-fractie" → "GroenLinks-PvdA", "D66 fractie" → "D66", "CU" → "ChristenUnie", and the fractie of
// several askers ("beiden VVD", "allen D66") → "VVD", "D66"; other names as written without the "-fractie"
// suffix.
std::string NormalizeFractie(std::string_view name);

// The fractie an asker's parentheses name, normalised: "Kok en Mulder (beiden CDA)" → "CDA"; "" when the
// asker names none ("Kok", or an unclosed "(").
std::string FractieOfAsker(std::string_view asker);

// Fills doc->questions and doc->answers (both in text order) from the running text. Three layouts:
//  - numbered questions ("1)", "19) …", "Vraag 3", or a line holding only the number) each followed by an
//    "Antwoord" line: the answer answers the questions since the previous answer. Numbers must run on, or
//    start again at 1 after a fractie heading; other numbered lines are enumerations in an answer;
//  - unnumbered question paragraphs followed by numbered answers ("12. Antwoord van het kabinet"): the
//    paragraph just before the answer heading is its question, together with directly preceding paragraphs
//    that ask something ('?'); those questions take the answer's number;
//  - neither: every paragraph of a fractie block ("Vragen en opmerkingen van de leden van de X-fractie")
//    is a question, except an opening paragraph that only says the members have read the papers
//    ("kennisgenomen", no '?'); they stay unanswered when part II ("II Antwoord/reactie …") is empty, and
//    are all answered by one unnumbered answer holding part II when it has text (20 words or more).
// Questions carry the fractie of their block ("Antwoorden op de vragen van de X fractie" or "Vragen en
// opmerkingen van de leden van de X-fractie"), normalised; outside blocks, the party of the asking member
// ("de vragen van het lid El Boujdaini (D66)"). Lines and end lines are original line numbers.
void ParseQuestionsAndAnswers(const std::vector<RunningLine>& lines, Document* doc);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_QA_PARSER_H_

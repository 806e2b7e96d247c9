// Recognises a document's kind and structure: questions and answers, motions, speeches, commitments.
#ifndef KAMERGRAAF_PARSE_STRUCTURE_PARSER_H_
#define KAMERGRAAF_PARSE_STRUCTURE_PARSER_H_

#include <string_view>

#include "kamergraaf/document.h"
#include "text/line_index.h"

namespace kamergraaf {

// Fills doc->kind and kind_evidence (unless a kind is already set, e.g. from metadata), questions, answers,
// motions (with verdicts), speeches and commitments from `text`. doc->footnotes must already be set:
// footnote bodies are not read as running text. Which parts are looked for depends on the kind:
// written consultations and answer documents get questions, answers and the commitments in the answers;
// debates get speeches, motions, verdicts and the commitments of ministers and state secretaries; a motion
// document gets its motion; letters and BNC-fiches get commitments.
void ParseStructure(std::string_view text, const LineIndex& lines, Document* doc);

// The index of the question / answer / speech whose lines [line, end_line] contain `line`, or -1.
int QuestionAtLine(const Document& doc, int line);
int AnswerAtLine(const Document& doc, int line);
int SpeechAtLine(const Document& doc, int line);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_STRUCTURE_PARSER_H_

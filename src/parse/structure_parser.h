// Recognises a document's kind and structure: questions and answers, motions, speeches, commitments.
#ifndef KAMERGRAAF_PARSE_STRUCTURE_PARSER_H_
#define KAMERGRAAF_PARSE_STRUCTURE_PARSER_H_

#include <string_view>

#include "kamergraaf/document.h"
#include "text/line_index.h"

namespace kamergraaf {

// Fills doc->kind, kind_evidence, questions, answers, motions, speeches and commitments from `text`.
// doc->footnotes must already be set: footnote bodies are not read as running text.
void ParseStructure(std::string_view text, const LineIndex& lines, Document* doc);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_STRUCTURE_PARSER_H_

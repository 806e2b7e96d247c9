// Reads a Word 2007+ document (.docx) from the XML trees of its parts (see source/docx_reader.h).
#ifndef KAMERGRAAF_PARSE_DOCX_DOCUMENT_PARSER_H_
#define KAMERGRAAF_PARSE_DOCX_DOCUMENT_PARSER_H_

#include <string_view>

#include "kamergraaf/document.h"
#include "source/markup_tree.h"

namespace kamergraaf {

// Renders word/document.xml as text, one line per paragraph (`w:p`; table cells and text boxes included,
// field instructions, deleted text and the fallback copy of alternate content left out), a footnote or
// endnote reference as superscript digits numbered in order of first reference, and each note's body
// as a line "¹ body" after the paragraph that refers to it (the layout the official XML reader uses).
// Runs ParseDocument() on that text and replaces its footnotes by the notes of the markup, so that a
// citation in a note belongs to the sentence that carries the marker. `footnotes` and `endnotes` may be
// null. Byte offsets and lines of the result refer to the rendered text. Never fails.
Document ParseDocx(std::string_view path, const MarkupNode& document, const MarkupNode* footnotes,
                   const MarkupNode* endnotes);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_DOCX_DOCUMENT_PARSER_H_

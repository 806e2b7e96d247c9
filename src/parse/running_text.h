// The running text of a document: what the structure parsers read, with footnote bodies taken out.
#ifndef KAMERGRAAF_PARSE_RUNNING_TEXT_H_
#define KAMERGRAAF_PARSE_RUNNING_TEXT_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamergraaf/document.h"
#include "text/line_index.h"

namespace kamergraaf {

struct RunningLine {
  int line = 0;           // 1-based line in the original file
  std::string text;       // trimmed; "" for a blank line (a paragraph break)
  bool indented = false;  // the original line starts with whitespace (a PDF page resumes so)
};

// The lines of `text` without footnote blocks: whole-line bodies (PDF, superscript) with the blank lines and
// page numbers around them are dropped, so a paragraph interrupted by a page-bottom block reads as one;
// inline Word bodies "[N:  …]", "[footnoteRef:N]" markers and "[bookmark: …]" noise are cut out of their
// lines. Lines keep their original numbers, in order.
std::vector<RunningLine> RunningLines(std::string_view text, const LineIndex& lines,
                                      const std::vector<Footnote>& footnotes);

// Paragraphs of lines[begin, end): runs of non-blank lines, as [first, last) index ranges into `lines`.
std::vector<std::pair<std::size_t, std::size_t>> Paragraphs(const std::vector<RunningLine>& lines, std::size_t begin,
                                                            std::size_t end);

// Cheap prefilter for the passes that join lines into sentences and run patterns over them: false only
// when no line of lines[begin, end) contains any of `words` (lower-case ASCII, matched ignoring ASCII case)
// and no line ends in '-' (where JoinLines could make a word out of two line halves). A pass that needs one
// of `words` in its text can skip the range when this is false.
bool MayContainAny(const std::vector<RunningLine>& lines, std::size_t begin, std::size_t end,
                   std::initializer_list<std::string_view> words);

// Lines joined into one text with a map back to line numbers. A word hyphenated at a line end
// ("geïn-" + "vesteerd") is rejoined; "Zuid-" + "Afrika" keeps its hyphen.
struct Passage {
  std::string text;
  std::vector<std::pair<std::size_t, int>> starts;  // (offset in text, original line), ascending
  int first_line = 0;
  int last_line = 0;

  // Original line of byte `offset` of `text`.
  int LineAt(std::size_t offset) const;
};

Passage JoinLines(const std::vector<RunningLine>& lines, std::size_t begin, std::size_t end);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_RUNNING_TEXT_H_

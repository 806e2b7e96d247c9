// The running text of a document: what the structure parsers read, with footnote bodies taken out.
#ifndef KAMERGRAAF_PARSE_RUNNING_TEXT_H_
#define KAMERGRAAF_PARSE_RUNNING_TEXT_H_

#include <cstddef>
#include <deque>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamergraaf/document.h"
#include "text/line_index.h"

namespace kamergraaf {

struct RunningLine {
  int line = 0;           // 1-based line in the original file
  std::string_view text;  // trimmed; "" for a blank line (a paragraph break). A view into the document's
                          // text, or into the RunningText that holds the line when it had to be edited
  bool indented = false;  // the original line starts with whitespace (a PDF page resumes so)
  bool furniture = false;  // page furniture (IsPageFurniture): kept for the parsers that read a paper's
                           // foot, skipped where running text is joined (JoinLines, Paragraphs)
};

// Page furniture: a line that a printed page repeats or carries around the text, not part of it -- the foot
// "Tweede Kamer, vergaderjaar 2023–2024, 29 754, nr. 704" (or "Eerste Kamer, zitting 1976-1977, 14175, nr. 1"),
// a paper's own id "kst-29754-704" / "ah-tk-20232024-1984", "ISSN 0921 - 7371", the printer's "'s-Gravenhage
// 2023", "Pagina 2 van 5". `line` is trimmed. Bare page numbers are not judged here: a lone "3" may be a
// question's number.
bool IsPageFurniture(std::string_view line);

// Lines joined into one text with a map back to line numbers, page furniture left out. A word hyphenated at
// a line end ("geïn-" + "vesteerd") is rejoined; "Zuid-" + "Afrika" keeps its hyphen.
struct Passage {
  std::string text;
  std::vector<std::pair<std::size_t, int>> starts;  // (offset in text, original line), ascending
  int first_line = 0;
  int last_line = 0;

  // Original line of byte `offset` of `text`.
  int LineAt(std::size_t offset) const;
};

Passage JoinLines(const std::vector<RunningLine>& lines, std::size_t begin, std::size_t end);

// The text model of one document that every structure parser reads: its running lines, built once, as views
// into the document's text (no copy per line), and the whole running text joined into one Passage, built on
// first use and shared by the passes that read across lines (motions, advice, votes).
// Contract: the document's text outlives the RunningText; after editing `lines` (the speaker-turn pass splits
// header lines) call LinesChanged(), so that Joined() is rebuilt. Not copyable: the views point into it.
class RunningText {
 public:
  RunningText() = default;
  RunningText(const RunningText&) = delete;
  RunningText& operator=(const RunningText&) = delete;
  RunningText(RunningText&&) = default;  // std::deque keeps its elements in place when moved
  RunningText& operator=(RunningText&&) = default;

  std::vector<RunningLine> lines;

  // Keeps `s` as long as this text lives and returns a view of it: the text of a line that was edited.
  std::string_view Keep(std::string s);
  // JoinLines(lines, 0, lines.size()), made once.
  const Passage& Joined() const;
  void LinesChanged() { joined_.reset(); }

 private:
  std::deque<std::string> kept_;
  mutable std::optional<Passage> joined_;
};

// The lines of `text` without footnote blocks: whole-line bodies (PDF, superscript) with the blank lines and
// page numbers around them are dropped, so a paragraph interrupted by a page-bottom block reads as one;
// inline Word bodies "[N:  …]", "[footnoteRef:N]" markers and "[bookmark: …]" noise are cut out of their
// lines. Lines keep their original numbers, in order.
RunningText RunningLines(std::string_view text, const LineIndex& lines, const std::vector<Footnote>& footnotes);

// Paragraphs of lines[begin, end): runs of non-blank lines, as [first, last) index ranges into `lines`; page
// furniture inside a run does not end it.
std::vector<std::pair<std::size_t, std::size_t>> Paragraphs(const std::vector<RunningLine>& lines, std::size_t begin,
                                                            std::size_t end);

// Cheap prefilter for the passes that join lines into sentences and run patterns over them: false only
// when no line of lines[begin, end) contains any of `words` (lower-case ASCII, matched ignoring ASCII case)
// and no line ends in '-' (where JoinLines could make a word out of two line halves). A pass that needs one
// of `words` in its text can skip the range when this is false.
bool MayContainAny(const std::vector<RunningLine>& lines, std::size_t begin, std::size_t end,
                   std::initializer_list<std::string_view> words);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_RUNNING_TEXT_H_

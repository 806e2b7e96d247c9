// Aligned plain-text tables for the terminal.
#ifndef KAMERGRAAF_OUTPUT_TEXT_TABLE_H_
#define KAMERGRAAF_OUTPUT_TEXT_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace kamergraaf {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  // Cells are shown with control characters made visible and cut to `max_width` display columns.
  void AddRow(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  std::size_t rows() const { return rows_.size(); }
  // Columns are padded to their widest cell (counted in UTF-8 code points); `bold_header` uses ANSI bold.
  // With `line_width` > 0 (the terminal's width) the widest columns are narrowed until a line fits, no
  // column below 8 (or its header); a cut location ("dir/sub/file.txt:15") loses the middle of its path,
  // never its line number, other cells lose their end. `max_width` 0 = no limit per cell.
  std::string Render(bool bold_header, std::size_t max_width = 60, std::size_t line_width = 0) const;
  // The same table in Markdown, every cell in full: | escaped, newlines folded, < > as entities.
  std::string Markdown() const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// Makes text safe for a terminal: control characters (ESC, CR, BEL, ...) shown as \xNN, newlines and tabs
// folded to spaces, and the result cut to `max_width` code points with an ellipsis.
std::string TerminalSafe(std::string_view text, std::size_t max_width);

// Cuts `text` (already terminal-safe) to `width` code points: a path or location
// ("samples/corpus/kst-36999-5.txt:15") by its middle ("samples/…/kst-36999-5.txt:15", the line number
// always kept), anything else by its end ("Kan de minister…").
std::string FitCell(std::string_view text, std::size_t width);

// A cell for the terminal: TerminalSafe(text, max_width), except that a path or location is cut in its
// middle by FitCell.
std::string CutCell(std::string_view text, std::size_t max_width);

// "1 document", "2 documents": `one` for exactly one, else `many`.
std::string Plural(std::size_t n, std::string_view one, std::string_view many);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_TEXT_TABLE_H_

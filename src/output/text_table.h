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
  std::string Render(bool bold_header, std::size_t max_width = 60) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// Makes text safe for a terminal: control characters (ESC, CR, BEL, ...) shown as \xNN, newlines and tabs
// folded to spaces, and the result cut to `max_width` code points with an ellipsis.
std::string TerminalSafe(std::string_view text, std::size_t max_width);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_TEXT_TABLE_H_

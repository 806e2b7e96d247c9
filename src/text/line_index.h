// Maps byte offsets of a text to 1-based lines and columns.
#ifndef KAMERGRAAF_TEXT_LINE_INDEX_H_
#define KAMERGRAAF_TEXT_LINE_INDEX_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace kamergraaf {

class LineIndex {
 public:
  // Indexes `text`; the text must outlive the index only for Line(int) calls.
  explicit LineIndex(std::string_view text);

  // 1-based line of byte `offset` (offsets past the end map to the last line).
  int LineOf(std::size_t offset) const;
  // 1-based byte column of `offset` on its line.
  int ColumnOf(std::size_t offset) const;
  int num_lines() const { return static_cast<int>(starts_.size()); }
  // Byte offset where 1-based `line` starts, and the text of that line without its '\n'.
  std::size_t LineStart(int line) const { return starts_[line - 1]; }
  std::string_view Line(int line) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;  // offset of the first byte of each line
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_TEXT_LINE_INDEX_H_

#include "text/line_index.h"

#include <algorithm>
#include <cstring>

namespace kamergraaf {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.reserve(text.size() / 64 + 1);
  starts_.push_back(0);
  const char* base = text.data();
  const char* p = base;
  const char* end = base + text.size();
  while (p < end) {
    const void* nl = std::memchr(p, '\n', end - p);
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
    starts_.push_back(p - base);
  }
}

int LineIndex::LineOf(std::size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<int>(it - starts_.begin());
}

int LineIndex::ColumnOf(std::size_t offset) const {
  return static_cast<int>(offset - starts_[LineOf(offset) - 1]) + 1;
}

std::string_view LineIndex::Line(int line) const {
  std::size_t b = starts_[line - 1];
  std::size_t e = line < num_lines() ? starts_[line] - 1 : text_.size();
  return text_.substr(b, e - b);
}

}  // namespace kamergraaf

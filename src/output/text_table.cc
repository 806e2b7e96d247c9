#include "output/text_table.h"

#include <algorithm>

namespace kamergraaf {
namespace {

std::size_t DisplayWidth(std::string_view s) {
  std::size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

}  // namespace

std::string TerminalSafe(std::string_view text, std::size_t max_width) {
  std::string out;
  std::size_t width = 0;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (width + (space ? 1 : 0) >= max_width) {
      out += "…";
      return out;
    }
    if (space) {
      out.push_back(' ');
      ++width;
      space = false;
    }
    if (c < 0x20 || c == 0x7F) {
      static const char* kHex = "0123456789abcdef";
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
      width += 4;
      continue;
    }
    out.push_back(static_cast<char>(c));
    if ((c & 0xC0) != 0x80) ++width;
    // Finish a multi-byte sequence before checking the width again.
    while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) out.push_back(text[++i]);
  }
  return out;
}

std::string TextTable::Render(bool bold_header, std::size_t max_width) const {
  std::vector<std::vector<std::string>> cells;
  cells.push_back(header_);
  for (const auto& r : rows_) {
    std::vector<std::string> safe;
    for (const std::string& c : r) safe.push_back(TerminalSafe(c, max_width));
    cells.push_back(std::move(safe));
  }
  std::vector<std::size_t> widths(header_.size(), 0);
  for (const auto& r : cells)
    for (std::size_t i = 0; i < r.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(r[i]));
  std::string out;
  for (std::size_t row = 0; row < cells.size(); ++row) {
    std::string line;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      std::string cell = i < cells[row].size() ? cells[row][i] : "";
      line += cell;
      if (i + 1 < widths.size()) line += std::string(widths[i] - DisplayWidth(cell) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (row == 0 && bold_header) line = "\x1b[1m" + line + "\x1b[0m";
    out += line + "\n";
  }
  return out;
}

}  // namespace kamergraaf

#include "output/text_table.h"

#include <algorithm>

namespace kamergraaf {
namespace {

std::size_t DisplayWidth(std::string_view s) {
  std::size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

// The byte offset of code point `n` of s (s.size() when s is shorter).
std::size_t OffsetOf(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == 0) return i;
      --n;
    }
  }
  return i;
}

bool LooksLikePath(std::string_view s) {
  return s.find(' ') == std::string_view::npos && (s.find('/') != std::string_view::npos ||
                                                    s.find_last_of(':') != std::string_view::npos);
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

std::string Plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string FitCell(std::string_view text, std::size_t width) {
  const std::size_t have = DisplayWidth(text);
  if (have <= width) return std::string(text);
  if (width == 0) return "";
  if (width == 1) return "…";
  if (LooksLikePath(text)) {
    // Keep the ":line" suffix whole, then as much of the file name's end and the path's start as fit.
    std::size_t colon = text.find_last_of(':');
    bool line = colon != std::string_view::npos && colon + 1 < text.size() &&
                text.find_first_not_of("0123456789", colon + 1) == std::string_view::npos;
    std::string_view suffix = line ? text.substr(colon) : std::string_view();
    std::string_view body = text.substr(0, text.size() - suffix.size());
    const std::size_t suffix_width = DisplayWidth(suffix);
    if (suffix_width + 2 <= width) {
      const std::size_t room = width - suffix_width - 1;  // code points of body around the "…"
      const std::size_t body_width = DisplayWidth(body);
      // The end of the path, at least two thirds of the room and the whole file name when it fits.
      const std::size_t slash = body.find_last_of('/');
      const std::size_t name_width = slash == std::string_view::npos ? 0 : DisplayWidth(body.substr(slash + 1));
      const std::size_t tail = std::min({body_width, room, std::max(name_width, room - room / 3)});
      const std::size_t head = room - tail;
      std::string out(body.substr(0, OffsetOf(body, head)));
      out += "…";
      out += body.substr(OffsetOf(body, body_width - tail));
      out += suffix;
      return out;
    }
  }
  std::string out(text.substr(0, OffsetOf(text, width - 1)));
  out += "…";
  return out;
}

std::string TextTable::Markdown() const {
  auto cell = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c == '|') out += "\\|";
      else if (c == '\n' || c == '\r' || c == '\t') out += ' ';
      else if (c == '<') out += "&lt;";
      else if (c == '>') out += "&gt;";
      else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += ' ';
      else out.push_back(c);
    }
    return out;
  };
  std::string out = "|";
  for (const std::string& h : header_) out += " " + cell(h) + " |";
  out += "\n|";
  for (std::size_t i = 0; i < header_.size(); ++i) out += " --- |";
  out += "\n";
  for (const auto& row : rows_) {
    out += "|";
    for (std::size_t i = 0; i < header_.size(); ++i) out += " " + cell(i < row.size() ? row[i] : "") + " |";
    out += "\n";
  }
  return out;
}

std::string CutCell(std::string_view text, std::size_t max_width) {
  std::string safe = TerminalSafe(text, static_cast<std::size_t>(-1) / 2);
  if (LooksLikePath(safe)) return FitCell(safe, max_width);
  return TerminalSafe(text, max_width);
}

std::string TextTable::Render(bool bold_header, std::size_t max_width, std::size_t line_width) const {
  const std::size_t cell_limit = max_width == 0 ? static_cast<std::size_t>(-1) / 2 : max_width;
  std::vector<std::vector<std::string>> cells;
  cells.push_back(header_);
  for (const auto& r : rows_) {
    std::vector<std::string> safe;
    for (const std::string& c : r) safe.push_back(CutCell(c, cell_limit));
    cells.push_back(std::move(safe));
  }
  std::vector<std::size_t> widths(header_.size(), 0);
  for (const auto& r : cells)
    for (std::size_t i = 0; i < r.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(r[i]));
  if (line_width > 0 && !widths.empty()) {
    // Narrow the widest column, one code point at a time, until the line fits or nothing can give.
    auto total = [&] {
      std::size_t t = 2 * (widths.size() - 1);
      for (std::size_t w : widths) t += w;
      return t;
    };
    // Text gives way first (down to 16 code points), then every column down to 8 or its header: a
    // location or id is what a reader needs whole.
    std::vector<bool> location(widths.size(), false);
    for (std::size_t row = 1; row < cells.size(); ++row)
      for (std::size_t i = 0; i < cells[row].size() && i < widths.size(); ++i)
        if (LooksLikePath(cells[row][i])) location[i] = true;
    for (int pass = 0; pass < 2 && total() > line_width; ++pass) {
      std::vector<std::size_t> floor(widths.size());
      for (std::size_t i = 0; i < widths.size(); ++i) {
        std::size_t least = std::max<std::size_t>(8, DisplayWidth(header_[i]));
        if (pass == 0) least = location[i] ? widths[i] : std::max<std::size_t>(16, least);
        floor[i] = std::min(widths[i], least);
      }
      while (total() > line_width) {
        std::size_t widest = widths.size();
        for (std::size_t i = 0; i < widths.size(); ++i) {
          if (widths[i] > floor[i] && (widest == widths.size() || widths[i] > widths[widest])) widest = i;
        }
        if (widest == widths.size()) break;
        --widths[widest];
      }
    }
    for (std::size_t row = 1; row < cells.size(); ++row)
      for (std::size_t i = 0; i < cells[row].size() && i < widths.size(); ++i) cells[row][i] = FitCell(cells[row][i], widths[i]);
  }
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

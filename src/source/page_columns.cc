#include "source/page_columns.h"

#include <vector>

namespace kamergraaf {
namespace {

// One line and the byte offset of each of its characters (code points).
struct Line {
  std::string_view text;
  std::vector<std::size_t> cells;

  explicit Line(std::string_view t) : text(t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
      if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) cells.push_back(i);
    }
    first = cells.size();
    for (std::size_t x = 0; x < cells.size(); ++x) {
      if (!Blank(x)) {
        if (first == cells.size()) first = x;
        last = x;
      }
    }
  }
  std::size_t width() const { return cells.size(); }
  bool Blank(std::size_t x) const { return x >= cells.size() || text[cells[x]] == ' ' || text[cells[x]] == '\r'; }
  bool TextBefore(std::size_t x) const { return first < x; }
  bool TextFrom(std::size_t x) const { return first < cells.size() && last >= x; }
  std::size_t first = 0;  // first and last non-blank cell (first == width() when the line is blank)
  std::size_t last = 0;
  // Cells [from, to) as text, without surrounding spaces.
  std::string_view Part(std::size_t from, std::size_t to) const {
    if (from >= cells.size()) return {};
    std::size_t b = cells[from];
    std::size_t e = to >= cells.size() ? text.size() : cells[to];
    std::string_view s = text.substr(b, e - b);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  }
  bool Crosses(std::size_t x) const { return !(Blank(x - 1) && Blank(x) && Blank(x + 1)); }
  // The first non-blank cell at or after x, or width() when none.
  std::size_t FirstText(std::size_t x) const {
    while (x < cells.size() && Blank(x)) ++x;
    return x;
  }
};

}  // namespace

std::string UnfoldColumns(std::string_view page) {
  std::vector<Line> lines;
  std::size_t widest = 0;
  for (std::size_t start = 0; start < page.size();) {
    std::size_t nl = page.find('\n', start);
    if (nl == std::string_view::npos) nl = page.size();
    lines.emplace_back(page.substr(start, nl - start));
    widest = std::max(widest, lines.back().width());
    start = nl + 1;
  }
  // The gutter: the position most lines leave blank between two texts.
  std::size_t gutter = 0;
  int best = 0, best_crossing = 0;
  for (std::size_t x = 8; x + 8 < widest; ++x) {
    int support = 0, crossing = 0;
    for (const Line& l : lines) {
      if (l.width() <= x + 1) continue;
      if (!l.Crosses(x)) {
        support += l.TextBefore(x - 1) && l.TextFrom(x + 2);
      } else if (l.TextBefore(x - 1) || !l.Blank(x)) {
        ++crossing;
      }
    }
    if (support > best) best = support, best_crossing = crossing, gutter = x;
  }
  if (best < 6 || best < 3 * best_crossing) return std::string(page);

  // Where the right column's lines start; a line whose right part starts elsewhere (a date set flush right
  // in the page head) is not column text.
  std::vector<int> starts(widest + 1, 0);
  for (const Line& l : lines) {
    if (l.width() > gutter + 1 && !l.Crosses(gutter) && l.TextFrom(gutter)) ++starts[l.FirstText(gutter)];
  }
  std::size_t right_start = gutter;
  for (std::size_t x = gutter; x <= widest; ++x) {
    if (starts[x] > starts[right_start]) right_start = x;
  }
  auto column_line = [&](const Line& l) {
    if (l.width() <= gutter + 1) return true;
    if (l.Crosses(gutter)) return false;
    std::size_t first = l.FirstText(gutter);
    return first == l.width() || (first + 4 >= right_start && first <= right_start + 4);
  };

  std::string out;
  std::vector<std::string_view> left, right;
  auto flush = [&]() {
    // The columns are separated by one empty line; an empty line after the right one stays.
    while (!left.empty() && left.back().empty()) left.pop_back();
    for (std::string_view s : left) out.append(s).push_back('\n');
    if (!left.empty() && !right.empty()) out.push_back('\n');
    for (std::string_view s : right) out.append(s).push_back('\n');
    left.clear();
    right.clear();
  };
  for (const Line& l : lines) {
    if (!column_line(l)) {
      flush();
      out.append(l.text).push_back('\n');
      continue;
    }
    std::string_view a = l.Part(0, gutter), b = l.Part(gutter, l.width());
    if (a.empty() && b.empty()) {
      if (left.empty() && right.empty()) {
        out.push_back('\n');
        continue;
      }
      // An empty line ends a paragraph in both columns.
      if (!left.empty() && !left.back().empty()) left.push_back({});
      if (!right.empty() && !right.back().empty()) right.push_back({});
      continue;
    }
    if (!a.empty()) left.push_back(a);
    if (!b.empty()) right.push_back(b);
  }
  flush();
  if (!page.empty() && page.back() != '\n' && !out.empty()) out.pop_back();
  return out;
}

}  // namespace kamergraaf

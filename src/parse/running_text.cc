#include "parse/running_text.h"

#include <re2/re2.h>

#include <algorithm>

#include "parse/footnote_parser.h"
#include "parse/text_util.h"

namespace kamergraaf {
namespace {

constexpr char kDropped = '\x01';

bool IsPageNumber(std::string_view s) {
  s = StripAscii(s);
  return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool IsPageFurniture(std::string_view s) {
  if (s.size() < 9 || s.size() > 130) return false;
  // Cheap first test: every form starts with one of these few bytes.
  switch (s[0]) {
    case 'T': case 'E': case 'k': case 'a': case 'h': case 'I': case '\'': case '\xE2': case 'P': case 'B': break;
    default: return false;
  }
  static const RE2 kFurniture(
      R"((?:(?:Tweede|Eerste) Kamer, (?:vergaderjaar|zitting) \d{4}\s*(?:-|–|—|/)\s*\d{2,4}, [^\n]{1,60}?nr\.\s?\w{1,6})"
      R"(|(?:Tweede|Eerste) Kamer, (?:vergaderjaar|zitting) \d{4}\s*(?:-|–|—|/)\s*\d{2,4}, (?:Aanhangsel|Vragen) \d{1,4})"
      R"(|(?:kst|ah-tk|ah-ek|h-tk|h-ek|kv-tk)-[0-9A-Za-z-]{3,40})"
      R"(|ISSN \d{4}\s?-\s?\d{3}[\dX])"
      // The printer's line, alone or glued to the ISSN before it and the foot after it, as PDF text
      // extraction writes it: "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1".
      R"(|(?:ISSN \d{4}\s?-\s?\d{3}[\dX]\s*)?(?:'|’)s-Gravenhage,? \d{4})"
      R"((?:\s*(?:Tweede|Eerste) Kamer, (?:vergaderjaar|zitting) \d{4}\s*(?:-|–|—|/)\s*\d{2,4}, [^\n]{1,60})?)"
      R"(|(?:Pagina|Blad) \d{1,4} van \d{1,4}))");
  return RE2::FullMatch(s, kFurniture);
}

std::string_view RunningText::Keep(std::string s) {
  kept_.push_back(std::move(s));
  return kept_.back();
}

const Passage& RunningText::Joined() const {
  if (!joined_) joined_ = JoinLines(lines, 0, lines.size());
  return *joined_;
}

RunningText RunningLines(std::string_view text, const LineIndex& lines, const std::vector<Footnote>& footnotes) {
  static const RE2 kNoise(R"([\x{E000}-\x{F8FF}\x{FEFF}]|\[footnoteRef:\d+\]|\[bookmark: [^\]]*\]|\[\d+:\s*$)");
  const int n = lines.num_lines();
  std::vector<bool> removed(static_cast<std::size_t>(n) + 2, false);
  std::string masked;  // a copy of `text` with inline bodies blanked, made only when there are any
  for (const Footnote& f : footnotes) {
    if (f.body_end <= f.body_start) continue;
    if (!IsWholeLineFootnote(text, f)) {
      // "[N:  body]": drop from the '[' to the closing ']'.
      std::size_t open = text.rfind('[', f.body_start);
      std::size_t close = f.body_end < text.size() && text[f.body_end] == ']' ? f.body_end + 1 : f.body_end;
      if (open == std::string_view::npos) open = f.body_start;
      if (masked.empty()) masked.assign(text);
      for (std::size_t i = open; i < close; ++i) {
        if (masked[i] != '\n') masked[i] = kDropped;
      }
      continue;
    }
    int first = lines.LineOf(f.body_start);
    int last = lines.LineOf(f.body_end == 0 ? 0 : f.body_end - 1);
    for (int l = first; l <= last; ++l) removed[l] = true;
  }
  // Widen each removed block over the blank lines and page numbers around it; when the page resumes
  // mid-paragraph (an indented line), the blank lines before the block go too.
  for (int l = 1; l <= n; ++l) {
    if (!removed[l] || (l > 1 && removed[l - 1])) continue;
    int end = l;
    while (end + 1 <= n && removed[end + 1]) ++end;
    int after = end + 1;
    while (after <= n && (StripAscii(lines.Line(after)).empty() || IsPageNumber(lines.Line(after)))) ++after;
    bool resumes_paragraph =
        after <= n && !lines.Line(after).empty() && (lines.Line(after)[0] == ' ' || lines.Line(after)[0] == '\t');
    for (int k = end + 1; k < after; ++k) {
      if (IsPageNumber(lines.Line(k)) || resumes_paragraph) removed[k] = true;
    }
    if (resumes_paragraph) {
      for (int k = l - 1; k >= 1 && StripAscii(lines.Line(k)).empty(); --k) removed[k] = true;
    }
    l = end;
  }
  RunningText running;
  std::vector<RunningLine>& out = running.lines;
  out.reserve(static_cast<std::size_t>(n));
  for (int l = 1; l <= n; ++l) {
    if (removed[l]) continue;
    std::size_t start = lines.LineStart(l);
    std::string_view original = lines.Line(l);
    std::string_view view = masked.empty() ? original : std::string_view(masked).substr(start, original.size());
    RunningLine r;
    if (view.find(kDropped) == std::string_view::npos && view.find('[') == std::string_view::npos &&
        view.find('\xEF') == std::string_view::npos) {
      // The common case: the line as it stands, a view into the document's text -- never into the local
      // `masked` copy, which dies with this function (where nothing was cut the two are equal).
      r.text = masked.empty() ? StripAscii(view) : StripAscii(original);
    } else {
      std::string s(view);
      s.erase(std::remove(s.begin(), s.end(), kDropped), s.end());
      if (s.find('[') != std::string::npos || s.find('\xEF') != std::string::npos) RE2::GlobalReplace(&s, kNoise, "");
      r.text = running.Keep(std::string(StripAscii(s)));
    }
    r.line = l;
    r.indented = !original.empty() && (original[0] == ' ' || original[0] == '\t');
    r.furniture = IsPageFurniture(r.text);
    out.push_back(r);
  }
  return running;
}

std::vector<std::pair<std::size_t, std::size_t>> Paragraphs(const std::vector<RunningLine>& lines, std::size_t begin,
                                                            std::size_t end) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t i = begin;
  while (i < end) {
    while (i < end && (lines[i].text.empty() || lines[i].furniture)) ++i;
    if (i >= end) break;
    std::size_t j = i;
    while (j < end && !lines[j].text.empty()) ++j;
    out.emplace_back(i, j);
    i = j;
  }
  return out;
}

bool MayContainAny(const std::vector<RunningLine>& lines, std::size_t begin, std::size_t end,
                   std::initializer_list<std::string_view> words) {
  for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    if (t.empty()) continue;
    if (t.back() == '-') return true;
    for (std::string_view w : words) {
      if (ContainsFolded(t, w)) return true;
    }
  }
  return false;
}

int Passage::LineAt(std::size_t offset) const {
  if (starts.empty()) return first_line;
  auto it = std::upper_bound(starts.begin(), starts.end(), offset,
                             [](std::size_t o, const std::pair<std::size_t, int>& s) { return o < s.first; });
  if (it == starts.begin()) return starts.front().second;
  return std::prev(it)->second;
}

Passage JoinLines(const std::vector<RunningLine>& lines, std::size_t begin, std::size_t end) {
  Passage p;
  std::size_t bytes = 0, count = 0;
  for (std::size_t i = begin; i < end; ++i) {
    bytes += lines[i].text.size() + 1;
    count += !lines[i].text.empty();
  }
  p.text.reserve(bytes);
  p.starts.reserve(count);
  for (std::size_t i = begin; i < end; ++i) {
    std::string_view t = lines[i].text;
    if (t.empty() || lines[i].furniture) continue;
    if (p.first_line == 0) p.first_line = lines[i].line;
    p.last_line = lines[i].line;
    if (!p.text.empty()) {
      bool hyphen = p.text.back() == '-' && p.text.size() >= 2 && p.text[p.text.size() - 2] != ' ';
      bool lower_next = t[0] >= 'a' && t[0] <= 'z';
      if (hyphen && lower_next) {
        p.text.pop_back();
      } else if (!(hyphen && !lower_next)) {
        p.text += ' ';
      }
    }
    p.starts.emplace_back(p.text.size(), lines[i].line);
    p.text += t;
  }
  return p;
}

}  // namespace kamergraaf

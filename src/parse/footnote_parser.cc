#include "parse/footnote_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <string>

#include "parse/text_util.h"

namespace kamergraaf {
namespace {

Diagnostic Warn(const std::string& path, int line, std::string message) {
  Diagnostic d;
  d.path = path;
  d.line = line;
  d.severity = Diagnostic::Severity::kWarning;
  d.message = std::move(message);
  return d;
}

// Word export: "[footnoteRef:N]" markers and inline "[N:  body]" bodies. Returns false when the text has
// neither, so the caller tries the other encodings.
bool ParseWordFootnotes(const std::string& path, std::string_view text, const LineIndex& lines,
                        std::vector<Footnote>* out, Diagnostics* diagnostics) {
  static const RE2 kMarker(R"(\[footnoteRef:(\d+)\])");
  static const RE2 kBody(R"(\[(\d+):[ \t]+[^\s\]])");  // a body has text on its own line
  struct Marker {
    std::string number;
    std::size_t pos;
    bool linked = false;
  };
  std::vector<Marker> markers;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece number;
  while (RE2::FindAndConsume(&input, kMarker, &number)) {
    markers.push_back(
        {std::string(number.data(), number.size()), static_cast<std::size_t>(number.data() - text.data())});
  }
  input = re2::StringPiece(text.data(), text.size());
  bool any_body = false;
  while (RE2::FindAndConsume(&input, kBody, &number)) {
    any_body = true;
    std::size_t open = static_cast<std::size_t>(number.data() - text.data()) - 1;  // the '['
    std::size_t start = static_cast<std::size_t>(input.data() - text.data()) - 1;  // back to the first char
    while (start < text.size() && (text[start] == ' ' || text[start] == '\t')) ++start;
    // The body ends at the bracket that closes the opening one; a missing bracket ends it at the line end.
    int depth = 1;
    std::size_t end = start;
    std::size_t limit = std::min(text.size(), open + 8000);
    for (; end < limit; ++end) {
      if (text[end] == '[') ++depth;
      if (text[end] == ']' && --depth == 0) break;
    }
    if (depth != 0) {
      end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
    }
    Footnote f;
    f.number = std::string(number.data(), number.size());
    f.line = lines.LineOf(start);
    f.body_start = start;
    f.body_end = end;
    f.text = FoldWhitespace(text.substr(start, end - start));
    // The marker is the latest unlinked one with this number before the body (numbers can restart).
    for (auto it = markers.rbegin(); it != markers.rend(); ++it) {
      if (!it->linked && it->number == f.number && it->pos < open) {
        it->linked = true;
        f.marker_line = lines.LineOf(it->pos);
        break;
      }
    }
    if (f.marker_line == 0) diagnostics->push_back(Warn(path, f.line, "footnote " + f.number + " has no marker"));
    out->push_back(std::move(f));
    input = re2::StringPiece(text.data() + end, text.size() - end);
  }
  for (const Marker& m : markers) {
    if (!m.linked) {
      diagnostics->push_back(Warn(path, lines.LineOf(m.pos), "footnote marker " + m.number + " has no body"));
    }
  }
  return any_body || !markers.empty();
}

bool IsBlank(std::string_view line) { return StripAscii(line).empty(); }

bool IsUrlLine(std::string_view line) {
  std::string_view s = StripAscii(line);
  return s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://" || s.substr(0, 4) == "www.";
}

bool IsPageNumber(std::string_view line) {
  std::string_view s = StripAscii(line);
  return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "12 Zie …" at the start of a line (no indentation): the number, else 0.
int LeadingNoteNumber(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i >= line.size() || line[i] != ' ') return 0;
  if (i + 1 >= line.size() || line[i + 1] == ' ') return 0;
  return std::stoi(std::string(line.substr(0, i)));
}

// True when the unindented run of lines from `line` is followed (after blank and link lines) by the end of
// the text, a page number or an indented line where the page's text resumes: a page-bottom block.
bool AtPageBottom(const LineIndex& lines, int line) {
  const int n = lines.num_lines();
  int l = line;
  while (l <= n && !IsBlank(lines.Line(l)) && lines.Line(l)[0] != ' ' && lines.Line(l)[0] != '\t' &&
         !IsPageNumber(lines.Line(l))) {
    ++l;
  }
  while (l <= n && (IsBlank(lines.Line(l)) || IsUrlLine(lines.Line(l)))) ++l;
  if (l > n) return true;
  std::string_view next = lines.Line(l);
  return IsPageNumber(next) || next[0] == ' ' || next[0] == '\t';
}

// Finds a marker for note `n` glued to the running text of `line` ("technologie1?", "af te nemen.2",
// "c.s. 4"); returns true when found.
bool HasGluedMarker(std::string_view line, int n) {
  const std::string digits = std::to_string(n);
  for (std::size_t p = line.find(digits); p != std::string_view::npos; p = line.find(digits, p + 1)) {
    if (p == 0) continue;
    std::size_t after = p + digits.size();
    if (after < line.size()) {
      unsigned char a = static_cast<unsigned char>(line[after]);
      if (std::isalnum(a) || a == '-' || a == ',' || a == '/' || a == ':' || a >= 0x80) continue;
      if (a == '.' && after + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[after + 1]))) continue;
    }
    unsigned char b = static_cast<unsigned char>(line[p - 1]);
    if (std::isdigit(b)) continue;
    if (b == ' ') {
      // "c.s. 4": the only spaced form.
      if (p >= 5 && line.substr(p - 5, 5) == "c.s. ") return true;
      continue;
    }
    if (std::isalpha(b) || b >= 0x80 ||
        std::string_view(".,;:?!)'\"").find(static_cast<char>(b)) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// How far above its body a PDF marker may stand: a page's worth of lines and then some.
constexpr int kMarkerWindow = 200;

// PDF text: numbered bodies at the foot of a page, markers glued to the running text.
void ParsePdfFootnotes(const std::string& path, std::string_view text, const LineIndex& lines,
                       std::vector<Footnote>* out, Diagnostics* diagnostics) {
  const int n = lines.num_lines();
  std::set<int> block_lines;  // lines inside footnote blocks: never searched for markers
  int expected = 1;
  int last_marker_line = 0;
  int line = 1;
  while (line <= n) {
    std::string_view s = lines.Line(line);
    int number = LeadingNoteNumber(s);
    bool after_break = line == 1 || IsBlank(lines.Line(line - 1));
    if (number < expected || number > expected + 2 || !after_break) {
      ++line;
      continue;
    }
    // A block of one or more bodies.
    const int block_start = line;
    while (line <= n) {
      s = lines.Line(line);
      number = LeadingNoteNumber(s);
      if (number < expected || number > expected + 2) break;
      // The marker: the nearest glued number in the running text before the body. A body out of sequence
      // needs one; without it the line is running text that happens to start with a number.
      int marker_line = 0;
      for (int m = line - 1; m >= std::max({1, last_marker_line, line - kMarkerWindow}); --m) {
        if (block_lines.count(m)) continue;
        if (HasGluedMarker(lines.Line(m), number)) {
          marker_line = m;
          break;
        }
      }
      // Without a marker only a line in sequence that stands at the foot of a page counts ("1 Inleiding"
      // is a heading).
      if (marker_line == 0 && (number != expected || !AtPageBottom(lines, line))) break;
      Footnote f;
      f.number = std::to_string(number);
      f.line = line;
      f.marker_line = marker_line;
      if (marker_line > 0) last_marker_line = marker_line;
      std::size_t digits = f.number.size() + 1;
      f.body_start = lines.LineStart(line) + digits;
      int last = line;
      block_lines.insert(line);
      // Continuation lines: unindented, not the next body, not a page number.
      while (last + 1 <= n) {
        std::string_view next = lines.Line(last + 1);
        if (IsBlank(next) || next[0] == ' ' || next[0] == '\t' || IsPageNumber(next)) break;
        int next_number = LeadingNoteNumber(next);
        if (next_number > number && next_number <= number + 2) break;
        ++last;
        block_lines.insert(last);
      }
      // Link targets printed after the notes ("https://…" lines) belong to the block's last note.
      int probe = last + 1;
      while (probe <= n) {
        int q = probe;
        while (q <= n && IsBlank(lines.Line(q))) ++q;
        if (q > n || !IsUrlLine(lines.Line(q))) break;
        last = q;
        for (int k = probe; k <= q; ++k) block_lines.insert(k);
        probe = q + 1;
      }
      std::string_view last_text = lines.Line(last);
      f.body_end = lines.LineStart(last) + last_text.size();
      while (f.body_end > f.body_start && (text[f.body_end - 1] == ' ' || text[f.body_end - 1] == '\r')) --f.body_end;
      f.text = FoldWhitespace(text.substr(f.body_start, f.body_end - f.body_start));
      if (f.marker_line == 0) diagnostics->push_back(Warn(path, f.line, "footnote " + f.number + " has no marker"));
      out->push_back(std::move(f));
      expected = number + 1;
      line = last + 1;
    }
    if (line == block_start) ++line;  // the candidate was no body
  }
}

// Superscript digits ("¹", "²", "³", "⁴"…"⁹", "⁰") as ASCII; empty when `s` does not start with one.
std::string LeadingSuperscript(std::string_view s, std::size_t* length) {
  static const std::string_view kDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  std::size_t i = 0;
  *length = 0;
  // Each of them starts with byte C2 ("¹²³") or E2 (the rest): most lines are out after one comparison.
  if (s.empty() || (s[0] != '\xC2' && s[0] != '\xE2')) return out;
  for (bool found = true; found;) {
    found = false;
    for (int d = 0; d < 10; ++d) {
      if (s.substr(i, kDigits[d].size()) == kDigits[d]) {
        out += static_cast<char>('0' + d);
        i += kDigits[d].size();
        found = true;
        break;
      }
    }
  }
  *length = i;
  return out;
}

// Superscript notes: "…initiatives'¹" and a body line "¹ Exclusive: …".
void ParseSuperscriptFootnotes(const std::string& path, std::string_view text, const LineIndex& lines,
                               std::vector<Footnote>* out, Diagnostics* diagnostics) {
  for (int line = 1; line <= lines.num_lines(); ++line) {
    std::string_view s = lines.Line(line);
    std::size_t len = 0;
    std::string number = LeadingSuperscript(s, &len);
    if (number.empty() || len >= s.size() || s[len] != ' ') continue;
    Footnote f;
    f.number = number;
    f.line = line;
    f.body_start = lines.LineStart(line) + len + 1;
    f.body_end = lines.LineStart(line) + s.size();
    while (f.body_end > f.body_start && (text[f.body_end - 1] == ' ' || text[f.body_end - 1] == '\r')) --f.body_end;
    f.text = FoldWhitespace(text.substr(f.body_start, f.body_end - f.body_start));
    std::string_view marker = s.substr(0, len);
    for (int m = line - 1; m >= 1 && f.marker_line == 0; --m) {
      std::string_view t = lines.Line(m);
      std::size_t p = t.find(marker);
      if (p != std::string_view::npos && p > 0) f.marker_line = m;
    }
    if (f.marker_line == 0) diagnostics->push_back(Warn(path, f.line, "footnote " + f.number + " has no marker"));
    out->push_back(std::move(f));
  }
}

}  // namespace

std::vector<Footnote> ParseFootnotes(const std::string& path, std::string_view text, const LineIndex& lines,
                                     Diagnostics* diagnostics) {
  std::vector<Footnote> out;
  if (ParseWordFootnotes(path, text, lines, &out, diagnostics)) return out;
  ParseSuperscriptFootnotes(path, text, lines, &out, diagnostics);
  if (!out.empty()) return out;
  ParsePdfFootnotes(path, text, lines, &out, diagnostics);
  return out;
}

bool IsWholeLineFootnote(std::string_view text, const Footnote& f) {
  // Inline (Word) bodies follow "[N:" on the same line.
  std::size_t p = f.body_start;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  return !(p > 0 && text[p - 1] == ':');
}

}  // namespace kamergraaf

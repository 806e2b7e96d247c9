#include "parse/footnote_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <string>

#include "parse/running_text.h"
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

// "12 Zie …" at the start of a line (no indentation): the number, else 0. PDF text extraction may glue the
// number to the body's capitalised first word ("2Inspectie …", "6NRC, …"): that counts too, with *glued set
// (the body then starts right after the digits).
int LeadingNoteNumber(std::string_view line, bool* glued) {
  *glued = false;
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i + 1 >= line.size()) return 0;
  if (line[i] != ' ') {
    if (!std::isupper(static_cast<unsigned char>(line[i])) || !std::isalpha(static_cast<unsigned char>(line[i + 1]))) {
      return 0;
    }
    *glued = true;
  } else if (line[i + 1] == ' ') {
    return 0;
  }
  return std::stoi(std::string(line.substr(0, i)));
}

// A marker on a line of its own ("6" under the question it belongs to), as PDF extraction writes the
// markers of glued bodies.
bool IsLoneMarker(std::string_view line, int n) { return StripAscii(line) == std::to_string(n); }

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
  // Once bodies come glued to their numbers, the text has no blank lines to bound a page's foot: from then
  // on every body needs its marker.
  bool glued_text = false;
  int line = 1;
  while (line <= n) {
    std::string_view s = lines.Line(line);
    bool glued = false;
    int number = LeadingNoteNumber(s, &glued);
    bool after_break = line == 1 || IsBlank(lines.Line(line - 1));
    // Glued bodies follow the running text without a blank line; they need a marker (below).
    if (number < expected || number > expected + 2 || !(after_break || glued)) {
      ++line;
      continue;
    }
    // A block of one or more bodies.
    const int block_start = line;
    const std::size_t out_before = out->size(), diagnostics_before = diagnostics->size();
    const int expected_before = expected, last_marker_before = last_marker_line;
    const bool glued_before = glued_text;
    bool block_glued = false;
    while (line <= n) {
      s = lines.Line(line);
      number = LeadingNoteNumber(s, &glued);
      if (number < expected || number > expected + 2) break;
      // A glued number is also how OCR writes numbered questions and answers ("2Zie 1.") and ordinals
      // ("1STE VERGADERING"): a glued body must be the next note, and the first one must read like a word
      // ("1Change", not "1UI9").
      if (glued) {
        const std::size_t d = std::to_string(number).size();  // the body's first letter is s[d]
        if (number != expected || (!glued_text && !std::islower(static_cast<unsigned char>(s[d + 1])))) break;
      }
      // The marker: the nearest glued number in the running text before the body. A body out of sequence
      // needs one; without it the line is running text that happens to start with a number.
      int marker_line = 0;
      for (int m = line - 1; m >= std::max({1, last_marker_line, line - kMarkerWindow}); --m) {
        if (block_lines.count(m)) continue;
        if (HasGluedMarker(lines.Line(m), number) || (glued && IsLoneMarker(lines.Line(m), number))) {
          marker_line = m;
          break;
        }
      }
      // Without a marker only a line in sequence that stands at the foot of a page counts ("1 Inleiding"
      // is a heading).
      if (marker_line == 0 && (glued || glued_text || number != expected || !AtPageBottom(lines, line))) break;
      glued_text = glued_text || glued;
      block_glued = block_glued || glued;
      Footnote f;
      f.number = std::to_string(number);
      f.line = line;
      f.marker_line = marker_line;
      if (marker_line > 0) last_marker_line = marker_line;
      std::size_t digits = f.number.size() + (glued ? 0 : 1);
      f.body_start = lines.LineStart(line) + digits;
      int last = line;
      block_lines.insert(line);
      // Continuation lines: unindented, not the next body, not a page number. A glued body has no blank line
      // after it either: it continues only where its line was cut inside a word or link ("…/fabriek-") or
      // the next line starts in lower case.
      while (last + 1 <= n) {
        std::string_view next = lines.Line(last + 1);
        if (IsBlank(next) || next[0] == ' ' || next[0] == '\t' || IsPageNumber(next)) break;
        if (glued) {
          std::string_view here = StripAscii(lines.Line(last));
          const bool cut = !here.empty() && (here.back() == '-' || here.back() == '/');
          if (!cut && !std::islower(static_cast<unsigned char>(next[0]))) break;
        }
        bool next_glued = false;
        int next_number = LeadingNoteNumber(next, &next_glued);
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
    // Glued bodies stand at the foot of a page: the block is followed by the page's furniture (its id, the
    // printer's line) or the end of the text. Elsewhere "1Ja." is an OCR'd numbered answer, and
    // "1Tweede Kamer der Staten-Generaal" over a page number an OCR'd masthead.
    if (block_glued) {
      int q = line;
      while (q <= n && IsBlank(lines.Line(q))) ++q;
      const bool foot = q > n || IsPageFurniture(StripAscii(lines.Line(q)));
      if (!foot) {
        out->resize(out_before);
        diagnostics->erase(diagnostics->begin() + static_cast<std::ptrdiff_t>(diagnostics_before), diagnostics->end());
        expected = expected_before, last_marker_line = last_marker_before, glued_text = glued_before;
        for (int l = block_start; l < line; ++l) block_lines.erase(l);
        line = block_start + 1;
        continue;
      }
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

#include "parse/motion_document.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "parse/text_util.h"
#include "source/source_file.h"
#include "text/dutch_month.h"

namespace kamergraaf {
namespace {

// Decodes one UTF-8 code point at s[*i] and advances *i; invalid bytes come back as themselves.
char32_t NextCodePoint(std::string_view s, std::size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (*i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return cp;
}


// Lower case for ASCII, Latin-1 and Latin Extended-A letters (what Dutch names use).
char32_t LowerCodePoint(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x137 && cp % 2 == 0) return cp + 1;
  if (cp >= 0x139 && cp <= 0x148 && cp % 2 == 1) return cp + 1;
  if (cp >= 0x14A && cp <= 0x177 && cp % 2 == 0) return cp + 1;
  return cp;
}

bool IsUpperCodePoint(char32_t cp) { return LowerCodePoint(cp) != cp; }

std::string LowerUtf8(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) AppendUtf8(LowerCodePoint(NextCodePoint(s, &i)), &out);
  return out;
}

// Compares names case-insensitively with whitespace removed ("Daniëlle Jansen" == "DANIËLLEJANSEN").
std::string NameKey(std::string_view s) {
  std::string out;
  for (char c : LowerUtf8(s)) {
    if (c == '0') c = 'o';  // OCR reads O as zero ("VAN 00IJEN")
    if (c != ' ' && c != '.') out.push_back(c);
  }
  return out;
}

bool IsParticle(std::string_view lower) {
  static constexpr std::array<std::string_view, 14> kParticles = {
      "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "du"};
  return std::find(kParticles.begin(), kParticles.end(), lower) != kParticles.end();
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  return IsUpperCodePoint(NextCodePoint(word, &i));
}

// A line that can only be signatures: capitalised words and particles, no digits, not site chrome.
bool IsSignatureLine(std::string_view line) {
  static const RE2 kChrome(
      R"((?i)^(download|indieners?|naar boven|delen|printen|stemmingsuitslagen|motie|toelichting|bijlage|noot|de voorzitter|artikel|hoofdstuk)\b)");
  if (line.empty() || line.size() > 200 || RE2::PartialMatch(line, kChrome)) return false;
  std::vector<std::string_view> words = Words(line);
  if (words.empty() || words.size() > 24) return false;
  for (char c : line) {
    if ((c >= '0' && c <= '9') || c == ':' || c == ';' || c == '(' || c == ')' || c == '/' || c == '@') return false;
  }
  for (std::string_view w : words) {
    std::string lower = LowerUtf8(w);
    if (IsParticle(lower)) continue;
    if (!StartsUpper(w)) return false;
  }
  return StartsUpper(words[0]) || IsParticle(LowerUtf8(words[0]));
}

std::string Join(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// "kst-28286-1366", "…/kst-32824-405.html", "kst-21501-02-3121".
bool TextStatedId(const std::vector<RunningLine>& lines, std::string* dossier, std::string* number) {
  static const RE2 kKst(R"((?:^|[/ ])kst-(\d{4,6}(?:-[0-9A-Z]{1,5})?)-(\d{1,5}[a-z]?)(?:\.html|\.pdf|\.xml)?(?:$|[ ?#]))");
  for (const RunningLine& l : lines) {
    if (l.text.find("kst-") == std::string::npos) continue;
    if (RE2::PartialMatch(l.text, kKst, dossier, number)) return true;
  }
  return false;
}

// The foot "Tweede Kamer, vergaderjaar 1992-1993, 22 975, nr. 13" (also "zitting", OCR-glued commas).
bool FootId(const std::vector<RunningLine>& lines, std::string* dossier, std::string* number) {
  static const RE2 kFoot(
      R"((?i)(?:vergaderjaar|zitting)\s*\d{4}\s*[-–]\s*\d{4}\s*,\s*(\d{1,2} ?\d{3})(?:\s*-\s*([0-9]{1,3}|[IVX]+)| ([IVX]+)| hoofdstuk ?([IVX]+))?[^,]{0,12},\s*nr\.?\s*(\d{1,5}[a-z]?)\b)");
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
    std::string d, s1, s2, s3, n;
    if (RE2::PartialMatch(it->text, kFoot, &d, &s1, &s2, &s3, &n)) {
      d.erase(std::remove(d.begin(), d.end(), ' '), d.end());
      std::string suffix = !s1.empty() ? s1 : !s2.empty() ? s2 : s3;
      *dossier = suffix.empty() ? d : d + "-" + suffix;
      *number = n;
      return true;
    }
  }
  return false;
}

bool IsRoman(std::string_view w) {
  static const RE2 kRoman(R"(^(?:X{0,3})(?:IX|IV|V?I{0,3})$)");
  return !w.empty() && RE2::FullMatch(w, kRoman);
}

// The head above the title: "36 600" "VIII" / "21 501-" "20" / "28 286 Dierenwelzijn" / "15800" "Hoofdstuk V
// … Nr 62" / "35851-71 16 januari 2025", and "Nr. 123".
void HeadId(const std::vector<RunningLine>& lines, std::size_t title, std::string_view title_line,
            std::string* dossier, std::string* number) {
  static const RE2 kNr(R"((?i)(?:^|\s)nr\.?\s*(\d{1,5}[a-z]?)(?:\s|$))");
  static const RE2 kNrFirst(R"((?i)^nr\.?\s*(\d{1,5}[a-z]?)(?:\s|$))");
  static const RE2 kDossier(R"(^(\d{1,2} ?\d{3})(?:\s*-\s*(\d{1,3})?|\s+([IVX]+))?(?:\s+(.*))?$)");
  static const RE2 kCompact(R"(^(\d{4,5}(?:-\d{2})?)-(\d{1,5})\s+\d{1,2} [a-z]+ \d{4})");
  std::size_t first = title >= 10 ? title - 10 : 0;
  std::string nr;
  if (!RE2::PartialMatch(title_line, kNrFirst, &nr)) {
    for (std::size_t i = title; i-- > first;) {
      if (RE2::PartialMatch(lines[i].text, kNr, &nr)) break;
    }
  }
  std::string d, n;
  for (std::size_t i = first; i < title; ++i) {
    if (RE2::PartialMatch(lines[i].text, kCompact, &d, &n)) {
      *dossier = d;
      *number = n;
      return;
    }
  }
  for (std::size_t i = first; i < title; ++i) {
    std::string dd, dash_suffix, roman, rest;
    if (!RE2::FullMatch(lines[i].text, kDossier, &dd, &dash_suffix, &roman, &rest)) continue;
    dd.erase(std::remove(dd.begin(), dd.end(), ' '), dd.end());
    if (dd.size() < 4) continue;
    std::string suffix = !dash_suffix.empty() ? dash_suffix : roman;
    std::string_view text = lines[i].text;
    std::string_view next = i + 1 < title ? lines[i + 1].text : std::string_view();
    if (suffix.empty() && !text.empty() && text.back() == '-' && !next.empty() &&
        std::all_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      suffix = next;
    } else if (suffix.empty() && rest.empty() && IsRoman(next)) {
      suffix = next;
    } else if (suffix.empty()) {
      static const RE2 kChapter(R"((?i)^hoofdstuk\s*([IVX]+)\b)");
      std::string r;
      if (RE2::PartialMatch(rest.empty() ? next : rest, kChapter, &r)) suffix = r;
    }
    *dossier = suffix.empty() ? dd : dd + "-" + suffix;
    *number = nr;
    return;
  }
  *number = nr;
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string FirstDutchDate(std::string_view text) {
  static const RE2 kDate(R"((?i)\b(\d{1,2})(?:s?te|de|den|e)?\s+([a-z]{3,9})\s+(1[6-9]\d\d|20\d\d)\b)");
  re2::StringPiece input(text.data(), text.size());
  int d = 0, y = 0;
  std::string month;
  while (RE2::FindAndConsume(&input, kDate, &d, &month, &y)) {
    int m = DutchMonth(month);
    if (m > 0 && d >= 1 && d <= 31) return Iso(y, m, d);
  }
  return "";
}

std::string NameCase(std::string_view upper) {
  std::vector<std::string_view> words = Words(upper);
  std::string out;
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::string lower = LowerUtf8(words[w]);
    if (!out.empty()) out += ' ';
    // A particle is lower case unless it opens the name ("Van der Staaij", "Diederik van Dijk").
    if (w > 0 && IsParticle(lower)) {
      out += lower;
      continue;
    }
    // The first letter and a letter after a hyphen keep their case; the rest is lower case.
    bool start = true;
    std::string_view word = words[w];
    for (std::size_t i = 0; i < word.size();) {
      char32_t cp = NextCodePoint(word, &i);
      AppendUtf8(start && cp != '\'' ? cp : LowerCodePoint(cp), &out);
      start = cp == '-';
    }
  }
  return out;
}

std::vector<std::string> SubmittersOfTitle(std::string_view title) {
  static const RE2 kTitle(
      R"((?i)(?:motie|amendement|amendementen)\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)(?:\s+(?:c\.\s?s\.?|cs\.?))?(?:\s+ter\s+verv\S*.*|\s+over\s+.*|\s*\(.*|\s+(?:voorgesteld|ontvangen|vastgesteld|ingezonden)\b.*)?$)");
  std::string names;
  std::string folded = FoldWhitespace(title);
  if (!RE2::PartialMatch(folded, kTitle, &names)) return {};
  static const RE2 kCs(R"((?i)\s+(?:c\.\s?s\.?|cs\.?)$)");
  RE2::Replace(&names, kCs, "");
  bool upper = true;
  for (char c : names) {
    if (c >= 'a' && c <= 'z') upper = false;
  }
  std::vector<std::string> out;
  std::string s = names;
  static const RE2 kAnd(R"((?i) en )");
  RE2::GlobalReplace(&s, kAnd, ", ");
  for (std::string_view piece : SplitTrimmed(s, ',')) {
    std::string name(piece);
    while (!name.empty() && name.back() == '.') name.pop_back();
    if (!name.empty()) out.push_back(upper ? NameCase(name) : name);
  }
  return out;
}

std::vector<std::string> SplitSignatureLine(std::string_view line, const std::vector<std::string>& known) {
  std::vector<std::string_view> words = Words(line);
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < words.size()) {
    // A known multi-word name first.
    std::size_t best = 0;
    for (const std::string& k : known) {
      std::size_t n = Words(k).size();
      if (n > 1 && i + n <= words.size() && n > best && NameKey(Join(words, i, i + n)) == NameKey(k)) best = n;
    }
    if (best > 0) {
      out.push_back(Join(words, i, i + best));
      i += best;
      continue;
    }
    std::size_t j = i;
    // Capitalised particles open a name ("Van der", "De", "Ter").
    while (j < words.size() && IsParticle(LowerUtf8(words[j]))) ++j;
    if (j < words.size()) ++j;  // the surname (or first name) itself
    // "Beckers-de Bruijn": a hyphen before a particle joins the next word.
    while (j < words.size() && j > i) {
      std::string_view last = words[j - 1];
      std::size_t dash = last.rfind('-');
      if (dash == std::string_view::npos || !IsParticle(last.substr(dash + 1))) break;
      ++j;
    }
    // Lower-case particles continue it ("Kappeyne van de Coppello", "Inge van Dijk").
    while (j < words.size() && !StartsUpper(words[j]) && IsParticle(words[j])) {
      while (j < words.size() && !StartsUpper(words[j]) && IsParticle(words[j])) ++j;
      if (j < words.size()) ++j;
    }
    out.push_back(Join(words, i, j));
    i = j;
  }
  return out;
}

bool ReadMotionDocument(const std::vector<RunningLine>& lines, Motion* m, Diagnostics* diagnostics,
                        std::size_t max_title_line) {
  static const RE2 kTitleLine(
      R"((?i)^(?:nr\.?\s*\d{1,5}[a-z]?\s+)?((?:(?:tweede|derde)\s+)?(?:nader\s+)?(?:gewijzigde?\s+)?(motie|amendement|amendementen)\s+van\s+(?:het\s+lid|de\s+leden)\b.*)$)");
  static const RE2 kReplaces(R"((?i)ter\s+vervanging\s+van\s+(?:die|het|de)\s+gedrukt\s+onder\s+nr\.?\s*(\d{1,5}[a-z]?))");
  std::size_t title = lines.size();
  std::string title_text, kind;
  for (std::size_t i = 0; i < lines.size() && i < max_title_line; ++i) {
    if (lines[i].text.size() > 400) continue;
    if (RE2::FullMatch(lines[i].text, kTitleLine, &title_text, &kind)) {
      title = i;
      break;
    }
  }
  if (title == lines.size()) return false;
  // A title broken over lines: the next upper-case line that is not the date.
  std::size_t body = title + 1;
  while (body < lines.size() && lines[body].text.empty()) ++body;
  bool upper_title = std::none_of(title_text.begin(), title_text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  while (body < lines.size() && upper_title && !lines[body].text.empty() && lines[body].text.size() < 200 &&
         std::none_of(lines[body].text.begin(), lines[body].text.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         std::none_of(lines[body].text.begin(), lines[body].text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         body < title + 3) {
    title_text += ' ';
    title_text += lines[body].text;
    ++body;
  }
  std::string replaced;
  // "Ter vervanging van die gedrukt onder nr. 8" on its own line below the title.
  for (std::size_t i = title; i < lines.size() && i < title + 4; ++i) {
    if (RE2::PartialMatch(lines[i].text, kReplaces, &replaced)) break;
  }
  m->title = FoldWhitespace(title_text);
  std::string lower_kind = AsciiLower(kind);
  m->amendment = lower_kind != "motie";

  // Id: text-stated, else head, else foot.
  std::string dossier, number;
  std::string_view title_line = lines[title].text;
  if (!TextStatedId(lines, &dossier, &number)) {
    HeadId(lines, title, title_line, &dossier, &number);
    std::string fd, fn;
    if ((dossier.empty() || number.empty()) && FootId(lines, &fd, &fn)) {
      if (dossier.empty() || fd.rfind(dossier, 0) == 0) dossier = fd;
      if (number.empty()) number = fn;
    }
  }
  if (!dossier.empty() && !number.empty()) {
    m->dossier = dossier;
    m->number = number;
    m->id = "kst-" + dossier + "-" + number;
  }
  if (!replaced.empty() && !m->dossier.empty()) m->replaces = "kst-" + m->dossier + "-" + replaced;

  // Date: "Voorgesteld …" / "Ontvangen …" (the date may stand on the next line), else the head's first date.
  std::size_t text_start = lines.size();
  for (std::size_t i = title; i < lines.size(); ++i) {
    std::string_view s = lines[i].text;
    if (StartsWith(s, "De Kamer,") || StartsWith(s, "De ondergetekende")) {
      text_start = i;
      break;
    }
  }
  for (std::size_t i = title; i < lines.size() && i < text_start && m->date.empty(); ++i) {
    std::string lower = AsciiLower(lines[i].text);
    if (!StartsWith(lower, "voorgesteld") && !StartsWith(lower, "ontvangen") && lower.find("voorgesteld") == std::string::npos)
      continue;
    std::string phrase(lines[i].text);
    for (std::size_t k = i + 1; k < lines.size() && k < i + 3 && k < text_start; ++k) (phrase += " ") += lines[k].text;
    m->date = FirstDutchDate(phrase);
  }
  if (m->date.empty()) {
    std::string head;
    for (std::size_t i = title >= 10 ? title - 10 : 0; i < text_start && i < lines.size(); ++i) (head += lines[i].text) += " ";
    m->date = FirstDutchDate(head);
  }

  // Signatures.
  std::vector<std::string> titled = SubmittersOfTitle(m->title);
  static const RE2 kFootTail(R"((?i)\s*(?:Tweede|Eerste)\s+Kamer\s*,.*$)");
  std::vector<std::string> signed_names;
  std::size_t sign_from = lines.size();
  int sign_line = 0;
  if (!m->amendment) {
    for (std::size_t i = text_start; i < lines.size(); ++i) {
      if (AsciiLower(lines[i].text).find("en gaat over tot de") != std::string::npos) {
        sign_from = i + 1;
        break;
      }
    }
  } else {
    // An amendment is signed at its end: the last name lines before the foot.
    for (std::size_t i = lines.size(); i-- > text_start && i + 1 < lines.size() + 1;) {
      std::string s(lines[i].text);
      RE2::Replace(&s, kFootTail, "");
      if (s.empty() || !IsSignatureLine(s)) {
        if (!signed_names.empty() || sign_from != lines.size()) break;
        continue;
      }
      sign_from = i;
    }
  }
  std::vector<std::string> block;
  for (std::size_t i = sign_from; i < lines.size(); ++i) {
    std::string s(lines[i].text);
    if (s.empty()) {
      if (block.empty()) continue;
      break;
    }
    RE2::Replace(&s, kFootTail, "");
    s = std::string(StripAscii(s));
    if (s.empty() || !IsSignatureLine(s)) break;
    if (sign_line == 0) sign_line = lines[i].line;
    block.push_back(std::move(s));
  }
  // Several lines: one name each. One line: several names when the title says so ("EN", "C.S."), else one.
  static const RE2 kCs(R"((?i)\bc\.?\s?s\.?(?:\s|$)|\bcs\.)");
  bool several = titled.size() > 1 || RE2::PartialMatch(m->title, kCs);
  if (block.size() == 1 && several) {
    signed_names = SplitSignatureLine(block[0], titled);
  } else {
    signed_names = block;
  }
  std::vector<std::string> submitters;
  if (!signed_names.empty() &&
      (titled.empty() || NameKey(signed_names[0]) == NameKey(titled[0]))) {
    submitters = signed_names;
  } else if (!titled.empty()) {
    submitters = titled;
    if (!signed_names.empty() && diagnostics != nullptr) {
      diagnostics->push_back({"", sign_line, Diagnostic::Severity::kWarning,
                              "motion signed by '" + signed_names[0] + "', its title names '" + titled[0] + "'"});
    }
  }
  if (!submitters.empty()) m->submitters = std::move(submitters);

  // tweedekamer.nl pages: "Stemmingsuitslagen" / "Verworpen met handopsteken" / "Fracties" "Zetels" "Voor/Tegen"
  // then one party, its seats and its side per three lines.
  for (std::size_t i = text_start; i < lines.size(); ++i) {
    if (lines[i].text != "Stemmingsuitslagen") continue;
    static const RE2 kResult(R"(^(Aangenomen|Verworpen)\b.*)");
    std::string result;
    for (std::size_t k = i + 1; k < lines.size() && k < i + 4; ++k) {
      if (RE2::FullMatch(lines[k].text, kResult, &result)) {
        m->outcome = AsciiLower(result);
        m->outcome_line = lines[k].line;
        break;
      }
    }
    std::size_t k = i + 1;
    while (k < lines.size() && k < i + 20 && lines[k].text != "Voor/Tegen") ++k;
    for (++k; k + 2 < lines.size(); k += 3) {
      std::string_view seats = lines[k + 1].text;
      std::string_view side = lines[k + 2].text;
      if (seats.empty() || !std::all_of(seats.begin(), seats.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
          seats.size() > 3 || (side != "Voor" && side != "Tegen" && side != "Niet deelgenomen"))
        break;
      m->votes.push_back({std::string(lines[k].text), std::stoi(std::string(seats)), AsciiLower(side)});
    }
    break;
  }

  if (m->amendment && m->requests.empty()) {
    static const RE2 kChange(R"((?i)^(?:[IVX]+\s+)?(?:in\s+)?(?:artikel|onderdeel|hoofdstuk|na artikel|vóór artikel|voor artikel)\b)");
    for (std::size_t i = text_start; i < lines.size() && i < sign_from; ++i) {
      if (StartsWith(AsciiLower(lines[i].text), "toelichting")) break;
      if (RE2::PartialMatch(lines[i].text, kChange)) m->requests.push_back(FoldWhitespace(lines[i].text));
    }
  }
  return true;
}

}  // namespace kamergraaf

// Private helpers shared by the citation pattern matchers (parse/*_matcher.cc): the RE2 wrapper, the match
// loop, the window context that maps normalised offsets back to the original text, and small text tests.
// Only parse/ includes this header; it is the one place that spells RE2 types for the scanner.
#ifndef KAMERGRAAF_PARSE_PATTERN_SUPPORT_H_
#define KAMERGRAAF_PARSE_PATTERN_SUPPORT_H_

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/citation.h"
#include "parse/canonical_id.h"
#include "parse/citation_patterns.h"
#include "text/normalizer.h"

namespace kamergraaf {
namespace citation_internal {

using re2::StringPiece;
constexpr int kMaxGroups = 24;
constexpr std::size_t kReject = 0;

// Concatenation without operator+ chains (GCC 12 warns falsely about those with -Wrestrict).
inline std::string Join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

inline std::unique_ptr<RE2> Compile(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok() || re->NumberOfCapturingGroups() + 1 > kMaxGroups) {
    std::fprintf(stderr, "kamergraaf: bad citation pattern: %s\n%s\n", re->error().c_str(), pattern.c_str());
    std::abort();
  }
  return re;
}

// A compiled pattern with its named groups resolved once.
struct Pattern {
  std::unique_ptr<RE2> re;
  int groups = 0;
  explicit Pattern(const std::string& p) : re(Compile(p)), groups(re->NumberOfCapturingGroups()) {}
  int Group(const char* name) const {
    auto it = re->NamedCapturingGroups().find(name);
    if (it == re->NamedCapturingGroups().end()) {
      std::fprintf(stderr, "kamergraaf: no group %s\n", name);
      std::abort();
    }
    return it->second;
  }
};

inline std::string_view View(const StringPiece& p) { return std::string_view(p.data(), p.size()); }
inline bool Has(const StringPiece& p) { return p.data() != nullptr; }

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Runs `re` over w[0, size) and calls fn(groups, match_start, match_end) for each leftmost match. fn returns
// where the search goes on: the end of what it accepted (which may be shorter than the match), or 0 to reject
// the match, after which the search resumes one byte after the match start (so a rejected long match does
// not hide a shorter one inside it).
template <typename Fn>
inline void ForEachMatch(const Pattern& p, std::string_view w, Fn fn) {
  StringPiece text(w.data(), w.size());
  StringPiece g[kMaxGroups];
  std::size_t pos = 0;
  while (pos < w.size() && p.re->Match(text, pos, w.size(), RE2::UNANCHORED, g, p.groups + 1)) {
    std::size_t ms = g[0].data() - w.data();
    std::size_t me = ms + g[0].size();
    std::size_t next = fn(g, ms, me);
    pos = std::max(next, ms + 1);
  }
}

// A 4-digit number between 1800 and 2099: in citation position, a year rather than a dossier.
inline bool IsYearLike(std::string_view digits) {
  if (digits.size() != 4) return false;
  int value = std::atoi(std::string(digits).c_str());
  return value >= 1800 && value <= 2099;
}

// The word (lowercased, letters, digits and '.', '€') that ends right before w[pos] (skipping one space).
inline std::string WordBefore(std::string_view w, std::size_t pos) {
  std::size_t e = pos;
  if (e > 0 && w[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && w[b - 1] != ' ' && w[b - 1] != '(' && w[b - 1] != ',') --b;
  return Lower(w.substr(b, e - b));
}

// True when a word "motie" stands before w[pos] in the same clause: within 80 bytes, with no sentence end,
// semicolon or closing parenthesis between.
inline bool MotieBefore(std::string_view w, std::size_t pos) {
  std::size_t from = pos > 80 ? pos - 80 : 0;
  std::string low = Lower(w.substr(from, pos - from));
  std::size_t m = low.rfind("motie");
  if (m == std::string::npos) return false;
  std::size_t k = m + 5;
  if (k < low.size() && low[k] == 's') return false;
  for (; k < low.size(); ++k) {
    char c = low[k];
    if (c == ';' || c == ')' || c == '?' || c == '!' || c == ':') return false;
    if (c == '.') {
      bool cs = (k >= 3 && low.compare(k - 3, 4, "c.s.") == 0) || (k >= 2 && low.compare(k - 2, 3, "cs.") == 0) ||
                (k >= 1 && k + 2 < low.size() && low.compare(k - 1, 4, "c.s.") == 0);
      if (!cs) return false;
    }
  }
  return true;
}

// True when a word "amendement" (or "amendementen") stands before w[pos] in the same clause, nearer than any
// "motie": "het amendement-Bikker/Omtzigt (36 410, nr. 17)", "amendement op stuk nr. 17".
inline bool AmendementBefore(std::string_view w, std::size_t pos) {
  std::size_t from = pos > 80 ? pos - 80 : 0;
  std::string_view span = w.substr(from, pos - from);
  if (span.find("mendement") == std::string_view::npos && span.find("MENDEMENT") == std::string_view::npos)
    return false;  // the common case, without lowering 80 bytes
  std::string low = Lower(span);
  std::size_t a = low.rfind("amendement");
  if (a == std::string::npos) return false;
  std::size_t m = low.rfind("motie");
  if (m != std::string::npos && m > a) return false;
  // The amendment's own reference follows its name directly: no clause break, no comma ("Het amendement is
  // aangenomen, zie Kamerstuk 36410, nr. 5" cites a paper, not the amendment).
  for (std::size_t k = a + 10; k < low.size(); ++k) {
    char c = low[k];
    if (c == '.' && ((k >= 1 && low.compare(k - 1, 3, "c.s") == 0) || (k >= 3 && low.compare(k - 3, 4, "c.s.") == 0)))
      continue;
    if (c == ';' || c == ')' || c == '?' || c == '!' || c == ':' || c == '.' || c == ',') return false;
  }
  return low.find(" zie ", a) == std::string::npos;
}

// The kind of a numbered paper by the word before it: an amendment, a motion, or a plain Kamerstuk.
inline CitationKind PaperKind(std::string_view w, std::size_t pos, bool motie_keyword) {
  if (AmendementBefore(w, pos)) return CitationKind::kAmendement;
  return motie_keyword || MotieBefore(w, pos) ? CitationKind::kMotie : CitationKind::kKamerstuk;
}

// Cheap literal gates: a pattern family only runs on a window that contains one of its literals.
inline bool Contains(std::string_view w, std::initializer_list<std::string_view> literals) {
  for (std::string_view l : literals)
    if (w.find(l) != std::string_view::npos) return true;
  return false;
}

inline bool ContainsAny(std::string_view low, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words)
    if (low.find(word) != std::string_view::npos) return true;
  return false;
}

inline bool IsTussenvoegsel(std::string_view word) {
  std::string low = Lower(word);
  for (std::string_view t : {"van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "'s"})
    if (low == t) return true;
  return false;
}

inline bool IsStopName(std::string_view word) {
  static constexpr std::string_view kStop[] = {"De",
                                               "Het",
                                               "Een",
                                               "Dit",
                                               "Deze",
                                               "Die",
                                               "Dat",
                                               "Ik",
                                               "Wij",
                                               "We",
                                               "Zij",
                                               "Hij",
                                               "In",
                                               "Op",
                                               "Over",
                                               "Voor",
                                               "Om",
                                               "Is",
                                               "Wordt",
                                               "Kamer",
                                               "Mevrouw",
                                               "Minister",
                                               "Staatssecretaris",
                                               "Voorzitter",
                                               "Dank",
                                               "Dan",
                                               "En",
                                               "Maar",
                                               "Ook",
                                               "Als",
                                               "Zoals",
                                               "Met",
                                               "Bij",
                                               "Naar",
                                               "Uit",
                                               "Tot",
                                               "Ja",
                                               "Nee",
                                               "Volgens",
                                               "Er",
                                               "Wat",
                                               "Waar",
                                               "Welke",
                                               "Hoe",
                                               "Tweede",
                                               "Eerste",
                                               "Regering",
                                               "Kabinet",
                                               "Motie",
                                               "Zie",
                                               "Heer",
                                               "Orde",
                                               "Zo",
                                               "Nu",
                                               "Daarom",
                                               "Verzoekt",
                                               "Constaterende",
                                               "Overwegende"};
  for (std::string_view s : kStop)
    if (word == s) return true;
  return false;
}

// Context shared by the per-family matchers of one window.
struct Window {
  std::string_view original;
  const NormalizedText& norm;
  std::string_view w;
  std::size_t guard_front, guard_back;
  std::vector<ScanHit>* hits;

  bool InGuard(std::size_t ms, std::size_t me) const { return ms < guard_front || me + guard_back > w.size(); }
  std::size_t Orig(std::size_t i) const { return norm.Original(i); }
  ScanHit& NewHit(ScanHit::Type type, std::size_t ms, std::size_t me) {
    hits->emplace_back();
    ScanHit& h = hits->back();
    h.type = type;
    h.start = Orig(ms);
    h.end = Orig(me);
    return h;
  }
  void AddCitation(ScanHit& h, CitationKind kind, std::string target) {
    Citation c;
    c.kind = kind;
    c.target = std::move(target);
    c.start = h.start;
    c.end = h.end;
    h.citations.push_back(std::move(c));
  }
  std::size_t Pos(const StringPiece& p) const { return p.data() - w.data(); }
  char After(const StringPiece& p) const {
    std::size_t e = Pos(p) + p.size();
    return e < w.size() ? w[e] : ' ';
  }
  char Before(const StringPiece& p) const {
    std::size_t b = Pos(p);
    return b > 0 ? w[b - 1] : ' ';
  }
};

inline void SetYearMeta(const StringPiece& y1, const StringPiece& y2, Citation* c) {
  if (Has(y1) && Has(y2)) c->vergaderjaar = Vergaderjaar(View(y1), View(y2));
}

}  // namespace citation_internal
}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_PATTERN_SUPPORT_H_

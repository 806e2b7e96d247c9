#include "parse/citation_scanner.h"

#include <algorithm>
#include <cstdint>

#include "parse/citation_patterns.h"
#include "parse/short_form_resolver.h"
#include "parse/url_extractor.h"
#include "text/normalizer.h"

namespace kamergraaf {
namespace {

// A window reaches this far before and after an anchor: enough for the longest preamble
// ("Kamerstukken II 2025/2026, Aanhangsel van de Handelingen, ") and tail of a citation, plus the guard.
constexpr std::size_t kBefore = 160;
constexpr std::size_t kAfter = 192;
constexpr std::size_t kGuard = 32;

bool IsLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Where the paper list after an "nr."/"nrs." anchor at p[i] ends (i when there is none): digits, letter
// suffixes and the separators of a list (", ", " en ", " t/m ", "-", "&"). A window must reach past it,
// or a list longer than kAfter bytes (about 45 numbers) is cut off and dropped.
std::size_t NumberListEnd(const unsigned char* p, std::size_t i, std::size_t n) {
  if (i + 1 >= n || (p[i] | 0x20) != 'n' || (p[i + 1] | 0x20) != 'r') return i;
  std::size_t j = i + 2;
  while (j < n && j < i + 6 && (IsLetter(p[j]) || p[j] == '.')) ++j;  // "nrs.", "nummers"
  std::size_t end = j;
  for (std::size_t run = 0; j < n; ++j) {
    const unsigned char c = p[j];
    if (IsDigit(c)) {
      end = j + 1;
      run = 0;
    } else if (c == ',' || c == ' ' || c == '-' || c == '&' || c == '/' || IsLetter(c)) {
      if (++run > 6) break;  // a word, not a separator or suffix
    } else {
      break;
    }
  }
  return end;
}

// Anchors are recognised by a pair of bytes: a 64 Ki-entry bit table says whether the pair (p[i], p[i+1]) can
// start or end an anchor. The pairs are rare in running text (about 1 position in 100), so the scan loop is a
// load, a bit test and a branch that is almost never taken.
//   "nr", "Nr", "NR", "nR" (nr./nrs.), "nu" (nummer), "uk" (Kamerstuk), "ks" (kst), "mo"/"Mo" (motie),
//   "St" (Stb/Stcrt/Staatsblad/Staatscourant), "EC" (ECLI:), digit+Z / digit+D (zaak and document numbers),
//   "C-"/"T-"/"F-" (EU cases).
class PairTable {
 public:
  constexpr PairTable() {
    for (const char* pair :
         {"nr", "Nr", "NR", "nR", "nu", "uk", "UK", "ks", "mo", "Mo", "MO", "St", "EC", "C-", "T-", "F-", "- ", "v."})
      Set(pair[0], pair[1]);
    for (const char* pair : {"sv", "SV", "ss", "SS"}) Set(pair[0], pair[1]);  // wetsvoorstel, dossier
    Set('\x80', '\x93');  // en dash (E2 80 93) and em dash (E2 80 94) before a list entry's number
    Set('\x80', '\x94');
    for (char d = '0'; d <= '9'; ++d) {
      Set(d, 'Z');
      Set(d, 'D');
    }
  }
  bool Test(unsigned char a, unsigned char b) const {
    unsigned k = a | (b << 8);
    return (bits_[k >> 6] >> (k & 63)) & 1;
  }

 private:
  constexpr void Set(char a, char b) {
    unsigned k = static_cast<unsigned char>(a) | (static_cast<unsigned char>(b) << 8);
    bits_[k >> 6] |= std::uint64_t{1} << (k & 63);
  }
  std::uint64_t bits_[1024] = {};
};
constexpr PairTable kPairs;

// "wetsvoorstel"/"dossier" around the pair "sv"/"ss" at at(0), at(1) (any case): kTriggerDossier, or 0.
// Only when a number (or "nr", "nummer", "(") follows the word, so that the many other "ss" pairs
// ("commissie", "tussen") cost one comparison.
template <typename At>
unsigned DossierWordAt(At at) {
  auto lower = [&](std::ptrdiff_t k) { return static_cast<unsigned char>(at(k) | 0x20); };
  auto number_at = [&](std::ptrdiff_t k) {  // white space (a no-break space too), then a number, "(" or "nr"
    if (at(k) == 0xC2 && at(k + 1) == 0xA0) ++k;
    else if (at(k) != ' ' && at(k) != '\n' && at(k) != '\r' && at(k) != '\t') return false;
    return IsDigit(at(k + 1)) || at(k + 1) == '(' || lower(k + 1) == 'n';
  };
  if (lower(1) == 'v') {  // wets|voorstel(len)
    if (!(lower(-1) == 't' && lower(-2) == 'e' && lower(2) == 'o' && lower(3) == 'o' && lower(4) == 'r' &&
          lower(5) == 's' && lower(6) == 't' && lower(7) == 'e' && lower(8) == 'l'))
      return 0;
    return number_at(9) || (lower(9) == 'l' && lower(10) == 'e' && lower(11) == 'n' && number_at(12)) ? kTriggerDossier
                                                                                                       : 0;
  }
  if (!(lower(-1) == 'o' && lower(-2) == 'd' && lower(2) == 'i' && lower(3) == 'e' && lower(4) == 'r')) return 0;
  return number_at(5) || lower(5) == 'n' ? kTriggerDossier : 0;  // do|ssier 36410, dossiernummer, dossiernr.
}

// The trigger bits of the anchor whose first pair starts at p[i], or 0.
unsigned AnchorAt(const unsigned char* p, std::size_t i, std::size_t n) {
  auto at = [&](std::ptrdiff_t k) -> unsigned char {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j >= 0 && static_cast<std::size_t>(j) < n ? p[j] : ' ';
  };
  switch (p[i]) {
    case 'n':
    case 'N':
      if (IsLetter(at(-1))) return 0;
      if ((at(1) | 0x20) == 'r') return kTriggerNumber;
      if (at(1) == 'u' && at(2) == 'm' && at(3) == 'm' && at(4) == 'e' && at(5) == 'r') return kTriggerNumber;
      return 0;
    case 'u':
    case 'U':  // "stuk" only as "Kamerstuk", "Kamer-stuk", "KAMERSTUK" ("stuk nr."/"stuk nummer" anchor on nr)
      if (!(((at(-2) | 0x20) == 's') && ((at(-1) | 0x20) == 't') && ((at(1) | 0x20) == 'k'))) return 0;
      {
        std::ptrdiff_t r = at(-3) == '-' ? -4 : -3;
        return ((at(r) | 0x20) == 'r' && (at(r - 1) | 0x20) == 'e' && (at(r - 2) | 0x20) == 'm' &&
                (at(r - 3) | 0x20) == 'a')
                   ? kTriggerStuk
                   : 0;
      }
    case 'k':
      return (at(-1) == 'k' || IsLetter(at(-1)) || at(2) != 't' || IsLetter(at(3))) ? 0 : kTriggerStuk;
    case 'm':
    case 'M':
      return ((at(2) | 0x20) == 't' && (at(3) | 0x20) == 'i' && (at(4) | 0x20) == 'e') ? kTriggerMotie : 0;
    case 'S':
      if (at(1) == 'V' || at(1) == 'S') return DossierWordAt(at);
      if (at(2) == 'b' && !IsLetter(at(3))) return kTriggerStb;
      if (at(2) == 'b' && at(3) == 'l' && !IsLetter(at(4))) return kTriggerStb;  // "Stbl. n°. 6"
      if (at(2) == 'c' && at(3) == 'r') return kTriggerStb;
      if (at(2) == 'a' && at(3) == 'a' && at(4) == 't' && at(5) == 's' &&
          ((at(6) == 'b' && at(7) == 'l') || (at(6) == 'c' && at(7) == 'o')))
        return kTriggerStb;
      return 0;
    case 'E':
      return (at(2) == 'L' && at(3) == 'I' && at(4) == ':') ? kTriggerEcli : 0;
    case 'v':  // "t.v.v. 36200-XV-47"
      return (at(-2) == 't' && at(-1) == '.' && at(2) == 'v') ? kTriggerMotie : 0;
    case '-':  // " - 35334-81": a list entry's bare dossier-number (kamerstuk_matcher.cc decides)
      return (at(-1) == ' ' && IsDigit(at(2)) && IsDigit(at(3)) && IsDigit(at(4)) && IsDigit(at(5)) && IsDigit(at(6)))
                 ? kTriggerStuk
                 : 0;
    case 's':  // "wetsvoorstel 36 410", "dossier 36410" (also in capitals, below)
      return DossierWordAt(at);
    case 0x80:  // " – 35334-81", " — 35334-81": the same with an en or em dash
      return (at(-1) == 0xE2 && (at(1) == 0x93 || at(1) == 0x94) && at(-2) == ' ' && at(2) == ' ' && IsDigit(at(3)) &&
              IsDigit(at(4)) && IsDigit(at(5)) && IsDigit(at(6)) && IsDigit(at(7)))
                 ? kTriggerStuk
                 : 0;
    case 'C':
    case 'T':
    case 'F':
      return (IsDigit(at(2)) && !IsLetter(at(-1))) ? kTriggerEu : 0;
    default:  // a digit followed by Z or D
      return (IsDigit(at(-3)) && IsDigit(at(2))) ? kTriggerZaak : 0;
  }
}

// Per-thread scratch space, reused across documents so the hot loop does not allocate.
struct Scratch {
  NormalizedText window;
  std::vector<ScanHit> hits;
  std::vector<ScanHit> kept;
  std::vector<Citation> urls;
  std::vector<Citation> found;
};

}  // namespace

CitationScanner::CitationScanner() : patterns_(std::make_unique<CitationPatterns>()) {}
CitationScanner::~CitationScanner() = default;

const CitationScanner& CitationScanner::Default() {
  static const CitationScanner* scanner = new CitationScanner();
  return *scanner;
}

void CitationScanner::Scan(std::string_view text, const LineIndex& lines, std::vector<Citation>* out) const {
  thread_local Scratch scratch;
  Scratch& s = scratch;
  s.hits.clear();
  s.kept.clear();
  s.urls.clear();
  s.found.clear();

  ExtractUrls(text, &s.urls);

  // Prefilter: collect anchors into merged windows, run the patterns on each window.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t ws = 0, we = 0;
  unsigned mask = 0;
  auto flush = [&]() {
    if (mask == 0) return;
    std::size_t b = Utf8FloorBoundary(text, ws);
    std::size_t e = Utf8CeilBoundary(text, std::min(we, n));
    NormalizeRange(text, b, e, &s.window);
    patterns_->MatchWindow(text, s.window, mask, b > 0 ? kGuard : 0, e < n ? kGuard : 0, &s.hits);
    mask = 0;
  };
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!kPairs.Test(p[i], p[i + 1])) [[likely]]
      continue;
    unsigned bits = AnchorAt(p, i, n);
    if (bits == 0) continue;
    std::size_t b = i > kBefore ? i - kBefore : 0;
    const std::size_t reach = NumberListEnd(p, i, n) + kAfter;
    if (mask != 0 && b <= we) {
      we = std::max(we, reach);
    } else {
      flush();
      ws = b;
      we = reach;
    }
    mask |= bits;
  }
  flush();

  // Longest match wins where patterns overlap; nothing inside a URL except what the URL itself carries.
  std::sort(s.hits.begin(), s.hits.end(),
            [](const ScanHit& a, const ScanHit& b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
  std::size_t kept_end = 0;
  std::size_t u = 0;
  for (ScanHit& h : s.hits) {
    if (!s.kept.empty() && h.start < kept_end) continue;
    while (u < s.urls.size() && s.urls[u].end <= h.start) ++u;
    bool in_url = false;
    for (std::size_t k = u; k < s.urls.size() && s.urls[k].start < h.end; ++k)
      if (s.urls[k].end > h.start) in_url = true;
    if (in_url) continue;
    kept_end = h.end;
    s.kept.push_back(std::move(h));
  }
  ResolveHits(text, s.kept, &s.found);

  std::size_t first = out->size();
  std::merge(std::make_move_iterator(s.found.begin()), std::make_move_iterator(s.found.end()),
             std::make_move_iterator(s.urls.begin()), std::make_move_iterator(s.urls.end()), std::back_inserter(*out),
             [](const Citation& a, const Citation& b) { return a.start < b.start; });
  for (std::size_t i = first; i < out->size(); ++i) {
    Citation& c = (*out)[i];
    c.line = lines.LineOf(c.start);
    c.column = lines.ColumnOf(c.start);
    c.context_line = c.line;
    c.text = text.substr(c.start, c.end - c.start);
  }
}

}  // namespace kamergraaf

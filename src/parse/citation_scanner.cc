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
constexpr std::size_t kBefore = 192;
constexpr std::size_t kAfter = 256;
constexpr std::size_t kGuard = 32;

bool IsLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// First bytes of the anchors; everything else is skipped with one table lookup.
struct AnchorTable {
  bool first[256] = {};
  constexpr AnchorTable() {
    for (unsigned char c : {'n', 'N', 's', 'k', 'm', 'M', 'S', 'E', 'Z', 'D', '-'}) first[c] = true;
  }
};
constexpr AnchorTable kAnchors;

// The trigger bits of an anchor starting at p[i], or 0.
unsigned AnchorAt(const unsigned char* p, std::size_t i, std::size_t n) {
  auto at = [&](std::size_t k) -> unsigned char { return i + k < n ? p[i + k] : 0; };
  auto before = [&]() -> unsigned char { return i > 0 ? p[i - 1] : ' '; };
  switch (p[i]) {
    case 'n':
    case 'N':
      if (IsLetter(before())) return 0;
      if ((at(1) | 0x20) == 'r') return kTriggerNumber;
      if (at(1) == 'u' && at(2) == 'm' && at(3) == 'm' && at(4) == 'e' && at(5) == 'r') return kTriggerNumber;
      return 0;
    case 's':
      return (at(1) == 't' && at(2) == 'u' && at(3) == 'k') ? kTriggerStuk : 0;
    case 'k':
      return (at(1) == 's' && at(2) == 't' && !IsLetter(before()) && !IsLetter(at(3))) ? kTriggerStuk : 0;
    case 'm':
    case 'M':
      return (at(1) == 'o' && at(2) == 't' && at(3) == 'i' && at(4) == 'e') ? kTriggerMotie : 0;
    case 'S':
      if (at(1) == 't' && ((at(2) == 'b' && !IsLetter(at(3)) ) || (at(2) == 'c' && at(3) == 'r'))) return kTriggerStb;
      if (at(1) == 't' && at(2) == 'a' && at(3) == 'a' && at(4) == 't' && at(5) == 's' &&
          (at(6) == 'b' || at(6) == 'c'))
        return kTriggerStb;
      return 0;
    case 'E':
      return (at(1) == 'C' && at(2) == 'L' && at(3) == 'I' && at(4) == ':') ? kTriggerEcli : 0;
    case 'Z':
    case 'D':
      return (IsDigit(before()) && IsDigit(at(1)) && i >= 4 && IsDigit(p[i - 4])) ? kTriggerZaak : 0;
    case '-': {
      unsigned char b = before();
      return ((b == 'C' || b == 'T' || b == 'F') && IsDigit(at(1)) && (i < 2 || !IsLetter(p[i - 2])))
                 ? kTriggerEu
                 : 0;
    }
    default:
      return 0;
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
  for (std::size_t i = 0; i < n; ++i) {
    if (!kAnchors.first[p[i]]) continue;
    unsigned bits = AnchorAt(p, i, n);
    if (bits == 0) continue;
    std::size_t b = i > kBefore ? i - kBefore : 0;
    if (mask != 0 && b <= we) {
      we = std::max(we, i + kAfter);
    } else {
      flush();
      ws = b;
      we = i + kAfter;
    }
    mask |= bits;
  }
  flush();

  // Longest match wins where patterns overlap; nothing inside a URL except what the URL itself carries.
  std::sort(s.hits.begin(), s.hits.end(), [](const ScanHit& a, const ScanHit& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
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
    c.text.assign(text.data() + c.start, c.end - c.start);
  }
}

}  // namespace kamergraaf

#include "parse/url_extractor.h"

#include <cctype>
#include <cstring>
#include <string>

#include "parse/canonical_id.h"

namespace kamergraaf {
namespace {

constexpr std::size_t kMinWrappedLine = 40;  // a line shorter than this was not wrapped by the exporter

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Length of the URL character starting at text[i], or 0 when text[i] ends a URL.
std::size_t UrlCharLength(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c <= ' ' || c == 0x7F) return 0;
  if (c == '<' || c == '>' || c == '"' || c == '`' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^')
    return 0;
  if (c < 0x80) return 1;
  // Typographic quotes, guillemets and Unicode spaces end a URL; other non-ASCII letters may be part of it.
  if (c == 0xC2 && i + 1 < text.size()) {
    auto d = static_cast<unsigned char>(text[i + 1]);
    if (d == 0xA0 || d == 0xAB || d == 0xBB) return 0;
    return 2;
  }
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    auto d = static_cast<unsigned char>(text[i + 2]);
    if (d <= 0x8F || (d >= 0x98 && d <= 0x9F) || d == 0xA6 || d == 0xAF || d == 0xB9 || d == 0xBA) return 0;
    return 3;
  }
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return i + len <= text.size() ? len : 1;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

bool IsWrapChar(char c) { return std::strchr("-/_.=&?%#~", c) != nullptr && c != '\0'; }

// Decides whether the URL that ends at the line break `nl` (text[nl] == '\n', preceded by URL bytes)
// continues on the next line; sets *next to the continuation's first byte.
bool ContinuesOnNextLine(std::string_view text, std::size_t url_start, std::size_t nl, std::size_t* next) {
  std::size_t line_start = text.rfind('\n', nl == 0 ? 0 : nl - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  if (nl - line_start < kMinWrappedLine) return false;
  std::size_t j = nl + 1;
  if (j < text.size() && text[j] == '\r') ++j;
  if (j >= text.size() || UrlCharLength(text, j) == 0) return false;
  std::string_view rest = text.substr(j);
  if (StartsWithNoCase(rest, "http") || StartsWithNoCase(rest, "www.")) return false;
  // The next line's first word.
  std::size_t k = j;
  while (k < text.size() && UrlCharLength(text, k) != 0) k += UrlCharLength(text, k);
  std::string_view word = text.substr(j, k - j);
  // A footnote or page number ("2 Zie ...") or a question number ("4) Kan de regering …") is not a
  // continuation.
  std::string_view number = word;
  while (!number.empty() && std::strchr(".):", number.back()) != nullptr) number.remove_suffix(1);
  bool all_digits = true;
  for (char c : number) all_digits = all_digits && IsDigit(c);
  if (all_digits) return false;
  // PDF text glues a footnote's number to its first word ("2Inspectie …"): the next footnote, not the URL.
  std::size_t digits = 0;
  while (digits < word.size() && digits < 3 && IsDigit(word[digits])) ++digits;
  if (digits > 0 && digits + 1 < word.size() && std::isupper(static_cast<unsigned char>(word[digits])) &&
      std::islower(static_cast<unsigned char>(word[digits + 1]))) {
    return false;
  }
  std::size_t end = nl;
  if (end > url_start && text[end - 1] == '\r') --end;
  char last = text[end - 1];
  // "…/rapport.\nDe volgende zin": the sentence ended with the URL and the next line starts a new one.
  if (std::strchr(".!?;,", last) != nullptr && word.size() > 1 && std::isupper(static_cast<unsigned char>(word[0])) &&
      std::islower(static_cast<unsigned char>(word[1]))) {
    return false;
  }
  bool wrap = IsWrapChar(last);
  if (!wrap) {
    std::string_view inner = word;
    while (!inner.empty() && std::strchr(".,;:!?)]", inner.back()) != nullptr) inner.remove_suffix(1);
    for (char c : inner)
      if (IsWrapChar(c)) wrap = true;
  }
  if (!wrap) return false;
  // A URL that already ends like a complete page does not continue.
  std::string_view url = text.substr(url_start, end - url_start);
  for (std::string_view ext : {".html", ".htm", ".pdf", ".aspx", ".php"})
    if (url.size() >= ext.size() && url.substr(url.size() - ext.size()) == ext) return false;
  *next = j;
  return true;
}

bool IsIdChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

void AddDerived(CitationKind kind, std::string target, std::size_t start, std::size_t end, std::vector<Citation>* out) {
  for (auto it = out->rbegin(); it != out->rend() && it->start == start; ++it)
    if (it->target == target) return;
  Citation c;
  c.kind = kind;
  c.target = std::move(target);
  c.start = start;
  c.end = end;
  out->push_back(std::move(c));
}

// Ids carried inside a URL (see the header).
void AddCarriedIds(std::string_view url, std::size_t start, std::size_t end, std::vector<Citation>* out) {
  // Zaak and document numbers: 4-digit year, Z or D, 5 digits.
  for (std::size_t i = 0; i + 10 <= url.size(); ++i) {
    char t = url[i + 4];
    if ((t != 'Z' && t != 'D') || (i > 0 && IsDigit(url[i - 1]))) continue;
    bool ok = (url[i] == '1' || url[i] == '2');
    for (std::size_t k = 0; k < 4 && ok; ++k) ok = IsDigit(url[i + k]);
    for (std::size_t k = 5; k < 10 && ok; ++k) ok = IsDigit(url[i + k]);
    if (ok && i + 10 < url.size() && IsDigit(url[i + 10])) ok = false;
    if (ok)
      AddDerived(t == 'Z' ? CitationKind::kZaak : CitationKind::kTkDocument, std::string(url.substr(i, 10)), start, end,
                 out);
  }
  // Official publication ids as a path segment: /kst-26643-1317.html, /ah-tk-20252026-597, /stb-2020-123.
  struct Prefix {
    std::string_view text;
    CitationKind kind;
  };
  static constexpr Prefix kPrefixes[] = {{"kst-", CitationKind::kKamerstuk},    {"ah-tk-", CitationKind::kAanhangsel},
                                         {"ah-ek-", CitationKind::kAanhangsel}, {"h-tk-", CitationKind::kHandelingen},
                                         {"h-ek-", CitationKind::kHandelingen}, {"stb-", CitationKind::kStb},
                                         {"stcrt-", CitationKind::kStcrt}};
  for (std::size_t i = 0; i < url.size(); ++i) {
    if (url[i] != '/' && url[i] != '=') continue;
    std::string_view rest = url.substr(i + 1);
    for (const Prefix& p : kPrefixes) {
      if (rest.substr(0, p.text.size()) != p.text) continue;
      std::size_t k = p.text.size();
      while (k < rest.size() && IsIdChar(rest[k])) ++k;
      std::string_view id = rest.substr(0, k);
      while (!id.empty() && id.back() == '-') id.remove_suffix(1);
      if (id.size() > p.text.size() && IsDigit(id.back())) AddDerived(p.kind, std::string(id), start, end, out);
    }
  }
  std::size_t e = url.find("ECLI:");
  if (e != std::string_view::npos) {
    std::size_t k = e + 5;
    while (k < url.size() && (std::isalnum(static_cast<unsigned char>(url[k])) || url[k] == ':' || url[k] == '.')) ++k;
    std::string_view ecli = url.substr(e, k - e);
    while (!ecli.empty() && (ecli.back() == '.' || ecli.back() == ':')) ecli.remove_suffix(1);
    int colons = 0;
    for (char c : ecli) colons += c == ':';
    if (colons == 4) AddDerived(CitationKind::kEcli, std::string(ecli), start, end, out);
  }
}

}  // namespace

bool IsShareLink(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return false;
  std::string_view rest = url.substr(scheme + 3);
  if (StartsWithNoCase(rest, "www.")) rest.remove_prefix(4);
  for (std::string_view prefix : {"facebook.com/sharer", "facebook.com/share.php", "x.com/share", "x.com/intent/",
                                  "twitter.com/share", "twitter.com/intent/", "linkedin.com/sharearticle",
                                  "linkedin.com/sharing/", "api.whatsapp.com/send", "wa.me/?", "whatsapp.com/send"}) {
    if (StartsWithNoCase(rest, prefix)) return true;
  }
  return false;
}

void ExtractUrls(std::string_view text, std::vector<Citation>* out) {
  std::size_t pos = 0;
  std::string joined;
  std::vector<std::size_t> origin;  // origin[i]: offset in `text` of joined[i]
  while (true) {
    std::size_t sep = text.find("://", pos);
    if (sep == std::string_view::npos) break;
    pos = sep + 3;
    std::size_t start;
    if (sep >= 5 && StartsWithNoCase(text.substr(sep - 5), "https")) {
      start = sep - 5;
    } else if (sep >= 4 && StartsWithNoCase(text.substr(sep - 4), "http")) {
      start = sep - 4;
    } else {
      continue;
    }
    if (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) continue;
    joined.clear();
    origin.clear();
    std::size_t i = start;
    while (i < text.size()) {
      std::size_t len = UrlCharLength(text, i);
      if (len == 0) {
        std::size_t nl = i;
        if (text[nl] == '\r' && nl + 1 < text.size() && text[nl + 1] == '\n') ++nl;
        std::size_t next;
        if (text[nl] == '\n' && i > sep + 3 && ContinuesOnNextLine(text, start, nl, &next)) {
          i = next;
          continue;
        }
        break;
      }
      for (std::size_t k = 0; k < len; ++k) {
        joined.push_back(text[i + k]);
        origin.push_back(i + k);
      }
      i += len;
    }
    std::size_t kept = 0;
    std::string url = CleanUrl(joined, &kept);
    if (kept <= (sep - start) + 3) continue;  // nothing after the scheme
    std::size_t end = origin[kept - 1] + 1;
    pos = end;
    if (IsShareLink(url)) continue;
    Citation c;
    c.kind = CitationKind::kUrl;
    c.target = "url:" + url;
    c.start = start;
    c.end = end;
    out->push_back(std::move(c));
    AddCarriedIds(url, start, end, out);
  }
}

}  // namespace kamergraaf

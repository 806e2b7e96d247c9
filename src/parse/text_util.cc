#include "parse/text_util.h"

#include <array>
#include <cstring>

namespace kamergraaf {
namespace {

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsSpaceAt(std::string_view s, std::size_t i, std::size_t* width) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {  // no-break space
    *width = 2;
    return true;
  }
  return false;
}

bool IsUpperStart(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && i + 1 < s.size()) {  // À..Þ
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    return d >= 0x80 && d <= 0x9E;
  }
  if (c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {  // ‘ “
    unsigned char d = static_cast<unsigned char>(s[i + 2]);
    return d == 0x98 || d == 0x9C;
  }
  return false;
}

}  // namespace

std::vector<std::string_view> SplitTrimmed(std::string_view s, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(separator, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view piece = StripAscii(s.substr(start, end - start));
    if (!piece.empty()) out.push_back(piece);
    start = end + 1;
  }
  return out;
}

bool MostlyUpper(std::string_view s, int min_upper) {
  int upper = 0, lower = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++upper;
    if (c >= 'a' && c <= 'z') ++lower;
  }
  return upper >= min_upper && upper > 3 * lower;
}

std::string_view StripAscii(std::string_view s) {
  std::size_t w = 0;
  while (!s.empty() && IsSpaceAt(s, 0, &w)) s.remove_prefix(w);
  while (!s.empty()) {
    if (IsSpaceAt(s, s.size() - 1, &w)) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
               static_cast<unsigned char>(s.back()) == 0xA0) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

std::string FoldWhitespace(std::string_view s) {
  // Bytes that may start a space as IsSpaceAt reads them (whitespace, or 0xC2 of a no-break space); the runs
  // between them are copied whole into a buffer of the input's size (the output is never longer).
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
    t[0xC2] = true;
    return t;
  }();
  std::string out(s.size(), '\0');
  char* const begin = out.data();
  char* o = begin;
  bool pending = false;
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    while (j < n && !kSpecial[static_cast<unsigned char>(s[j])]) ++j;
    if (j > i) {
      if (pending && o != begin) *o++ = ' ';
      pending = false;
      std::memcpy(o, s.data() + i, j - i);
      o += j - i;
      i = j;
      continue;
    }
    std::size_t w = 0;
    if (IsSpaceAt(s, i, &w)) {
      pending = true;
      i += w;
    } else {  // 0xC2 starting another character: kept
      if (pending && o != begin) *o++ = ' ';
      pending = false;
      *o++ = s[i++];
    }
  }
  out.resize(static_cast<std::size_t>(o - begin));
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

bool ContainsFolded(std::string_view s, std::string_view word) {
  if (word.empty()) return true;
  if (s.size() < word.size()) return false;
  const char first = word[0];
  for (std::size_t i = 0; i + word.size() <= s.size(); ++i) {
    if (LowerAscii(s[i]) != first) continue;
    std::size_t k = 1;
    while (k < word.size() && LowerAscii(s[i + k]) == word[k]) ++k;
    if (k == word.size()) return true;
  }
  return false;
}

namespace {

// How common a byte is in Dutch running text, higher = more common: lower-case letters by their frequency,
// the space above them all, the capitals that start common words below them; other capitals, digits,
// punctuation and UTF-8 bytes lowest (rare).
int Commonness(unsigned char c) {
  static constexpr std::string_view kByFrequency = "qxyfczjwpbumkhvglsdoritane";  // rarest first
  if (c == ' ') return 100;
  if (std::string_view("ADEHIMTVW").find(static_cast<char>(c)) != std::string_view::npos) return 1;
  std::size_t at = kByFrequency.find(static_cast<char>(c));
  return at == std::string_view::npos ? 0 : static_cast<int>(at) + 2;
}

// Whether `text` holds `literal`, found by memchr for its byte at `pivot` and a compare around each hit:
// memchr runs far faster than memmem's general search on the short literals the prefilters use.
bool FindAtPivot(std::string_view text, std::string_view literal, std::size_t pivot) {
  if (literal.empty()) return true;
  if (literal.size() > text.size()) return false;
  const char* begin = text.data() + pivot;
  const char* end = text.data() + text.size() - (literal.size() - pivot - 1);  // the pivot's last place
  for (const char* at = begin; at < end;) {
    const void* hit = std::memchr(at, literal[pivot], static_cast<std::size_t>(end - at));
    if (hit == nullptr) return false;
    const char* h = static_cast<const char*>(hit);
    if (std::memcmp(h - pivot, literal.data(), literal.size()) == 0) return true;
    at = h + 1;
  }
  return false;
}

}  // namespace

bool ContainsLiteral(std::string_view text, std::string_view literal) {
  std::size_t pivot = 0;
  for (std::size_t i = 1; i < literal.size(); ++i) {
    if (Commonness(static_cast<unsigned char>(literal[i])) < Commonness(static_cast<unsigned char>(literal[pivot]))) {
      pivot = i;
    }
  }
  return FindAtPivot(text, literal, pivot);
}

FoldedText::FoldedText(std::string_view text) : text_(text), lower_(text) {
  for (char& c : lower_) {
    const unsigned char u = static_cast<unsigned char>(c);
    ++counts_[u];
    if (u >= 'A' && u <= 'Z') c = static_cast<char>(u - 'A' + 'a');
  }
  odd_folds_ = (counts_[0xC5] > 0 && counts_[0xBF] > 0 && ContainsLiteral(text, "\xC5\xBF")) ||
               (counts_[0xE2] > 0 && counts_[0xAA] > 0 && ContainsLiteral(text, "\xE2\x84\xAA"));
}

bool FoldedText::MayHold(std::string_view word, std::size_t limit) const {
  if (odd_folds_) return true;
  // In the lower-case copy a letter stands as often as it does in either case in the text.
  auto count = [this](unsigned char c) {
    return counts_[c] + (c >= 'a' && c <= 'z' ? counts_[c - 'a' + 'A'] : 0);
  };
  std::size_t pivot = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const std::size_t n = count(static_cast<unsigned char>(word[i]));
    if (n == 0) return false;
    if (n < count(static_cast<unsigned char>(word[pivot]))) pivot = i;
  }
  return FindAtPivot(std::string_view(lower_).substr(0, limit), word, pivot);
}

bool FoldedText::MayHoldAny(std::initializer_list<std::string_view> words, std::size_t limit) const {
  for (std::string_view w : words) {
    if (MayHold(w, limit)) return true;
  }
  return false;
}

bool FoldedText::Holds(std::string_view literal, std::size_t limit) const {
  std::size_t pivot = 0;
  for (std::size_t i = 0; i < literal.size(); ++i) {
    const std::size_t n = counts_[static_cast<unsigned char>(literal[i])];
    if (n == 0) return false;
    if (n < counts_[static_cast<unsigned char>(literal[pivot])]) pivot = i;
  }
  return FindAtPivot(text_.substr(0, limit), literal, pivot);
}

std::vector<std::pair<std::size_t, std::size_t>> SplitSentences(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '.' && c != '?' && c != '!') continue;
    std::size_t end = i + 1;
    // Closing quotes and brackets stay with the sentence.
    while (end < text.size()) {
      if (text[end] == '"' || text[end] == '\'' || text[end] == ')') {
        ++end;
      } else if (text.substr(end, 3) == "\xE2\x80\x99" || text.substr(end, 3) == "\xE2\x80\x9D") {
        end += 3;
      } else {
        break;
      }
    }
    if (end >= text.size() || text[end] != ' ') continue;
    if (c == '.' && i >= 3 &&
        (text.substr(i - 3, 4) == "c.s." || text.substr(i - 3, 4) == "o.a." || text.substr(i - 3, 4) == "d.d." ||
         text.substr(i - 3, 4) == "m.b.")) {
      continue;
    }
    if (!IsUpperStart(text, end + 1)) continue;
    out.emplace_back(start, end);
    start = end + 1;
  }
  if (start < text.size()) out.emplace_back(start, text.size());
  return out;
}

std::string Abbreviate(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  std::size_t space = s.rfind(' ', cut);
  if (space != std::string_view::npos && space > max_bytes / 2) cut = space;
  return std::string(s.substr(0, cut)) + "…";
}

}  // namespace kamergraaf

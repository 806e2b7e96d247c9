// Small string helpers shared by the document-structure parsers.
#ifndef KAMERGRAAF_PARSE_TEXT_UTIL_H_
#define KAMERGRAAF_PARSE_TEXT_UTIL_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kamergraaf {

// `s` without leading and trailing ASCII whitespace (and no-break spaces).
std::string_view StripAscii(std::string_view s);

// Runs of whitespace (including line breaks and no-break spaces) folded to one space, trimmed.
std::string FoldWhitespace(std::string_view s);

// ASCII lower case; other bytes are kept.
std::string AsciiLower(std::string_view s);

// Whether `s` contains `word` (lower-case ASCII), ignoring ASCII case: a prefilter on a line or a sentence
// before a (?i) pattern that needs the word (FoldedText does the same for a whole text). ASCII case only: the
// Kelvin sign, which RE2 folds to k, is not taken for one here.
bool ContainsFolded(std::string_view s, std::string_view word);

inline bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Whether `text` holds `literal` byte for byte: a cheap test before a pattern that needs it (memchr for the
// literal's rarest byte in Dutch text, then a compare around each hit).
bool ContainsLiteral(std::string_view text, std::string_view literal);

// A text prepared for literal prefilters before RE2 searches: a pattern that needs a word can only match where
// the word stands. Holds the text's ASCII lower case (for case-insensitive patterns) and how often each byte
// occurs in it: a literal with a byte the text lacks is absent without a search, and a search looks for the
// literal's rarest byte. RE2's case folding also matches "ſ" (U+017F) for s and the Kelvin sign (U+212A) for
// k; a text that holds either is taken to hold every folded word, so a prefilter built on MayHold never skips
// a match the pattern would find. The text must outlive this object.
class FoldedText {
 public:
  explicit FoldedText(std::string_view text);
  // Whether the first `limit` bytes of the text may hold `word` (lower-case ASCII) in any case.
  bool MayHold(std::string_view word, std::size_t limit = std::string_view::npos) const;
  // Whether they may hold any of `words`.
  bool MayHoldAny(std::initializer_list<std::string_view> words, std::size_t limit = std::string_view::npos) const;
  // Whether the first `limit` bytes of the text hold `literal` byte for byte.
  bool Holds(std::string_view literal, std::size_t limit = std::string_view::npos) const;
  // The lower-case copy, as long as the text.
  std::string_view Lower() const { return lower_; }
  // Whether Lower() covers the first `limit` bytes and says exactly where a word stands in them (the text
  // holds no "ſ" or Kelvin sign).
  bool Exact(std::size_t limit) const { return !odd_folds_ && limit <= lower_.size(); }

 private:
  std::string_view text_;
  std::string lower_;
  std::size_t counts_[256] = {};  // occurrences of each byte in text_
  bool odd_folds_ = false;        // "ſ" or the Kelvin sign: every word may be there
};

// The pieces of `s` between `separator`s, each trimmed as by StripAscii; pieces that are empty then are left out.
// "A, B ,, C" → {"A", "B", "C"}.
std::vector<std::string_view> SplitTrimmed(std::string_view s, char separator);

// At least `min_upper` ASCII capitals, and more than three times as many as lower-case letters: a line set
// in capitals ("MEMORIE VAN ANTWOORD"), whatever digits and punctuation it holds.
bool MostlyUpper(std::string_view s, int min_upper);

// Sentence boundaries in `text`: [start, end) ranges, split after '.', '?' or '!' (with closing quotes or
// brackets) when a space and an upper-case letter, a quote or a bracket follow. "nr. 1317" and "c.s. 4"
// are not split.
std::vector<std::pair<std::size_t, std::size_t>> SplitSentences(std::string_view text);

// The first `max_bytes` of `s`, cut at a word boundary and not inside a UTF-8 sequence, with "…" when cut.
std::string Abbreviate(std::string_view s, std::size_t max_bytes);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_TEXT_UTIL_H_

// Small string helpers shared by the document-structure parsers.
#ifndef KAMERGRAAF_PARSE_TEXT_UTIL_H_
#define KAMERGRAAF_PARSE_TEXT_UTIL_H_

#include <cstddef>
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

bool StartsWith(std::string_view s, std::string_view prefix);

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

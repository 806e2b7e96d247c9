// Normalisation of extracted text for pattern matching, with a map back to the original bytes.
//
// PDF and Word exports spell the same citation in many byte sequences: line breaks inside a citation (even
// inside a number: "33 \n321"), no-break and narrow spaces (U+00A0, U+202F, U+2009), en/em dashes and
// hyphen look-alikes, soft hyphens and zero-width characters. NormalizeRange() folds them so that patterns
// can be written against one spelling:
//   - every run of ASCII or Unicode white space (including line breaks) becomes a single ' ';
//   - U+2010..U+2015 and U+2212 become '-';
//   - U+2018/U+2019 become '\'';
//   - U+00AD (soft hyphen), U+200B..U+200D and U+FEFF are dropped;
//   - every other byte is copied unchanged (valid or not).
// Hyphenation at a line break ("Kamer-\nstukken") is NOT undone here: it becomes "Kamer- stukken", and the
// patterns allow that; undoing it blindly would break URLs and dossier ranges.
#ifndef KAMERGRAAF_TEXT_NORMALIZER_H_
#define KAMERGRAAF_TEXT_NORMALIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kamergraaf {

struct NormalizedText {
  std::string text;
  // offsets[i]: offset, relative to `base`, of the original character that produced text[i];
  // offsets[text.size()]: the end of the normalised range, relative to `base`. Relative offsets keep the map
  // at 4 bytes per byte for any text size (a single range must be smaller than 4 GiB).
  std::vector<std::uint32_t> offsets;
  std::size_t base = 0;  // the original offset where the normalised range begins

  // Original offset of normalised position `i` (0 <= i <= text.size()).
  std::size_t Original(std::size_t i) const { return base + offsets[i]; }
};

// Replaces *out with the normalisation of original[begin, end). `begin` and `end` should not split a UTF-8
// sequence (a split sequence is copied byte by byte). Reuses the capacity of *out, so a caller that keeps
// one NormalizedText per thread does not allocate in steady state.
void NormalizeRange(std::string_view original, std::size_t begin, std::size_t end, NormalizedText* out);

// Moves `offset` back (or forward) to the start of a UTF-8 sequence.
std::size_t Utf8FloorBoundary(std::string_view text, std::size_t offset);
std::size_t Utf8CeilBoundary(std::string_view text, std::size_t offset);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_TEXT_NORMALIZER_H_

// Finds citations in the text of one document and maps each to its canonical id (domain.md §2-§3).
//
// How it works, and why it is fast: a prefilter walks the bytes once testing each byte pair against a bit
// table of rare pairs that every citation form contains ("nr", "nummer", "Kamerstuk", "kst", "motie", "Stb",
// "Staatsblad", "Stcrt", "ECLI:", "2026Z…", "C-…"). Around each anchor a window of text is normalised
// (text/normalizer.h: line breaks, Unicode spaces and dashes folded, with a map back to original offsets) and
// only the pattern families that the anchors call for are run on it, each behind a cheap literal test. Most of
// a document is never normalised nor matched. URLs are found on the original text (they need the original
// line breaks to be rejoined correctly). Cost is linear in the text size plus the number of citations.
#ifndef KAMERGRAAF_PARSE_CITATION_SCANNER_H_
#define KAMERGRAAF_PARSE_CITATION_SCANNER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "kamergraaf/citation.h"
#include "text/line_index.h"

namespace kamergraaf {

class CitationPatterns;

class CitationScanner {
 public:
  // The process-wide scanner; its patterns are compiled on first use. Scan() is thread-safe.
  static const CitationScanner& Default();

  CitationScanner();
  ~CitationScanner();

  // Appends the citations of `text` to *out in order of start offset (ties: in text order of discovery).
  // Offsets, lines and columns refer to the original `text`; `text` of each citation holds the original bytes
  // (line breaks included). `context_line` is set to `line`; footnote attribution is left to the caller.
  // Short forms ("op stuk nr. 1315") are resolved against the motions this same text numbers; named mentions
  // without a number are emitted as kind `mention` (see parse/short_form_resolver.h).
  void Scan(std::string_view text, const LineIndex& lines, std::vector<Citation>* out) const;

 private:
  std::unique_ptr<CitationPatterns> patterns_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_CITATION_SCANNER_H_

// Finds citations in the text of one document and maps each to its canonical id.
#ifndef KAMERGRAAF_PARSE_CITATION_SCANNER_H_
#define KAMERGRAAF_PARSE_CITATION_SCANNER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "kamergraaf/citation.h"
#include "text/line_index.h"

namespace kamergraaf {

class CitationScanner {
 public:
  // The process-wide scanner; its patterns are compiled on first use. Scan() is thread-safe.
  static const CitationScanner& Default();

  CitationScanner();
  ~CitationScanner();

  // Appends the citations of `text` to *out in order of start offset. Offsets, lines and columns refer to
  // `text`. Footnote attribution is left to the caller.
  void Scan(std::string_view text, const LineIndex& lines, std::vector<Citation>* out) const;

 private:
  struct Patterns;
  std::unique_ptr<Patterns> patterns_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_CITATION_SCANNER_H_

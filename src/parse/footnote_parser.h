// Finds footnote bodies and links them to their markers (domain.md §4).
#ifndef KAMERGRAAF_PARSE_FOOTNOTE_PARSER_H_
#define KAMERGRAAF_PARSE_FOOTNOTE_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/diagnostic.h"
#include "kamergraaf/document.h"
#include "text/line_index.h"

namespace kamergraaf {

// Returns the footnotes of `text`, in order of their body. Markers without a body and bodies without a
// marker are reported to *diagnostics with `path`.
std::vector<Footnote> ParseFootnotes(const std::string& path, std::string_view text, const LineIndex& lines,
                                     Diagnostics* diagnostics);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_FOOTNOTE_PARSER_H_

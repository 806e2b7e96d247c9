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

// Returns the footnotes of `text`, in order of their body. Three encodings are recognised (domain.md §4):
//  - Word export: "[footnoteRef:N]" markers with inline "[N:  body]" bodies (numbers may restart; a body
//    links to the latest unlinked marker with its number before it);
//  - superscripts: "…text¹" with a body line "¹ body";
//  - PDF text: a block of lines "N body" at the foot of a page, after a blank line, numbered in sequence
//    (1, 2, …; a gap of at most two is tolerated), continued by unindented lines and followed by link lines
//    ("https://…", counted in the last body); the marker is the nearest glued "wordN", ".N", "?N", "c.s. N"
//    in the running text before the body; a body without a marker is only taken when it is next in
//    sequence and stands at the foot of a page (followed by the end, a page number or an indented line).
// Each body gets its byte range [body_start, body_end) in `text`, its line and its marker's line (0 when no
// marker was found). Reported to *diagnostics with `path`, as warnings:
//   "footnote marker 16 has no body" (on the marker's line), "footnote 7 has no marker" (on the body's line).
std::vector<Footnote> ParseFootnotes(const std::string& path, std::string_view text, const LineIndex& lines,
                                     Diagnostics* diagnostics);

// True when the body of `f` fills whole lines of `text` (PDF and superscript notes), false for an inline
// Word body "[N:  …]" that shares its line with running text.
bool IsWholeLineFootnote(std::string_view text, const Footnote& f);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_FOOTNOTE_PARSER_H_

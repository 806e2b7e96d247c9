// Deciding whether an existing file may be replaced: nothing a user wrote is overwritten silently.
//
// Every kamergraaf output that has room for it carries an explicit generator mark (GeneratorMark()):
//   HTML, Markdown, SVG, GraphML  <!-- generator: kamergraaf VERSION -->   (after any <?xml ?>/<!DOCTYPE> line)
//   DOT                           /* generator: kamergraaf VERSION */      (first line)
//   JSON objects                  "generator": "kamergraaf VERSION"        (first key)
//   CSV                           a last column "generator", "kamergraaf VERSION" in every row (pandas, R and
//                                 Gephi read it as one more column; no comment line they would choke on)
// JSON arrays and JSON lines (scan, motions, rank) cannot carry a mark without changing their shape: they
// are recognised by their first element having exactly the keys, in order, that kamergraaf writes.
// Terminal tables carry nothing: a file holding one is replaced only with --force.
#ifndef KAMERGRAAF_OUTPUT_OUTPUT_GUARD_H_
#define KAMERGRAAF_OUTPUT_OUTPUT_GUARD_H_

#include <string>
#include <string_view>

#include "kamergraaf/status.h"

namespace kamergraaf {

// "kamergraaf VERSION".
std::string_view GeneratorMark();
// "<!-- generator: kamergraaf VERSION -->" inserted into XML/HTML/Markdown text after its <?xml ?> and
// <!DOCTYPE> lines (at the start when it has none). Idempotent.
void MarkMarkup(std::string* text);
// "/* generator: kamergraaf VERSION */\n" put before DOT text. Idempotent.
void MarkDot(std::string* dot);

// OK when `path` does not exist, is empty, or holds an earlier kamergraaf output (its generator mark, or
// for JSON arrays and JSON lines the exact key sequence of a kamergraaf record). Otherwise InvalidArgument
// "PATH exists and was not written by kamergraaf; use --force to overwrite it". "-" (stdout) is always OK.
// A folder is never OK. A symbolic link at `path` is judged by the file it points to (and replaced itself,
// never written through: WriteFileAtomically).
Status CheckMayOverwrite(const std::string& path);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_OUTPUT_GUARD_H_

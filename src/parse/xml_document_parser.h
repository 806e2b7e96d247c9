// Reads an official publication in the XML of officielebekendmakingen.nl (root `officiele-publicatie`
// with a `metadata` block, then `kamerstuk`, `handelingen` or `aanhangsel`; shared/docs/domain.md §7).
#ifndef KAMERGRAAF_PARSE_XML_DOCUMENT_PARSER_H_
#define KAMERGRAAF_PARSE_XML_DOCUMENT_PARSER_H_

#include <string_view>

#include "kamergraaf/document.h"
#include "source/markup_tree.h"

namespace kamergraaf {

// Renders the publication as text, one line per paragraph (`al`, titles, speaker lines, question and
// answer numbers), footnote markers as superscript digits and each `noot` body as a line "¹ body" right
// after the paragraph that carries its marker; runs ParseDocument() on that text; and then prefers what
// the markup says over the text heuristics wherever it says something:
//  - id, title and date from `meta name="DC.identifier|DC.title|DC.date"` (an id of a known canonical
//    shape makes has_official_id true);
//  - footnotes from `noot` (number from `noot.nr`/`nr`, markers where the noot stands inline or where a
//    `nootref`/`noot-ref` points at its id);
//  - speeches from `spreekbeurt/spreker` (`voorvoegsels`, `naam/achternaam`, `politiek`);
//  - questions and answers from numbered `vraag`/`antwoord`;
//  - motions from `motie id="M-29453-469"` with the submitters of the following `motie-info`;
//  - citations from `extref doc="kst-…"` (target as given; kind motie inside a motion or its motie-info).
// Each part replaces the text parser's result only when the markup has at least one of it.
// Byte offsets, lines and columns of the result refer to the rendered text, not to the XML file.
// Never fails; `root` is what ParseXmlTree() returned.
Document ParseOfficialXml(std::string_view path, const MarkupNode& root);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_XML_DOCUMENT_PARSER_H_

// Reads a web page saved from tweedekamer.nl (or any HTML): running text, links and footnote sections.
#ifndef KAMERGRAAF_PARSE_HTML_DOCUMENT_PARSER_H_
#define KAMERGRAAF_PARSE_HTML_DOCUMENT_PARSER_H_

#include <string_view>

#include "kamergraaf/document.h"
#include "source/markup_tree.h"

namespace kamergraaf {

// Renders the page as text: block elements (p, div, li, h1–h6, tr, br, …) become lines; head, script,
// style, nav, header, footer and forms are skipped. Runs ParseDocument() on that text, then adds:
//  - each `<a href="http(s)://…">` (relative links resolved against <base href> or the canonical URL) as a
//    URL citation whose range is the anchor text; a URL the text scanner finds inside it is dropped;
//  - footnotes from a footnote section (an element whose class or id contains "footnote" or "voetnoot":
//    its `li` items, or children with an id like "fn3"), numbered by the id's digits or their position,
//    with markers from `<a href="#fn3">` and `<sup>3</sup>` in the running text (written as superscript
//    digits). Footnotes replace the text parser's only when the page has a footnote section.
// The title is the <title> (or first <h1>). Offsets, lines and columns refer to the rendered text.
Document ParseHtmlDocument(std::string_view path, const MarkupNode& root);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_HTML_DOCUMENT_PARSER_H_

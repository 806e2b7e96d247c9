// Finds web addresses (http:// and https://) in the original text of a document.
//
// A URL ends at white space, angle brackets, double quotes or typographic quotes. A URL that a PDF export
// broke over a line break is rejoined when the break looks like a wrap, not like the end of the URL: the
// line ends right after the URL (no trailing space), the line is long, the URL's last character is one that
// URLs wrap after (- / _ . = & ? % # ~) or the next line's first word looks like a URL continuation (contains
// / - _ . = & ?), and the next line starts with that word (no indent), not with "http", "www." or a footnote
// number. Trailing sentence punctuation and unbalanced closing brackets are not part of the URL.
//
// Share buttons of saved web pages (facebook.com/sharer…, x.com/share, twitter.com/intent/…,
// linkedin.com/shareArticle, WhatsApp's send links) are not citations and are left out.
//
// Besides the `url:` citation, a URL yields the ids it carries: tweedekamer.nl `id=2024Z20614` (zaak) and
// `did=2024D48680` (tk-document), officielebekendmakingen paths `/kst-26643-1317.html` (kamerstuk),
// `/ah-tk-20252026-597`, `/h-tk-20192020-45-12`, `/stb-2020-123`, `/stcrt-2021-12345`, and ECLI numbers.
// Those derived citations share the URL's byte range.
#ifndef KAMERGRAAF_PARSE_URL_EXTRACTOR_H_
#define KAMERGRAAF_PARSE_URL_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "kamergraaf/citation.h"

namespace kamergraaf {

// Appends one citation per URL (and per id a URL carries) to *out, in text order, with kind, target, start
// and end set; line, column, text and context_line are left for the caller. Thread-safe, no global state.
void ExtractUrls(std::string_view text, std::vector<Citation>* out);

// Whether `url` (http:// or https://) is a share button of a web page: a link that posts the page itself
// to a social network (Facebook, X/Twitter, LinkedIn, WhatsApp), which cites nothing.
bool IsShareLink(std::string_view url);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_URL_EXTRACTOR_H_

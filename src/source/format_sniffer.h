// Tells which reader an input needs: plain text, PDF, official XML or an HTML page.
#ifndef KAMERGRAAF_SOURCE_FORMAT_SNIFFER_H_
#define KAMERGRAAF_SOURCE_FORMAT_SNIFFER_H_

#include <string>
#include <string_view>

namespace kamergraaf {

enum class InputFormat { kText, kPdf, kXml, kHtml };

// "text", "pdf", "xml", "html".
std::string_view InputFormatName(InputFormat format);

// Decides by content, falling back on the file name's extension only for markup that starts with '<':
//  - "%PDF-" within the first 1 KiB → kPdf (whatever the name);
//  - after an optional byte-order mark and whitespace, "<!DOCTYPE html", "<html" or an XML document whose
//    root is <html> → kHtml; any other "<?xml" or "<officiele-publicatie" → kXml;
//  - other text starting with '<' → by extension (.xml → kXml; .htm/.html/.xhtml → kHtml), else kText;
//  - everything else → kText. UTF-16 input is sniffed after transcoding (call again on the decoded text).
InputFormat SniffFormat(std::string_view path, std::string_view bytes);

// The character set markup declares in its first 2 KiB: the XML declaration's encoding="…", or HTML's
// <meta charset="…"> / <meta http-equiv content="…; charset=…">. Lowercase; empty when none.
std::string DeclaredCharset(std::string_view bytes);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_FORMAT_SNIFFER_H_

// Tells which reader an input needs: plain text, PDF, official XML or an HTML page.
#ifndef KAMERGRAAF_SOURCE_FORMAT_SNIFFER_H_
#define KAMERGRAAF_SOURCE_FORMAT_SNIFFER_H_

#include <string>
#include <string_view>

namespace kamergraaf {

enum class InputFormat { kText, kPdf, kXml, kHtml, kDocx, kLegacyDoc };

// "text", "pdf", "xml", "html", "docx", "doc".
std::string_view InputFormatName(InputFormat format);

// Decides by content, falling back on the file name's extension only for markup that starts with '<':
//  - "%PDF-" within the first 1 KiB → kPdf (whatever the name);
//  - an OLE compound file (D0 CF 11 E0 A1 B1 1A E1: Word 97–2003 .doc) → kLegacyDoc; a ZIP holding
//    word/document.xml → kDocx (whatever the name);
//  - after what MarkupStart() skips, "<!DOCTYPE html", "<html" or an XML document whose
//    root is <html> → kHtml; any other "<?xml" or "<officiele-publicatie" → kXml;
//  - other text starting with '<' → by extension (.xml → kXml; .htm/.html/.xhtml → kHtml), else kText;
//  - everything else → kText. UTF-16 input is sniffed after transcoding (call again on the decoded text).
InputFormat SniffFormat(std::string_view path, std::string_view bytes);

// Where markup starts: the offset after byte-order marks (also a double-encoded one, "ï»¿" in UTF-8),
// whitespace, blank lines and comments at the head of `bytes`. A parser must be given bytes from here: an
// XML declaration is only valid at the very start. Returns bytes.size() for an unterminated comment.
std::size_t MarkupStart(std::string_view bytes);

// True for an OLE compound file (the container of Word 97–2003 .doc files).
bool IsLegacyWordDocument(std::string_view bytes);

// True for a ZIP archive with a word/document.xml member (Word 2007+ .docx).
bool IsDocx(std::string_view bytes);

// The character set markup declares in its first 2 KiB: the XML declaration's encoding="…", or HTML's
// <meta charset="…"> / <meta http-equiv content="…; charset=…">. Lowercase; empty when none.
std::string DeclaredCharset(std::string_view bytes);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_FORMAT_SNIFFER_H_

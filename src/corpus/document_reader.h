// ReadDocument: one file's bytes → a parsed Document, whatever format the file is in.
#ifndef KAMERGRAAF_CORPUS_DOCUMENT_READER_H_
#define KAMERGRAAF_CORPUS_DOCUMENT_READER_H_

#include <string>

#include "kamergraaf/diagnostic.h"
#include "kamergraaf/document.h"
#include "kamergraaf/status.h"
#include "source/pdf_reader.h"

namespace kamergraaf {

// Sniffs the format (source/format_sniffer.h) and reads the file with the matching reader: PDF through
// poppler, official XML and HTML through their markup parsers (honouring a declared charset), anything
// else as text. Repairs (encoding, recovered markup) are appended to *diagnostics. Returns a non-OK status
// whose message starts with "path: " or "path:line: " when the file cannot be read at all (binary data,
// an encrypted or broken PDF); *doc is then untouched. Markup that cannot be parsed is read as its text
// content. `bytes` is consumed. Thread-safe.
Status ReadDocument(const std::string& path, std::string bytes, Diagnostics* diagnostics, Document* doc,
                    const PdfLimits& pdf_limits = PdfLimits());

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_DOCUMENT_READER_H_

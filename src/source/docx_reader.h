// Reading a Word 2007+ document (.docx): the ZIP container opened with libzip (the only file that
// includes it), the parts that hold the text handed out as UTF-8 XML.
#ifndef KAMERGRAAF_SOURCE_DOCX_READER_H_
#define KAMERGRAAF_SOURCE_DOCX_READER_H_

#include <string>
#include <string_view>

#include "kamergraaf/status.h"

namespace kamergraaf {

struct DocxParts {
  std::string document;   // word/document.xml (never empty on success)
  std::string footnotes;  // word/footnotes.xml, empty when the document has none
  std::string endnotes;   // word/endnotes.xml, empty when the document has none
};

// Opens the ZIP archive in `bytes` and reads the parts above. Fails with InvalidInput ("path: not a
// readable .docx: …") when the archive is damaged or has no word/document.xml, or when a part would
// unpack to more than 64 MiB (a zip bomb is not a document). Thread-safe.
Status ReadDocxParts(const std::string& path, std::string_view bytes, DocxParts* parts);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_DOCX_READER_H_

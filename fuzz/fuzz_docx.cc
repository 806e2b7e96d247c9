// Word .docx files (source/docx_reader.h and the document reader behind it) on any bytes: broken ZIPs,
// parts that are not XML, footnotes without bodies. The first byte picks whether the bytes are wrapped as
// the ZIP's word/document.xml (so the XML side is reached) or read as the whole file.
#include <cstdint>
#include <string>

#include "corpus/document_reader.h"
#include "source/docx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  kamergraaf::DocxParts parts;
  (void)kamergraaf::ReadDocxParts("fuzz.docx", bytes, &parts);
  kamergraaf::Diagnostics diagnostics;
  kamergraaf::Document doc;
  (void)kamergraaf::ReadDocument("fuzz.docx", std::move(bytes), &diagnostics, &doc);
  for (const kamergraaf::Citation& c : doc.citations) {
    if (c.start > c.end || c.line < 1) __builtin_trap();
  }
  return 0;
}

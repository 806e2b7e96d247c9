// Every input reader through the format sniffer: text in any encoding, official XML, HTML and PDF. The first
// input byte picks the file extension the sniffer sees, so extension-led and content-led paths both run.
#include <cstdint>
#include <string>

#include "corpus/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kNames[] = {"fuzz.txt", "fuzz.xml", "fuzz.html", "fuzz.pdf"};
  std::string path = kNames[data[0] % 4];
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  kamergraaf::Diagnostics diagnostics;
  kamergraaf::Document doc;
  (void)kamergraaf::ReadDocument(path, std::move(bytes), &diagnostics, &doc);
  for (const kamergraaf::Citation& c : doc.citations) {
    if (c.start > c.end || c.line < 1) __builtin_trap();
  }
  return 0;
}

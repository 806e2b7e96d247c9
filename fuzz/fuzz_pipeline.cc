// The whole parse stage of one document: identity, footnotes, citations, structure.
#include <cstdint>
#include <string_view>

#include "kamergraaf/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kamergraaf::Document doc = kamergraaf::ParseDocument("fuzz.txt", text);
  for (const kamergraaf::Citation& c : doc.citations) {
    if (c.start > c.end || c.end > size || c.line < 1) __builtin_trap();
  }
  return 0;
}

// The citation scanner alone, on arbitrary text.
#include <cstdint>
#include <string_view>
#include <vector>

#include "parse/citation_scanner.h"
#include "text/line_index.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kamergraaf::LineIndex lines(text);
  std::vector<kamergraaf::Citation> out;
  kamergraaf::CitationScanner::Default().Scan(text, lines, &out);
  for (const kamergraaf::Citation& c : out) {
    if (c.start > c.end || c.end > size) __builtin_trap();
  }
  return 0;
}

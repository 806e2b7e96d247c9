// The footnote parser alone: bodies stay inside the text, markers point at real lines.
#include <cstdint>
#include <string_view>

#include "parse/footnote_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kamergraaf::LineIndex lines(text);
  kamergraaf::Diagnostics diagnostics;
  for (const kamergraaf::Footnote& f : kamergraaf::ParseFootnotes("fuzz.txt", text, lines, &diagnostics)) {
    if (f.body_start > f.body_end || f.body_end > size || f.line < 1 || f.marker_line > lines.num_lines()) {
      __builtin_trap();
    }
  }
  return 0;
}

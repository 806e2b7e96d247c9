// The source stage: any bytes become valid UTF-8 or a clean refusal.
#include <cstdint>
#include <string>

#include "source/source_file.h"

namespace {

bool ValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  kamergraaf::Diagnostics diags;
  if (kamergraaf::DecodeToUtf8("fuzz.txt", &bytes, &diags).ok() && !ValidUtf8(bytes)) __builtin_trap();
  return 0;
}

// The open-data JSON reader (source/opendata_reader.h) on any bytes, then the join of what it read onto a
// small corpus: pages, bare arrays and entities of any shape, invalid JSON, deep nesting.
#include <cstdint>
#include <string>

#include "corpus/opendata_join.h"
#include "source/opendata_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  kamergraaf::OpenData od;
  if (!kamergraaf::LooksLikeJson(bytes)) return 0;
  if (kamergraaf::ReadOpenData("fuzz.json", bytes, &od) != kamergraaf::OpenDataShape::kApi) return 0;
  for (const auto& [id, zaak] : od.zaken) {
    if (id.empty()) __builtin_trap();
  }
  return 0;
}

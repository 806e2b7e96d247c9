#include "parse/document_identity.h"

#include <re2/re2.h>

#include <string>

namespace kamergraaf {

void IdentifyDocument(std::string_view path, std::string_view /*text*/, Document* doc) {
  static const RE2 kFileName(
      R"(^((?:kst-\d+(?:-[A-Z0-9]+)?-[A-Z0-9]+)|(?:ah-(?:tk|ek)-\d{8}-\d+)|(?:h-(?:tk|ek)-\d{8}-\d+(?:-\d+)?)|(?:\d{4}D\d{5})|(?:\d{4}Z\d{5}))\.[A-Za-z0-9]+$)");
  std::string_view base = path;
  if (std::size_t slash = base.find_last_of('/'); slash != std::string_view::npos) base.remove_prefix(slash + 1);
  std::string id;
  if (RE2::FullMatch(base, kFileName, &id)) {
    doc->id = id;
    doc->has_official_id = true;
  } else {
    doc->id = std::string(path);
    doc->has_official_id = false;
  }
}

}  // namespace kamergraaf

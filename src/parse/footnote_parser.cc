#include "parse/footnote_parser.h"

namespace kamergraaf {

std::vector<Footnote> ParseFootnotes(const std::string& /*path*/, std::string_view /*text*/,
                                     const LineIndex& /*lines*/, Diagnostics* /*diagnostics*/) {
  return {};
}

}  // namespace kamergraaf

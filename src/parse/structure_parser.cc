#include "parse/structure_parser.h"

namespace kamergraaf {

void ParseStructure(std::string_view text, const LineIndex& /*lines*/, Document* doc) {
  if (text.find("De voorzitter:") != std::string_view::npos) {
    doc->kind = DocumentKind::kHandelingen;
    doc->kind_evidence = "speaker turns ('De voorzitter:')";
  }
}

}  // namespace kamergraaf

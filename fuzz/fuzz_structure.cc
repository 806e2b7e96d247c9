// The structure parser after the footnote parser, as the parse stage runs them: questions, answers,
// motions, speeches and commitments on arbitrary text, with their cross-references in range.
#include <cstdint>
#include <string_view>

#include "kamergraaf/document.h"
#include "parse/footnote_parser.h"
#include "parse/structure_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kamergraaf::LineIndex lines(text);
  kamergraaf::Document doc;
  doc.path = "fuzz.txt";
  doc.footnotes = kamergraaf::ParseFootnotes(doc.path, text, lines, &doc.diagnostics);
  kamergraaf::ParseStructure(text, lines, &doc);
  for (const kamergraaf::Question& q : doc.questions) {
    if (q.answer >= static_cast<int>(doc.answers.size())) __builtin_trap();
  }
  for (const kamergraaf::Answer& a : doc.answers) {
    for (int q : a.questions) {
      if (q < 0 || q >= static_cast<int>(doc.questions.size())) __builtin_trap();
    }
  }
  return 0;
}

// Renders an official publication (officielebekendmakingen XML) as text, one line per paragraph, and
// collects the structure its markup carries, positioned in that text.
#ifndef KAMERGRAAF_PARSE_OFFICIAL_XML_RENDERER_H_
#define KAMERGRAAF_PARSE_OFFICIAL_XML_RENDERER_H_

#include <map>
#include <string>
#include <vector>

#include "kamergraaf/document.h"
#include "source/markup_tree.h"

namespace kamergraaf {

// Lines and byte offsets of everything here refer to `text`.
struct OfficialXmlRendering {
  std::string text;  // ends with '\n' unless empty
  std::map<std::string, std::string> meta;  // `meta name= content=` records; the first of each name
  std::string body_kind;                    // the first of "kamerstuk", "handelingen", "aanhangsel", … met
  std::vector<Footnote> footnotes;          // from `noot`, in order of their body
  std::vector<Question> questions;          // from `vraag` (answered/answer not yet linked)
  std::vector<Answer> answers;              // from `antwoord` (questions not yet linked)
  std::vector<Motion> motions;              // from `motie` (+ `motie-info`, `ondertekening`)
  std::vector<Speech> speeches;             // from `spreekbeurt/spreker`
  // From `extref`: kind, target, start and end set (line, column and text are left to OverlayCitations).
  std::vector<Citation> citations;
};

// See xml_document_parser.h for how each element is written. Never fails.
OfficialXmlRendering RenderOfficialXml(const MarkupNode& root);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_OFFICIAL_XML_RENDERER_H_

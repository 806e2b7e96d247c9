// ParseDocument: the parse stage for one document, in the order the parts depend on each other.
#include <algorithm>
#include <iterator>

#include "kamergraaf/pipeline.h"
#include "parse/citation_scanner.h"
#include "parse/document_identity.h"
#include "parse/footnote_parser.h"
#include "parse/metadata_file.h"
#include "parse/question_dates.h"
#include "parse/structure_parser.h"
#include "text/line_index.h"

namespace kamergraaf {
namespace {

// Marks citations that stand in a footnote body with the footnote's number and its marker's line.
// Bodies do not overlap; they are searched by start offset.
void AttachFootnotes(const std::vector<Footnote>& footnotes, std::vector<Citation>* citations) {
  std::vector<const Footnote*> by_start;
  for (const Footnote& f : footnotes) by_start.push_back(&f);
  std::sort(by_start.begin(), by_start.end(),
            [](const Footnote* a, const Footnote* b) { return a->body_start < b->body_start; });
  for (Citation& c : *citations) {
    auto it = std::upper_bound(by_start.begin(), by_start.end(), c.start,
                               [](std::size_t start, const Footnote* f) { return start < f->body_start; });
    if (it == by_start.begin()) continue;
    const Footnote& f = **std::prev(it);
    if (c.start >= f.body_end) continue;
    c.footnote = f.number;
    if (f.marker_line > 0) c.context_line = f.marker_line;
  }
}

}  // namespace

Document ParseDocument(std::string_view path, std::string_view text) {
  Document doc;
  doc.path = std::string(path);
  doc.bytes = text.size();
  LineIndex lines(text);
  doc.lines = lines.num_lines();
  IdentifyDocument(path, text, &doc);
  ApplyMetadata(path, &doc);  // a metadata.csv beside the file overrides what the name and text say
  doc.footnotes = ParseFootnotes(doc.path, text, lines, &doc.diagnostics);
  CitationScanner::Default().Scan(text, lines, &doc.citations);
  AttachFootnotes(doc.footnotes, &doc.citations);
  ParseStructure(text, lines, &doc);
  // A letter's or an answer's promises are the signer's (issue 14), not an anonymous "bewindspersoon".
  if (!doc.signer.empty()) {
    // "Minister Helder (Volksgezondheid, …)" → "Minister Helder"; "De Minister van X, A.B. de Vries" → the name.
    std::string name = doc.signer.str();
    if (std::size_t paren = name.find(" ("); paren != std::string::npos) {
      name.resize(paren);
    } else if (std::size_t comma = name.rfind(", "); comma != std::string::npos) {
      name = name.substr(comma + 2);
    }
    for (Commitment& c : doc.commitments) {
      if (c.speaker.empty()) c.speaker = name;
    }
  }
  ApplyQuestionDates(text, &doc);  // after the structure: whether the document holds answers
  return doc;
}

}  // namespace kamergraaf

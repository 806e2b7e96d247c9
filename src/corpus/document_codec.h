// A compact binary form of a parsed Document, for the parse cache (index_db.h).
#ifndef KAMERGRAAF_CORPUS_DOCUMENT_CODEC_H_
#define KAMERGRAAF_CORPUS_DOCUMENT_CODEC_H_

#include <string>
#include <string_view>

#include "kamergraaf/diagnostic.h"
#include "kamergraaf/document.h"

namespace kamergraaf {

// Encodes every field of `doc` and the diagnostics that reading the file produced (encoding repairs,
// recovered markup), which are not part of the Document. Deterministic: equal input, equal bytes.
std::string EncodeDocument(const Document& doc, const Diagnostics& read_diagnostics);

// Decodes what EncodeDocument wrote. Returns false (outputs unspecified) for a blob of another codec
// version or one that is truncated or corrupt; never reads out of bounds.
bool DecodeDocument(std::string_view blob, Document* doc, Diagnostics* read_diagnostics);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_DOCUMENT_CODEC_H_

// Optional metadata beside a corpus: a file `.kamergraaf-metadata.csv` (hidden, so folder walks skip it) or
// `metadata.csv` in a document's folder that names its id, kind, date and title when the file name and text
// do not say them.
//
//   file,id,kind,date,title,signer
//   000_b42be04fb1aa9989.txt,kst-22112-4115,schriftelijk-overleg,2025-10-01,"Verslag schriftelijk overleg",
//
// The header names the columns (any order; `file` is required, the others optional: id, kind, date,
// title, signer; a `dossier` column is allowed and ignored, the graph takes the dossier from the id);
// `file` is the document's base name. Fields may be quoted with "…" ("" inside for a quote). Kinds use the names of
// DocumentKindName(). Unknown kinds and malformed lines are ignored.
//
// The same as JSON (`.kamergraaf-metadata.json`, `metadata.json`, or any `--metadata FILE.json`): an array of
// objects keyed by the column names, or {"documents": [ … ]}:
//
//   [{"file": "000_b42be04fb1aa9989.txt", "id": "kst-22112-4115", "date": "2025-10-01"}]
#ifndef KAMERGRAAF_PARSE_METADATA_FILE_H_
#define KAMERGRAAF_PARSE_METADATA_FILE_H_

#include <string>
#include <string_view>

#include "kamergraaf/document.h"

namespace kamergraaf {

// Applies the metadata record of `path` (if its folder has a metadata file with a row for it) to *doc:
// a non-empty id sets id and has_official_id; a known kind sets kind with kind_evidence
// "metadata.csv line 3"; date and title replace what the text gave. Each folder's file is read once per
// process; thread-safe. Returns true when a record was applied.
bool ApplyMetadata(std::string_view path, Document* doc);

// Makes the CSV file `path` (any name, same columns) the metadata of every document, consulted before the
// folder's own file: `--metadata FILE`. Its rows match documents by base name. Returns false when the file
// cannot be read or has no `file` column (then nothing changes). Call before loading.
bool UseMetadataFile(const std::string& path);

// Whether `path` is a metadata file rather than a document: the two names above, or the file given to
// UseMetadataFile(). The loader skips them, so a visible `metadata.csv` is never read as a document.
bool IsMetadataFile(std::string_view path);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_METADATA_FILE_H_

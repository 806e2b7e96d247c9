// Citation: one occurrence of a reference to another document, mapped to its canonical id.
//
// Canonical ids follow shared/docs/domain.md §2: kst-26643-1317, kst-21501-33-1195, ah-tk-20252026-597,
// h-tk-20192020-45-12, 2026Z03911, 2024D48680, stb-2020-123, stcrt-2021-12345, eu-case-C-355/10,
// ECLI:NL:HR:2019:2006, url:https://...
#ifndef KAMERGRAAF_CITATION_H_
#define KAMERGRAAF_CITATION_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kamergraaf {

enum class CitationKind {
  kKamerstuk,
  kMotie,  // a Kamerstuk known to be a motion (e.g. numbered inside a debate)
  kAanhangsel,
  kHandelingen,
  kZaak,
  kTkDocument,
  kStb,
  kStcrt,
  kEuCase,
  kEcli,
  kUrl,
  kMention,  // a named reference ("de motie-Six Dijkstra") that could not be resolved
};

// The contract's spelling: "kamerstuk", "motie", ..., "tk-document", "eu-case", "mention".
std::string_view CitationKindName(CitationKind kind);

struct Citation {
  CitationKind kind = CitationKind::kKamerstuk;
  // Canonical id; empty for an unresolved mention.
  std::string target;
  bool resolved = true;

  // Where the citation stands in the original file: byte offsets [start, end), 1-based line and column
  // (column counts bytes) of `start`.
  std::size_t start = 0;
  std::size_t end = 0;
  int line = 0;
  int column = 0;
  // The original bytes of the citation (may contain line breaks).
  std::string text;

  // Footnote number when the citation stands in a footnote body, else empty.
  std::string footnote;
  // The line the citation belongs to for structure: the marker's line for a footnote citation, else `line`.
  int context_line = 0;

  // Metadata that is not part of the id.
  std::string chamber;       // "II", "I", or empty
  std::string vergaderjaar;  // "20242025", or empty
  std::string page;          // "p. 7-8", or empty
  // For mentions: the name ("Six Dijkstra") and what is named ("motie", "brief", ...).
  std::string mention_name;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CITATION_H_

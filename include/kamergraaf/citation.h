// Citation: one occurrence of a reference to another document, mapped to its canonical id.
//
// Canonical ids follow shared/docs/domain.md §2: kst-26643-1317, kst-21501-33-1195, ah-tk-20252026-597,
// h-tk-20192020-45-12, 2026Z03911, 2024D48680, stb-2020-123, stcrt-2021-12345, eu-case-C-355/10,
// ECLI:NL:HR:2019:2006, url:https://...
#ifndef KAMERGRAAF_CITATION_H_
#define KAMERGRAAF_CITATION_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "kamergraaf/compact_string.h"

namespace kamergraaf {

enum class CitationKind : std::uint8_t {
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
  kDossier,     // a whole dossier, no paper number ("kamerstuk 15 430", "wetsvoorstel 36 410"): kst-15430
  kAmendement,  // a Kamerstuk known to be an amendment ("het amendement-Bikker/Omtzigt (36 410, nr. 17)")
};
inline constexpr CitationKind kLastCitationKind = CitationKind::kAmendement;

// The contract's spelling: "kamerstuk", "motie", ..., "tk-document", "eu-case", "mention".
std::string_view CitationKindName(CitationKind kind);

struct Citation {
  // Canonical id; empty for an unresolved mention.
  std::string target;
  // The original bytes of the citation (may contain line breaks).
  CompactString text;

  // Where the citation stands in the original file: byte offsets [start, end), 1-based line and column
  // (column counts bytes) of `start`.
  std::size_t start = 0;
  std::size_t end = 0;
  int line = 0;
  int column = 0;
  // The line the citation belongs to for structure: the marker's line for a footnote citation, else `line`.
  int context_line = 0;

  CitationKind kind = CitationKind::kKamerstuk;
  bool resolved = true;

  // Footnote number when the citation stands in a footnote body, else empty.
  CompactString footnote;
  // Metadata that is not part of the id (most citations have none, hence the 8-byte strings).
  CompactString chamber;       // "II", "I", or empty
  CompactString vergaderjaar;  // "20242025", or empty
  CompactString page;          // "p. 7-8", or empty
  // For mentions: the name ("Six Dijkstra") and what is named ("motie", "brief", ...).
  CompactString mention_name;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CITATION_H_

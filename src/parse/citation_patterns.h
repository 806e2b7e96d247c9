// The citation patterns of domain.md §3, run on a normalised window of a document.
//
// CitationPatterns compiles every RE2 pattern once (the constructor aborts the process when a pattern does
// not compile: that is a programming error, not bad input). MatchWindow() is const and thread-safe.
// Patterns are written against NormalizedText (single spaces, '-' for every dash), so one pattern covers
// line breaks, no-break spaces and dash variants; hit offsets are mapped back to the original text.
#ifndef KAMERGRAAF_PARSE_CITATION_PATTERNS_H_
#define KAMERGRAAF_PARSE_CITATION_PATTERNS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/citation.h"
#include "text/normalizer.h"

namespace kamergraaf {

// Which families of patterns a window needs; set by the scanner's literal prefilter.
inline constexpr unsigned kTriggerNumber = 1u << 0;  // "nr", "Nr.", "nrs", "nummer": Kamerstuk, Aanhangsel,
                                                     // Handelingen, motions
inline constexpr unsigned kTriggerStuk = 1u << 1;    // "stuk", "kst": Kamerstuk 22112-4116
inline constexpr unsigned kTriggerMotie = 1u << 2;   // "motie": mentions, "Motie X, ..., 26643-1151", submitters
inline constexpr unsigned kTriggerStb = 1u << 3;     // "Stb", "Staatsblad", "Stcrt", "Staatscourant"
inline constexpr unsigned kTriggerZaak = 1u << 4;    // 2026Z03911, 2024D48680
inline constexpr unsigned kTriggerEu = 1u << 5;      // C-355/10
inline constexpr unsigned kTriggerEcli = 1u << 6;    // ECLI:
inline constexpr unsigned kTriggerDossier = 1u << 7;  // "wetsvoorstel", "dossier": a whole dossier (with
                                                      // "Kamerstuk 15 430", which kTriggerStuk brings)

// One match of one pattern. Offsets are into the original text.
struct ScanHit {
  enum class Type {
    kCitation,          // `citations` are complete
    kMotionDefinition,  // "Zij krijgt nr. 21 (36999)": `citations` holds the motion (kind motie)
    kShortReference,    // "op stuk nr. 21": `numbers` wait for a dossier from the document's motions
    kMention,           // "de motie-Six Dijkstra": `name`
    kSubmitters,        // "Deze motie is voorgesteld door de leden Kathmann, ...": `name` = first submitter
  };
  Type type = Type::kCitation;
  std::size_t start = 0;
  std::size_t end = 0;
  std::vector<Citation> citations;  // start/end/kind/target and metadata set
  std::vector<std::string> numbers;
  std::string name;
};

class CitationPatterns {
 public:
  CitationPatterns();
  ~CitationPatterns();
  CitationPatterns(const CitationPatterns&) = delete;
  CitationPatterns& operator=(const CitationPatterns&) = delete;

  // Appends the hits of the pattern families in `triggers` found in `window` (a normalised slice of
  // `original`). Hits that start in the first `guard_front` or end in the last `guard_back` normalised bytes
  // are dropped: they may be cut by the window's edge and belong to a neighbouring window.
  void MatchWindow(std::string_view original, const NormalizedText& window, unsigned triggers, std::size_t guard_front,
                   std::size_t guard_back, std::vector<ScanHit>* hits) const;

  // The compiled patterns; defined in parse/citation_pattern_set.h for the matchers, opaque elsewhere.
  struct Compiled;

 private:
  std::unique_ptr<Compiled> re_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_CITATION_PATTERNS_H_

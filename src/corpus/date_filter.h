// --since / --until: keeping the documents of a date range.
#ifndef KAMERGRAAF_CORPUS_DATE_FILTER_H_
#define KAMERGRAAF_CORPUS_DATE_FILTER_H_

#include <string_view>

#include "kamergraaf/corpus.h"

namespace kamergraaf {

struct DateFilterResult {
  int outside = 0;  // documents dated outside the range, removed
  int undated = 0;  // documents without a date, removed
};

// Removes the documents whose date is outside [since, until] (ISO dates of any precision, inclusive: a
// document dated "2025-03" is kept by --since 2025-03-15 and --until 2025-03-01, since the month overlaps
// both), and the documents without a date; an empty bound is open. Does nothing when both bounds are
// empty. Re-resolves the corpus (ResolveCorpus) when anything was removed. Bounds are assumed valid
// (ParseIsoDate with partial = true).
DateFilterResult FilterByDate(Corpus* corpus, std::string_view since, std::string_view until);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_DATE_FILTER_H_

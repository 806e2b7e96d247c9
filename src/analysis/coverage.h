// How much of a corpus kamergraaf understood: the documents it could not identify, type or date. Computed
// in one place so that every writer (terminal summary, report.*, scan) says the same thing.
#ifndef KAMERGRAAF_ANALYSIS_COVERAGE_H_
#define KAMERGRAAF_ANALYSIS_COVERAGE_H_

#include <cstddef>
#include <string>

#include "kamergraaf/corpus.h"

namespace kamergraaf {

struct Coverage {
  std::size_t documents = 0;
  std::size_t without_official_id = 0;  // the id is the path: nothing in the name or text said which paper
  std::size_t kind_unknown = 0;
  std::size_t without_title = 0;
  std::size_t without_date = 0;
  std::size_t self_citations = 0;  // citations of the citing document's own id (0 unless something regressed)
};

// Counts over corpus.documents. Thread-compatible (reads only).
Coverage MeasureCoverage(const Corpus& corpus);

// One line for people: "1,228 of 5,023 documents: kind unknown; 5,023 without a date; 312 without an
// official id; 40 without a title". Parts that are zero are left out; "all 12 documents identified, typed,
// titled and dated" when nothing is missing; empty for an empty corpus. No trailing newline.
std::string CoverageLine(const Coverage& coverage);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_COVERAGE_H_

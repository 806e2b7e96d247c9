#include "corpus/date_filter.h"

#include <algorithm>

#include "kamergraaf/pipeline.h"
#include "model/civil_date.h"

namespace kamergraaf {

DateFilterResult FilterByDate(Corpus* corpus, std::string_view since, std::string_view until) {
  DateFilterResult result;
  if (since.empty() && until.empty()) return result;
  const CivilDate from = since.empty() ? CivilDate() : ParseIsoDate(since, true);
  const CivilDate to = until.empty() ? CivilDate() : LastDayOf(until);
  std::erase_if(corpus->documents, [&](const Document& doc) {
    CivilDate first = ParseIsoDate(doc.date, true);
    if (!first.valid()) return ++result.undated, true;
    CivilDate last = LastDayOf(doc.date);
    if ((from.valid() && last < from) || (to.valid() && to < first)) return ++result.outside, true;
    return false;
  });
  if (result.outside + result.undated > 0) {
    corpus->Reindex();
    ResolveCorpus(corpus);
  }
  return result;
}

}  // namespace kamergraaf

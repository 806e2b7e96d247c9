// Reads the free-form Document::date into a comparable number.
#ifndef KAMERGRAAF_CORPUS_DOCUMENT_DATE_H_
#define KAMERGRAAF_CORPUS_DOCUMENT_DATE_H_

#include <string_view>

namespace kamergraaf {

// The date as yyyymmdd (20260414), or 0 when `date` is empty or not understood. Accepts "2026-04-14",
// "14-04-2026", "14 april 2026" (Dutch month names, any case, surrounding text ignored: "Den Haag,
// 14 april 2026").
int ParseDocumentDate(std::string_view date);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_DOCUMENT_DATE_H_

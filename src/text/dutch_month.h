// Dutch month names, the one table every date reader of kamergraaf uses.
#ifndef KAMERGRAAF_TEXT_DUTCH_MONTH_H_
#define KAMERGRAAF_TEXT_DUTCH_MONTH_H_

#include <string_view>

namespace kamergraaf {

// The month (1..12) a Dutch month name stands for, or 0: "januari" … "december" in any ASCII case, and the
// nineteenth-century spellings of old papers ("Januarij", "Junij", "Julij", "October"); hyphens are ignored,
// as OCR keeps them where a name was broken over two lines ("no-vember").
int DutchMonth(std::string_view name);

// The name of month `m` (1..12) in lower case; "" for any other number.
std::string_view DutchMonthName(int m);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_TEXT_DUTCH_MONTH_H_

// Parsing of the ondernummer list that follows "nr."/"nrs." in a Kamerstuk citation.
//
// Handles "1317", "5 en 6", "7, 8", "1-3" and "5 t/m 8" (ranges of at most 50 papers are expanded), Eerste
// Kamer letters ("E"), letter suffixes ("183a"), and the sloppy "nr. 33, 1202" that means dossier suffix 33,
// paper 1202. A list item followed by a month name ("nr. 7, 8 november") is a date, not a paper.
#ifndef KAMERGRAAF_PARSE_NUMBER_LIST_H_
#define KAMERGRAAF_PARSE_NUMBER_LIST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kamergraaf {

struct NumberListResult {
  std::vector<std::string> numbers;  // the papers, in order
  std::size_t consumed = 0;          // bytes of the list text that belong to the citation
  std::string sloppy_suffix;         // "33" for the sloppy "nr. 33, 1202", else empty
};

// Parses `list` (as captured by the pattern) given the text right after it. `singular` is true for "nr."
// (not "nrs."); `has_suffix` when the dossier already carries a toevoeging. Returns false when the first item
// is not a paper number (e.g. it runs into more digits).
bool ParseNumberList(std::string_view list, std::string_view following, bool singular, bool has_suffix,
                     NumberListResult* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_NUMBER_LIST_H_

// Canonical identifiers (shared/docs/domain.md §2) built from the pieces a citation pattern captures.
//
// All functions are pure and thread-safe. They take the pieces as written (possibly with spaces, dashes or
// lowercase letters) and return the canonical spelling, or an empty string when the pieces cannot form a
// valid id.
#ifndef KAMERGRAAF_PARSE_CANONICAL_ID_H_
#define KAMERGRAAF_PARSE_CANONICAL_ID_H_

#include <string>
#include <string_view>

namespace kamergraaf {

// "26 643" -> "26643". Keeps ASCII digits only.
std::string DigitsOnly(std::string_view s);

// A dossier suffix (toevoeging) as written after the dossier number: "-33" -> "33", " VII" -> "VII",
// "-a" -> "A", " hoofdstuk XI" -> "XI", "" -> "".
std::string DossierSuffix(std::string_view s);

// "kst-26643-1317", "kst-21501-33-1195", "kst-35300-VII-5", "kst-35925-E". `dossier` may contain spaces;
// `suffix` is as returned by DossierSuffix(); `number` is the ondernummer as written ("1317", "E", "183a").
std::string KamerstukId(std::string_view dossier, std::string_view suffix, std::string_view number);

// The vergaderjaar as 8 digits: ("2024", "25") -> "20242025", ("2025", "2026") -> "20252026",
// ("1999", "00") -> "19992000". Empty unless the second year follows the first.
std::string Vergaderjaar(std::string_view first_year, std::string_view second_year);

// "II", "TK", "Tweede Kamer" -> "tk"; "I", "EK", "Eerste Kamer" -> "ek"; anything else -> "".
std::string ChamberCode(std::string_view chamber);
// The chamber as metadata: "tk" -> "II", "ek" -> "I", "" -> "".
std::string ChamberRoman(std::string_view code);

// Cleans a URL as found in running text: strips trailing sentence punctuation (. , ; : ! ?) and closing
// brackets or quotes that are not balanced inside the URL, and gives a bare host a trailing slash
// ("https://gac.icann.org" -> "https://gac.icann.org/"). Returns the cleaned URL; `*kept` (optional) is set
// to the number of leading input bytes that belong to the URL.
std::string CleanUrl(std::string_view url, std::size_t* kept = nullptr);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_CANONICAL_ID_H_

// The Dutch phrases that signal a referral: deadlines ("voor het zomerreces"), answers that send the reader
// elsewhere ("verwijs ik u naar"), and motion requests that ask for action ("verzoekt de regering").
//
// All functions are pure and thread-safe. Matching is case-insensitive on ASCII letters and treats any run
// of whitespace (including line breaks) as one space.
#ifndef KAMERGRAAF_ANALYSIS_REFERRAL_PHRASES_H_
#define KAMERGRAAF_ANALYSIS_REFERRAL_PHRASES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "parse/text_util.h"  // FoldWhitespace, shared with the parsers

namespace kamergraaf {

// FoldWhitespace() and ASCII lower case.
std::string FoldLower(std::string_view text);

// The first deadline phrase in `text`, as written but whitespace-folded, or "" when there is none.
// Recognised: "op korte termijn", "binnenkort", "in aanloop naar <noun phrase>", and a preposition
// (voor, vóór, na, uiterlijk, binnen, eind, begin, medio, rond) followed within five words by a time word
// (a reces, zomer, kerst, jaar, kwartaal, maand, week, a month name, a year), extended by a following
// month or year: "voor het komend meireces", "na de zomer", "voor 1 oktober 2026".
std::string FindDeadlinePhrase(std::string_view text);

// True when an answer sends the reader elsewhere for its substance: one of its first three sentences says
// "verwijs ik u naar" / "wordt verwezen naar", "kom(t) … op terug" / "hierop terugkomen", or
// "verzonden/verstuurd/toegezonden" with "op korte termijn" or "binnenkort" — and that sentence does not
// merely point to another answer of the same document (IsInternalReference). A pointer at the end of a
// substantive answer ("Voor meer informatie verwijs ik …") is not a deferral.
bool IsDeferral(std::string_view answer_text);

// True when a deferral only points inside the same document ("verwijs ik u naar het antwoord op vraag 3").
bool IsInternalReference(std::string_view answer_text);

// True when a motion's request asks the government (or someone) to act; false for an empty request and
// for a statement ("spreekt uit …", "spreekt zich uit …").
bool RequestsAction(std::string_view request);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_REFERRAL_PHRASES_H_

// Searching a pattern only where its first word stands. A pattern with long bounded gaps
// ("[^\n]{0,200}") makes an unanchored RE2 search build new DFA states all along the text; when every match
// starts with one of a few words, trying the pattern anchored at each place a word stands finds the same
// leftmost match, with the states repeating (and cached) and the text between the words skipped.
// Shared by the identity and written-question readers (document_identity.cc, question_dates.cc).
#ifndef KAMERGRAAF_PARSE_ANCHORED_MATCH_H_
#define KAMERGRAAF_PARSE_ANCHORED_MATCH_H_

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace kamergraaf {

// The offsets in `text` where one of `words` stands, in text order (a place where two words stand is
// listed twice; the match there is tried once more, with the same result).
inline std::vector<std::size_t> PlacesOf(std::string_view text, std::initializer_list<std::string_view> words) {
  std::vector<std::size_t> at;
  for (std::string_view w : words) {
    for (std::size_t i = text.find(w); i != std::string_view::npos; i = text.find(w, i + 1)) at.push_back(i);
  }
  std::sort(at.begin(), at.end());
  return at;
}

// RE2::PartialMatch(text, re, args...) for a pattern whose every match starts at one of `places` (sorted
// offsets into `text`): the pattern is tried anchored at each, in order, and the first match wins.
template <typename... Args>
bool MatchAtPlaces(std::string_view text, const std::vector<std::size_t>& places, const RE2& re, Args*... args) {
  for (std::size_t at : places) {
    re2::StringPiece rest(text.data() + at, text.size() - at);
    if (RE2::Consume(&rest, re, args...)) return true;
  }
  return false;
}

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_ANCHORED_MATCH_H_

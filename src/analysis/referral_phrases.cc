#include "analysis/referral_phrases.h"

#include <algorithm>
#include <vector>

namespace kamergraaf {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// One whitespace-separated word of the original text.
struct Word {
  std::size_t begin = 0;  // byte range in the original text, punctuation included
  std::size_t end = 0;
  std::string key;           // lower case, surrounding punctuation removed
  bool ends_clause = false;  // followed by , . ; : ? ! or a closing bracket
};

std::vector<Word> SplitWords(std::string_view text) {
  static constexpr std::string_view kLeading = "(\"'[";
  static constexpr std::string_view kTrailing = ",.;:?!)]\"'";
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    std::size_t b = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (b == i) break;
    std::string_view w = text.substr(b, i - b);
    Word word{b, i, "", false};
    while (!w.empty() && kLeading.find(w.front()) != std::string_view::npos) w.remove_prefix(1);
    while (!w.empty() && kTrailing.find(w.back()) != std::string_view::npos) {
      word.ends_clause = true;
      w.remove_suffix(1);
    }
    for (char c : w) word.key.push_back(Lower(c));
    words.push_back(std::move(word));
  }
  return words;
}

bool OneOf(std::string_view key, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

bool IsMonth(std::string_view key) {
  return OneOf(key, {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                     "november", "december"});
}

bool IsYear(std::string_view key) {
  return key.size() == 4 && (key.substr(0, 2) == "19" || key.substr(0, 2) == "20") && IsDigit(key[2]) &&
         IsDigit(key[3]);
}

bool IsTimeWord(std::string_view key) {
  if (key.size() >= 5 && key.substr(key.size() - 5) == "reces") return true;
  return IsMonth(key) || IsYear(key) ||
         OneOf(key, {"zomer",         "zomerperiode", "zomervakantie", "winter",      "voorjaar",
                     "najaar",        "herfst",       "lente",         "kerst",       "kerstmis",
                     "jaarwisseling", "jaareinde",    "jaar",          "kwartaal",    "maand",
                     "maanden",       "week",         "weken",         "prinsjesdag", "begrotingsbehandeling"});
}

bool IsDeadlinePreposition(std::string_view key) {
  return OneOf(key, {"voor", "v\xC3\xB3\xC3\xB3r", "na", "uiterlijk", "binnen", "eind", "begin", "medio", "rond"});
}

std::string Span(std::string_view text, const std::vector<Word>& words, std::size_t first, std::size_t last) {
  std::size_t b = words[first].begin;
  std::size_t e = words[last].end;
  // Keep the words, drop the punctuation after the last one.
  std::string_view s = text.substr(b, e - b);
  while (!s.empty() && std::string_view("(\"'[").find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && std::string_view(",.;:?!)]\"'").find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return FoldWhitespace(s);
}

// Splits folded lower-case text into sentences at . ? ! (an abbreviation such as "nr." splits too, which
// only makes the sentence rules stricter).
std::vector<std::string_view> Sentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '.' || text[i] == '?' || text[i] == '!') {
      if (i > b) out.push_back(text.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

bool Contains(std::string_view s, std::string_view needle) { return s.find(needle) != std::string_view::npos; }

bool IsOpWord(std::string_view key) { return OneOf(key, {"op", "hierop", "daarop", "erop", "waarop"}); }

// "kom(t) hier later op terug", "komt daar na de zomer op terug", "zal hierop terugkomen" — but not "komt
// terug op het besluit" (reverses it) nor "onderwerpen die in alle dialogen terugkomen" (recur).
bool ComesBack(std::string_view sentence) {
  std::vector<Word> words = SplitWords(sentence);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].key.rfind("terugkom", 0) == 0) {
      for (std::size_t j = i >= 3 ? i - 3 : 0; j < i; ++j) {
        if (IsOpWord(words[j].key)) return true;
      }
      continue;
    }
    if (!OneOf(words[i].key, {"kom", "komt", "komen"})) continue;
    bool op = false;
    for (std::size_t j = i + 1; j < words.size() && j <= i + 10; ++j) {
      if (words[j].key == "terug" && op) return true;
      if (IsOpWord(words[j].key)) op = true;
    }
  }
  return false;
}

// True when this one sentence sends the reader elsewhere.
bool DefersIn(std::string_view sentence) {
  for (std::string_view p : {"verwijs ik", "verwijzen wij", "verwijzen we", "verwijs u", "wordt verwezen naar",
                             "word ik verwezen", "wordt u verwezen"}) {
    if (Contains(sentence, p)) return true;
  }
  if (ComesBack(sentence)) return true;
  bool sent = Contains(sentence, "verzonden") || Contains(sentence, "verstuurd") || Contains(sentence, "toegezonden");
  return sent && (Contains(sentence, "op korte termijn") || Contains(sentence, "binnenkort"));
}

// An answer states its substance first: a deferral counts only in its first few sentences (fragments, as
// "nr." splits a sentence too).
constexpr std::size_t kLeadingSentences = 3;

}  // namespace

std::string FoldLower(std::string_view text) {
  std::string out = FoldWhitespace(text);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string FindDeadlinePhrase(std::string_view text) {
  std::vector<Word> w = SplitWords(text);
  const std::size_t n = w.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& k = w[i].key;
    if (k == "binnenkort") return Span(text, w, i, i);
    if (k == "op" && i + 2 < n && w[i + 1].key == "korte" && w[i + 2].key.rfind("termijn", 0) == 0 &&
        !w[i].ends_clause && !w[i + 1].ends_clause) {
      return Span(text, w, i, i + 2);
    }
    if (k == "in" && i + 3 < n && w[i + 1].key == "aanloop" && w[i + 2].key == "naar" && !w[i + 2].ends_clause) {
      std::size_t end = i + 3;
      if (OneOf(w[end].key, {"de", "het", "een"}) && !w[end].ends_clause && end + 1 < n) ++end;
      return Span(text, w, i, end);
    }
    if (!IsDeadlinePreposition(k) || w[i].ends_clause) continue;
    for (std::size_t j = i + 1; j < n && j <= i + 5; ++j) {
      if (IsTimeWord(w[j].key)) {
        std::size_t end = j;
        while (end + 1 < n && !w[end].ends_clause && (IsMonth(w[end + 1].key) || IsYear(w[end + 1].key))) ++end;
        return Span(text, w, i, end);
      }
      if (w[j].ends_clause) break;
    }
  }
  return "";
}

bool IsDeferral(std::string_view answer_text) {
  std::string lower = FoldLower(answer_text);
  std::vector<std::string_view> sentences = Sentences(lower);
  for (std::size_t i = 0; i < sentences.size() && i < kLeadingSentences; ++i) {
    if (DefersIn(sentences[i]) && !IsInternalReference(sentences[i])) return true;
  }
  return false;
}

bool IsInternalReference(std::string_view answer_text) {
  std::string lower = FoldLower(answer_text);
  if (Contains(lower, "hierboven") || Contains(lower, "vorige vraag") || Contains(lower, "eerder in deze")) {
    return true;
  }
  for (std::string_view p : {"vraag ", "vragen "}) {
    for (std::size_t at = lower.find(p); at != std::string::npos; at = lower.find(p, at + 1)) {
      std::size_t next = at + p.size();
      bool word_start = at == 0 || lower[at - 1] == ' ';
      if (word_start && next < lower.size() && IsDigit(lower[next])) return true;
    }
  }
  return false;
}

bool RequestsAction(std::string_view request) {
  std::string lower = FoldLower(request);
  if (lower.empty()) return false;
  return lower.rfind("spreekt", 0) != 0;
}

}  // namespace kamergraaf

#include "parse/document_identity.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "model/civil_date.h"
#include "parse/anchored_match.h"
#include "parse/text_util.h"
#include "text/dutch_month.h"

namespace kamergraaf {
namespace {

struct Patterns {
  RE2 file_name{
      R"(^(kst-\d+(?:-[A-Z0-9]+)?-[A-Z0-9]+|ah-(?:tk|ek)-\d{8}-\d+|h-(?:tk|ek)-\d{8}-\d+(?:-\d+)?|\d{4}D\d{5}|\d{4}Z\d{5})\.[A-Za-z0-9]+$)"};
  RE2 kenmerk{R"((?i)(?:uw )?kenmerk\s*:?\s*(\d{4}Z\d{5}))"};
  RE2 subject{
      R"((?:Kamerstuk(?:ken)?\s+(?:[IVX]+\s+\d{4}[/-]\d{2,4},\s*)?)?(\d{2}\s?\d{3})(?:\s*/\s*\d{2}\s?\d{3})?,\s*nr\.\s*(\d+))"};
  RE2 betreft{R"((?m)^\s*Betreft:?\s+(.+)$)"};
  RE2 debate{R"(^\s*Aan de orde is (?:het|de) (debat over .+?)\.?\s*$)"};
};

const Patterns& P() {
  static const Patterns* p = new Patterns;
  return *p;
}

// MatchAtPlaces (anchored_match.h) at the places where one of `literals` stands, written exactly as given.
template <typename... Args>
bool PartialMatchAtLiterals(std::string_view text, std::initializer_list<std::string_view> literals, const RE2& re,
                            Args*... args) {
  return MatchAtPlaces(text, PlacesOf(text, literals), re, args...);
}

// MatchAtPlaces at the places where one of `words` (lower-case ASCII) stands in any case (`folded` made of
// `text` or of a text that `text` starts).
template <typename... Args>
bool PartialMatchAtWords(std::string_view text, const FoldedText& folded, std::initializer_list<std::string_view> words,
                         const RE2& re, Args*... args) {
  if (!folded.Exact(text.size())) return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re, args...);
  return MatchAtPlaces(text, PlacesOf(folded.Lower().substr(0, text.size()), words), re, args...);
}

// Whether `s` starts with an ASCII digit: a cheap test before a pattern that must match from a digit.
bool StartsWithDigit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

void AddUnique(std::vector<std::string>* v, const std::string& id) {
  if (std::find(v->begin(), v->end(), id) == v->end()) v->push_back(id);
}


// The first lines of the text, stripped, empty ones skipped (at most `max`), with their byte offsets.
struct HeadLine {
  std::string_view text;
  std::size_t offset;
  bool after_blank = false;  // an empty line stands before it: a new paragraph
};
std::vector<HeadLine> HeadLines(std::string_view text, std::size_t max) {
  std::vector<HeadLine> out;
  std::size_t pos = 0;
  bool blank = false;
  while (out.size() < max && pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = StripAscii(text.substr(pos, eol - pos));
    // Page breaks of PDF text and no-break spaces at the ends do not count.
    while (!line.empty() && line.front() == '\f') line.remove_prefix(1);
    line = StripAscii(line);
    if (!line.empty()) {
      out.push_back({line, pos, blank});
      blank = false;
    } else {
      blank = true;
    }
    pos = eol + 1;
  }
  return out;
}


// The vergaderjaar (eight digits, "20232024") a date falls in: it opens on Prinsjesdag, the third Tuesday of
// September (a date of September's first weeks, or a month only, belongs to the year before when earlier).
std::string SessionOfDate(const std::string& iso) {
  if (iso.size() < 7) return "";
  int year = std::stoi(iso.substr(0, 4));
  int month = std::stoi(iso.substr(5, 2));
  int first = month >= 9 ? year : year - 1;
  if (month == 9 && iso.size() >= 10) {
    int weekday = CivilDate{year, 9, 1}.Weekday();  // 0 = Monday
    int third_tuesday = 1 + (1 - weekday + 7) % 7 + 14;
    if (std::stoi(iso.substr(8, 2)) < third_tuesday) first = year - 1;
  }
  return std::to_string(first) + std::to_string(first + 1);
}

// "2023–2024", "1979-1980", "1994—1995", "2024/25" → "20232024"; empty when not a session.
std::string SessionDigits(const std::string& a, const std::string& b) {
  int first = std::stoi(a);
  int second = std::stoi(b);
  if (b.size() == 2) second = (first / 100) * 100 + second;
  if (second != first + 1) return "";
  return a + std::to_string(second);
}

const std::string kDay = R"(\b(\d{1,2}))";
// OCR keeps the hyphen of a month name broken over two lines ("11 no-vember 1981"): one is allowed
// between its syllables (DutchMonth reads the name without it).
const std::string kMonth =
    R"(((?i:ja-?nu-?a-?rij?|fe-?bru-?a-?rij?|maart|a-?pril|mei|ju-?nij?|ju-?lij?|au-?gus-?tus|sep-?tem-?ber|)"
    R"(ok-?to-?ber|oc-?to-?ber|no-?vem-?ber|de-?cem-?ber)))";
const std::string kYear = R"(((?:1[89]|20)\d\d))";
const std::string kDate = kDay + R"(\.?\s*)" + kMonth + R"(\s*)" + kYear;  // glued: "19juni 1990", "18 november2024"

struct DatePattern {
  RE2 re;
  int priority;  // lower wins
  // The pattern needs one of these words in any case (`folded`) or one of these literals (`literal`): a
  // document without them is not searched. Empty: no such test.
  std::vector<std::string_view> folded;
  std::vector<std::string_view> literal;
  // Every match starts with this word (any case): searched anchored where it stands (PartialMatchAtWords).
  std::string_view anchor_word = {};
  // A word (any case) every match holds, tested before `folded`. Empty: none.
  std::string_view needs = {};
  // Every match is "(?m:^)\s*" and then one of `literal`: searched anchored at the start of each line where
  // one stands. (A match from an earlier line start, over blank lines, differs only in the leading
  // whitespace of the phrase, which the evidence folds away.)
  bool at_line_start = false;
};

// Phrases that date a document, best first; each captures the phrase, then day, month and year.
const std::vector<DatePattern*>& DatePatterns() {
  static const auto* p = new std::vector<DatePattern*>{
      // Official XML renders "Voorgesteld" and its <datum> on lines of their own.
      new DatePattern{RE2("((?i:voorgesteld)(?:[^\\n]{0,80}?|[ \\t]*\\n[ \\t]*)\\b" + kDate + ")"), 0, {"voorgesteld"}, {}, "voorgesteld"},
      // OCR keeps the hyphens of words broken over two lines: "(Ontvan-gen 16 maart 1981)", "(Inge-zonden …)".
      new DatePattern{RE2("((?i:ont-?van-?gen)(?:\\s+op)?\\s+" + kDate + ")"), 1, {"ont"}, {}, "ont"},
      new DatePattern{RE2("((?i:vastgesteld)\\s+" + kDate + ")"), 2, {"vastgesteld"}, {}, "vastgesteld"},
      new DatePattern{RE2("((?m:^)\\s*Datum:?\\s+" + kDate + ")"), 3, {}, {"Datum"}},
      // The answer's own date in an Aanhangsel: "Antwoord van de heer X, minister van Y. (Ingezonden 30
      // oktober 1987)" — historical answers say "Ingezonden" like the questions above them.
      new DatePattern{RE2("(?i:antwoord van)[^\\n(]{0,200}(?:\\([^()\\n]{0,80}\\)[^\\n(]{0,20})?\\(((?i:inge-?zon-?den|ont-?van-?gen)\\s+" + kDate + ")"), 1, {"inge", "ont"}, {}, "antwoord van", "antwoord van"},
      new DatePattern{RE2("((?i:inge-?zon-?den)\\s+" + kDate + ")"), 4, {"inge"}, {}, "inge"},
      // At the start of a line: a letter's place and date, not a report cited "…, Den Haag, 15 januari 2025".
      new DatePattern{RE2("((?m:^)\\s*(?:Den Haag|'s-Gravenhage|’s-Gravenhage|s-Gravenhage),?\\s+" + kDate + ")"), 5, {}, {"Den Haag", "s-Gravenhage"}, {}, {}, true},
      new DatePattern{
          RE2("((?m:^)\\s*(?:\\d+(?:e|ste|de)\\s+vergadering,?\\s+)?(?:(?i:vergadering|zitting) (?i:van) )?(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|"
              "zaterdag|zondag)\\s+" + kDate + ")"),
          6, {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}, {}, {}, "dag"},
  };
  return *p;
}

// Whether `head` (the first bytes of the text `folded` was made of) may hold a match of `p`.
bool MayMatch(const DatePattern& p, std::string_view head, const FoldedText& folded) {
  if (!p.needs.empty() && !folded.MayHold(p.needs, head.size())) return false;
  if (!p.folded.empty() &&
      std::none_of(p.folded.begin(), p.folded.end(), [&](std::string_view w) { return folded.MayHold(w, head.size()); })) {
    return false;
  }
  if (!p.literal.empty() &&
      std::none_of(p.literal.begin(), p.literal.end(), [&](std::string_view w) { return folded.Holds(w, head.size()); })) {
    return false;
  }
  return true;
}

// The date a document gives itself, with the phrase that says it. `folded` is made of the text `head` starts.
bool FindDate(std::string_view head, const FoldedText& folded, bool prefer_received, std::string* iso,
              std::string* evidence) {
  int best = 100;
  for (const DatePattern* p : DatePatterns()) {
    if (p->priority >= best) continue;  // the adjustments below only push a match further down: it cannot win
    if (!MayMatch(*p, head, folded)) continue;
    re2::StringPiece input(head.data(), head.size());
    std::string phrase, day, month, year;
    bool found;
    if (p->at_line_start) {
      std::vector<std::size_t> starts;
      for (std::string_view w : p->literal) {
        for (std::size_t at = head.find(w); at != std::string_view::npos; at = head.find(w, at + 1)) {
          std::size_t nl = head.rfind('\n', at);
          starts.push_back(nl == std::string_view::npos ? 0 : nl + 1);
        }
      }
      std::sort(starts.begin(), starts.end());
      starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
      found = MatchAtPlaces(head, starts, p->re, &phrase, &day, &month, &year);
    } else if (!p->anchor_word.empty()) {
      found = PartialMatchAtWords(head, folded, {p->anchor_word}, p->re, &phrase, &day, &month, &year);
    } else {
      found = RE2::PartialMatch(input, p->re, &phrase, &day, &month, &year);
    }
    if (!found) continue;
    int priority = p->priority;
    if (!prefer_received && priority == 1) priority = 4;  // a kamerstuk's "Ontvangen" after "Voorgesteld"
    // "Ter griffie … ontvangen op 24 mei 1989": the receipt of an enclosure, not the paper's own date.
    if (priority == 1 || priority == 4) {
      if (phrase.find(" op ") != std::string::npos && phrase.rfind("ontvangen", 0) == 0) priority = 6;
    }
    if (priority >= best) continue;
    std::string d = IsoFromParts(std::stoi(year), DutchMonth(month), std::stoi(day));
    if (d.empty()) continue;
    best = priority;
    *iso = d;
    *evidence = FoldWhitespace(phrase);
  }
  if (best < 100) return true;
  // As a last resort the latest date the head mentions: a document is not older than the letters and
  // questions it refers to ("de brief van 6 december 2024 … De op 26 maart 2025 toegezonden vragen").
  static const RE2 kAny("(" + kDate + ")");
  std::string_view first = head.substr(0, std::min<std::size_t>(head.size(), 2500));
  re2::StringPiece input(first.data(), first.size());
  std::string phrase, day, month, year, latest;
  while (RE2::FindAndConsume(&input, kAny, &phrase, &day, &month, &year)) {
    std::string d = IsoFromParts(std::stoi(year), DutchMonth(month), std::stoi(day));
    if (!d.empty() && d > latest) latest = d, *evidence = FoldWhitespace(phrase) + " (the latest date in the head)";
  }
  if (!latest.empty()) {
    *iso = latest;
    return true;
  }
  return false;
}

bool IsChamberLine(std::string_view s) {
  return s.find("Kamer der Staten") != std::string_view::npos || StartsWith(s, "Tweede Kamer") ||
         s.find("KAMER DER STATEN") != std::string_view::npos || StartsWith(s, "TWEEDE KAMER") ||
         StartsWith(s, "EERSTE KAMER") ||
         StartsWith(s, "Eerste Kamer") || s.find("Staten-Generaal") != std::string_view::npos ||
         s.find("Staten Generaal") != std::string_view::npos;
}

bool IsFirstChamber(const std::vector<HeadLine>& head) {
  for (std::size_t i = 0; i < head.size() && i < 4; ++i) {
    if (StartsWith(head[i].text, "Eerste Kamer")) return true;
  }
  return false;
}

// The session a head states: "Vergaderjaar 2023–2024", "Zitting 1979-1980". Empty when none.
std::string SessionOfHead(const std::vector<HeadLine>& head, std::size_t max_lines) {
  static const RE2 kSession(R"((?i:vergaderjaar|zitting)\s*(\d{4})\s*(?:-|–|—|/|\s)\s*(\d{4}|\d{2})\b)");
  for (std::size_t i = 0; i < head.size() && i < max_lines; ++i) {
    std::string a, b;
    if (RE2::PartialMatch(head[i].text, kSession, &a, &b)) {
      std::string s = SessionDigits(a, b);
      if (!s.empty()) return s;
    }
  }
  return "";
}

// The first year of the session a head states ("Zitting 1974-1975" → "1974"), with the phrase; or empty.
std::string SessionYear(const std::vector<HeadLine>& head, std::string* phrase) {
  static const RE2 kSession(R"(((?i:vergaderjaar|zitting)\s*(\d{4})\s*(?:-|–|—|/)\s*(\d{4}|\d{2}))\b)");
  for (std::size_t i = 0; i < head.size() && i < 12; ++i) {
    std::string p, a, b;
    if (RE2::PartialMatch(head[i].text, kSession, &p, &a, &b) && !SessionDigits(a, b).empty()) {
      *phrase = p;
      return a;
    }
  }
  return "";
}

// A budget chapter's numeral as OCR reads it: "1" for I and "M" for II ("VIM" → "VIII", "X11" → "XII").
std::string RomanFromOcr(std::string_view s) {
  std::string out;
  for (char c : s) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c == '1') {
      out += 'I';
    } else if (c == 'M') {
      out += "II";
    } else {
      out += c;
    }
  }
  return out;
}

std::string RomanSuffix(std::string_view line) {
  static const RE2 kChapter(R"((?i:hoofdstuk)\s*([IVXL][IVXLM1]{0,5})\b.*)");
  std::string roman;
  if (RE2::FullMatch(line, kChapter, &roman)) return RomanFromOcr(roman);
  return "";
}

// A Kamerstuk's number as printed under its head: "Nr. 704", "Nr.92", "Nr. 22a", "Nr. A".
bool NumberLine(std::string_view line, std::string* number) {
  static const RE2 kNumber(R"((?:.*\s)?(?:Nr|NR|nr|IMr)\.?\s*(\d{1,5}[a-z]?|[A-Z]{1,2})(?:\s.*|\.)?)");
  return RE2::FullMatch(line, kNumber, number) && line.size() < 80;
}

// The id printed in the head of a Kamerstuk of any era: a chamber line near the top, a line with the
// dossier ("21 501-02", "23400 XIII", "22 855 (R 1451)", "15800" + "Hoofdstuk V") and below it "Nr. 125".
std::string KamerstukIdFromHeadLines(const std::vector<HeadLine>& head) {
  static const RE2 kDossier(R"((\d{1,2}) ?(\d{3})(?: ?[({]R ?\d*\)?)?(?:(?: |-)([IVXL]{1,6} [A-Z]|[A-Z]{1,6}|\d{1,3}))?)");
  bool chamber = false;
  for (std::size_t i = 0; i < head.size() && i < 4; ++i) chamber = chamber || IsChamberLine(head[i].text);
  if (!chamber) {
    // A PDF whose text starts with the dossier and the number ("29 338" / "Nr. 289"), the chamber elsewhere.
    // Or with the dossier's title beside it: "29 338 Wetenschapsbudget" / "Nr. 289 Verslag van …".
    static const RE2 kDossierTitled(R"((\d{1,2}) ?(\d{3})(?:(?: |-)([A-Z]{1,6}|\d{1,3}))?(?:\s+\p{Lu}\p{Ll}.*)?)");
    static const RE2 kNumberTyped(R"((?:Nr|NR)\.\s*(\d{1,5}[a-z]?)(?:\s+\p{Lu}.*)?)");
    std::string a, b, suffix, n;
    if (head.size() >= 2 && RE2::FullMatch(head[0].text, kDossierTitled, &a, &b, &suffix) && a.size() + b.size() >= 4 &&
        RE2::FullMatch(head[1].text, kNumberTyped, &n)) {
      return "kst-" + a + b + (suffix.empty() ? "" : "-" + suffix) + "-" + n;
    }
    return "";
  }
  std::string early_number;  // "Zitting 1980-1981 Nr. 82" names the number before the dossier
  for (std::size_t i = 0; i < head.size() && i < 16; ++i) {
    std::string a, b, suffix;
    if (!StartsWithDigit(head[i].text) || !RE2::FullMatch(head[i].text, kDossier, &a, &b, &suffix)) {
      std::string n;
      if (early_number.empty() && StartsWith(head[i].text, "Zitting") && NumberLine(head[i].text, &n)) early_number = n;
      if (early_number.empty() && StartsWith(head[i].text, "Vergaderjaar") && NumberLine(head[i].text, &n)) {
        early_number = n;
      }
      continue;
    }
    if (a.size() + b.size() < 4) continue;  // "2" (the chamber's number) and the like
    std::string id = "kst-" + a + b;
    std::string number = early_number;
    for (std::size_t j = i + 1; j < head.size() && j <= i + 6; ++j) {
      if (suffix.empty() && j <= i + 2) {
        if (std::string roman = RomanSuffix(head[j].text); !roman.empty()) suffix = roman;
      }
      std::string n;
      if (NumberLine(head[j].text, &n)) {
        number = n;
        break;
      }
    }
    if (number.empty()) {
      // The Raad van State's advice and the nader rapport are letters of the dossier: the letter printed on a
      // line of its own under the dossier's title ("B", the 1990s), else A (the letter of older papers).
      bool advice = false;
      for (std::size_t j = i + 1; j < head.size() && j < 25; ++j) {
        advice = advice || StartsWith(head[j].text, "ADVIES") || StartsWith(head[j].text, "NADER RAPPORT");
      }
      if (advice) {
        number = "A";
        for (std::size_t j = i + 1; j < head.size() && j <= i + 4; ++j) {
          std::string_view t = head[j].text;
          if (StartsWith(t, "ADVIES") || StartsWith(t, "NADER RAPPORT")) break;
          if (t.size() == 1 && t[0] >= 'A' && t[0] <= 'H') {
            number = std::string(t);
            break;
          }
        }
      }
    }
    if (number.empty()) return "";
    suffix.erase(std::remove(suffix.begin(), suffix.end(), ' '), suffix.end());  // "IX B" → "IXB"
    if (!suffix.empty()) id += "-" + suffix;
    return id + "-" + number;
  }
  return "";
}

// The head of a historical paper without a chamber line: "ZITTING 1962—1963 — 6736" (or "Zitting 1971-1972
// -11 665 (R 839)") and "Nr. 5" below it.
std::string KamerstukIdFromSessionLine(const std::vector<HeadLine>& head) {
  static const RE2 kLine(
      R"((?i:zitting)\s+\d{4}\s*(?:-|–|—)\s*\d{2,4}\s*(?:-|–|—)\s*(\d{1,2})\s?(\d{3})(?:\s*\(R\s*\d+\))?)");
  for (std::size_t i = 0; i < head.size() && i < 4; ++i) {
    std::string a, b;
    if (!RE2::FullMatch(head[i].text, kLine, &a, &b)) {
      // OCR lost the session's second year and the dash before the dossier: "Zitting 1967-9020".
      static const RE2 kCut(R"((?i:zitting)\s+(\d{4})\s*(?:-|–|—)\s*(\d{4,5}))");
      std::string year, dossier;
      if (!RE2::FullMatch(head[i].text, kCut, &year, &dossier) || std::stoi(dossier) == std::stoi(year) + 1) continue;
      a = dossier.substr(0, dossier.size() - 3);
      b = dossier.substr(dossier.size() - 3);
    }
    for (std::size_t j = i + 1; j < head.size() && j <= i + 5; ++j) {
      std::string n;
      if (NumberLine(head[j].text, &n)) return "kst-" + a + b + "-" + n;
    }
    return "";
  }
  return "";
}

// The foot of a published Kamerstuk: a line "kst-29754-704", or "Tweede Kamer, vergaderjaar 2023–2024,
// 29 754, nr. 704" (historical: "Tweede Kamer,zitting 1979-1980,15800 hoofdstukV, nr.92").
std::string KamerstukIdFromFoot(std::string_view text, const FoldedText& folded) {
  static const RE2 kKst(R"((?m)^\s*(kst-\d{4,6}(?:-[A-Z0-9]{1,6})?-[A-Za-z0-9]{1,6})\s*$)");
  // Also "…, 15 143 (R 1104) enz., nr. 30" (the first of joint dossiers), "20 200 hfdst. VIM, nr. 83" (OCR'd
  // chapter), "…, 23 440, B" (a Raad van State letter without "nr."), and a page number or a speck of OCR
  // noise after the number.
  static const RE2 kFoot(
      R"((?mi)(?:tweede|eerste)\s+kamer\s*,\s*(?:vergaderjaar|zitting)\s*\d{4}\s*(?:-|–|—|/)\s*\d{2,4}\s*,\s*(\d{1,2})\s?(\d{3})(?:\s*\(R\s*\d+\))?(?:\s*(?:(?:hoofdstuk|hfdst\.?)\s*([IVXL][IVXLM1]{0,5})|-\s*(\d{1,3}|[A-Z]{1,3})|\s([IVXL][IVXLM1]{0,5})))?(?:\s+enz\.?)?\s*,\s*(?:nr\.?\s*(\d{1,5}[a-z]?|[A-Z]{1,2})|((?-i:[A-H])))(?:[ \t]+(?:\d{1,4}|\S{1,2}))?[ \t]*$)");
  std::string id;
  if (folded.Holds("kst-", text.size()) && RE2::PartialMatch(text, kKst, &id)) return id;
  std::string a, b, chapter, dash, roman, number, letter;
  if (folded.MayHold("kamer", text.size()) && folded.MayHoldAny({"vergaderjaar", "zitting"}, text.size()) &&
      PartialMatchAtWords(text, folded, {"tweede", "eerste"}, kFoot, &a, &b, &chapter, &dash, &roman, &number, &letter)) {
    std::string out = "kst-" + a + b;
    std::string suffix = !chapter.empty() ? RomanFromOcr(chapter) : !dash.empty() ? dash : RomanFromOcr(roman);
    for (char& c : suffix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!suffix.empty()) out += "-" + suffix;
    return out + "-" + (number.empty() ? letter : number);
  }
  return "";
}

// A saved tweedekamer.nl page of a paper names it as "Nummer: 31497-504".
std::string NumberedPageId(std::string_view text, const FoldedText& folded) {
  static const RE2 kNummer(R"((?m)^\s*Nummer:\s*(\d{4,6}(?:-[A-Z0-9]{1,6})?)-(\d{1,5})\s*$)");
  std::string dossier, number;
  if (folded.Holds("Nummer:", text.size()) && RE2::PartialMatch(text, kNummer, &dossier, &number)) {
    return "kst-" + dossier + "-" + number;
  }
  return "";
}

// A motion PDF of the Tweede Kamer's own site starts with "35851-71" (dossier-number).
std::string MotionPdfId(const std::vector<HeadLine>& head) {
  static const RE2 kFirst(R"((\d{4,6}(?:-[A-Z0-9]{1,6})?)-(\d{1,5})(?:\s+.*)?)");
  std::string dossier, number;
  if (!head.empty() && RE2::FullMatch(head[0].text, kFirst, &dossier, &number)) {
    return "kst-" + dossier + "-" + number;
  }
  return "";
}

// An Aanhangsel item: "Aanhangsel van de Handelingen" in the head, the session, and the item's number on a
// line of its own below; or "AH 615" at the top of an item of the current session (dated).
std::string AanhangselId(const std::vector<HeadLine>& head, const std::string& date) {
  static const RE2 kDigits(R"((\d{1,4})(?:\s+Herdruk\d?)?)");  // "701 Herdruk2": a reprint of item 701
  static const RE2 kAh(R"(AH\s?(\d{1,4}))");
  // A historical page, "Aanhangsel tot het Verslag van de Handelingen der Eerste Kamer" (OCR: "tot bet"), its
  // items numbered before the heading: "7. VRAGEN van de heer …" → ah-ek-<session>-7, the session stated or
  // that of the answer's date.
  static const RE2 kOld(R"((?i:aanhangsel tot [bh]et verslag).*)");
  static const RE2 kItem(R"((\d{1,4})\. ?(?:VRAGEN|VRAAG|Vragen|Vraag) van .*)");
  for (std::size_t i = 0; i < head.size() && i < 6; ++i) {
    if (!RE2::FullMatch(head[i].text, kOld)) continue;
    std::string chamber;
    for (std::size_t k = 0; k < head.size() && k <= i + 1; ++k) {
      std::string_view t = head[k].text;
      if (t.find("Eerste Kamer") != std::string_view::npos || t.find("EERSTE KAMER") != std::string_view::npos ||
          t == "Eerste") {
        chamber = "ek";
      } else if (t.find("Tweede Kamer") != std::string_view::npos || t.find("TWEEDE KAMER") != std::string_view::npos ||
                 t == "Tweede") {
        chamber = "tk";
      }
    }
    std::string session = SessionOfHead(head, 8);
    if (session.empty() && date.size() >= 7) session = SessionOfDate(date);
    if (chamber.empty() || session.empty()) return "";
    for (std::size_t j = i + 1; j < head.size() && j <= i + 6; ++j) {
      std::string item;
      if (RE2::FullMatch(head[j].text, kItem, &item)) return "ah-" + chamber + "-" + session + "-" + item;
    }
    return "";
  }
  for (std::size_t i = 0; i < head.size() && i < 8; ++i) {
    if (head[i].text.find("Aanhangsel van de Handelingen") == std::string_view::npos) continue;
    std::string session = SessionOfHead(head, 6);
    if (session.empty()) return "";
    for (std::size_t j = i + 1; j < head.size() && j <= i + 5; ++j) {
      std::string item;
      if (RE2::FullMatch(head[j].text, kDigits, &item)) {
        return std::string(IsFirstChamber(head) ? "ah-ek-" : "ah-tk-") + session + "-" + item;
      }
    }
    return "";
  }
  std::string number;
  for (std::size_t i = 0; i < head.size() && i < 3; ++i) {
    if (RE2::FullMatch(head[i].text, kAh, &number) && !date.empty()) {
      return "ah-tk-" + SessionOfDate(date) + "-" + number;
    }
  }
  return "";
}

// A sitting's transcript: "71ste VERGADERING" / "55ste vergadering" at the top, dated → h-tk-<session>-71
// (h-ek- when the head names the Eerste Kamer).
// An old Handelingen page names its chamber in capitals on a line of its own at the foot ("EERSTE KAMER"
// under "Deel II Zitting 1959—1960"); true when that line says Eerste Kamer.
bool PageLineSaysFirstChamber(std::string_view text, const FoldedText& folded) {
  static const RE2 kChamber(R"((?m)^[ \t\f]*(EERSTE|TWEEDE) KAMER[ \t]*$)");
  std::string which;
  return folded.Holds("EERSTE KAMER", text.size()) && RE2::PartialMatch(text, kChamber, &which) && which == "EERSTE";
}

// A committee's transcript numbers its meetings apart from the plenary sittings ("59ste vergadering: Vaste
// commissie voor de Politie", running foot "30 mei 1988 UCV59"): its number is no h-tk- sitting id.
bool IsCommitteeTranscript(const std::vector<HeadLine>& head, std::string_view text, const FoldedText& folded) {
  // "59ste vergadering:" with the committee after the colon or on the next line.
  static const RE2 kHeading(R"(\d{1,3}(?:ste|de|e) (?i:vergadering):.*)");
  for (std::size_t i = 0; i < head.size() && i < 4; ++i) {
    if (!RE2::FullMatch(head[i].text, kHeading)) continue;
    bool named = head[i].text.find("ommissie") != std::string_view::npos ||
                 (i + 1 < head.size() && head[i + 1].text.find("ommissie") != std::string_view::npos);
    if (named) return true;
  }
  static const RE2 kFoot(R"((?m)^[ \t]*\d{1,2} \pL+ \d{4} UCV ?\d{1,3}[ \t]*$)");
  return folded.Holds("UCV", text.size()) && RE2::PartialMatch(text, kFoot);
}

std::string SittingId(const std::vector<HeadLine>& head, const std::string& date, bool first_chamber_pages) {
  static const RE2 kSitting(R"((\d{1,3})(?:ste|de|e)\s+(?i:vergadering)\b.*)");
  if (date.size() < 7) return "";
  for (std::size_t i = 0; i < head.size() && i < 6; ++i) {
    std::string n;
    if (!RE2::FullMatch(head[i].text, kSitting, &n)) continue;
    bool first = first_chamber_pages;
    for (std::size_t j = 0; j < head.size() && j < 8; ++j) {
      first = first || StartsWith(head[j].text, "Eerste Kamer") || StartsWith(head[j].text, "EERSTE KAMER");
    }
    return std::string(first ? "h-ek-" : "h-tk-") + SessionOfDate(date) + "-" + n;
  }
  return "";
}

// A Handelingen item printed from the Kamer's site starts with its page number and the item's title, which
// the running head repeats: "6" / "Staat van de Volkshuisvesting" / "Voorzitter: …" (or all on one line).
std::string ItemTitle(const std::vector<HeadLine>& head) {
  static const RE2 kOneLine(R"(\d{1,4} (.{3,120}?) Voorzitter: .*)");
  static const RE2 kNumber(R"(\d{1,4})");
  std::string title;
  // A historical sitting's page: the item's title above "71ste vergadering -25 juni '57".
  static const RE2 kSittingLine(R"(\d{1,3}(?:ste|de|e) vergadering\b.*)");
  if (head.size() >= 2 && head[0].text.size() < 80 && std::isupper(static_cast<unsigned char>(head[0].text[0])) &&
      RE2::FullMatch(head[1].text, kSittingLine)) {
    return std::string(head[0].text);
  }
  // A Word transcript: the heading, then the title again over (or run into) "Aan de orde is …".
  if (head.size() >= 2 && head[0].text.size() < 120 && StartsWith(head[1].text, head[0].text)) {
    std::string_view rest = StripAscii(head[1].text.substr(head[0].text.size()));
    if (StartsWith(rest, "Aan de orde is") || (rest.empty() && head.size() >= 3 && StartsWith(head[2].text, "Aan de orde is"))) {
      return std::string(head[0].text);
    }
  }
  if (!head.empty() && RE2::FullMatch(head[0].text.substr(0, std::min<std::size_t>(head[0].text.size(), 400)),
                                      kOneLine, &title)) {
    return title;
  }
  // "8 Begroting Landbouw … 2025 Begroting Landbouw … 2025 Aan de orde is …": the title, said twice.
  if (!head.empty() && head[0].text.size() > 40 && std::isdigit(static_cast<unsigned char>(head[0].text[0]))) {
    std::string_view t = head[0].text;
    std::size_t sp = t.find(' ');
    if (sp != std::string_view::npos && sp <= 4) {
      std::string_view rest = t.substr(sp + 1);
      for (std::size_t k = rest.find(' '); k != std::string_view::npos && k < 200; k = rest.find(' ', k + 1)) {
        std::string_view cand = rest.substr(0, k);
        if (rest.size() > 2 * k + 1 && rest.substr(k + 1, k) == cand &&
            (rest.size() == 2 * k + 1 || rest[2 * k + 1] == ' ')) {
          return std::string(cand);
        }
      }
    }
  }
  if (head.size() >= 3 && RE2::FullMatch(head[0].text, kNumber)) {
    std::string_view t = head[1].text;
    if (head[2].text == t || StartsWith(head[2].text, "Voorzitter:")) return std::string(t);
    // The title in the page head, then once more just before "Aan de orde is …", each wrapped its own way:
    // joined (a hyphen at a line end before a lower-case letter is a break, not a hyphen), it reads twice.
    std::string joined;
    for (std::size_t i = 1; i < head.size() && i < 10; ++i) {
      std::string_view l = head[i].text;
      if (StartsWith(l, "Aan de orde is") || StartsWith(l, "Voorzitter:") || StartsWith(l, "De voorzitter:")) {
        for (std::size_t k = joined.find(' '); k != std::string::npos; k = joined.find(' ', k + 1)) {
          if (joined.size() == 2 * k + 1 && joined.compare(0, k, joined, k + 1, k) == 0) return joined.substr(0, k);
        }
        break;
      }
      if (!joined.empty() && joined.back() == '-' && !l.empty() && std::islower(static_cast<unsigned char>(l[0]))) {
        joined.pop_back();
      } else if (!joined.empty()) {
        joined += ' ';
      }
      joined += std::string(l);
    }
  }
  return "";
}

// Written questions and the letters that answer them name the zaak on a line of its own at the top.
std::string ZaakId(const std::vector<HeadLine>& head) {
  static const RE2 kZaak(R"((\d{4}Z\d{5}))");
  for (std::size_t i = 0; i < head.size() && i < 6; ++i) {
    std::string z;
    if (RE2::FullMatch(head[i].text, kZaak, &z)) return z;
  }
  return "";
}

// A Handelingen PDF's page foot: a date, "TK 65", then "65-4-1" (sitting, item, page).
std::string HandelingenIdFromFoot(std::string_view text, const FoldedText& folded, std::string* date,
                                  std::string* evidence) {
  static const RE2 kFoot("(" + kDate + R"()\s*\n\s*TK (\d{1,3})(?:[ \t]+|\s*\n(?:.*\n){0,4}?\s*)(\d{1,3})-(\d{1,3})-\d{1,3}\b)");
  std::string phrase, day, month, year, sitting, sitting2, item;
  if (!folded.Holds("TK ", text.size())) return "";
  if (!RE2::PartialMatch(text, kFoot, &phrase, &day, &month, &year, &sitting, &sitting2, &item)) return "";
  if (sitting != sitting2) return "";
  std::string iso = IsoFromParts(std::stoi(year), DutchMonth(month), std::stoi(day));
  if (iso.empty()) return "";
  *date = iso;
  *evidence = FoldWhitespace(phrase);
  return "h-tk-" + SessionOfDate(iso) + "-" + sitting + "-" + item;
}

bool MostlyUpper(std::string_view s) { return kamergraaf::MostlyUpper(s, 4); }

// Cuts a title line before the date phrase printed on the same line ("MEMORIE VAN ANTWOORD Ontvangen …").
std::string_view BeforeDatePhrase(std::string_view s) {
  for (std::string_view w : {" Ontvangen", " Voorgesteld", " Vastgesteld", " Ingezonden", " ingezonden", "(ingezonden",
                             "(Ingezonden", "(Ingezon", "(lngezon"}) {  // OCR: "(lngezon-den27juni 1985)"
    std::size_t at = s.find(w);
    if (at != std::string_view::npos && at > 0) s = s.substr(0, at);
  }
  // "GEWIJZIGD ONTWERP VAN WET 16 mei 1986": the date printed after the type.
  // Only a line that ends in a year ("1986" or "1986.") can: a cheap test before the pattern. Not a date the
  // title speaks of: "… over de brief van 19 november 2024".
  static const RE2 kTrailingDate("(.*?)\\s+" + kDate + "\\.?");
  std::string_view end = s;
  if (!end.empty() && end.back() == '.') end.remove_suffix(1);
  const bool ends_in_year = end.size() >= 4 && std::all_of(end.end() - 4, end.end(), [](char c) { return c >= '0' && c <= '9'; });
  std::string before, day, month, year;
  if (ends_in_year && RE2::FullMatch(s, kTrailingDate, &before, &day, &month, &year) && !EndsWith(before, " van") &&
      !EndsWith(before, " d.d.") && !EndsWith(before, " op")) {
    s = s.substr(0, before.size());
  }
  return StripAscii(s);
}

// A footnote marker glued to a capitalised word of a title: "COMMISSIE VOOR JUSTITIE1", "ADRES1 VAN".
std::string DropGluedMarkers(const std::string& title) {
  std::string out;
  for (std::size_t i = 0; i < title.size(); ++i) {
    char c = title[i];
    if (std::isdigit(static_cast<unsigned char>(c)) && i > 0 && std::isupper(static_cast<unsigned char>(title[i - 1]))) {
      std::size_t j = i;
      while (j < title.size() && std::isdigit(static_cast<unsigned char>(title[j]))) ++j;
      if (j - i <= 2 && (j == title.size() || title[j] == ' ' || title[j] == ',')) {
        i = j - 1;
        continue;
      }
    }
    out.push_back(c);
  }
  return out;
}

// Words after which a wrapped capitalised title goes on (or with which its next line starts).
bool IsLinkWord(std::string_view w) {
  for (std::string_view k : {"VAN", "DE", "HET", "EN", "TER", "DIE", "DER", "DEN", "VOOR", "OVER", "LID", "LEDEN",
                             "C.S.", "ONDER", "NR.", "MET", "TOT", "INZAKE", "BETREFFENDE", "TE", "OP", "IN", "AAN"}) {
    if (w == k) return true;
  }
  return false;
}

std::string_view LastWord(std::string_view s) {
  std::size_t sp = s.find_last_of(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}
std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }

// "… van het lid Van Zanten c.s." / "over …": a line that ends in an abbreviation does not end the heading.
bool EndsWithAbbreviation(std::string_view s) {
  std::string_view w = LastWord(s);
  if (w == "nr." || w == "mr." || w == "dr." || w == "drs." || w == "prof." || w == "jr.") return true;
  return w.size() >= 3 && w.size() <= 6 && w.substr(0, w.size() - 1).find('.') != std::string_view::npos;
}

// OCR reads the N of a capitalised word as "IM": "MEMORIE VAIM ANTWOORD".
std::string FixOcrVan(std::string title) {
  for (std::size_t at = title.find("VAIM "); at != std::string::npos; at = title.find("VAIM ", at + 1)) {
    if (at == 0 || title[at - 1] == ' ') title.replace(at, 4, "VAN");
  }
  return title;
}

// The paper's own title in its head: the capitalised type line ("MOTIE VAN HET LID VAN DIJK", "GEWIJZIGDE
// MOTIE … TER VERVANGING VAN DIE GEDRUKT ONDER NR. 343", "MEMORIE VAN ANTWOORD") joined with the capitalised
// lines that continue it; or the "Vragen van het lid … over …" heading of written questions up to
// "(ingezonden …)".
std::string TitleFromHead(const std::vector<HeadLine>& head) {
  static const char* kTypes[] = {"MOTIE", "GEWIJZIGDE MOTIE", "NADER GEWIJZIGDE MOTIE", "TWEEDE NADER GEWIJZIGDE MOTIE",
                                 "AMENDEMENT", "GEWIJZIGD AMENDEMENT", "NADER GEWIJZIGD AMENDEMENT", "MEMORIE VAN",
                                 "NOTA NAAR AANLEIDING", "NOTA VAN WIJZIGING", "VOORLOPIG VERSLAG", "EINDVERSLAG",
                                 "VERSLAG", "KONINKLIJKE BOODSCHAP", "VOORSTEL VAN WET", "ADVIES RAAD VAN STATE",
                                 "ADVIES VAN DE RAAD VAN STATE", "NADER RAPPORT", "BRIEF VAN", "LIJST VAN",
                                 "GELEIDENDE BRIEF", "BESLUITENLIJST", "ONTWERP VAN WET", "AMENDEMENTEN",
                                 "VOORGESTELD AMENDEMENT", "NOTA VAN VERBETERING", "VRAGEN", "LIJST VAN VRAGEN",
                                 "VOORLOOPIG VERSLAG", "SAMENVATTEND EINDRAPPORT"};
  static const RE2 kNumberFirst(R"((?:Nr|NR)\.\s*\d{1,5}[a-z]?\s+)");
  for (std::size_t i = 0; i < head.size(); ++i) {
    std::string fixed = FixOcrVan(std::string(head[i].text));
    std::string_view line = fixed;
    // A saved page puts the number before the type: "Nr. 48 MOTIE VAN DE LEDEN …"; an old one its sheet
    // numbers: "(484. 17.) AMENDEMENTEN VAN …".
    re2::StringPiece rest(line.data(), line.size());
    if (StartsWith(line, "N") && RE2::Consume(&rest, kNumberFirst)) line = std::string_view(rest.data(), rest.size());
    if (!line.empty() && line.front() == '(') {
      std::size_t close = line.find(") ");
      if (close != std::string_view::npos && close < 16) line = StripAscii(line.substr(close + 1));
    }
    // An answer letter's heading over its questions: "Antwoorden van de minister van X op Kamervragen" / "van de
    // leden … over …", up to the full stop.
    if (StartsWith(line, "Antwoorden van de ") && line.find("vragen") != std::string_view::npos) {
      std::string title(line);
      for (std::size_t j = i + 1; j < head.size() && j <= i + 4; ++j) {
        if (title.back() == '.' || title.back() == '?' || StartsWith(head[j].text, "Vraag") || head[j].after_blank) break;
        title += " " + std::string(head[j].text);
      }
      return FoldWhitespace(title);
    }
    // A historical Aanhangsel item: "214. VRAAG van het lid …", "30. VRAGEN van den heer …".
    static const RE2 kItemNumber(R"(\d{1,4}\. ?)");
    re2::StringPiece item(line.data(), line.size());
    if (!line.empty() && line[0] >= '0' && line[0] <= '9' && RE2::Consume(&item, kItemNumber)) {
      std::string_view after(item.data(), item.size());
      if (StartsWith(after, "VRAGEN van ") || StartsWith(after, "VRAAG van ") || StartsWith(after, "Vragen van ")) {
        line = after;
      }
    }
    if (StartsWith(line, "Vragen van ") || StartsWith(line, "Vraag van ") || StartsWith(line, "Mondelinge vragen van ") ||
        StartsWith(line, "VRAGEN van ") || StartsWith(line, "VRAAG van ")) {
      std::string title(line);
      for (std::size_t j = i + 1; j < head.size() && j <= i + 6 && title.find("ingezonden") == std::string::npos &&
                                  title.find("Ingezonden") == std::string::npos;
           ++j) {
        if (StartsWith(head[j].text, "Antwoord") || StartsWith(head[j].text, "Vraag") || head[j].after_blank) break;
        if (!title.empty() && (title.back() == '?' || (title.back() == '.' && !EndsWithAbbreviation(title)))) break;
        title += " " + std::string(head[j].text);
      }
      std::string_view t = BeforeDatePhrase(title);
      while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
      return FoldWhitespace(t);
    }
    // Ordinals and amendments of the type go before it: "ACHTSTE NOTA VAN WIJZIGING", "GEWIJZIGD ONTWERP
    // VAN WET"; "Amendement van de heer X" is also written in title case.
    std::string_view bare = line;
    for (bool again = true; again;) {
      again = false;
      for (std::string_view w : {"TWEEDE ", "DERDE ", "VIERDE ", "VIJFDE ", "ZESDE ", "ZEVENDE ", "ACHTSTE ",
                                 "NEGENDE ", "TIENDE ", "GEWIJZIGD ", "GEWIJZIGDE ", "NADER "}) {
        if (StartsWith(bare, w)) bare.remove_prefix(w.size()), again = true;
      }
    }
    bool typed = false;
    for (const char* type : kTypes) {
      std::string_view ty(type);
      for (std::string_view l : {bare, line}) {
        if (StartsWith(l, ty) && (l.size() == ty.size() || l[ty.size()] == ' ' || l[ty.size()] == '.')) typed = true;
      }
    }
    // A type line in sentence case on its own near the top: "Verslag van een schriftelijk overleg".
    if (!typed && i < 8 && line.size() < 60) {
      std::string upper(line);
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (std::string_view ty : {"VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "VERSLAG VAN EEN COMMISSIEDEBAT",
                                  "MEMORIE VAN TOELICHTING", "MEMORIE VAN ANTWOORD", "NOTA VAN WIJZIGING"}) {
        if (upper == ty) return std::string(line);
      }
    }
    if (!typed && (StartsWith(line, "Amendement van ") || StartsWith(line, "Motie van "))) {
      std::string t(BeforeDatePhrase(line));
      return FoldWhitespace(t);
    }
    // The type and the words after it in capitals; an old head goes on in lower case ("EINDVERSLAG VAN DE
    // COMMISSIE VAN RAPPORTEURS over het ontwerp van wet …").
    if (!typed) continue;
    std::string_view typed_part = BeforeDatePhrase(line);
    std::string_view first_words = typed_part.substr(0, std::min<std::size_t>(typed_part.size(), 24));
    if (!typed || !MostlyUpper(first_words)) continue;
    std::string title(BeforeDatePhrase(line));
    // A sentence after the capitals ("… VOOR ONDERWIJS Zoals mondeling uitgebracht …") is not title.
    for (std::size_t k = title.find(' '); k != std::string::npos; k = title.find(' ', k + 1)) {
      if (k + 2 < title.size() && std::isupper(static_cast<unsigned char>(title[k + 1])) &&
          std::islower(static_cast<unsigned char>(title[k + 2])) && MostlyUpper(std::string_view(title).substr(0, k))) {
        title.resize(k);
        break;
      }
    }
    bool cut = title.size() < line.size() || !MostlyUpper(title);
    for (std::size_t j = i + 1; !cut && j < head.size() && j <= i + 4; ++j) {
      std::string_view next = head[j].text;
      std::string_view part = BeforeDatePhrase(next);
      if (part.empty() || !MostlyUpper(part) || StartsWith(next, "Nr") || IsChamberLine(next)) break;
      // A wrapped title goes on after or with a linking word; "ALGEMEEN DEEL" under a complete type is a heading.
      if (!IsLinkWord(LastWord(title)) && !IsLinkWord(FirstWord(part)) && title.back() != '-') break;
      title += " " + std::string(part);
      cut = part.size() < next.size();
    }
    return FoldWhitespace(DropGluedMarkers(title));
  }
  return "";
}

// A signature's name: "D.M. van Weel", "Mona Keijzer", "H. J. Zeevalking" — capitalised words and
// particles, at most six, not a sentence.
bool LooksLikeName(std::string_view n) {
  if (n.empty() || !std::isupper(static_cast<unsigned char>(n.front())) || n.back() == ':' || n.back() == ',') {
    return false;
  }
  int words = 0;
  std::size_t i = 0;
  while (i < n.size()) {
    while (i < n.size() && n[i] == ' ') ++i;
    std::size_t j = n.find(' ', i);
    if (j == std::string_view::npos) j = n.size();
    std::string_view w = n.substr(i, j - i);
    i = j;
    if (w.empty()) continue;
    ++words;
    bool particle = w == "van" || w == "de" || w == "der" || w == "den" || w == "ten" || w == "ter" || w == "het" ||
                    w == "te" || w == "in" || w == "'t";
    if (!particle && !std::isupper(static_cast<unsigned char>(w.front()))) return false;
  }
  return words >= 1 && words <= 6;
}

// Who signs: "De Minister van Economische Zaken," with the name on the same or the next line (the last
// such signature in the text), or the "Antwoord van Minister Helder (Volksgezondheid …)" / "Mededeling van
// staatssecretaris X (…)" of an Aanhangsel item.
std::string FindSigner(std::string_view text, const std::vector<HeadLine>& head) {
  static const RE2 kAnswerBy(
      R"(((?:Antwoord|Mededeling) van (?:de )?(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)[^()\n]{1,60}(?:\([^()]{1,80}\))?))");
  std::string head_text;
  for (std::size_t i = 0; i < head.size() && i < 14; ++i) head_text += std::string(head[i].text) + " ";
  std::string by;
  if (PartialMatchAtLiterals(head_text, {"Antwoord van ", "Mededeling van "}, kAnswerBy, &by)) {
    std::size_t van = by.find(" van ");
    return FoldWhitespace(by.substr(van + 5));
  }
  // A historical answer: "ANTWOORD van de heer Staf, Minister voor Defensie." → "Minister Staf (Defensie)".
  static const RE2 kAnswerByName(
      R"((?:Antwoord|ANTWOORD) van (?:de heer|mevrouw) ([^,()\n]{2,40}), ([Mm]inister|[Ss]taatssecretaris)(?: (?:van|voor) ([^.()\n]{3,80}))?)");
  std::string name, role, ministry;
  if (PartialMatchAtLiterals(head_text, {"Antwoord van ", "ANTWOORD van "}, kAnswerByName, &name, &role, &ministry) &&
      LooksLikeName(StripAscii(name))) {
    role[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(role[0])));
    std::string out = role + " " + std::string(StripAscii(name));
    if (!ministry.empty()) out += " (" + std::string(StripAscii(ministry)) + ")";
    return FoldWhitespace(out);
  }
  // The first signature: a letter signed by two ministers is the first one's.
  static const RE2 kRole(R"(([Dd]e (?:[Mm]inister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris))((?: ?(?:van|voor) |,).*)?)");
  static const RE2 kInitials(R"((?:^|[ ,])(\p{Lu}\.))");
  // The line starting at `pos` (stripped), and the position after it.
  auto line_at = [&text](std::size_t pos, std::size_t* next) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    *next = eol + 1;
    return StripAscii(text.substr(pos, eol - pos));
  };
  for (std::size_t pos = 0, next = 0; pos < text.size(); pos = next) {
    std::string_view t = line_at(pos, &next);
    std::string who, rest;
    if (t.size() < 12 || t.size() > 200 || (t[0] != 'D' && t[0] != 'd') || t[1] != 'e' || t[2] != ' ') continue;
    if (!RE2::FullMatch(t, kRole, &who, &rest)) continue;
    // "De Minister van Economische Zaken, A.B. de Vries", "De Minister van Volkshuisvesting, Ruimtelijke
    // Ordening en Milieubeheer, J. G. M. Alders": the name after the last comma.
    if (std::size_t comma = t.rfind(", "); comma != std::string_view::npos) {
      std::string_view n = StripAscii(t.substr(comma + 2));
      if (!n.empty() && n.size() <= 50 && LooksLikeName(n)) return FoldWhitespace(std::string(t.substr(0, comma)) + ", " + std::string(n));
    }
    // "De Minister-President, Minister van Algemene Zaken A. A. M. van Agt": the name from its initials.
    re2::StringPiece after(t.data() + who.size(), t.size() - who.size());
    re2::StringPiece initial;
    if (RE2::PartialMatch(after, kInitials, &initial)) {
      std::size_t at = static_cast<std::size_t>(initial.data() - t.data());
      std::string_view n = StripAscii(t.substr(at));
      std::string_view r = StripAscii(t.substr(0, at));
      while (!r.empty() && r.back() == ',') r = StripAscii(r.substr(0, r.size() - 1));
      if (n.size() <= 50 && LooksLikeName(n)) return FoldWhitespace(std::string(r) + ", " + std::string(n));
    }
    // The name on a line below: the role line holds only the ministry ("De minister van Landbouw, Natuur en
    // Voedselkwaliteit"), with or without a final comma, never a sentence.
    bool ministry_only = true;
    for (std::size_t k = 0; k < rest.size();) {
      while (k < rest.size() && (rest[k] == ' ' || rest[k] == ',')) ++k;
      std::size_t e = rest.find_first_of(" ,", k);
      if (e == std::string::npos) e = rest.size();
      std::string_view w(rest.data() + k, e - k);
      k = e;
      if (w.empty()) continue;
      bool small = w == "van" || w == "voor" || w == "en" || w == "de" || w == "het" || w == "der" || w == "–" ||
                   w == "-" || w == "&";
      if (!small && !(std::isupper(static_cast<unsigned char>(w[0])) || static_cast<unsigned char>(w[0]) >= 0x80)) {
        ministry_only = false;
        break;
      }
    }
    if (!ministry_only) continue;
    std::size_t below = next;
    for (int j = 0; j < 6 && below < text.size(); ++j) {
      std::string_view n = line_at(below, &below);
      if (n.empty()) continue;
      std::string_view r = t;
      while (!r.empty() && r.back() == ',') r = StripAscii(r.substr(0, r.size() - 1));
      if (n.size() <= 50 && LooksLikeName(n)) return FoldWhitespace(std::string(r) + ", " + std::string(n));
      break;
    }
  }
  return "";
}

// "Betreft Beantwoording Kamervragen over het bericht 'Gemeenten" / "onvoldoende voorbereid …'": the
// subject goes on until a blank line or the next field of the letter head.
std::string BetreftWithContinuation(const std::vector<HeadLine>& head, std::string title) {
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (!StartsWith(head[i].text, "Betreft")) continue;
    for (std::size_t j = i + 1; j < head.size() && j <= i + 3; ++j) {
      std::string_view next = head[j].text;
      if (head[j].after_blank || next.size() > 120) break;
      bool field = false;
      for (std::string_view f : {"Datum", "Ons kenmerk", "Uw kenmerk", "Uw brief", "Bijlage", "Geachte", "Kenmerk",
                                 "Aan de", "Contactpersoon", "Referentie", "Pagina"}) {
        field = field || StartsWith(next, f);
      }
      if (field) break;
      title += " " + std::string(next);
    }
    break;
  }
  return FoldWhitespace(title);
}

// A letter head laid out in two columns: "Betreft" / "Onderwerp" on a line of its own, the subject below.
std::string SubjectOnNextLine(const std::vector<HeadLine>& head) {
  for (std::size_t i = 0; i + 1 < head.size(); ++i) {
    if (head[i].text == "Betreft" || head[i].text == "Onderwerp" || head[i].text == "Betreft:") {
      return FoldWhitespace(head[i + 1].text);
    }
  }
  return "";
}

// OCR keeps the hyphen of a word broken at a line end and runs the lines together: "het toe-zicht op
// verpleeg-huizen", "VOLKSHUIS-VESTING". A hyphen between letters goes when the document writes the joined
// word elsewhere ("toezicht", "Volkshuisvesting"); a real one ("Haas-Berger", a word hyphenated throughout)
// stays.
std::string JoinBrokenWords(const std::string& title, std::string_view text) {
  auto is_letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  if (title.find('-') == std::string::npos) return title;
  std::string lower(text.substr(0, std::min<std::size_t>(text.size(), 200000)));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string out;
  for (std::size_t i = 0; i < title.size(); ++i) {
    if (title[i] == '-' && i > 0 && i + 1 < title.size() && is_letter(title[i - 1]) && is_letter(title[i + 1]) &&
        !(std::isupper(static_cast<unsigned char>(title[i + 1])) && std::islower(static_cast<unsigned char>(title[i - 1])))) {
      std::size_t start = i;
      while (start > 0 && is_letter(title[start - 1])) --start;
      std::size_t end = i + 1;
      while (end < title.size() && is_letter(title[end])) ++end;
      std::string joined = title.substr(start, i - start) + title.substr(i + 1, end - i - 1);
      for (char& c : joined) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      bool written = false;
      for (std::size_t at = lower.find(joined); joined.size() >= 6 && at != std::string::npos && !written;
           at = lower.find(joined, at + 1)) {
        written = (at == 0 || !is_letter(lower[at - 1])) &&
                  (at + joined.size() == lower.size() || !is_letter(lower[at + joined.size()]));
      }
      if (written) continue;
    }
    out += title[i];
  }
  return out;
}

// The head's first `n` lines, not counting the dossier numbers a joint paper lists one a line ("16 721").
std::size_t HeadLimit(const std::vector<HeadLine>& head, std::size_t n) {
  static const RE2 kDossier(R"(\d{1,2} ?\d{3}(?: \(R ?\d+\))?)");
  for (std::size_t i = 0; i < head.size() && i < n; ++i) {
    n += StartsWithDigit(head[i].text) && RE2::FullMatch(head[i].text, kDossier) ? 1 : 0;
  }
  return n;
}

// The running foot of a 1980s–90s Handelingen page: the item's title over "26 februari 1987 TK55" (a
// committee's: "30 mei 1988 UCV59").
std::string RunningFootTitle(std::string_view text, const FoldedText& folded) {
  static const RE2 kFoot("(?m)^[ \\t]*(\\p{Lu}[^\\n]{2,100}?)[ \\t]*\\n[ \\t]*" + kDate + R"( (?:TK|UCV|EK) ?\d{1,3}[ \t]*$)");
  std::string title, day, month, year;
  re2::StringPiece input(text.data(), text.size());
  const std::size_t n = text.size();
  if (!folded.Holds(" TK", n) && !folded.Holds(" UCV", n) && !folded.Holds(" EK", n)) return "";
  if (RE2::PartialMatch(input, kFoot, &title, &day, &month, &year) && title.back() != '.') return title;
  return "";
}

// A ministry's note (beslisnota, contourennota) under its letterhead: a line of its own naming the note,
// "Contourennota intrekking Spreidingswet", "nota voorhang en aanwijzing …".
std::string NoteTitle(const std::vector<HeadLine>& head) {
  for (std::size_t i = 0; i < head.size() && i < 15; ++i) {
    std::string_view t = head[i].text;
    if (!head[i].after_blank || t.size() > 120 || t.back() == '.' || t.find(' ') == std::string_view::npos) continue;
    std::string first(t.substr(0, t.find(' ')));
    for (char& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (first.size() >= 4 && first.compare(first.size() - 4, 4, "nota") == 0) return std::string(t);
  }
  return "";
}

std::vector<HeadLine> Prefix(const std::vector<HeadLine>& v, std::size_t n) {
  return std::vector<HeadLine>(v.begin(), v.begin() + std::min(n, v.size()));
}

// "Vragen van het lid X (Party) aan de Minister van Y over …" → "de Minister van Y".
std::string FindAddressee(const std::string& title) {
  static const RE2 kTo(R"(\baan (de (?:[Mm]inister|[Ss]taatssecretaris|[Mm]inisters|[Ss]taatssecretarissen)[^\n]*?) over\b)");
  std::string to;
  if (RE2::PartialMatch(title, kTo, &to)) return FoldWhitespace(to);
  return "";
}

}  // namespace

std::string PaperTitle(std::string_view text, std::size_t max_lines) {
  return TitleFromHead(HeadLines(text.substr(0, std::min<std::size_t>(text.size(), 40000)), max_lines));
}

void IdentifyDocument(std::string_view path, std::string_view text, Document* doc) {
  std::string_view base = path;
  if (std::size_t slash = base.find_last_of('/'); slash != std::string_view::npos) base.remove_prefix(slash + 1);
  std::string id;
  if (RE2::FullMatch(base, P().file_name, &id)) {
    doc->id = id;
    doc->has_official_id = true;
  } else if (doc->id.empty()) {
    doc->id = std::string(path);
    doc->has_official_id = false;
  }

  std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 6000));
  std::vector<HeadLine> lines = HeadLines(head, 40);
  // Every search below that reads the text from its start reads at most this much of it.
  constexpr std::size_t kSearched = 60000;
  const std::string_view searched = text.substr(0, std::min(text.size(), kSearched));
  const FoldedText folded(searched);

  bool aanhangsel = false;
  for (std::size_t i = 0; i < lines.size() && i < 8; ++i) {
    aanhangsel = aanhangsel || lines[i].text.find("Aanhangsel van de Handelingen") != std::string_view::npos ||
                 StartsWith(lines[i].text, "AH ");
  }
  bool questions = false;
  for (std::size_t i = 0; i < lines.size() && i < 12; ++i) {
    questions = questions || StartsWith(lines[i].text, "Vragen van ") || StartsWith(lines[i].text, "Vraag van ") ||
                StartsWith(lines[i].text, "Antwoord van ");
  }

  if (doc->date.empty()) {
    std::string iso, evidence;
    std::string session_phrase;
    if (FindDate(text.substr(0, std::min<std::size_t>(text.size(), 30000)), folded,
                 /*prefer_received=*/aanhangsel || questions, &iso, &evidence)) {
      doc->date = iso;
      doc->date_evidence = evidence;
    } else if (std::string year = SessionYear(lines, &session_phrase); !year.empty()) {
      // Only the session is stated: the year it began, with a precision of a year (evidence says so).
      doc->date = year;
      doc->date_evidence = session_phrase + " (vergaderjaar only: the year it began)";
    }
  }

  if (!doc->has_official_id) {
    // Strongest first: the foot a publication prints on every page, then the head.
    std::string found = AanhangselId(lines, doc->date);
    // The foot line stands on every page of a paper: the first pages and the last say it, and a long text
    // (a whole volume) costs no more than a short one.
    constexpr std::size_t kFootHead = 60000, kFootTail = 20000;
    static_assert(kFootHead <= kSearched);
    if (found.empty()) found = KamerstukIdFromFoot(text.substr(0, std::min(text.size(), kFootHead)), folded);
    if (found.empty() && text.size() > kFootHead) {
      std::string_view tail = text.substr(std::max(kFootHead, text.size() - kFootTail));
      found = KamerstukIdFromFoot(tail, FoldedText(tail));
    }
    if (found.empty()) found = KamerstukIdFromHeadLines(lines);
    if (found.empty()) found = KamerstukIdFromSessionLine(lines);
    if (found.empty()) found = MotionPdfId(lines);
    if (found.empty()) found = NumberedPageId(searched, folded);
    if (found.empty()) {
      // The sitting's date in the foot beats any date the debate mentions.
      std::string date, evidence;
      found = HandelingenIdFromFoot(text.substr(0, std::min<std::size_t>(text.size(), 20000)), folded, &date, &evidence);
      if (!found.empty()) doc->date = date, doc->date_evidence = evidence;
    }
    if (found.empty() && !IsCommitteeTranscript(lines, searched, folded)) {
      found = SittingId(lines, doc->date,
                        PageLineSaysFirstChamber(searched, folded));
    }
    if (found.empty()) found = ZaakId(lines);
    if (!found.empty()) {
      doc->id = found;
      doc->has_official_id = true;
    }
  }

  re2::StringPiece input(head.data(), head.size());
  std::string zaak;
  if (folded.MayHold("kenmerk", head.size())) {
    while (RE2::FindAndConsume(&input, P().kenmerk, &zaak)) AddUnique(&doc->answers_to, zaak);
  }
  // Answers name the zaak of the questions at the top ("2024Z18885").
  if (std::string z = ZaakId(lines); !z.empty() && z != doc->id) AddUnique(&doc->answers_to, z);

  // The subject of a written consultation is named in its opening sentence.
  std::string opening = FoldWhitespace(text.substr(0, std::min<std::size_t>(text.size(), 1200)));
  if (opening.find("vaste commissie") != std::string::npos) {
    std::string dossier, number;
    if (RE2::PartialMatch(opening, P().subject, &dossier, &number)) {
      dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
      AddUnique(&doc->about, "kst-" + dossier + "-" + number);
    }
  }

  // The title the head's type line gives (for the title and the addressee), worked out once when needed.
  std::optional<std::string> head_title;
  auto HeadTitle = [&]() -> const std::string& {
    if (!head_title) head_title = TitleFromHead(Prefix(lines, HeadLimit(lines, 25)));
    return *head_title;
  };
  if (doc->title.empty()) {
    std::string title;
    if (folded.Holds("Betreft", head.size()) && RE2::PartialMatch(head, P().betreft, &title)) {
      doc->title = BetreftWithContinuation(lines, std::string(StripAscii(title)));
    } else if (std::string subject = SubjectOnNextLine(lines); !subject.empty()) {
      doc->title = subject;
    } else if (std::string item = ItemTitle(lines); !item.empty()) {
      doc->title = item;
    } else if (std::string foot = RunningFootTitle(searched, folded);
               !foot.empty()) {
      doc->title = foot;
    } else if (const std::string& t = HeadTitle(); !t.empty()) {
      doc->title = JoinBrokenWords(t, text);
    } else if (std::string note = NoteTitle(lines); !note.empty()) {
      doc->title = note;
    } else {
      std::size_t eol = head.find('\n');
      std::string first(StripAscii(head.substr(0, eol)));
      if (RE2::FullMatch(first, P().debate, &title)) doc->title = title;
    }
  }
  if (doc->signer.empty()) doc->signer = FindSigner(text, lines);
  if (doc->addressee.empty()) {
    const std::string& t = HeadTitle();
    doc->addressee = FindAddressee(t.empty() ? doc->title : t);
  }
}

}  // namespace kamergraaf

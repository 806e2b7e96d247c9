#include "parse/document_identity.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "parse/text_util.h"

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

void AddUnique(std::vector<std::string>* v, const std::string& id) {
  if (std::find(v->begin(), v->end(), id) == v->end()) v->push_back(id);
}


// The first lines of the text, stripped, empty ones skipped (at most `max`), with their byte offsets.
struct HeadLine {
  std::string_view text;
  std::size_t offset;
};
std::vector<HeadLine> HeadLines(std::string_view text, std::size_t max) {
  std::vector<HeadLine> out;
  std::size_t pos = 0;
  while (out.size() < max && pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = StripAscii(text.substr(pos, eol - pos));
    // Page breaks of PDF text and no-break spaces at the ends do not count.
    while (!line.empty() && line.front() == '\f') line.remove_prefix(1);
    line = StripAscii(line);
    if (!line.empty()) out.push_back({line, pos});
    pos = eol + 1;
  }
  return out;
}

constexpr const char* kMonthNames[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                       "juli",    "augustus", "september", "oktober", "november", "december"};

int MonthNumber(std::string month) {
  for (char& c : month) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 0; m < 12; ++m) {
    if (month == kMonthNames[m]) return m + 1;
  }
  return 0;
}

std::string Iso(int year, int month, int day) {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// The vergaderjaar (eight digits, "20232024") a date falls in: it starts in September.
std::string SessionOfDate(const std::string& iso) {
  if (iso.size() < 7) return "";
  int year = std::stoi(iso.substr(0, 4));
  int month = std::stoi(iso.substr(5, 2));
  int first = month >= 9 ? year : year - 1;
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

const std::string kDay = R"((\d{1,2}))";
const std::string kMonth =
    R"(((?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)))";
const std::string kYear = R"(((?:1[89]|20)\d\d))";
const std::string kDate = kDay + R"(\.?\s+)" + kMonth + R"(\s+)" + kYear;

struct DatePattern {
  RE2 re;
  int priority;  // lower wins
};

// Phrases that date a document, best first; each captures the phrase, then day, month and year.
const std::vector<DatePattern*>& DatePatterns() {
  static const auto* p = new std::vector<DatePattern*>{
      new DatePattern{RE2("((?i:voorgesteld)[^\\n]{0,80}?\\b" + kDate + ")"), 0},
      new DatePattern{RE2("((?i:ontvangen)(?:\\s+op)?\\s+" + kDate + ")"), 1},
      new DatePattern{RE2("((?i:vastgesteld)\\s+" + kDate + ")"), 2},
      new DatePattern{RE2("((?m:^)\\s*Datum:?\\s+" + kDate + ")"), 3},
      new DatePattern{RE2("((?i:ingezonden)\\s+" + kDate + ")"), 4},
      new DatePattern{RE2("((?:Den Haag|'s-Gravenhage|’s-Gravenhage|s-Gravenhage),?\\s+" + kDate + ")"), 5},
      new DatePattern{
          RE2("((?m:^)\\s*(?:\\d+(?:e|ste|de)\\s+vergadering,?\\s+)?(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|"
              "zaterdag|zondag)\\s+" + kDate + ")"),
          6},
  };
  return *p;
}

// The date a document gives itself, with the phrase that says it.
bool FindDate(std::string_view head, bool prefer_received, std::string* iso, std::string* evidence) {
  int best = 100;
  for (const DatePattern* p : DatePatterns()) {
    re2::StringPiece input(head.data(), head.size());
    std::string phrase, day, month, year;
    if (!RE2::PartialMatch(input, p->re, &phrase, &day, &month, &year)) continue;
    int priority = p->priority;
    if (!prefer_received && priority == 1) priority = 4;  // a kamerstuk's "Ontvangen" after "Voorgesteld"
    if (priority >= best) continue;
    std::string d = Iso(std::stoi(year), MonthNumber(month), std::stoi(day));
    if (d.empty()) continue;
    best = priority;
    *iso = d;
    *evidence = FoldWhitespace(phrase);
  }
  if (best < 100) return true;
  // Any date in the head, as a last resort.
  static const RE2 kAny("(" + kDate + ")");
  std::string phrase, day, month, year;
  std::string_view first = head.substr(0, std::min<std::size_t>(head.size(), 2500));
  if (RE2::PartialMatch(first, kAny, &phrase, &day, &month, &year)) {
    std::string d = Iso(std::stoi(year), MonthNumber(month), std::stoi(day));
    if (!d.empty()) {
      *iso = d;
      *evidence = FoldWhitespace(phrase);
      return true;
    }
  }
  return false;
}

bool IsChamberLine(std::string_view s) {
  return s.find("Kamer der Staten") != std::string_view::npos || StartsWith(s, "Tweede Kamer") ||
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

std::string RomanSuffix(std::string_view line) {
  static const RE2 kChapter(R"((?i:hoofdstuk)\s*([IVXL]{1,6})\b.*)");
  std::string roman;
  if (RE2::FullMatch(line, kChapter, &roman)) return roman;
  return "";
}

// A Kamerstuk's number as printed under its head: "Nr. 704", "Nr.92", "Nr. 22a", "Nr. A".
bool NumberLine(std::string_view line, std::string* number) {
  static const RE2 kNumber(R"((?:.*\s)?(?:Nr|NR|nr)\.?\s?(\d{1,5}[a-z]?|[A-Z]{1,2})(?:\s.*|\.)?)");
  return RE2::FullMatch(line, kNumber, number) && line.size() < 80;
}

// The id printed in the head of a Kamerstuk of any era: a chamber line near the top, a line with the
// dossier ("21 501-02", "23400 XIII", "22 855 (R 1451)", "15800" + "Hoofdstuk V") and below it "Nr. 125".
std::string KamerstukIdFromHeadLines(const std::vector<HeadLine>& head) {
  static const RE2 kDossier(R"((\d{1,2}) ?(\d{3})(?: ?\(R ?\d+\))?(?:(?: |-)([A-Z]{1,6}|\d{1,3}))?)");
  bool chamber = false;
  for (std::size_t i = 0; i < head.size() && i < 4; ++i) chamber = chamber || IsChamberLine(head[i].text);
  if (!chamber) return "";
  std::string early_number;  // "Zitting 1980-1981 Nr. 82" names the number before the dossier
  for (std::size_t i = 0; i < head.size() && i < 16; ++i) {
    std::string a, b, suffix;
    if (!RE2::FullMatch(head[i].text, kDossier, &a, &b, &suffix)) {
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
    if (number.empty()) return "";
    if (!suffix.empty()) id += "-" + suffix;
    return id + "-" + number;
  }
  return "";
}

// The foot of a published Kamerstuk: a line "kst-29754-704", or "Tweede Kamer, vergaderjaar 2023–2024,
// 29 754, nr. 704" (historical: "Tweede Kamer,zitting 1979-1980,15800 hoofdstukV, nr.92").
std::string KamerstukIdFromFoot(std::string_view text) {
  static const RE2 kKst(R"((?m)^\s*(kst-\d{4,6}(?:-[A-Z0-9]{1,6})?-[A-Za-z0-9]{1,6})\s*$)");
  static const RE2 kFoot(
      R"((?i)(?:tweede|eerste)\s+kamer\s*,\s*(?:vergaderjaar|zitting)\s*\d{4}\s*(?:-|–|—|/)\s*\d{2,4}\s*,\s*(\d{1,2})\s?(\d{3})(?:\s*(?:hoofdstuk\s*([IVXL]{1,6})|-\s*(\d{1,3}|[A-Z]{1,3})|\s([IVXL]{1,6})))?\s*,\s*nr\.?\s*(\d{1,5}[a-z]?|[A-Z]{1,2})\b)");
  std::string id;
  if (RE2::PartialMatch(text, kKst, &id)) return id;
  std::string a, b, chapter, dash, roman, number;
  if (RE2::PartialMatch(text, kFoot, &a, &b, &chapter, &dash, &roman, &number)) {
    std::string out = "kst-" + a + b;
    std::string suffix = !chapter.empty() ? chapter : !dash.empty() ? dash : roman;
    for (char& c : suffix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!suffix.empty()) out += "-" + suffix;
    return out + "-" + number;
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
  static const RE2 kDigits(R"(\d{1,4})");
  static const RE2 kAh(R"(AH\s?(\d{1,4}))");
  for (std::size_t i = 0; i < head.size() && i < 8; ++i) {
    if (head[i].text.find("Aanhangsel van de Handelingen") == std::string_view::npos) continue;
    std::string session = SessionOfHead(head, 6);
    if (session.empty()) return "";
    for (std::size_t j = i + 1; j < head.size() && j <= i + 5; ++j) {
      if (RE2::FullMatch(head[j].text, kDigits)) {
        return std::string(IsFirstChamber(head) ? "ah-ek-" : "ah-tk-") + session + "-" + std::string(head[j].text);
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
std::string HandelingenIdFromFoot(std::string_view text) {
  static const RE2 kFoot("(" + kDate + R"()\s*\n\s*TK (\d{1,3})\s*\n(?:.*\n){0,4}?\s*(\d{1,3})-(\d{1,3})-\d{1,3}\s*\n)");
  std::string phrase, day, month, year, sitting, sitting2, item;
  if (!RE2::PartialMatch(text, kFoot, &phrase, &day, &month, &year, &sitting, &sitting2, &item)) return "";
  if (sitting != sitting2) return "";
  std::string iso = Iso(std::stoi(year), MonthNumber(month), std::stoi(day));
  if (iso.empty()) return "";
  return "h-tk-" + SessionOfDate(iso) + "-" + sitting + "-" + item;
}

bool MostlyUpper(std::string_view s) {
  int upper = 0, lower = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++upper;
    if (c >= 'a' && c <= 'z') ++lower;
  }
  return upper >= 4 && upper > 3 * lower;
}

// Cuts a title line before the date phrase printed on the same line ("MEMORIE VAN ANTWOORD Ontvangen …").
std::string_view BeforeDatePhrase(std::string_view s) {
  for (std::string_view w : {" Ontvangen", " Voorgesteld", " Vastgesteld", " Ingezonden", " ingezonden", " (ingezonden",
                             " (Ingezonden"}) {
    std::size_t at = s.find(w);
    if (at != std::string_view::npos && at > 0) s = s.substr(0, at);
  }
  return StripAscii(s);
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
                                 "GELEIDENDE BRIEF", "BESLUITENLIJST"};
  for (std::size_t i = 0; i < head.size() && i < 25; ++i) {
    std::string_view line = head[i].text;
    if (StartsWith(line, "Vragen van ")) {
      std::string title(line);
      for (std::size_t j = i + 1; j < head.size() && j <= i + 6 && title.find("ingezonden") == std::string::npos &&
                                  title.find("Ingezonden") == std::string::npos;
           ++j) {
        if (StartsWith(head[j].text, "Antwoord") || StartsWith(head[j].text, "Vraag")) break;
        title += " " + std::string(head[j].text);
      }
      std::string_view t = BeforeDatePhrase(title);
      while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
      return FoldWhitespace(t);
    }
    bool typed = false;
    for (const char* type : kTypes) {
      std::string_view ty(type);
      if (StartsWith(line, ty) && (line.size() == ty.size() || line[ty.size()] == ' ')) typed = true;
    }
    if (!typed || !MostlyUpper(BeforeDatePhrase(line))) continue;
    std::string title(BeforeDatePhrase(line));
    bool cut = title.size() < line.size();
    for (std::size_t j = i + 1; !cut && j < head.size() && j <= i + 4; ++j) {
      std::string_view next = head[j].text;
      std::string_view part = BeforeDatePhrase(next);
      if (part.empty() || !MostlyUpper(part) || StartsWith(next, "Nr") || IsChamberLine(next)) break;
      title += " " + std::string(part);
      cut = part.size() < next.size();
    }
    return FoldWhitespace(title);
  }
  return "";
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
  if (RE2::PartialMatch(head_text, kAnswerBy, &by)) {
    std::size_t van = by.find(" van ");
    return FoldWhitespace(by.substr(van + 5));
  }
  static const RE2 kSignature(
      R"((?m)^\s*(De (?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)(?: (?:van|voor) [^\n,]{3,80})?,)[ \t]*(?:\n\s*)?([^\n]{2,60})$)");
  re2::StringPiece input(text.data(), text.size());
  std::string role, name, last;
  while (RE2::FindAndConsume(&input, kSignature, &role, &name)) {
    std::string_view n = StripAscii(name);
    if (n.empty() || n.size() > 50) continue;
    // A name: initials or capitalised words, not a sentence.
    if (n.find(". ") == std::string_view::npos && n.find(' ') == std::string_view::npos && n.size() > 25) continue;
    last = FoldWhitespace(role + " " + std::string(n));
  }
  return last;
}

// "Vragen van het lid X (Party) aan de Minister van Y over …" → "de Minister van Y".
std::string FindAddressee(const std::string& title) {
  static const RE2 kTo(R"(\baan (de (?:[Mm]inister|[Ss]taatssecretaris|[Mm]inisters|[Ss]taatssecretarissen)[^\n]*?) over\b)");
  std::string to;
  if (RE2::PartialMatch(title, kTo, &to)) return FoldWhitespace(to);
  return "";
}

}  // namespace

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

  bool aanhangsel = false;
  for (std::size_t i = 0; i < lines.size() && i < 8; ++i) {
    aanhangsel = aanhangsel || lines[i].text.find("Aanhangsel van de Handelingen") != std::string_view::npos ||
                 StartsWith(lines[i].text, "AH ");
  }
  bool questions = false;
  for (std::size_t i = 0; i < lines.size() && i < 12; ++i) questions = questions || StartsWith(lines[i].text, "Vragen van ");

  if (doc->date.empty()) {
    std::string iso, evidence;
    if (FindDate(head, /*prefer_received=*/aanhangsel || questions, &iso, &evidence)) {
      doc->date = iso;
      doc->date_evidence = evidence;
    }
  }

  if (!doc->has_official_id) {
    // Strongest first: the foot a publication prints on every page, then the head.
    std::string found = KamerstukIdFromFoot(text);
    if (found.empty()) found = AanhangselId(lines, doc->date);
    if (found.empty()) found = KamerstukIdFromHeadLines(lines);
    if (found.empty()) found = MotionPdfId(lines);
    if (found.empty()) found = HandelingenIdFromFoot(text.substr(0, std::min<std::size_t>(text.size(), 20000)));
    if (found.empty()) found = ZaakId(lines);
    if (!found.empty()) {
      doc->id = found;
      doc->has_official_id = true;
    }
  }

  re2::StringPiece input(head.data(), head.size());
  std::string zaak;
  while (RE2::FindAndConsume(&input, P().kenmerk, &zaak)) AddUnique(&doc->answers_to, zaak);
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

  if (doc->title.empty()) {
    std::string title;
    if (RE2::PartialMatch(head, P().betreft, &title)) {
      doc->title = std::string(StripAscii(title));
    } else if (std::string t = TitleFromHead(lines); !t.empty()) {
      doc->title = t;
    } else {
      std::size_t eol = head.find('\n');
      std::string first(StripAscii(head.substr(0, eol)));
      if (RE2::FullMatch(first, P().debate, &title)) doc->title = title;
    }
  }
  if (doc->signer.empty()) doc->signer = FindSigner(text, lines);
  if (doc->addressee.empty()) {
    std::string t = TitleFromHead(lines);
    doc->addressee = FindAddressee(t.empty() ? doc->title : t);
  }
}

}  // namespace kamergraaf

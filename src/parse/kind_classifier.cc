#include "parse/kind_classifier.h"

#include <cctype>
#include <functional>
#include <string>
#include <vector>
#include <string_view>

#include "parse/debate_parser.h"
#include "parse/text_util.h"

namespace kamergraaf {
namespace {

std::string Evidence(const RunningLine& l, std::size_t max = 60) {
  return "line " + std::to_string(l.line) + ": '" + Abbreviate(l.text, max) + "'";
}

// The first line (among the first `limit` lines, 0 = all) for which `pred` holds, or nullptr.
const RunningLine* FindLine(const std::vector<RunningLine>& lines, std::size_t limit,
                            const std::function<bool(std::string_view)>& pred) {
  std::size_t n = limit == 0 ? lines.size() : std::min(limit, lines.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (!lines[i].text.empty() && pred(lines[i].text)) return &lines[i];
  }
  return nullptr;
}

bool Contains(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }

bool IsTurn(std::string_view s, bool chair) {
  Speech::Role role;
  if (!IsSpeakerHeader(s, &role)) return false;
  return chair == (role == Speech::Role::kChair);
}

struct PaperType {
  std::string_view phrase;  // uppercase, O for 0
  DocumentKind kind;
};

// Specific before general: "VOORLOPIG VERSLAG" before "VERSLAG".
const std::vector<PaperType>& PaperTypes() {
  static const std::vector<PaperType> k = {
      {"VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", DocumentKind::kSchriftelijkOverleg},
      {"VERSLAG VAN EEN COMMISSIEDEBAT", DocumentKind::kVerslagCommissiedebat},
      {"VERSLAG VAN EEN NOTAOVERLEG", DocumentKind::kVerslagCommissiedebat},
      {"VERSLAG VAN EEN WETGEVINGSOVERLEG", DocumentKind::kVerslagCommissiedebat},
      {"VERSLAG VAN EEN ALGEMEEN OVERLEG", DocumentKind::kVerslagCommissiedebat},
      {"VERSLAG VAN EEN MONDELING OVERLEG", DocumentKind::kVerslagCommissiedebat},
      {"VERSLAG VAN EEN NOTAOVERLEG", DocumentKind::kVerslagCommissiedebat},
      {"LIJST VAN INGEKOMEN STUKKEN", DocumentKind::kLijstIngekomenStukken},
      {"BESLUITENLIJST", DocumentKind::kBesluitenlijst},
      {"TWEEDE NADER GEWIJZIGDE MOTIE", DocumentKind::kMotie},
      {"NADER GEWIJZIGDE MOTIE", DocumentKind::kMotie},
      {"GEWIJZIGDE MOTIE", DocumentKind::kMotie},
      {"MOTIE VAN", DocumentKind::kMotie},
      {"MOTIE", DocumentKind::kMotie},
      {"NADER GEWIJZIGD AMENDEMENT", DocumentKind::kAmendement},
      {"GEWIJZIGD AMENDEMENT", DocumentKind::kAmendement},
      {"AMENDEMENT", DocumentKind::kAmendement},
      {"MEMORIE VAN TOELICHTING", DocumentKind::kMemorieVanToelichting},
      {"MEMORIE VAN ANTWOORD", DocumentKind::kMemorieVanAntwoord},
      {"MEMORIE VAN BEANTWOORDING", DocumentKind::kMemorieVanAntwoord},
      {"NOTA NAAR AANLEIDING VAN HET", DocumentKind::kNotaNaarAanleidingVanVerslag},
      {"NOTA NAAR AANLEIDING", DocumentKind::kNotaNaarAanleidingVanVerslag},
      {"NOTA VAN WIJZIGING", DocumentKind::kNotaVanWijziging},
      {"GEWIJZIGDE NOTA VAN WIJZIGING", DocumentKind::kNotaVanWijziging},
      {"NOTA VAN WIJZIGINGEN", DocumentKind::kNotaVanWijziging},
      {"VOORLOPIG VERSLAG", DocumentKind::kVoorlopigVerslag},
      {"VOORLOOPIG VERSLAG", DocumentKind::kVoorlopigVerslag},
      {"EINDVERSLAG", DocumentKind::kEindverslag},
      {"VERSLAG OVER HET ADRES", DocumentKind::kKamerstuk},  // a report on a petition
      {"NADER VERSLAG", DocumentKind::kVerslag},
      {"VERSLAG", DocumentKind::kVerslag},
      {"KONINKLIJKE BOODSCHAP", DocumentKind::kVoorstelVanWet},
      {"VOORSTEL VAN WET", DocumentKind::kVoorstelVanWet},
      {"ONTWERP VAN WET", DocumentKind::kVoorstelVanWet},
      {"VOORSTEL VAN RIJKSWET", DocumentKind::kVoorstelVanWet},
      {"ADVIES RAAD VAN STATE", DocumentKind::kAdviesRaadVanState},
      {"ADVIES VAN DE RAAD VAN STATE", DocumentKind::kAdviesRaadVanState},
      {"NADER RAPPORT", DocumentKind::kAdviesRaadVanState},
      {"BRIEF VAN", DocumentKind::kKamerbrief},
      {"LIJST VAN VRAGEN", DocumentKind::kKamerstuk},
  };
  return k;
}

// Uppercase ASCII letters; OCR's 0 for O read as O.
std::string Folded(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');  // std::toupper in the "C" locale
    if (c == '0') c = 'O';
  }
  // OCR reads the N of "VAN" as "IM": "MEMORIE VAIM ANTWOORD".
  for (std::size_t at = out.find("VAIM "); at != std::string::npos; at = out.find("VAIM ", at + 1)) {
    if (at == 0 || out[at - 1] == ' ') out.replace(at, 4, "VAN");
  }
  return out;
}

bool MostlyUpper(std::string_view s) { return kamergraaf::MostlyUpper(s, 5); }

// "55ste vergadering", "24ste VERGADERING. — 6 JULI 1900.", "14e vergadering, woensdag 15 oktober 2014".
bool IsSittingHeading(std::string_view s) {
  // Each form below starts with Z, V (in any case) or a digit.
  if (s.empty() || !(s[0] == 'Z' || s[0] == 'z' || s[0] == 'V' || s[0] == 'v' || std::isdigit(static_cast<unsigned char>(s[0])))) {
    return false;
  }
  // "ZITTING VAN MAANDAG 22 NOVEMBER 1886", "VERGADERING VAN DINSDAG 25 JUNI 1957".
  std::string folded = Folded(s.substr(0, std::min<std::size_t>(s.size(), 40)));
  for (std::string_view day : {"MAANDAG", "DINSDAG", "WOENSDAG", "DONDERDAG", "VRIJDAG", "ZATERDAG", "ZONDAG"}) {
    for (std::string_view lead : {"ZITTING VAN ", "VERGADERING VAN "}) {
      if (folded.rfind(std::string(lead) + std::string(day), 0) == 0) return true;
    }
  }
  // "ZITTING VAN 22 NOVEMBER 1830."
  if (folded.rfind("ZITTING VAN ", 0) == 0 && folded.size() > 12 && std::isdigit(static_cast<unsigned char>(folded[12]))) {
    return true;
  }
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == 0 || i > 3) return false;
  std::string rest = Folded(s.substr(i));
  for (std::string_view suffix : {"STE VERGADERING", "DE VERGADERING", "E VERGADERING", "STE ZITTING", "DE ZITTING",
                                  "E ZITTING", "STO ZITTING"}) {
    if (rest.rfind(suffix, 0) == 0) return true;
  }
  return false;
}

// The paper type a head line begins with (after page and sheet numbers: "(484. 17.) AMENDEMENT …",
// "Voorloopig Verslag over …"), among the first 25 lines; a line of running text that merely mentions
// one ("In de memorie van toelichting …") does not begin with it in capitals or title case.
// "MEMORIE VAIM ANTWOORD" → "MEMORIE VAN ANTWOORD" (OCR reads the N as "IM").
std::string FixOcrVan(std::string_view line) {
  std::string out(line);
  for (std::size_t at = out.find("VAIM "); at != std::string::npos; at = out.find("VAIM ", at + 1)) {
    if (at == 0 || out[at - 1] == ' ') out.replace(at, 4, "VAN");
  }
  return out;
}

// A joint paper's head lists its dossiers one a line ("16 721" / "16 951" / …) before the type: those lines
// do not count against the head's length.
bool IsDossierLine(std::string_view s) {
  std::size_t digits = 0;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (c != ' ') {
      return false;
    }
  }
  return digits >= 4 && digits <= 6 && s.size() <= 8;
}

KindDecision PaperTypeAtLineStart(const std::vector<RunningLine>& lines) {
  std::size_t limit = 25;
  for (std::size_t i = 0; i < lines.size() && i < 60; ++i) limit += IsDossierLine(lines[i].text) ? 1 : 0;
  for (std::size_t i = 0; i < lines.size() && i < limit; ++i) {
    std::string fixed = FixOcrVan(lines[i].text);
    std::string_view s = fixed;
    // "Nr. 289 Verslag van een schriftelijk overleg": the number printed before the type.
    if ((StartsWith(s, "Nr. ") || StartsWith(s, "NR. ")) && s.size() > 5) {
      std::size_t k = 4;
      while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
      if (k > 4 && k < s.size() && s[k] == ' ') s = s.substr(k + 1);
    }
    std::size_t k = 0;
    while (k < s.size() && !std::isalpha(static_cast<unsigned char>(s[k]))) ++k;
    std::string_view rest = s.substr(k);
    if (rest.empty() || !std::isupper(static_cast<unsigned char>(rest[0]))) continue;
    std::string upper = Folded(rest);
    // Ordinals and amendments of a type: "ACHTSTE NOTA VAN WIJZIGING", "GEWIJZIGD ONTWERP VAN WET".
    for (bool again = true; again;) {
      again = false;
      for (std::string_view w : {"TWEEDE ", "DERDE ", "VIERDE ", "VIJFDE ", "ZESDE ", "ZEVENDE ", "ACHTSTE ",
                                 "NEGENDE ", "TIENDE ", "GEWIJZIGD ", "NADER "}) {
        if (upper.rfind(w, 0) == 0 && upper.size() > w.size()) {
          upper.erase(0, w.size());
          rest.remove_prefix(w.size());
          again = true;
        }
      }
    }
    // "Amendement van de heer X", "Motie van het lid Y": title case at the head of a historical page.
    if (upper.rfind("AMENDEMENT VAN ", 0) == 0 && StartsWith(rest, "Amendement van ")) {
      return {DocumentKind::kAmendement, Evidence(lines[i])};
    }
    if (upper.rfind("MOTIE VAN ", 0) == 0 && StartsWith(rest, "Motie van ") && i < 12) {
      return {DocumentKind::kMotie, Evidence(lines[i])};
    }
    for (const PaperType& t : PaperTypes()) {
      if (upper.rfind(t.phrase, 0) != 0) continue;
      // The whole line is the type, in sentence case, near the top: "Verslag van een schriftelijk overleg".
      if (upper == t.phrase && i < 8 && t.phrase.find(' ') != std::string_view::npos) return {t.kind, Evidence(lines[i])};
      std::string_view after = rest.substr(std::min(rest.size(), t.phrase.size()));
      // The phrase as written: all capitals, or each word capitalised ("Voorloopig Verslag").
      std::string_view written = rest.substr(0, std::min(rest.size(), t.phrase.size()));
      bool capitals = MostlyUpper(written) || (written.find(' ') != std::string_view::npos &&
                                               std::isupper(static_cast<unsigned char>(written[written.find(' ') + 1])));
      if (!capitals && t.phrase.find(' ') != std::string_view::npos) continue;
      if (!capitals && !MostlyUpper(rest)) continue;
      if (!after.empty() && std::isalpha(static_cast<unsigned char>(after[0])) && t.phrase != "AMENDEMENT" &&
          t.phrase != "MOTIE") {
        continue;  // "VERSLAGEN", not "VERSLAG"
      }
      return {t.kind, Evidence(lines[i])};
    }
  }
  return {};
}

// kst-35000-I-1 → voorstel van wet, kst-35000-I-2 → memorie van toelichting; otherwise unknown.
DocumentKind BudgetPaperKind(std::string_view id) {
  if (!StartsWith(id, "kst-")) return DocumentKind::kUnknown;
  std::vector<std::string_view> parts;
  for (std::size_t pos = 0; pos <= id.size();) {
    std::size_t dash = id.find('-', pos);
    if (dash == std::string_view::npos) dash = id.size();
    parts.push_back(id.substr(pos, dash - pos));
    pos = dash + 1;
  }
  if (parts.size() != 4 || parts[2].empty()) return DocumentKind::kUnknown;
  for (char c : parts[2]) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return DocumentKind::kUnknown;
  }
  if (parts[3] == "1") return DocumentKind::kVoorstelVanWet;
  if (parts[3] == "2") return DocumentKind::kMemorieVanToelichting;
  return DocumentKind::kUnknown;
}

}  // namespace

static KindDecision FirstMatchingKind(const std::vector<RunningLine>& lines, const std::string& id) {
  if (const RunningLine* chair = FindLine(lines, 0, [](std::string_view s) { return IsTurn(s, true); })) {
    // Another speaker, or the marks of a sitting's opening ("Voorzitter: Deetman", "Tegenwoordig … leden",
    // "Aan de orde is …") when only the chair speaks in the text at hand.
    if (FindLine(lines, 0, [](std::string_view s) {
          return IsTurn(s, false) || StartsWith(s, "Voorzitter: ") || StartsWith(s, "Tegenwoordig") ||
                 StartsWith(s, "Aan de orde is");
        })) {
      return {DocumentKind::kHandelingen, Evidence(*chair)};
    }
  }
  // A debate item extracted as one line: the chair's opening and turn on the first lines.
  if (const RunningLine* l = FindLine(lines, 3, [](std::string_view s) {
        return Contains(s, "Voorzitter: ") && Contains(s, "De voorzitter:") && Contains(s, "Aan de orde is");
      })) {
    return {DocumentKind::kHandelingen, Evidence(*l)};
  }
  // Historical sittings: "55ste vergadering" / "24ste VERGADERING. — 6 JULI 1900." at the top.
  if (const RunningLine* l = FindLine(lines, 12, [](std::string_view s) { return IsSittingHeading(s); })) {
    return {DocumentKind::kHandelingen, Evidence(*l)};
  }
  if (const RunningLine* l = FindLine(lines, 40, [](std::string_view s) {
        return Contains(s, "niet binnen de gebruikelijke termijn") || StartsWith(s, "Mededeling van ");
      })) {
    // An answer that first regrets its delay is still an answer; so is a notice that the questions "zijn
    // beantwoord middels een brief" (answered by a letter, not postponed).
    const RunningLine* by_letter = FindLine(lines, 0, [](std::string_view s) {
      return Contains(s, "zijn beantwoord middels") || Contains(s, "zijn beantwoord bij brief") ||
             Contains(s, "zijn beantwoord in de brief");
    });
    if (by_letter && !Contains(l->text, "niet binnen de gebruikelijke termijn") &&
        !FindLine(lines, 0, [](std::string_view s) { return Contains(s, "niet binnen de gebruikelijke termijn"); })) {
      return {DocumentKind::kKamervragenAntwoorden, Evidence(*l) + ", " + Evidence(*by_letter)};
    }
    if (!FindLine(lines, 0, [](std::string_view s) { return StartsWith(s, "Antwoord") && !Contains(s, "termijn"); }) ||
        StartsWith(l->text, "Mededeling van ")) {
      return {DocumentKind::kUitstelbericht, Evidence(*l)};
    }
  }
  // The head of an answer to written questions: "Antwoord van minister Brekelmans (Defensie) (ontvangen …)".
  if (const RunningLine* l = FindLine(lines, 10, [](std::string_view s) {
        return StartsWith(s, "Antwoord van ") && (Contains(s, "inister") || Contains(s, "taatssecretaris"));
      })) {
    return {DocumentKind::kKamervragenAntwoorden, Evidence(*l)};
  }
  // A debate item extracted as one line: its number, its title (twice) and "Aan de orde is …".
  if (const RunningLine* l = FindLine(lines, 2, [](std::string_view s) {
        // Or a question hour's item, which has no "Aan de orde is": the chair and a member's turn
        // ("Mevrouw Podt (D66): …") near its start.
        std::string_view start = s.substr(0, std::min<std::size_t>(s.size(), 3000));
        return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0])) && Contains(s, "De voorzitter:") &&
               (Contains(s.substr(0, std::min<std::size_t>(s.size(), 600)), "Aan de orde is") ||
                (Contains(start, "De voorzitter:") && Contains(start, "): ")));
      })) {
    return {DocumentKind::kHandelingen, Evidence(*l)};
  }
  if (KindDecision d = PaperTypeAtLineStart(lines); d.kind != DocumentKind::kUnknown) return d;
  if (const RunningLine* l =
          FindLine(lines, 40, [](std::string_view s) { return StartsWith(s, "Binnen de vaste commissie"); })) {
    return {DocumentKind::kSchriftelijkOverleg, Evidence(*l)};
  }
  if (const RunningLine* l = FindLine(
          lines, 0, [](std::string_view s) { return StartsWith(s, "Vragen en opmerkingen van de leden van de"); })) {
    return {DocumentKind::kSchriftelijkOverleg, Evidence(*l)};
  }
  if (const RunningLine* l = FindLine(lines, 0, [](std::string_view s) {
        return StartsWith(s, "Antwoorden op de vragen van de") && Contains(s, "fractie");
      })) {
    return {DocumentKind::kCommissievragenAntwoorden, Evidence(*l)};
  }
  if (const RunningLine* l = FindLine(lines, 80, [](std::string_view s) {
        return Contains(s, "Beantwoording Kamervragen") || Contains(s, "Beantwoording van Kamervragen") ||
               (StartsWith(s, "Antwoorden van de") && Contains(s, "Kamervragen")) ||
               Contains(s, "antwoorden op de vragen van het lid") ||
               Contains(s, "antwoorden op de vragen van de leden");
      })) {
    return {DocumentKind::kKamervragenAntwoorden, Evidence(*l)};
  }
  // Historical (SGD) papers: the head of an Aanhangsel page, or of a numbered Kamerstuk.
  if (const RunningLine* l = FindLine(lines, 10, [](std::string_view s) {
        return StartsWith(s, "Aanhangsel van de Handelingen") || StartsWith(s, "Aanhangsel tot het Verslag") ||
               Folded(s.substr(0, std::min<std::size_t>(s.size(), 30))).rfind("AANHANGSEL TOT ", 0) == 0;  // OCR: "tot bet"
      })) {
    return {DocumentKind::kKamervragenAntwoorden, Evidence(*l)};
  }
  // Written questions: "Vragen van het lid …" near the top; with "Antwoord" lines they come answered.
  if (const RunningLine* l = FindLine(lines, 15, [](std::string_view s) {
        // Also as misspelt ("Vragen van het leden X en Y … aan de minister van …").
        return StartsWith(s, "Vragen van het lid") || StartsWith(s, "Vragen van de leden") ||
               StartsWith(s, "Vraag van het lid") || StartsWith(s, "Mondelinge vragen van") ||
               (StartsWith(s, "Vragen van ") &&
                (Contains(s, " aan de minister") || Contains(s, " aan de Minister") ||
                 Contains(s, " aan de staatssecretaris") || Contains(s, " aan de Staatssecretaris")));
      })) {
    if (const RunningLine* a = FindLine(lines, 0, [](std::string_view s) {
          return StartsWith(s, "Antwoord ") || s == "Antwoord" || StartsWith(s, "Antwoord\t");
        })) {
      return {DocumentKind::kKamervragenAntwoorden, Evidence(*l) + ", " + Evidence(*a)};
    }
    return {DocumentKind::kSchriftelijkeVragen, Evidence(*l)};
  }
  const RunningLine* kamer = FindLine(lines, 0, [](std::string_view s) { return s == "De Kamer,"; });
  const RunningLine* gehoord =
      FindLine(lines, 0, [](std::string_view s) { return StartsWith(s, "gehoord de beraadslaging"); });
  if (kamer && gehoord) return {DocumentKind::kMotie, Evidence(*kamer) + ", " + Evidence(*gehoord)};
  if (const RunningLine* l = FindLine(lines, 15, [](std::string_view s) {
        return StartsWith(s, "Fiche:") || StartsWith(s, "BNC-fiche") || StartsWith(s, "Fiche ");
      })) {
    return {DocumentKind::kBncFiche, Evidence(*l)};
  }
  if (const RunningLine* l = FindLine(lines, 80, [](std::string_view s) {
        return StartsWith(s, "Geachte Voorzitter") || StartsWith(s, "Aan de Voorzitter van de Tweede Kamer") ||
               StartsWith(s, "De Voorzitter van de Tweede Kamer");
      })) {
    return {DocumentKind::kKamerbrief, Evidence(*l)};
  }
  // The paper type inside a capitalised head line ("(484. 17.) AMENDEMENTEN VAN DEN HEER …").
  for (std::size_t i = 0; i < lines.size() && i < 25; ++i) {
    if (!MostlyUpper(lines[i].text)) continue;
    std::string upper = Folded(lines[i].text);
    for (const PaperType& t : PaperTypes()) {
      if (upper.find(t.phrase) != std::string::npos) return {t.kind, Evidence(lines[i])};
    }
  }
  // A page of an annex ("BIJLAGE V VAN DE MEMORIE VAN TOELICHTING", "Bijlagen" over a printed paper).
  if (const RunningLine* l = FindLine(lines, 12, [](std::string_view s) {
        return StartsWith(s, "BIJLAGE") || s == "Bijlagen" || StartsWith(s, "Bijlagen.") || StartsWith(s, "Bijlage ");
      })) {
    return {DocumentKind::kKamerstuk, Evidence(*l)};
  }
  // A page of a bill's text: articles.
  {
    int articles = 0;
    const RunningLine* first = nullptr;
    for (const RunningLine& l : lines) {
      std::string_view s = l.text;
      if ((StartsWith(s, "Artikel ") || StartsWith(s, "ARTIKEL ") || StartsWith(s, "Art. ")) && s.size() < 16) {
        if (first == nullptr) first = &l;
        ++articles;
      }
    }
    if (articles >= 2) return {DocumentKind::kVoorstelVanWet, Evidence(*first) + " and " + std::to_string(articles - 1) + " more articles"};
  }
  // A budget chapter's dossier ("35000-I", "36600-XIV") always opens with the bill (nr. 1) and its memorie van
  // toelichting (nr. 2): a page of one of them that prints only its foot is still that paper.
  if (DocumentKind k = BudgetPaperKind(id); k != DocumentKind::kUnknown) {
    return {k, "official id " + id + " (nr. of a budget chapter's dossier)"};
  }
  // A committee's report whose type line OCR lost: "… heeft de eer van haar voorlopige bevindingen als volgt
  // verslag te doen" opens a voorlopig verslag; "De vaste Commissie voor Justitie heeft … overleg …" / "…
  // mondeling van gedachten te wisselen …" at the top, the report of an oral consultation.
  if (const RunningLine* l = FindLine(lines, 30, [](std::string_view s) {
        return Contains(s, "voorlopige bevind") && Contains(s, "verslag");
      })) {
    return {DocumentKind::kVoorlopigVerslag, Evidence(*l)};
  }
  if (const RunningLine* l = FindLine(lines, 3, [](std::string_view s) {
        std::string_view opening = s.substr(0, std::min<std::size_t>(s.size(), 400));
        return (StartsWith(s, "De vaste commissie") || StartsWith(s, "De vaste Commissie")) &&
               (Contains(opening, "overleg") || Contains(opening, "van gedachten"));
      })) {
    return {DocumentKind::kVerslagCommissiedebat, Evidence(*l)};
  }
  if (StartsWith(id, "kst-")) return {DocumentKind::kKamerstuk, "official id " + id};
  const RunningLine* chamber = FindLine(lines, 10, [](std::string_view s) {
    return StartsWith(s, "Tweede Kamer der Staten-Generaal") || StartsWith(s, "Eerste Kamer der Staten-Generaal");
  });
  const RunningLine* number = FindLine(lines, 12, [](std::string_view s) {
    return s.size() < 12 && (StartsWith(s, "Nr. ") || StartsWith(s, "Nr.")) && s.size() > 3 &&
           std::isdigit(static_cast<unsigned char>(s.back()));
  });
  if (chamber && number) return {DocumentKind::kKamerstuk, Evidence(*chamber) + ", " + Evidence(*number)};
  return {};
}

// The running foot of a committee's transcript (1980s–90s): "30 mei 1988 UCV59" — an uitgebreide
// commissievergadering, where the plenary's says "26 februari 1987 TK55".
static bool IsCommitteeFoot(std::string_view s) {
  std::size_t at = s.rfind(" UCV");
  if (at == std::string_view::npos || s.size() > 40 || at < 8) return false;
  std::string_view n = s.substr(at + 4);
  if (n.empty() || n.size() > 3) return false;
  for (char c : n) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return std::isdigit(static_cast<unsigned char>(s[at - 1])) && std::isdigit(static_cast<unsigned char>(s[0]));
}

KindDecision ClassifyKind(const std::vector<RunningLine>& lines, const std::string& id) {
  KindDecision d = FirstMatchingKind(lines, id);
  if (d.kind == DocumentKind::kHandelingen) {
    if (const RunningLine* foot = FindLine(lines, 0, IsCommitteeFoot)) {
      d.kind = DocumentKind::kHandelingenCommissie;
      d.evidence += ", " + Evidence(*foot);
    }
  }
  return d;
}

}  // namespace kamergraaf

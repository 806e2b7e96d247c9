#include "parse/kind_classifier.h"

#include <cctype>
#include <functional>
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
  if (!IsSpeakerHeader(std::string(s), &role)) return false;
  return chair == (role == Speech::Role::kChair);
}

}  // namespace

KindDecision ClassifyKind(const std::vector<RunningLine>& lines, const std::string& id) {
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
               Contains(s, "antwoorden op de vragen van het lid") ||
               Contains(s, "antwoorden op de vragen van de leden");
      })) {
    return {DocumentKind::kKamervragenAntwoorden, Evidence(*l)};
  }
  // Historical (SGD) papers: the head of an Aanhangsel page, or of a numbered Kamerstuk.
  if (const RunningLine* l = FindLine(lines, 10, [](std::string_view s) {
        return StartsWith(s, "Aanhangsel van de Handelingen") || StartsWith(s, "Aanhangsel tot het Verslag");
      })) {
    return {DocumentKind::kKamervragenAntwoorden, Evidence(*l)};
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
  // The capitalised paper type in the head of a (historical) parliamentary paper.
  struct PaperType {
    std::string_view phrase;
    DocumentKind kind;
  };
  static constexpr PaperType kPaperTypes[] = {
      {"VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", DocumentKind::kSchriftelijkOverleg},
      {"MOTIE VAN", DocumentKind::kMotie},
      {"BRIEF VAN DE", DocumentKind::kKamerbrief},
      {"BRIEF VAN HET", DocumentKind::kKamerbrief},
      {"MEMORIE VAN TOELICHTING", DocumentKind::kKamerstuk},
      {"MEMORIE VAN ANTWOORD", DocumentKind::kKamerstuk},
      {"MEMORIE VAN BEANTWOORDING", DocumentKind::kKamerstuk},
      {"NOTA NAAR AANLEIDING", DocumentKind::kKamerstuk},
      {"NOTA VAN WIJZIGING", DocumentKind::kKamerstuk},
      {"KONINKLIJKE BOODSCHAP", DocumentKind::kKamerstuk},
      {"VOORLOPIG VERSLAG", DocumentKind::kKamerstuk},
      {"EINDVERSLAG", DocumentKind::kKamerstuk},
      {"VERSLAG", DocumentKind::kKamerstuk},
      {"AMENDEMENT", DocumentKind::kKamerstuk},
      {"LIJST VAN VRAGEN", DocumentKind::kKamerstuk},
      {"ADVIES RAAD VAN STATE", DocumentKind::kKamerstuk},
  };
  for (const PaperType& t : kPaperTypes) {
    if (const RunningLine* l =
            FindLine(lines, 20, [&t](std::string_view s) { return s.find(t.phrase) != std::string_view::npos; })) {
      return {t.kind, Evidence(*l)};
    }
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

}  // namespace kamergraaf

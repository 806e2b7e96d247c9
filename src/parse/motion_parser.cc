#include "parse/motion_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "parse/motion_advice.h"
#include "parse/text_util.h"

namespace kamergraaf {
namespace {

bool IsRequest(std::string_view lower) {
  for (std::string_view k : {"verzoekt", "spreekt uit", "spreekt als", "spreekt zich", "roept", "draagt", "besluit",
                             "wijst", "nodigt", "doet een", "doet de", "doet het", "dringt", "geeft de regering",
                             "vraagt de regering", "verlangt"}) {
    if (StartsWith(lower, k)) return true;
  }
  return false;
}

bool OpensClause(std::string_view lower) {
  if (IsRequest(lower)) return true;
  for (std::string_view k : {"overwegende", "constaterende", "van mening", "gelet op", "voorts", "tevens",
                             "concluderende", "stelt vast", "erkennende", "benadrukkende", "vaststellende",
                             "opmerkende", "in aanmerking nemende", "mede gelet", "tegelijkertijd"}) {
    if (StartsWith(lower, k)) return true;
  }
  return false;
}

std::string TrimClause(std::string s) {
  while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ' ')) s.pop_back();
  return s;
}

std::vector<std::string> SplitNames(std::string names) {
  std::vector<std::string> out;
  RE2::GlobalReplace(&names, R"( en )", ", ");
  for (std::string_view name : SplitTrimmed(names, ',')) out.emplace_back(name);
  return out;
}

// The names of "voorgesteld door de leden A, B en C. Naar mij blijkt, …": up to the first full stop that is
// not part of "c.s.", so the chair's next sentence is never taken for a name.
std::string SubmitterList(std::string_view tail) {
  std::size_t door = tail.find("voorgesteld door ");
  if (door == std::string_view::npos) return "";
  std::string_view rest = tail.substr(door + 17);
  for (std::string_view lead : {"de leden ", "het lid ", "de Leden ", "het Lid "}) {
    if (StartsWith(rest, lead)) {
      rest.remove_prefix(lead.size());
      break;
    }
  }
  std::size_t end = 0;
  for (; end < rest.size(); ++end) {
    if (rest[end] != '.') continue;
    bool cs = (end >= 1 && rest[end - 1] == 'c' && (end < 2 || rest[end - 2] == ' ')) ||
              (end >= 3 && rest.substr(end - 3, 3) == "c.s");
    if (!cs) break;
  }
  std::string names(StripAscii(rest.substr(0, end)));
  static const RE2 kCs(R"(\s*c\.\s?s\.?$)");
  RE2::Replace(&names, kCs, "");
  return names;
}

}  // namespace

std::vector<Motion> ParseMotions(const RunningText& running) {
  const std::vector<RunningLine>& lines = running.lines;
  // A page foot or head may stand between "De Kamer," and "gehoord de beraadslaging" in PDF text.
  static const RE2 kOpen(R"((De Kamer,(?:\s|\s.{0,80}?\s)gehoord de beraadslaging\s*[,;:.]?))");
  static const RE2 kClose(R"((?i)([,;]?\s*en gaat over tot de (?:orde van de )?dag\b\.?))");
  static const RE2 kNumber(
      R"(krijgt nr\.\s*(\d+)(?:\s*,\s*was nr\.\s*(\d+))?\s*\(\s*(\d[\d ]*(?:-\s?[0-9A-Z]+)?)\s*\))");
  std::vector<Motion> out;
  // Prefilter: kOpen needs "gehoord de beraadslaging", so "gehoord" on the line of "beraadslaging" or on the
  // running line before it ("De beraadslaging wordt gesloten" alone is no motion).
  bool any = false;
  std::string_view previous;
  for (const RunningLine& l : lines) {
    if (l.text.empty()) continue;
    if (l.text.find("beraadslaging") != std::string_view::npos &&
        (l.text.find("gehoord") != std::string_view::npos || previous.find("gehoord") != std::string_view::npos)) {
      any = true;
      break;
    }
    previous = l.text;
  }
  if (!any) return out;
  const Passage& p = running.Joined();
  const std::string& text = p.text;
  std::vector<std::pair<std::size_t, std::size_t>> opens;
  {
    re2::StringPiece input(text);
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, kOpen, &match)) {
      std::size_t start = static_cast<std::size_t>(match.data() - text.data());
      opens.emplace_back(start, start + match.size());
    }
  }
  // Line starts inside the passage: a clause opener at a line start begins a clause.
  for (std::size_t o = 0; o < opens.size(); ++o) {
    auto [os, oe] = opens[o];
    std::size_t limit = o + 1 < opens.size() ? opens[o + 1].first : text.size();
    std::string_view rest(text.data() + oe, limit - oe);
    re2::StringPiece close_match;
    std::size_t body_end = limit, tail_start = limit;
    re2::StringPiece rest_piece(rest.data(), rest.size());
    if (RE2::PartialMatch(rest_piece, kClose, &close_match)) {
      body_end = static_cast<std::size_t>(close_match.data() - text.data());
      tail_start = body_end + close_match.size();
    } else {
      continue;  // a fragment without its closing words (the next motion starts first): not a motion
    }
    Motion m;
    m.line = p.LineAt(os);
    // Clauses: split at ';' and where a clause opener starts a line.
    std::vector<std::size_t> cuts = {oe};
    for (std::size_t i = oe; i < body_end; ++i) {
      if (text[i] == ';') cuts.push_back(i + 1);
    }
    auto first_start = std::lower_bound(p.starts.begin(), p.starts.end(), std::make_pair(oe, 0));
    for (auto it = first_start; it != p.starts.end() && it->first < body_end; ++it) {
      if (it->first > oe && OpensClause(AsciiLower(std::string_view(text).substr(it->first, 40))))
        cuts.push_back(it->first);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.push_back(body_end);
    std::string clause;
    bool request = false;
    auto flush = [&]() {
      clause = TrimClause(FoldWhitespace(clause));
      if (!clause.empty()) (request ? m.requests : m.considerations).push_back(clause);
      clause.clear();
    };
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
      std::string_view piece = StripAscii(std::string_view(text).substr(cuts[c], cuts[c + 1] - cuts[c]));
      if (piece.empty()) continue;
      std::string lower = AsciiLower(piece.substr(0, 40));
      if (OpensClause(lower)) {
        flush();
        request = IsRequest(lower);
      }
      clause += ' ';
      clause += piece;
    }
    flush();
    // The chair's words after the text: submitters and number ("Zij krijgt nr. 812, was nr. 805 (32813).").
    std::string tail = FoldWhitespace(std::string_view(text).substr(tail_start, std::min<std::size_t>(limit - tail_start, 800)));
    std::size_t krijgt = tail.find("krijgt nr");
    std::size_t door = tail.find("voorgesteld door");
    if (door != std::string::npos && (krijgt == std::string::npos || door < krijgt) && door < 300) {
      std::string names = SubmitterList(std::string_view(tail).substr(0, krijgt == std::string::npos ? tail.size() : krijgt));
      if (!names.empty()) m.submitters = SplitNames(names);
    }
    std::string number, was, dossier;
    if (krijgt != std::string::npos && krijgt < 500 &&
        RE2::PartialMatch(std::string_view(tail).substr(krijgt >= 3 ? krijgt - 3 : 0), kNumber, &number, &was, &dossier)) {
      dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
      m.number = number;
      m.dossier = dossier;
      m.id = "kst-" + dossier + "-" + number;
      if (!was.empty()) m.replaces = "kst-" + dossier + "-" + was;
    }
    out.push_back(std::move(m));
  }
  // A chair's "Zij krijgt nr. N (D)." whose motion text was not found (a layout that breaks the opening):
  // the motion is still known, with its submitters.
  static const RE2 kGiven(R"((krijgt nr\.\s*(\d+)(?:\s*,\s*was nr\.\s*(\d+))?\s*\(\s*(\d[\d ]*(?:-\s?[0-9A-Z]+)?)\s*\)))");
  re2::StringPiece input(text);
  re2::StringPiece whole;
  std::string number, was, dossier;
  while (RE2::FindAndConsume(&input, kGiven, &whole, &number, &was, &dossier)) {
    dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
    std::string id = "kst-" + dossier + "-" + number;
    if (std::any_of(out.begin(), out.end(), [&](const Motion& m) { return m.id == id; })) continue;
    std::size_t at = static_cast<std::size_t>(whole.data() - text.data());
    std::size_t from = at >= 400 ? at - 400 : 0;
    std::string_view before = std::string_view(text).substr(from, at - from);
    std::size_t door = before.rfind("voorgesteld door");
    if (door == std::string_view::npos) continue;  // not a motion being submitted
    Motion m;
    m.line = p.LineAt(at);
    std::string names = SubmitterList(before.substr(door));
    if (!names.empty()) m.submitters = SplitNames(names);
    m.number = number;
    m.dossier = dossier;
    m.id = id;
    if (!was.empty()) m.replaces = "kst-" + dossier + "-" + was;
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const Motion& a, const Motion& b) { return a.line < b.line; });
  return out;
}

std::string VerdictOf(std::string_view sentence) {
  static const RE2 kVerdict(
      R"((?i)\b(oordeel (?:van de )?kamer|ontraden|ontraad|overgenomen|overnemen|aangehouden|aanhouden|aan te houden|ingetrokken|intrekken|aangenomen|verworpen)\b)");
  re2::StringPiece input(sentence.data(), sentence.size());
  std::string word, last;
  while (RE2::FindAndConsume(&input, kVerdict, &word)) last = AsciiLower(word);
  if (last.empty()) return "";
  if (StartsWith(last, "oordeel")) return "oordeel Kamer";
  if (StartsWith(last, "ontra")) return "ontraden";
  if (StartsWith(last, "over")) return "overgenomen";
  if (StartsWith(last, "aangeh") || StartsWith(last, "aanh") || StartsWith(last, "aan te")) return "aangehouden";
  if (StartsWith(last, "in")) return "ingetrokken";
  return last;  // "aangenomen", "verworpen"
}

void AttachVerdicts(const RunningText& running, const std::vector<SpeakerTurn>& turns, std::vector<Motion>* motions,
                    Diagnostics* diagnostics) {
  (void)turns;  // the speakers are read from the joined text, whatever its line layout (motion_advice.h)
  AttachAdvice(running, motions, diagnostics);
}

}  // namespace kamergraaf

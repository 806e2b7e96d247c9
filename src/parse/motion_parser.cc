#include "parse/motion_parser.h"

#include <re2/re2.h>

#include <map>

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
  std::size_t start = 0;
  while (start <= names.size()) {
    std::size_t comma = names.find(',', start);
    if (comma == std::string::npos) comma = names.size();
    std::string name(StripAscii(std::string_view(names).substr(start, comma - start)));
    if (!name.empty()) out.push_back(name);
    start = comma + 1;
  }
  return out;
}

}  // namespace

std::vector<Motion> ParseMotions(const std::vector<RunningLine>& lines) {
  static const RE2 kSubmitters(R"(voorgesteld door (?:de leden|het lid)\s+(.+?)\.$)");
  static const RE2 kNumber(R"(krijgt nr\.\s*(\d+)\s*\(\s*(\d[\d ]*(?:-[0-9A-Z]+)?)\s*\))");
  std::vector<Motion> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // "De Kamer," with "gehoord de beraadslaging," on the next line or the same one (OCR, extracted text).
    const std::string& opening = lines[i].text;
    if (!StartsWith(opening, "De Kamer,")) continue;
    std::string_view same = StripAscii(std::string_view(opening).substr(9));
    std::size_t j = i;
    if (same.empty()) {
      j = i + 1;
      while (j < lines.size() && lines[j].text.empty()) ++j;
      if (j >= lines.size() || !StartsWith(lines[j].text, "gehoord de beraadslaging")) continue;
    } else if (!StartsWith(same, "gehoord de beraadslaging")) {
      continue;
    }
    Motion m;
    m.line = lines[i].line;
    std::string clause;
    bool request = false;
    auto flush = [&]() {
      clause = TrimClause(FoldWhitespace(clause));
      if (!clause.empty()) (request ? m.requests : m.considerations).push_back(clause);
      clause.clear();
    };
    std::size_t k = j + 1;
    for (; k < lines.size() && k < j + 400; ++k) {
      const std::string& s = lines[k].text;
      if (s.empty()) continue;
      if (StartsWith(s, "en gaat over tot de")) break;
      // "… te indexeren, en gaat over tot de orde van de dag." closes the last clause on its line.
      if (std::size_t close = s.find(", en gaat over tot de"); close != std::string::npos) {
        std::string lower = AsciiLower(s);
        if (OpensClause(lower)) {
          flush();
          request = IsRequest(lower);
        }
        clause += ' ';
        clause += s.substr(0, close);
        break;
      }
      std::string lower = AsciiLower(s);
      if (OpensClause(lower)) {
        flush();
        request = IsRequest(lower);
      }
      clause += ' ';
      clause += s;
    }
    flush();
    // The chair's lines after the text: submitters and number.
    std::string tail;
    for (std::size_t t = k + 1, seen = 0; t < lines.size() && seen < 8; ++t) {
      if (lines[t].text.empty()) continue;
      if (lines[t].text == "De Kamer,") break;
      ++seen;
      tail += ' ';
      tail += lines[t].text;
      if (lines[t].text.find("krijgt nr.") != std::string::npos) break;
    }
    tail = FoldWhitespace(tail);
    std::string names;
    std::size_t dot = tail.find("Zij krijgt");
    std::string head = dot == std::string::npos ? tail : tail.substr(0, dot);
    head = std::string(StripAscii(head));
    if (RE2::PartialMatch(head, kSubmitters, &names)) m.submitters = SplitNames(names);
    std::string number, dossier;
    if (RE2::PartialMatch(tail, kNumber, &number, &dossier)) {
      dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
      m.number = number;
      m.dossier = dossier;
      m.id = "kst-" + dossier + "-" + number;
    }
    out.push_back(std::move(m));
    i = k;
  }
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

void AttachVerdicts(const std::vector<RunningLine>& lines, const std::vector<SpeakerTurn>& turns,
                    std::vector<Motion>* motions) {
  static const RE2 kRef(
      R"((?i)(?:op stuk (?:nr\.|nummer)\s*(\d+))|(?:\(\s*\d[\d ]*(?:-[0-9A-Z]+)?,\s*nr\.\s*(\d+)\s*\)))");
  std::map<std::string, std::size_t> by_number;
  for (std::size_t i = 0; i < motions->size(); ++i) {
    if (!(*motions)[i].number.empty()) by_number[(*motions)[i].number] = i;
  }
  struct Found {
    std::string verdict;
    int line = 0;
  };
  std::map<std::size_t, Found> chair, government;
  for (const SpeakerTurn& t : turns) {
    Speech::Role role = t.speech.role;
    bool is_chair = role == Speech::Role::kChair;
    bool is_government = role == Speech::Role::kMinister || role == Speech::Role::kStateSecretary;
    if (!is_chair && !is_government) continue;
    Passage p = JoinLines(lines, t.body_begin, t.body_end);
    std::string current;  // the motion last referred to in this turn
    for (auto [start, end] : SplitSentences(p.text)) {
      std::string_view sentence(p.text.data() + start, end - start);
      re2::StringPiece input(sentence.data(), sentence.size());
      std::string a, b;
      while (RE2::FindAndConsume(&input, kRef, &a, &b)) current = a.empty() ? b : a;
      if (current.empty() || sentence.find('?') != std::string_view::npos) continue;
      std::string verdict = VerdictOf(sentence);
      auto it = by_number.find(current);
      if (verdict.empty() || it == by_number.end()) continue;
      Found f{verdict, p.LineAt(start)};
      if (is_chair) {
        chair[it->second] = f;
      } else if (!government.count(it->second)) {
        government[it->second] = f;
      }
    }
  }
  for (std::size_t i = 0; i < motions->size(); ++i) {
    const Found* f = chair.count(i) ? &chair[i] : government.count(i) ? &government[i] : nullptr;
    if (f == nullptr) continue;
    (*motions)[i].verdict = f->verdict;
    (*motions)[i].verdict_line = f->line;
  }
}

}  // namespace kamergraaf

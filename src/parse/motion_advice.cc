#include "parse/motion_advice.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "parse/text_util.h"

namespace kamergraaf {
namespace {

bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

std::vector<std::string> SplitList(std::string s, const RE2& separators) {
  RE2::GlobalReplace(&s, separators, ",");
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    std::string item(StripAscii(std::string_view(s).substr(start, comma - start)));
    if (!item.empty()) out.push_back(item);
    start = comma + 1;
  }
  return out;
}

std::vector<std::string> Parties(std::string list) {
  std::vector<std::string> out;
  static const RE2 kSeparators(R"(\s*,\s*|\s+en\s+)");
  for (std::string& p : SplitList(std::move(list), kSeparators)) {
    for (std::string_view article : {"de ", "het "}) {
      if (StartsWith(p, article)) p.erase(0, article.size());
    }
    if (!p.empty()) out.push_back(p);
  }
  return out;
}

}  // namespace

std::vector<PassageTurn> FindPassageTurns(const Passage& passage) {
  static const RE2 kHeader(
      R"((?:^|[\s.!?"'\x{201D}\x{2019}:])((De voorzitter|Voorzitter)|((?:De )?[Mm]inister(?: (?:[A-Z][^\s:,.()]*|van|de|der|den|ter)){1,6})|((?:De )?[Ss]taatssecretaris(?: (?:[A-Z][^\s:,.()]*|van|de|der|den|ter)){1,6})|((?:De heer|Mevrouw) [A-Z][^:()]{0,50}?\s?\([^)]{1,40}\)))\s?:)");
  std::vector<PassageTurn> out;
  const std::string& text = passage.text;
  re2::StringPiece input(text);
  re2::StringPiece whole, chair, minister, secretary, member;
  while (RE2::FindAndConsume(&input, kHeader, &whole, &chair, &minister, &secretary, &member)) {
    std::size_t start = static_cast<std::size_t>(whole.data() - text.data());
    if (!out.empty()) out.back().end = start;
    PassageTurn t;
    t.begin = static_cast<std::size_t>(input.data() - text.data());
    t.end = text.size();
    t.role = !chair.empty()       ? Speech::Role::kChair
             : !minister.empty()  ? Speech::Role::kMinister
             : !secretary.empty() ? Speech::Role::kStateSecretary
                                  : Speech::Role::kMember;
    out.push_back(t);
  }
  return out;
}

std::string AdviceOf(std::string_view sentence) {
  static const RE2 kAdvice(
      R"((?i)\b(oordeel (?:over (?:deze|die|de|dit|het) (?:motie )?)?(?:van |aan )?(?:de )?kamer|ontraad|ontraden|overgenomen|overnemen|aangehouden|aanhouden|aan te houden|ingetrokken|intrekken|in te trekken)\b)");
  if (sentence.find('?') != std::string_view::npos) return "";
  std::string lower = AsciiLower(sentence);
  bool about_motion = ContainsAny(lower, {"motie", "'m", "’m", "hem ", "die ", "deze ", "dat "}) || StartsWith(lower, "die");
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece word;
  std::string last;
  while (RE2::FindAndConsume(&input, kAdvice, &word)) {
    std::size_t at = static_cast<std::size_t>(word.data() - sentence.data());
    std::string_view before = std::string_view(lower).substr(at >= 25 ? at - 25 : 0, at >= 25 ? 25 : at);
    if (before.find("niet ") != std::string_view::npos || before.find("geen ") != std::string_view::npos) continue;
    std::string w = AsciiLower(std::string_view(word.data(), word.size()));
    if (StartsWith(w, "oordeel")) {
      last = "oordeel Kamer";
    } else if (StartsWith(w, "ontra")) {
      last = "ontraden";
    } else if (StartsWith(w, "over")) {
      if (w == "overnemen" && (!about_motion || before.find("laten") != std::string_view::npos)) continue;
      last = "overgenomen";
    } else if (StartsWith(w, "aangeh") || StartsWith(w, "aanh") || StartsWith(w, "aan te")) {
      if (!about_motion) continue;
      last = "aangehouden";
    } else {
      if (!about_motion) continue;
      last = "ingetrokken";
    }
  }
  return last;
}

void AttachAdvice(const std::vector<RunningLine>& lines, std::vector<Motion>* motions, Diagnostics* diagnostics,
                  const Passage* joined) {
  if (motions->empty()) return;
  static const RE2 kRef(
      R"((?i)(?:op (?:de )?stukken (?:nrs?\.|nummers)\s*(\d+(?:\s*(?:,|en)\s*\d+)+))|(?:op (?:de )?stuk(?:ken)? (?:nr\.|nummer)\s*(\d+))|(?:\(\s*\d[\d ]*(?:-?\s?[0-9A-Z]+)?,\s*nr\.\s*(\d+)\s*\))|(?:\bmotie (?:nr\.|nummer)\s*(\d+)))");
  static const RE2 kNamed(
      R"(\b[Mm]otie (?:van (?:de heer|mevrouw|het lid) |van )([A-Z][\w'-]*(?: (?:van|de|der|den|ter|[A-Z][\w'-]*)){0,3}))");
  // A specific amendment (not "een amendement met een gelijke strekking") turns the talk away from motions.
  static const RE2* const kAmendment = new RE2(R"((?i)\b(?:het|dit|dat|mijn|uw) amendement\b|\bamendement(?:-| op stuk))");
  std::map<std::string, std::size_t> by_number;
  for (std::size_t i = 0; i < motions->size(); ++i) {
    const Motion& m = (*motions)[i];
    if (!m.number.empty() && !m.amendment && !by_number.count(m.number)) by_number[m.number] = i;
  }
  if (by_number.empty()) return;
  Passage own;
  if (joined == nullptr) own = JoinLines(lines, 0, lines.size());
  const Passage& p = joined != nullptr ? *joined : own;
  std::vector<PassageTurn> turns = FindPassageTurns(p);
  struct Found {
    std::string advice;
    int line = 0;
  };
  std::map<std::size_t, Found> chair, government, last;
  std::vector<std::size_t> current;  // the motions last referred to
  for (const PassageTurn& t : turns) {
    bool is_chair = t.role == Speech::Role::kChair;
    bool is_government = t.role == Speech::Role::kMinister || t.role == Speech::Role::kStateSecretary;
    std::string_view turn(p.text.data() + t.begin, t.end - t.begin);
    for (auto [start, end] : SplitSentences(turn)) {
      std::string_view sentence = turn.substr(start, end - start);
      // The motion this sentence is about: the last numbered reference in it, a motion named by its
      // submitter, or the one referred to before.
      re2::StringPiece input(sentence.data(), sentence.size());
      std::string list, a, b, c;
      bool referred = false;
      while (RE2::FindAndConsume(&input, kRef, &list, &a, &b, &c)) {
        std::size_t at = static_cast<std::size_t>(input.data() - sentence.data());
        std::string_view before = sentence.substr(0, at);
        std::size_t amendment = before.rfind("amendement"), motion = before.rfind("otie");
        current.clear();
        referred = true;
        if (amendment != std::string_view::npos && (motion == std::string_view::npos || motion < amendment)) continue;
        std::vector<std::string> numbers;
        if (!list.empty()) {
          static const RE2 kDigits(R"((\d+))");
          re2::StringPiece digits(list);
          std::string n;
          while (RE2::FindAndConsume(&digits, kDigits, &n)) numbers.push_back(n);
        } else {
          numbers.push_back(!a.empty() ? a : !b.empty() ? b : c);
        }
        for (const std::string& n : numbers) {
          auto it = by_number.find(n);
          if (it != by_number.end()) current.push_back(it->second);
        }
      }
      if (!referred) {
        std::string name;
        if (RE2::PartialMatch(sentence, kNamed, &name)) {
          current.clear();
          for (std::size_t i = 0; i < motions->size(); ++i) {
            const Motion& m = (*motions)[i];
            if (m.submitters.empty() || m.submitters[0] != name || last.count(i)) continue;
            current.push_back(i);
            break;
          }
        } else if (RE2::PartialMatch(sentence, *kAmendment)) {
          current.clear();
        }
      }
      if (current.empty() || (!is_chair && !is_government)) continue;
      std::string advice = AdviceOf(sentence);
      if (advice.empty()) continue;
      std::size_t first = start;
      while (first < end && (turn[first] == ' ' || turn[first] == '\n')) ++first;
      Found f{advice, p.LineAt(t.begin + first)};
      for (std::size_t index : current) {
        (is_chair ? chair : government)[index] = f;
        last[index] = f;
      }
    }
  }
  for (auto& [index, final_advice] : last) {
    Motion& m = (*motions)[index];
    // The chair's last summary when there is one (it records what the debate settled), else the government's
    // last words.
    const Found& f = chair.count(index) ? chair[index] : final_advice;
    m.verdict = f.advice;
    m.verdict_line = f.line;
    auto c = chair.find(index);
    auto g = government.find(index);
    if (diagnostics != nullptr && c != chair.end() && g != government.end() && c->second.advice != g->second.advice &&
        c->second.advice != "aangehouden" && g->second.advice != "aangehouden") {
      diagnostics->push_back({"", f.line, Diagnostic::Severity::kWarning,
                              "motion " + (m.id.empty() ? m.number : m.id) + ": the chair records '" +
                                  c->second.advice + "' (line " + std::to_string(c->second.line) +
                                  "), the government said '" + g->second.advice + "' (line " +
                                  std::to_string(g->second.line) + ")"});
    }
  }
}

int AttachOutcomes(const std::vector<RunningLine>& lines, const std::string& date, std::vector<Motion>* motions,
                   const Passage* joined) {
  bool any = false;
  for (const RunningLine& l : lines) {
    if (l.text.find("In stemming kom") != std::string::npos) {
      any = true;
      break;
    }
  }
  if (!any) return 0;
  static const RE2 kItem(
      R"((In stemming komt (?:de |het )?(?:nader )?(?:gewijzigde )?motie-?\s?([^()]{1,200}?)\s*\(\s*(\d[\d ]*(?:-\s?[0-9A-Z]+)?)\s*,\s*nr\.\s*(\d+)(?:\s*,\s*was nr\.\s*(\d+))?\s*\)))");
  static const RE2 kResult(R"((?i)ik constateer dat\b[^.]*?\b(aangenomen|verworpen)\b)");
  static const RE2 kSides(
      R"((?i)(?:de )?(?:aanwezige )?leden van de fracties? van (.+?) voor (?:deze|de) (?:\w+ ){0,2}motie hebben gestemd en (?:(?:de )?(?:aanwezige )?leden van de fracties? van (.+?)|die van de overige fracties) ertegen)");
  Passage own;
  if (joined == nullptr) own = JoinLines(lines, 0, lines.size());
  const Passage& p = joined != nullptr ? *joined : own;
  const std::string& text = p.text;
  struct Item {
    std::size_t start, end;
    std::string names, dossier, number, was;
  };
  std::vector<Item> items;
  re2::StringPiece input(text);
  re2::StringPiece whole;
  std::string names, dossier, number, was;
  while (RE2::FindAndConsume(&input, kItem, &whole, &names, &dossier, &number, &was)) {
    std::size_t start = static_cast<std::size_t>(whole.data() - text.data());
    if (!items.empty()) items.back().end = start;
    dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
    items.push_back({start + whole.size(), std::min(text.size(), start + whole.size() + 6000), names, dossier, number, was});
  }
  // "Op verzoek van het lid Ceder stel ik voor zijn motie (36333, nr. 69) aan te houden." in a voting item: the
  // motion is held, not voted on.
  static const RE2 kHeld(
      R"(Op verzoek van (?:het lid|de heer|mevrouw|de leden) (.{1,80}?) stel ik voor (?:zijn|haar|hun|de) (?:gewijzigde )?motie \(\s*(\d[\d ]*(?:-\s?[0-9A-Z]+)?)\s*,\s*nr\.\s*(\d+)\s*\) aan te houden)");
  {
    re2::StringPiece held_input(text);
    std::string who, held_dossier, held_number;
    while (RE2::FindAndConsume(&held_input, kHeld, &who, &held_dossier, &held_number)) {
      held_dossier.erase(std::remove(held_dossier.begin(), held_dossier.end(), ' '), held_dossier.end());
      std::string id = "kst-" + held_dossier + "-" + held_number;
      if (std::any_of(motions->begin(), motions->end(), [&](const Motion& m) { return m.id == id; })) continue;
      Motion fresh;
      fresh.id = id;
      fresh.dossier = held_dossier;
      fresh.number = held_number;
      std::size_t at = static_cast<std::size_t>(held_input.data() - text.data());
      fresh.line = p.LineAt(at > 0 ? at - 1 : 0);
      fresh.submitters = {who};
      fresh.verdict = "aangehouden";
      fresh.verdict_line = fresh.line;
      motions->push_back(std::move(fresh));
    }
  }
  int set = 0;
  for (const Item& item : items) {
    std::string_view segment(text.data() + item.start, item.end - item.start);
    std::size_t next = segment.find("In stemming kom");
    if (next != std::string_view::npos) segment = segment.substr(0, next);
    re2::StringPiece result_piece;
    std::string result;
    re2::StringPiece seg(segment.data(), segment.size());
    if (!RE2::PartialMatch(seg, kResult, &result)) continue;
    std::string id = "kst-" + item.dossier + "-" + item.number;
    Motion* m = nullptr;
    for (Motion& existing : *motions) {
      if (existing.id == id) m = &existing;
    }
    if (m == nullptr) {
      Motion fresh;
      fresh.id = id;
      fresh.dossier = item.dossier;
      fresh.number = item.number;
      fresh.line = p.LineAt(item.start);
      motions->push_back(std::move(fresh));
      m = &motions->back();
    }
    if (m->submitters.empty()) {
      std::string n = item.names;
      static const RE2 kCs(R"(\s*c\.\s?s\.?\s*$)");
      RE2::Replace(&n, kCs, "");
      static const RE2 kSlash(R"(\s*/\s*)");
      m->submitters = SplitList(n, kSlash);
    }
    if (!item.was.empty() && m->replaces.empty()) m->replaces = "kst-" + item.dossier + "-" + item.was;
    m->outcome = AsciiLower(result);
    std::size_t at = segment.find("onstateer");
    m->outcome_line = p.LineAt(item.start + (at == std::string_view::npos ? 0 : at));
    m->outcome_date = date;
    std::string voor, tegen;
    if (m->votes.empty() && RE2::PartialMatch(seg, kSides, &voor, &tegen)) {
      for (const std::string& party : Parties(voor)) m->votes.push_back({party, 0, "voor"});
      for (const std::string& party : Parties(tegen)) m->votes.push_back({party, 0, "tegen"});
    }
    ++set;
  }
  return set;
}

}  // namespace kamergraaf

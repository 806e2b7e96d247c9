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
  for (std::string_view item : SplitTrimmed(s, ',')) out.emplace_back(item);
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

// The sentences of a turn for the advice: SplitSentences, and also where extraction glued two sentences
// together ("oordeel Kamer.De motie op stuk nr. 58", "laten.Dan de motie"): a full stop after two lower-case
// letters or digits, straight before a capital and a lower-case letter. Abbreviations ("t.v.v.", "nr.12")
// never split. A Handelingen page footer inside a sentence ("… laten. 8 februari 2024 TK 40 40-6-12 Dan de
// motie …") ends the sentence before it; the next one begins after it.
std::vector<std::pair<std::size_t, std::size_t>> AdviceSentences(std::string_view text) {
  static const RE2 kFooter(
      R"((\s\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} TK \d+ \d+-\d+-\d+\s?))");
  auto lower = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  for (auto [start, end] : SplitSentences(text)) {
    std::string_view sentence = text.substr(start, end - start);
    re2::StringPiece rest(sentence.data(), sentence.size());
    re2::StringPiece footer;
    while (sentence.find(" TK ") != std::string_view::npos && RE2::FindAndConsume(&rest, kFooter, &footer)) {
      std::size_t at = start + static_cast<std::size_t>(footer.data() - sentence.data());
      if (at > start) sentences.emplace_back(start, at);
      start = at + footer.size();
    }
    if (start < end) sentences.emplace_back(start, end);
  }
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (auto [start, end] : sentences) {
    for (std::size_t i = start + 2; i + 2 < end; ++i) {
      if (text[i] != '.' || !lower(text[i - 1]) || !lower(text[i - 2])) continue;
      if (text[i + 1] < 'A' || text[i + 1] > 'Z' || text[i + 2] < 'a' || text[i + 2] > 'z') continue;
      out.emplace_back(start, i + 1);
      start = i + 1;
    }
    out.emplace_back(start, end);
  }
  return out;
}

// A dossier number compared as written in either form: "36600-XIV", "36600XIV", "36600 XIV", "36 410".
std::string DossierKey(std::string_view dossier) {
  std::string out;
  for (char c : dossier) {
    if (c != ' ' && c != '-') out += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

// The chair asking for a confirmation of an advice ("De motie op stuk nr. 14 was ook ontraden, hè?"): the
// sentence without its question tag, or "" when the sentence is not such a question.
std::string_view TagQuestionStatement(std::string_view sentence) {
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n')) sentence.remove_suffix(1);
  for (std::string_view tag : {", hè?", ", he?", ", toch?", ", nietwaar?", ", niet?", " hè?"}) {
    if (sentence.size() > tag.size() && sentence.substr(sentence.size() - tag.size()) == tag) {
      return sentence.substr(0, sentence.size() - tag.size());
    }
  }
  return {};
}

// The government's turn confirms what it was asked: "Zeker, …", "Ja.", "Dat klopt.", "Inderdaad."
bool Confirms(std::string_view turn) {
  while (!turn.empty() && (turn.front() == ' ' || turn.front() == '\n')) turn.remove_prefix(1);
  for (std::string_view yes : {"Zeker", "Ja", "Klopt", "Dat klopt", "Inderdaad", "Correct", "Jazeker", "Dat is juist"}) {
    if (StartsWith(turn, yes) && turn.size() > yes.size() &&
        (turn[yes.size()] == ',' || turn[yes.size()] == '.' || turn[yes.size()] == '!' || turn[yes.size()] == ' ')) {
      return true;
    }
  }
  return false;
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
      R"((?i)\b(oordeel (?:over (?:deze|die|de|dit|het) (?:motie )?)?(?:van |aan )?(?:de )?kamer|ontraad|ontraden|overgenomen|overnemen|aangehouden|aanhouden|aanhoudt|aan te houden|ingetrokken|intrekken|in te trekken)\b)");
  if (sentence.find('?') != std::string_view::npos) return "";
  std::string lower = AsciiLower(sentence);
  bool about_motion = ContainsAny(lower, {"motie", "'m", "’m", "hem ", "die ", "deze ", "dat "}) || StartsWith(lower, "die");
  // A leading subordinate clause describes, it does not advise: "Terwijl die motie aangehouden is, …", "Als
  // het verzoek overnemen is, wil ik de motie overnemen."
  std::size_t clause_end = 0;
  std::size_t lead = lower.find_first_not_of(" \n");
  std::string_view opening = lead == std::string::npos ? std::string_view() : std::string_view(lower).substr(lead);
  for (std::string_view conjunction : {"terwijl ", "als ", "zolang ", "wanneer ", "indien ", "mits ", "tenzij "}) {
    if (StartsWith(opening, conjunction)) {
      clause_end = lower.find(',');
      if (clause_end == std::string::npos) clause_end = 0;
      break;
    }
  }
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece word;
  std::string last;
  while (RE2::FindAndConsume(&input, kAdvice, &word)) {
    std::size_t at = static_cast<std::size_t>(word.data() - sentence.data());
    if (at < clause_end) continue;
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

void AttachAdvice(const RunningText& running, std::vector<Motion>* motions, Diagnostics* diagnostics) {
  if (motions->empty()) return;
  // A reference that names its dossier ("(36600-XIV, nr. 50)", "op stuk 27625, nr. 322", "(31311, nrs. 125 tot
  // en met 127)") refers to one of these motions only when the dossier is theirs; "op stuk. 919" lacks its "nr.".
  static const RE2 kRef(
      R"((?i)((?:op (?:de )?stukken (?:nrs?\.|nummers)\s*(\d+(?:\s*(?:,|en)\s*\d+)+))|(?:op (?:de )?stuk(?:ken)?(?: (?:nr\.|nummer)|\.)\s*(\d+))|(?:(?:\(|\bstuk )\s*(\d[\d ]*(?:-?\s?[0-9A-Z]+)?)\s*,\s*nrs?\.\s*(\d+))|(?:\bmotie (?:nr\.|nummer)\s*(\d+))))");
  static const RE2 kNamed(
      R"(\b[Mm]otie (?:van (?:de heer|mevrouw|het lid) |van )([A-Z][\w'-]*(?: (?:van|de|der|den|ter|[A-Z][\w'-]*)){0,3}))");
  // A specific amendment (not "een amendement met een gelijke strekking") turns the talk away from motions.
  static const RE2* const kAmendment = new RE2(R"((?i)\b(?:het|dit|dat|mijn|uw) amendement\b|\b(?:de|die|deze|alle|beide) amendementen\b|\bamendement(?:-| op stuk))");
  std::map<std::string, std::size_t> by_number;
  for (std::size_t i = 0; i < motions->size(); ++i) {
    const Motion& m = (*motions)[i];
    if (!m.number.empty() && !m.amendment && !by_number.count(m.number)) by_number[m.number] = i;
  }
  if (by_number.empty()) return;
  const Passage& p = running.Joined();
  std::vector<PassageTurn> turns = FindPassageTurns(p);
  struct Found {
    std::string advice;
    int line = 0;
  };
  std::map<std::size_t, Found> chair, government, last;
  std::vector<std::size_t> current;  // the motions last referred to
  // The chair's question "… was ook ontraden, hè?" on these motions, given when the government's next turn
  // confirms it ("Zeker, …").
  Found asked;
  std::vector<std::size_t> asked_about;
  for (const PassageTurn& t : turns) {
    bool is_chair = t.role == Speech::Role::kChair;
    bool is_government = t.role == Speech::Role::kMinister || t.role == Speech::Role::kStateSecretary;
    std::string_view turn(p.text.data() + t.begin, t.end - t.begin);
    if (!asked_about.empty() && is_government && Confirms(turn)) {
      for (std::size_t index : asked_about) government[index] = last[index] = asked;
    }
    asked_about.clear();
    for (auto [start, end] : AdviceSentences(turn)) {
      std::string_view sentence = turn.substr(start, end - start);
      // The motion this sentence is about: the last numbered reference in it, a motion named by its
      // submitter, or the one referred to before.
      re2::StringPiece input(sentence.data(), sentence.size());
      re2::StringPiece whole;
      std::string list, a, dossier, b, c;
      bool referred = false;
      std::vector<std::pair<std::size_t, std::vector<std::size_t>>> refs;  // (start in sentence, motions)
      while (RE2::FindAndConsume(&input, kRef, &whole, &list, &a, &dossier, &b, &c)) {
        std::size_t at = static_cast<std::size_t>(input.data() - sentence.data());
        std::string_view before = sentence.substr(0, at);
        std::size_t amendment = before.rfind("amendement"), motion = before.rfind("otie");
        if (!refs.empty()) refs.back().second = current;
        refs.emplace_back(static_cast<std::size_t>(whole.data() - sentence.data()), std::vector<std::size_t>());
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
        dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
        for (const std::string& n : numbers) {
          auto it = by_number.find(n);
          if (it == by_number.end()) continue;
          const std::string& own = (*motions)[it->second].dossier;
          if (!b.empty() && !dossier.empty() && !own.empty() && DossierKey(own) != DossierKey(dossier)) continue;
          current.push_back(it->second);
        }
      }
      if (!refs.empty()) refs.back().second = current;
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
      std::size_t first = start;
      while (first < end && (turn[first] == ' ' || turn[first] == '\n')) ++first;
      if (is_chair && advice.empty()) {
        std::string_view statement = TagQuestionStatement(sentence);
        if (!statement.empty() && !(asked.advice = AdviceOf(statement)).empty()) {
          asked.line = p.LineAt(t.begin + first);
          asked_about = current;
        }
        continue;
      }
      if (advice.empty()) continue;
      // Several motions advised in one sentence, each after its own number ("De motie op stuk nr. 57 is oordeel
      // Kamer … de motie op stuk nr. 58 is ook oordeel Kamer" when a page footer stands between them): each
      // part from one number to the next gives the advice of its number's motions.
      if (refs.size() >= 2) {
        std::vector<std::string> parts;
        int advised = 0;
        for (std::size_t k = 0; k < refs.size(); ++k) {
          std::size_t from = k == 0 ? 0 : refs[k].first;
          std::size_t to = k + 1 < refs.size() ? refs[k + 1].first : sentence.size();
          parts.push_back(AdviceOf(sentence.substr(from, to - from)));
          advised += !parts.back().empty();
        }
        if (advised >= 2) {
          for (std::size_t k = 0; k < refs.size(); ++k) {
            if (parts[k].empty()) continue;
            std::size_t from = start + (k == 0 ? 0 : refs[k].first);
            while (from < end && (turn[from] == ' ' || turn[from] == '\n')) ++from;
            Found f{parts[k], p.LineAt(t.begin + from)};
            for (std::size_t index : refs[k].second) {
              (is_chair ? chair : government)[index] = f;
              last[index] = f;
            }
          }
          continue;
        }
      }
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

int AttachOutcomes(const RunningText& running, const std::string& date, std::vector<Motion>* motions) {
  const std::vector<RunningLine>& lines = running.lines;
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
  const Passage& p = running.Joined();
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

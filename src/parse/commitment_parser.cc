#include "parse/commitment_parser.h"

#include <re2/re2.h>

#include "parse/running_text.h"
#include "parse/text_util.h"

namespace kamergraaf {
namespace {

struct Patterns {
  RE2 deadline{
      R"((?i)\b((?:(?:nog )?(?:vóór|voor|na|rond|rondom) (?:het |de )?(?:komende? |volgende |eerstvolgende )?(?:zomerreces|kerstreces|meireces|herfstreces|voorjaarsreces|krokusreces|reces|zomer|kerst|herfst|winter|jaarwisseling|begrotingsbehandeling|einde van (?:het|dit) jaar))|(?:op (?:zeer |heel )?korte termijn)|(?:binnenkort)|(?:zo (?:spoedig|snel) mogelijk)|(?:in aanloop naar (?:de |het )?\S+)|(?:later dit jaar|eind dit jaar|dit najaar|dit voorjaar|deze zomer|nog dit jaar)|(?:(?:vóór|voor|uiterlijk|begin|eind|medio|in) (?:\d{1,2} )?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?: \d{4})?)|(?:in het (?:eerste|tweede|derde|vierde) kwartaal(?: van \d{4})?)|(?:(?:vóór|voor) de (?:zomer|kerst)))\b)"};
  // "toezeggen", "zeg ik toe", "ik zeg toe"; not the noun "toezegging" (mostly about earlier promises) nor "toegezegd".
  // Also "Ik zeg toe dat …" and "De minister zegt toe …", with no pronoun between verb and particle.
  RE2 promise_word{R"((?i)\btoezeggen\b|\bzeg(?:t|gen)? (?:(?:ik|wij|we|u) )?(?:\S+ ){0,3}?toe\b)"};
  // Refusals, and reports of someone asking for a promise ("de vraag of … willen toezeggen").
  RE2 refusal{
      R"((?i)\bniet (?:toezeggen|toezegt)|\bgeen toezegging|\bde vraag of\b|\bvroeg(?:en)?\b|\bvraagt\b|\bverzoekt\b|\bwillen toezeggen\b)"};
  RE2 future{R"((?i)\b(?:zal|zullen)\b)"};
  RE2 subject{R"((?i)\b(?:ik|wij|we|het kabinet|kabinet|de regering|minister|staatssecretaris)\b)"};
  RE2 inform{
      R"((?i)\b(?:informeren|sturen|toesturen|toezenden|terugkomen|rapporteren|berichten|op de hoogte (?:brengen|houden|stellen))\b)"};
  RE2 kamer{R"((?i)\bkamer\b)"};
  RE2 receives{
      R"((?i)\bontvangt (?:uw|de)(?: tweede)? kamer\b|\b(?:uw|de) kamer (?:wordt|zal worden)\b.*\bge(?:ï|i)nformeerd\b|\b(?:wordt|worden) (?:uw|de) kamer\b.*\bge(?:ï|i)nformeerd\b)"};
  RE2 motion_ref{R"((?i)(?:op stuk (?:nr\.|nummer)\s*(\d+))|(?:\(\s*\d[\d ]*(?:-[0-9A-Z]+)?,\s*nr\.\s*(\d+)\s*\)))"};
};

constexpr std::size_t kMaxSentence = 700;

const Patterns& P() {
  static const Patterns* p = new Patterns;
  return *p;
}

}  // namespace

std::string DeadlinePhrase(std::string_view sentence) {
  re2::StringPiece input(sentence.data(), sentence.size());
  std::string phrase;
  if (!RE2::PartialMatch(input, P().deadline, &phrase)) return "";
  while (!phrase.empty() && (phrase.back() == ',' || phrase.back() == '.')) phrase.pop_back();
  return phrase;
}

bool IsCommitment(std::string_view sentence) {
  re2::StringPiece s(sentence.data(), sentence.size());
  if (sentence.find('?') != std::string_view::npos) return false;
  if (RE2::PartialMatch(s, P().refusal)) return false;
  if (RE2::PartialMatch(s, P().promise_word)) return true;
  if (RE2::PartialMatch(s, P().receives)) return true;
  return RE2::PartialMatch(s, P().future) && RE2::PartialMatch(s, P().subject) && RE2::PartialMatch(s, P().inform) &&
         RE2::PartialMatch(s, P().kamer);
}

void FindCommitments(const std::vector<RunningLine>& lines, std::size_t begin, std::size_t end,
                     const std::string& speaker, const std::string& related, bool track_motions,
                     const std::vector<Motion>& motions, std::vector<Commitment>* out) {
  std::string current = related;
  // Sentences never run across a paragraph break: a heading ("Vervolg") is not part of the promise after it.
  for (auto [first, last] : Paragraphs(lines, begin, end)) {
    // Every commitment names "toe…" (toezeggen, zeg … toe) or the Kamer, and a motion reference has "nr" or
    // "stuk": a paragraph with none of them has nothing for this pass.
    if (track_motions ? !MayContainAny(lines, first, last, {"toe", "kamer", "nr", "stuk"})
                      : !MayContainAny(lines, first, last, {"toe", "kamer"})) {
      continue;
    }
    Passage p = JoinLines(lines, first, last);
    for (auto [start, stop] : SplitSentences(p.text)) {
      std::string_view sentence(p.text.data() + start, stop - start);
      if (track_motions) {
        re2::StringPiece input(sentence.data(), sentence.size());
        std::string a, b;
        while (RE2::FindAndConsume(&input, P().motion_ref, &a, &b)) {
          const std::string& number = a.empty() ? b : a;
          for (const Motion& m : motions) {
            if (m.number == number && !m.id.empty()) current = m.id;
          }
        }
      }
      // A "sentence" this long is a run of headings or OCR debris, not a promise. Every promise IsCommitment
      // takes says "toe…" or "kamer": a sentence with neither is out before its four patterns run.
      if (sentence.size() > kMaxSentence) continue;
      if (!ContainsFolded(sentence, "toe") && !ContainsFolded(sentence, "kamer")) continue;
      if (!IsCommitment(sentence)) continue;
      Commitment c;
      c.line = p.LineAt(start);
      c.speaker = speaker;
      c.text = std::string(sentence);
      c.deadline = DeadlinePhrase(sentence);
      c.related = current;
      out->push_back(std::move(c));
    }
  }
}

}  // namespace kamergraaf

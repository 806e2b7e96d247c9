#include "parse/question_dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/civil_date.h"
#include "parse/anchored_match.h"
#include "parse/text_util.h"
#include "text/dutch_month.h"

namespace kamergraaf {
namespace {

constexpr std::size_t kHeadBytes = 6000;

struct Patterns {
  // Compiled once; every pattern runs on the whitespace-folded head.
  // The month may keep an OCR hyphen ("23 fe-bruari 1981"); DutchMonth reads it without.
  RE2 date{R"((?i)^\s*(\d{1,2})\s*([a-z]+(?:-[a-z]+)*)\s*(\d{4})\b)"};
  // "(ingezonden 7 september 2026)" after a title, or "(kenmerk: 2026Z00777, ingezonden …)" in a letter; a
  // reference to other questions ("Kamervragen van het lid X, ingezonden …") does not date this document.
  // OCR of old Aanhangsels keeps the hyphens of words broken over two lines: "(lngezon-den27juni 1985)",
  // "(Inge-zonden 6 april 1973)", "(Ontvan-gen 16 maart 1981)", "fe-bruari".
  RE2 asked{R"((?i)(?:\(|kenmerk:?\s*\d{4}Z ?\d{5},\s*)[il]nge-?zon-?den:?\s*(\d{1,2}\s*[a-z]+(?:-[a-z]+)*\s*\d{4}))"};
  // Bills and amendments are "ingezonden" too: the date counts only near the questions' own title.
  RE2 questions_context{R"((?i)(?:vragen|vraag) van|kenmerk)"};
  // "Op 6 november jl. hebben de leden X en Y (beiden F) schriftelijke vragen gesteld aan de minister … over".
  RE2 asked_jl{
      R"(\bOp (\d{1,2} [a-z]+)(?: (\d{4}))?(?: jl\.?)? (?:heeft|hebben) (?:het lid|de leden) (.{1,200}?) (?:schriftelijke )?vragen gesteld(?: aan (.{1,200}?))? over )"};
  // Until the 1970s the reply was "ANTWOORD van den heer X, Minister van … (Ingezonden 2 Juli 1908)".
  RE2 answered{
      R"(((?i:antwoord|antwoorden|mededeling)) van .{0,250}?\((?:[Oo]nt-?van-?gen|[Ii]nge-?zon-?den):?\s*(\d{1,2}\s*[A-Za-z]+(?:-[A-Za-z]+)*\s*\d{4})\s*\.?\))"};
  // Text layers glue words ("Sportover zorg", "overde faillissementen"): "over" may follow without a space.
  // `gap` is what the asker and the addressee may be.
  static std::string Asker(std::string_view gap) {
    return R"((?i:vra(?:gen|ag)) van (?:het|de|den) (?:leden lid|lid|leden|heer|heren|mevrouw)(?: der (?:Tweede )?Kamer)?,? ()" +
           std::string(gap) + ") (?:aan (" + std::string(gap) +
           R"() ?)?(?:over(?:\s|de\s|het\s|een\s|«|\()|betreffende ))";
  }
  RE2 asker{Asker(".{1,200}?")};
  // The same without the bounds, which make a large automaton that RE2 runs slowly; within a part of the head
  // the first match is the same when it keeps to the bounds (the bounded paths are a subset, in the same order).
  RE2 asker_unbounded{Asker(".+?")};
  RE2 postponed{R"((?i)niet\s+binnen\s+de\s+(?:gebruikelijke|gestelde)\s*termijn)"};
  RE2 zaak_in_sentence{R"(\((\d{4})Z ?(\d{5})\))"};
  RE2 zaak_line{R"(^(\d{4})Z ?(\d{5})$)"};
  RE2 zaak{R"(^\d{4}Z\d{5}$)"};
};

const Patterns& P() {
  static const Patterns* p = new Patterns;
  return *p;
}


// The zaak number standing alone on one of the first 40 lines ("2024Z18558", "2024Z 17972").
std::string ZaakOnOwnLine(std::string_view text) {
  std::size_t pos = 0;
  for (int line = 0; line < 40 && pos < text.size(); ++line) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view l = StripAscii(text.substr(pos, eol - pos));
    std::string year, number;
    if (l.size() >= 10 && l.size() <= 11 && l[4] == 'Z' && RE2::FullMatch(l, P().zaak_line, &year, &number)) {
      return year + "Z" + number;
    }
    pos = eol + 1;
  }
  return "";
}

// The parts of `head` around each occurrence of one of `words` in `lower` (head's lower-case copy): from
// `before` bytes before it to `after` bytes after it, overlapping parts merged, in text order. A pattern that
// needs one of the words, and is at most that long around it, finds the same first match in these parts as in
// the whole head, without running its long bounded gaps (".{1,200}?") over all of it.
std::vector<re2::StringPiece> PartsAround(const std::string& head, const std::string& lower,
                                          std::initializer_list<std::string_view> words, std::size_t before,
                                          std::size_t after) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (std::string_view w : words) {
    for (std::size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
      spans.emplace_back(at > before ? at - before : 0, std::min(head.size(), at + after));
    }
  }
  std::sort(spans.begin(), spans.end());
  std::vector<re2::StringPiece> out;
  for (std::size_t i = 0; i < spans.size();) {
    std::size_t begin = spans[i].first, end = spans[i].second;
    for (++i; i < spans.size() && spans[i].first <= end; ++i) end = std::max(end, spans[i].second);
    out.emplace_back(head.data() + begin, end - begin);
  }
  return out;
}

// RE2::PartialMatch(part, re, args...) for a part of `head` (`lower` its lower-case copy) and a pattern whose
// every match starts with one of `words` (lower-case, of letters that case-fold only to themselves), tried
// where the words stand (anchored_match.h).
template <typename... Args>
bool MatchAtWords(const std::string& head, const std::string& lower, re2::StringPiece part,
                  std::initializer_list<std::string_view> words, const RE2& re, Args*... args) {
  const std::size_t begin = static_cast<std::size_t>(part.data() - head.data());
  const std::string_view low = std::string_view(lower).substr(begin, part.size());
  return MatchAtPlaces(std::string_view(part.data(), part.size()), PlacesOf(low, words), re, args...);
}

// RE2::PartialMatch(part, P().answered, reply, date): every match starts with "antwoord" or "mededeling"
// and holds "(ont…" or "(inge…" (either first letter's case; OCR may break the word with a hyphen).
bool MatchAnswered(const std::string& head, const std::string& lower, re2::StringPiece part, std::string* reply,
                   re2::StringPiece* date) {
  std::string_view p(part.data(), part.size());
  if (!ContainsLiteral(p, "(ont") && !ContainsLiteral(p, "(Ont") && !ContainsLiteral(p, "(inge") &&
      !ContainsLiteral(p, "(Inge")) {
    return false;
  }
  return MatchAtWords(head, lower, part, {"antwoord", "mededeling"}, P().answered, reply, date);
}

// Folds the ASCII whitespace of a capture and drops a trailing comma.
std::string Clean(std::string_view s) {
  std::string out = FoldWhitespace(s);
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace

std::string DutchDateToIso(std::string_view day_month_year) {
  std::string day, month, year;
  if (!RE2::PartialMatch(day_month_year, P().date, &day, &month, &year)) return "";
  int m = DutchMonth(month);
  if (m == 0) return "";
  return IsoFromParts(std::stoi(year), m, std::stoi(day));
}

QuestionDates ReadQuestionDates(std::string_view text) {
  QuestionDates out;
  const std::string head = FoldWhitespace(text.substr(0, std::min(text.size(), kHeadBytes)));
  // Literal prefilters: most documents are not written questions, and these patterns need an anchor word.
  const std::string lower = AsciiLower(head);
  const bool has_received = ContainsLiteral(lower, "ntvangen") || ContainsLiteral(lower, "ntvan-gen") ||
                            ContainsLiteral(lower, "nt-vangen") || ContainsLiteral(lower, "nt-van-gen");
  const bool has_submitted = ContainsLiteral(lower, "ngezon") || ContainsLiteral(lower, "nge-zon");
  const bool has_questions = ContainsLiteral(lower, "ragen") || ContainsLiteral(lower, "raag");
  const bool has_term = ContainsLiteral(lower, "termijn");
  // The patterns with long bounded gaps (".{1,200}?") are costly to run: each needs its own words first.
  const bool has_reply = ContainsLiteral(lower, "antwoord") || ContainsLiteral(lower, "mededeling");
  std::string phrase;
  std::string reply;
  // Where the reply's date ends: in the old form the reply is "(Ingezonden …)" too, and must not be taken for
  // the questions' date.
  std::size_t reply_end = std::string::npos;
  re2::StringPiece reply_date;
  if ((has_received || has_submitted) && has_reply) {
    // "Antwoord … van … (ontvangen 3 mei 2024)": starts at its first word, at most ~310 bytes long.
    for (re2::StringPiece part : PartsAround(head, lower, {"antwoord", "mededeling"}, 0, 340)) {
      if (!MatchAnswered(head, lower, part, &reply, &reply_date)) continue;
      phrase = std::string(reply_date);
      reply_end = static_cast<std::size_t>(reply_date.data() + reply_date.size() - head.data());
      out.answered = DutchDateToIso(phrase);
      out.notice = AsciiLower(reply) == "mededeling";
      break;
    }
  }
  {
    re2::StringPiece rest(head);
    while (has_submitted && out.asked.empty() && RE2::FindAndConsume(&rest, P().asked, &phrase)) {
      const std::size_t end = static_cast<std::size_t>(rest.data() - head.data());
      if (end == reply_end) continue;  // the reply's own date
      // The title stands before the date, or (questions as sent out) just after it.
      const std::size_t from = end > 700 ? end - 700 : 0;
      const std::size_t to = std::min(head.size(), end + 300);
      if (RE2::PartialMatch(re2::StringPiece(head.data() + from, to - from), P().questions_context)) {
        out.asked = DutchDateToIso(phrase);
      }
    }
  }
  std::string day_month, year, who, to;
  bool posed = false;
  if (has_questions) {
    // "Op … (heeft|hebben) … vragen gesteld aan … over ": at most ~260 bytes before those words, ~215 after.
    for (re2::StringPiece part : PartsAround(head, lower, {"vragen gesteld"}, 300, 260)) {
      if ((posed = RE2::PartialMatch(part, P().asked_jl, &day_month, &year, &who, &to))) break;
    }
  }
  if (posed) {
    if (out.asked.empty()) {
      // "jl." (of this year): the year of the notice, or the one before when the date would follow it.
      int notice_year = out.answered.empty() ? 0 : std::stoi(out.answered.substr(0, 4));
      if (year.empty() && notice_year > 0) {
        std::string candidate = DutchDateToIso(day_month + " " + std::to_string(notice_year));
        if (!candidate.empty() && candidate > out.answered) {
          candidate = DutchDateToIso(day_month + " " + std::to_string(notice_year - 1));
        }
        out.asked = candidate;
      } else if (!year.empty()) {
        out.asked = DutchDateToIso(day_month + " " + year);
      }
    }
    out.asker = Clean(who);
    out.addressee = Clean(to);
  }
  if (has_questions && out.asker.empty()) {
    // "Vragen van het lid … aan … over ": starts at those words, at most ~470 bytes long.
    for (re2::StringPiece part : PartsAround(head, lower, {"vragen van ", "vraag van "}, 0, 480)) {
      // Every match starts with "vragen van " or "vraag van " (any case of the first word).
      bool found = MatchAtWords(head, lower, part, {"vragen van ", "vraag van "}, P().asker_unbounded, &who, &to);
      if (found && (who.size() > 200 || to.size() > 200)) {
        found = MatchAtWords(head, lower, part, {"vragen van ", "vraag van "}, P().asker, &who, &to);
      }
      if (found) {
        out.asker = Clean(who);
        out.addressee = Clean(to);
        break;
      }
    }
  }
  std::string zaak_year, zaak_number;
  if (has_term && RE2::PartialMatch(head, P().postponed)) {
    out.postponement = true;
    // The notice names the questions' zaak in brackets in the same sentence ("… (2024Z17067) kunnen niet …").
    if (RE2::PartialMatch(head, P().zaak_in_sentence, &zaak_year, &zaak_number)) out.zaak = zaak_year + "Z" + zaak_number;
  }
  std::string own_line = ZaakOnOwnLine(text);
  if (!own_line.empty()) out.zaak = own_line;
  return out;
}

void ApplyQuestionDates(std::string_view text, Document* doc) {
  QuestionDates q = ReadQuestionDates(text);
  doc->asked_date = q.asked;
  doc->answered_date = q.answered;
  doc->question_zaak = q.zaak;
  if (doc->question_zaak.empty() && RE2::FullMatch(doc->id, P().zaak)) doc->question_zaak = doc->id;
  // A letter names the zaak it answers as "Uw kenmerk"; in an Aanhangsel item ("Antwoord van … (ontvangen …)")
  // a "kenmerk" is a footnote's reference to another paper.
  if (doc->question_zaak.empty() && q.answered.empty()) {
    for (const std::string& id : doc->answers_to) {
      if (RE2::FullMatch(id, P().zaak)) {
        doc->question_zaak = id;
        break;
      }
    }
  }
  // Who asked and whom, only for documents dated or numbered as written questions: elsewhere "vragen van het
  // lid X" refers to other questions.
  if (doc->asked_date.empty() && doc->answered_date.empty() && doc->question_zaak.empty() && !q.postponement) return;
  doc->asker = q.asker;
  if (doc->addressee.empty() && !q.addressee.empty()) doc->addressee = q.addressee;
  // A notice that the questions cannot be answered in time, which carries no answers itself.
  const bool about_questions = !doc->asked_date.empty() || !doc->question_zaak.empty() || !q.asker.empty();
  const bool answered_here = !doc->answers.empty() || (!q.answered.empty() && !q.notice);
  // (A "Mededeling" alone is not enough: some say the questions "zijn beantwoord middels een brief".)
  if (q.postponement && !answered_here && about_questions) {
    doc->kind = DocumentKind::kUitstelbericht;
  }
}

}  // namespace kamergraaf

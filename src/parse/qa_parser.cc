#include "parse/qa_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "parse/text_util.h"

namespace kamergraaf {
namespace {

struct Patterns {
  RE2 so_fractie{R"(^Vragen en opmerkingen van de leden van de (.+?)[- ]?fractie\b)"};
  RE2 cv_fractie{R"(^Antwoorden op de vragen van de (.+?)[- ]fractie\b)"};
  RE2 part_two{R"(^II\.?\s+(?:Antwoord|Reactie))"};
  RE2 part_three{R"(^III\.?\s)"};
  RE2 numbered_answer{R"(^(\d{1,3})\.\s*Antwoord\b)"};
  // "Antwoord", "Antwoord 3", "Antwoord op vraag 3", "Antwoord 3, 4 en 5", "Antwoord vragen 9 en 10".
  RE2 answer{
      R"(^Antwoord(?: van het kabinet| van de regering)?(?:\s+(?:op\s+)?(?:(?i:vraag|vragen)\s*)?\d{1,3}[a-z]?(?:(?:\s*(?:,|en|t/m|-|–)\s*|\s+)\d{1,3}[a-z]?)*)?\s*:?$)"};
  // A historical Aanhangsel's answer section after all its questions: "ANTWOORD", "ANTWOORD van de heer Staf,
  // Minister voor Defensie. (Ingezonden …)", "ANTWOORD van den heer X, Minister van Y." (before 1947's spelling
  // reform), "Antwoord Antwoord van Minister X (…). (Ontvangen …)".
  RE2 answer_section{
      R"(^(?:Antwoord\s+)?(?:ANTWOORD|Antwoord)(?:\.|\s+van\s+(?:de heer|den heer|de heeren|mevrouw|[Mm]inister|[Ss]taatssecretaris)\b.*)?$)"};
  RE2 paren_question{R"(^(\d{1,3})\)\s*\S)"};
  RE2 bare_number{R"(^(\d{1,3})$)"};
  RE2 dot_question{R"(^(\d{1,3})\.(?:\s+(\S.*))?$)"};  // "1. Kent u het bericht …?", or "1." over the question
  // "Vraag 3", "Vraag 4 en 5", "Vragen 6, 7 en 8", "Vraag 9 t/m 11": a grouped heading asks each number.
  RE2 vraag{R"(^Vra(?:ag|gen) (\d{1,3})((?:(?:\s*(?:,|en|t/m|-|–)\s*|\s+)\d{1,3})*)\s*:?$)"};  // also "9 10 en 11"
};

const Patterns& P() {
  static const Patterns* p = new Patterns;
  return *p;
}

bool Asks(std::string_view s) { return s.find('?') != std::string_view::npos; }

// A numbered line "1. …" starts a question when its paragraph asks something before an "Antwoord" line: an
// enumeration inside an answer ("1. De regering …") does not.
bool DotQuestionAt(const std::vector<RunningLine>& lines, std::size_t i, int* number) {
  std::string rest;
  if (!RE2::FullMatch(lines[i].text, P().dot_question, number, &rest)) return false;
  bool started = !rest.empty();
  for (std::size_t j = i; j < lines.size() && j < i + 8; ++j) {
    std::string_view t = j == i ? std::string_view(rest) : lines[j].text;
    if (j > i && StartsWith(t, "Antwoord")) return false;
    if (t.empty()) {
      if (started) return false;
      continue;
    }
    started = true;
    if (Asks(t)) return true;
    if (t.back() == ':') return true;  // "1. Kunt u … op de volgende vragen antwoord geven:" over sub-questions
  }
  return false;
}

// The question text: its sentences up to the first that asks something, at most ~500 bytes.
std::string QuestionText(const std::string& text) {
  std::string out;
  for (auto [start, end] : SplitSentences(text)) {
    std::string_view s(text.data() + start, end - start);
    if (!out.empty()) out += ' ';
    out += s;
    if (Asks(s) || out.size() > 500) break;
  }
  return Abbreviate(out, 600);
}

// The fractie named by a block heading on `s`, or "" when `s` is no block heading.
std::string BlockFractie(std::string_view s) {
  std::string name;
  if (RE2::PartialMatch(s, P().so_fractie, &name) || RE2::PartialMatch(s, P().cv_fractie, &name)) {
    return NormalizeFractie(name);
  }
  return "";
}

bool IsPartBoundary(std::string_view s) {
  return RE2::PartialMatch(s, P().part_two) || RE2::PartialMatch(s, P().part_three);
}

// The numbers after the first of a grouped heading: " en 5" → {5}; ", 7 en 8" → {7, 8}; " t/m 11" after 9 →
// {10, 11}. Numbers must rise; a range spans at most 20.
std::vector<int> GroupedNumbers(int first, const std::string& group) {
  std::vector<int> out;
  static const RE2 kNext(R"((?:\s*(,|en|t/m|-|–)\s*|\s+)(\d{1,3}))");
  re2::StringPiece rest(group);
  std::string sep;
  int n = 0, last = first;
  while (RE2::Consume(&rest, kNext, &sep, &n)) {
    if (n <= last) break;
    bool range = sep == "t/m" || sep == "-" || sep == "–";
    if (range && n - last > 20) break;
    for (int k = range ? last + 1 : n; k <= n; ++k) out.push_back(k);
    last = n;
  }
  return out;
}

// Layout 1: numbered questions, each followed by "Antwoord".
// `headed_only`: the document heads its questions "Vraag N"; a bare or "N)" number is then a footnote or page
// number, never a question.
void ParseNumbered(const std::vector<RunningLine>& lines, bool headed_only, Document* doc) {
  std::string fractie;
  enum class In { kNothing, kQuestion, kAnswer } in = In::kNothing;
  std::string buffer;
  std::vector<int> pending;  // questions since the last answer
  int last_number = 0;
  auto flush = [&](int end_line) {
    if (in == In::kQuestion && !doc->questions.empty()) {
      Question& q = doc->questions.back();
      q.text = QuestionText(FoldWhitespace(buffer));
      if (end_line > 0) q.end_line = end_line;
    } else if (in == In::kAnswer && !doc->answers.empty()) {
      Answer& a = doc->answers.back();
      a.text = FoldWhitespace(buffer);
      if (end_line > 0) a.end_line = end_line;
    }
    buffer.clear();
  };
  int last_text_line = 0;
  std::set<int> asked;       // the numbers asked in this block
  std::vector<int> section;  // questions whose answers follow, numbered again from 1
  int section_last = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view s = lines[i].text;
    if (s.empty()) continue;
    std::string f = BlockFractie(s);
    if (!f.empty() || IsPartBoundary(s)) {
      flush(last_text_line);
      in = In::kNothing;
      if (!f.empty()) fractie = f, asked.clear();
      continue;
    }
    // A historical Aanhangsel prints the answers after all the questions, numbered again from 1 without a
    // heading ("1. Heeft de Minister …?" … "5. Is de Minister bereid …?" then "1. Het antwoord luidt
    // bevestigend." …): answer k answers question k.
    int again = 0;
    std::string again_rest;
    bool renumbered = RE2::FullMatch(s, P().dot_question, &again, &again_rest) && !Asks(s);
    if (renumbered && again == 1 && in == In::kQuestion && !pending.empty() &&
        doc->questions[pending.front()].number == "1") {
      flush(last_text_line);
      section = pending;
      pending.clear();
      section_last = 0;
    }
    if (renumbered && !section.empty() && again == section_last + 1) {
      int q = -1;
      for (int k : section) {
        if (doc->questions[k].number == std::to_string(again)) q = k;
      }
      if (q >= 0) {
        if (in == In::kAnswer) flush(last_text_line);
        Answer a;
        a.number = std::to_string(again);
        a.line = lines[i].line;
        a.end_line = lines[i].line;
        a.questions = {q};
        doc->questions[q].answered = true;
        doc->questions[q].answer = static_cast<int>(doc->answers.size());
        doc->answers.push_back(std::move(a));
        in = In::kAnswer;
        buffer = again_rest;
        section_last = again;
        last_text_line = lines[i].line;
        continue;
      }
    }
    int number = 0;
    bool bare = false;
    std::string group;
    bool headed = false;
    bool dotted = false;
    bool numbered = RE2::PartialMatch(s, P().paren_question, &number) ||
                    (bare = RE2::FullMatch(s, P().bare_number, &number)) ||
                    (headed = RE2::FullMatch(s, P().vraag, &number, &group)) ||
                    (dotted = DotQuestionAt(lines, i, &number));
    if (headed_only && !headed) numbered = false;
    // Numbers run on (1, 2, 3 …) or start again at 1 after a fractie heading; any other number is an
    // enumeration inside an answer or a page number. A "Vraag 6" heading is a question whatever its order
    // ("Vraag 4, 5, 7 en 8" before "Vraag 6"), once.
    bool out_of_order = headed && number > 0 && asked.count(number) == 0;
    if (numbered && (number == last_number + 1 || (number == 1 && in == In::kNothing) || out_of_order)) {
      flush(last_text_line);
      section.clear();
      Question q;
      q.number = std::to_string(number);
      q.line = lines[i].line;
      q.end_line = lines[i].line;
      q.fractie = fractie;
      pending.push_back(static_cast<int>(doc->questions.size()));
      doc->questions.push_back(q);
      asked.insert(number);
      if (!out_of_order || number > last_number) last_number = number;  // "Vraag 6" after 8 keeps 8
      // The other numbers of a grouped heading, each a question of the same text.
      for (int more : GroupedNumbers(number, group)) {
        q.number = std::to_string(more);
        pending.push_back(static_cast<int>(doc->questions.size()));
        doc->questions.push_back(q);
        asked.insert(more);
        last_number = std::max(last_number, more);
      }
      in = In::kQuestion;
      std::size_t close = s.find(dotted ? '.' : ')');
      buffer = bare || close == std::string::npos || s[0] == 'V' ? "" : s.substr(close + 1);
      last_text_line = lines[i].line;
      continue;
    }
    if (bare) continue;  // a page number
    if ((RE2::FullMatch(s, P().answer) || RE2::FullMatch(s, P().answer_section)) && in == In::kQuestion) {
      flush(last_text_line);
      Answer a;
      a.number = doc->questions.back().number;
      a.line = lines[i].line;
      a.end_line = lines[i].line;
      a.questions = pending;
      for (int q : pending) {
        doc->questions[q].answered = true;
        doc->questions[q].answer = static_cast<int>(doc->answers.size());
      }
      pending.clear();
      doc->answers.push_back(std::move(a));
      in = In::kAnswer;
      last_text_line = lines[i].line;
      continue;
    }
    if (in != In::kNothing) {
      buffer += ' ';
      buffer += s;
      last_text_line = lines[i].line;
    }
  }
  flush(last_text_line);
}

// Layouts 2 and 3: unnumbered question paragraphs in fractie blocks.
void ParseBlocks(const std::vector<RunningLine>& lines, bool interleaved, Document* doc) {
  // Segments of lines between headings; each knows its fractie and the answer heading that ends it.
  struct Segment {
    std::size_t begin, end;
    std::string fractie;
    std::string answer_number;  // the "N. Antwoord" heading at `end`, or empty
    bool starts_after_answer;
  };
  std::vector<Segment> segments;
  std::string fractie;
  bool in_questions = false;
  bool after_answer = false;
  std::size_t begin = 0;
  std::size_t part_two = lines.size(), part_two_end = lines.size();  // running-line range of part II's text
  auto close = [&](std::size_t end, std::string answer) {
    if (in_questions && end > begin) segments.push_back({begin, end, fractie, std::move(answer), after_answer});
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view s = lines[i].text;
    if (s.empty()) continue;
    std::string f = BlockFractie(s);
    std::string number;
    if (!f.empty()) {
      close(i, "");
      fractie = f;
      in_questions = true;
      after_answer = false;
      begin = i + 1;
    } else if (IsPartBoundary(s)) {
      close(i, "");
      in_questions = false;
      if (RE2::PartialMatch(s, P().part_two)) {
        part_two = i;
      } else if (part_two < lines.size() && part_two_end == lines.size()) {
        part_two_end = i;
      }
    } else if (interleaved && RE2::PartialMatch(s, P().numbered_answer, &number)) {
      close(i, number);
      after_answer = true;
      begin = i + 1;
    }
  }
  close(lines.size(), "");

  int open_answer = -1;  // the answer whose text runs until the next question
  for (const Segment& seg : segments) {
    auto paragraphs = Paragraphs(lines, seg.begin, seg.end);
    std::size_t first_question = paragraphs.size();
    if (interleaved) {
      if (!seg.answer_number.empty() && !paragraphs.empty()) {
        first_question = paragraphs.size() - 1;
        std::size_t floor = seg.starts_after_answer ? 1 : 0;
        while (
            first_question > floor &&
            Asks(JoinLines(lines, paragraphs[first_question - 1].first, paragraphs[first_question - 1].second).text)) {
          --first_question;
        }
      }
    } else {
      first_question = 0;
    }
    // Text before the first question continues the open answer.
    if (open_answer >= 0) {
      Answer& a = doc->answers[open_answer];
      std::size_t stop = first_question < paragraphs.size() ? paragraphs[first_question].first : seg.end;
      Passage rest = JoinLines(lines, seg.begin, stop);
      if (!rest.text.empty()) {
        a.text += (a.text.empty() ? "" : " ") + rest.text;
        a.end_line = rest.last_line;
      }
      open_answer = -1;
    }
    std::vector<int> asked;
    for (std::size_t p = first_question; p < paragraphs.size(); ++p) {
      Passage para = JoinLines(lines, paragraphs[p].first, paragraphs[p].second);
      if (!interleaved) {
        bool intro = para.text.find("kennisgenomen") != std::string::npos && !Asks(para.text);
        bool heading = !Asks(para.text) && para.text.back() != '.' && para.text.size() < 100;
        if (intro || heading) continue;
      }
      Question q;
      q.number = seg.answer_number;
      q.line = para.first_line;
      q.end_line = para.last_line;
      q.fractie = seg.fractie;
      q.text = QuestionText(para.text);
      asked.push_back(static_cast<int>(doc->questions.size()));
      doc->questions.push_back(std::move(q));
    }
    if (!seg.answer_number.empty()) {
      Answer a;
      a.number = seg.answer_number;
      a.line = seg.end < lines.size() ? lines[seg.end].line : 0;
      a.end_line = a.line;
      a.questions = asked;
      for (int q : asked) {
        doc->questions[q].answered = true;
        doc->questions[q].answer = static_cast<int>(doc->answers.size());
      }
      open_answer = static_cast<int>(doc->answers.size());
      doc->answers.push_back(std::move(a));
    }
  }
  // A part II with text answers the questions as a whole: they cannot be matched one by one, but they are
  // not unanswered either.
  if (!interleaved && part_two < lines.size()) {
    Passage answer = JoinLines(lines, part_two + 1, part_two_end);
    std::size_t words = std::count(answer.text.begin(), answer.text.end(), ' ');
    if (words >= 20) {
      Answer a;
      a.number = "";
      a.line = lines[part_two].line;
      a.end_line = answer.last_line;
      a.text = answer.text;
      for (std::size_t q = 0; q < doc->questions.size(); ++q) {
        if (doc->questions[q].answered) continue;
        doc->questions[q].answered = true;
        doc->questions[q].answer = static_cast<int>(doc->answers.size());
        a.questions.push_back(static_cast<int>(q));
      }
      doc->answers.push_back(std::move(a));
    }
  }
}

// Unnumbered written questions: the asking paragraphs after the "Vragen van …" heading, numbered 1, 2, …;
// they replace what numbering found when there are more of them (a footnote "1) …" is no question list).
void ParseUnnumbered(const std::vector<RunningLine>& lines, Document* doc) {
  std::size_t start = lines.size();
  for (std::size_t i = 0; i < lines.size() && i < 40; ++i) {
    if (StartsWith(lines[i].text, "Vragen van ")) {
      start = i;
      break;
    }
  }
  if (start == lines.size()) return;
  std::vector<Question> found;
  for (auto [first, last] : Paragraphs(lines, start, lines.size())) {
    if (first == start) continue;  // the heading itself
    Passage para = JoinLines(lines, first, last);
    // A footnote ("[1] Website …", "1) Bijlage …") ends the questions, even when it quotes a question.
    static const RE2 kNote(R"(^(?:\[\d{1,2}\]|\d{1,2}\))(?:\s|\x{00A0}))");
    if (RE2::PartialMatch(para.text, kNote)) break;
    if (!Asks(para.text)) {
      if (!found.empty()) break;  // the questions are over: footnotes, signature
      continue;
    }
    Question q;
    q.number = std::to_string(found.size() + 1);
    q.line = para.first_line;
    q.end_line = para.last_line;
    q.text = QuestionText(para.text);
    found.push_back(std::move(q));
  }
  if (found.size() <= doc->questions.size()) return;
  doc->questions = std::move(found);
  doc->answers.clear();
}

}  // namespace

std::string NormalizeFractie(std::string_view name) {
  std::string n(StripAscii(name));
  for (std::string_view prefix : {"beiden ", "allen ", "beide "}) {
    if (n.size() > prefix.size() && n.compare(0, prefix.size(), prefix) == 0) n.erase(0, prefix.size());
  }
  for (std::string_view suffix : {"-fractie", " fractie"}) {
    if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0) {
      n.resize(n.size() - suffix.size());
    }
  }
  if (n == "GL-PvdA" || n == "GL/PvdA" || n == "GroenLinks/PvdA" || n == "GLPvdA") return "GroenLinks-PvdA";
  if (n == "CU") return "ChristenUnie";
  return n;
}

std::string FractieOfAsker(std::string_view asker) {
  const std::size_t open = asker.find('(');
  if (open == std::string_view::npos) return "";
  const std::size_t close = asker.find(')', open);
  if (close == std::string_view::npos) return "";
  return NormalizeFractie(asker.substr(open + 1, close - open - 1));
}

void ParseQuestionsAndAnswers(const std::vector<RunningLine>& lines, Document* doc) {
  bool numbered = false;
  bool plain_answer = false;
  bool interleaved = false;
  bool blocks = false;
  bool numbered_by_heading = false;  // "Vraag 1", "1. Kent u …?": the questions are numbered
  bool vraag_headings = false;       // "Vraag 1"
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const RunningLine& l = lines[i];
    if (l.text.empty()) continue;
    int first = 0;
    bool vraag = RE2::FullMatch(l.text, P().vraag);
    vraag_headings = vraag_headings || vraag;
    bool headed = vraag || (DotQuestionAt(lines, i, &first) && first == 1);
    if (RE2::PartialMatch(l.text, P().paren_question) || headed) numbered = true;
    numbered_by_heading = numbered_by_heading || headed;
    if (RE2::FullMatch(l.text, P().answer) || RE2::FullMatch(l.text, P().answer_section)) plain_answer = true;
    if (RE2::PartialMatch(l.text, P().numbered_answer)) interleaved = true;
    if (RE2::PartialMatch(l.text, P().so_fractie)) blocks = true;
  }
  // Written questions: "1" on its own line, then the question, then "Antwoord".
  if (!numbered && !blocks) {
    for (std::size_t i = 0; i + 1 < lines.size() && !numbered; ++i) {
      if (lines[i].text == "1") {
        for (std::size_t j = i + 1; j < lines.size() && j < i + 40; ++j) {
          if (RE2::FullMatch(lines[j].text, P().answer)) {
            numbered = true;
            break;
          }
          if (lines[j].text == "2") break;
        }
      }
    }
  }
  // A "1)" line in a consultation without "Antwoord" lines is an enumeration, not a numbered question.
  if (numbered && !interleaved && (plain_answer || !blocks)) {
    ParseNumbered(lines, vraag_headings, doc);
  } else if (blocks) {
    ParseBlocks(lines, interleaved, doc);
  }
  // "Mededeling / De schriftelijke vragen … zijn beantwoord middels een brief …": the questions are answered
  // as a whole, by the letter it names.
  if (doc->answers.empty() && !doc->questions.empty()) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::string_view t = lines[i].text;
      if (t.find("zijn beantwoord middels") == std::string::npos && t.find("zijn beantwoord bij brief") == std::string::npos &&
          t.find("zijn beantwoord in de brief") == std::string::npos) {
        continue;
      }
      Answer a;
      a.line = lines[i].line;
      a.end_line = lines[i].line;
      a.text = t;
      for (std::size_t q = 0; q < doc->questions.size(); ++q) {
        doc->questions[q].answered = true;
        doc->questions[q].answer = 0;
        a.questions.push_back(static_cast<int>(q));
      }
      doc->answers.push_back(std::move(a));
      break;
    }
  }
  // Written questions as submitted, not numbered: each paragraph after the "Vragen van …" heading that asks
  // something is a question (unless numbering found more).
  if (doc->kind == DocumentKind::kSchriftelijkeVragen && !plain_answer && !interleaved && !blocks &&
      !numbered_by_heading) {
    ParseUnnumbered(lines, doc);
  }
  // Written questions of one member: "de vragen van het lid El Boujdaini (D66)" names the fractie.
  static const RE2 kAsker(R"((?i)vragen van (?:het lid|de leden) [^()]{1,80}?\(([^()]{1,30})\))");
  bool unknown =
      std::any_of(doc->questions.begin(), doc->questions.end(), [](const Question& q) { return q.fractie.empty(); });
  if (!unknown) return;
  Passage head = JoinLines(lines, 0, std::min<std::size_t>(lines.size(), 80));
  std::string party;
  if (!RE2::PartialMatch(head.text, kAsker, &party)) return;
  for (Question& q : doc->questions) {
    if (q.fractie.empty()) q.fractie = NormalizeFractie(party);
  }
}

}  // namespace kamergraaf

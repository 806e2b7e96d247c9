#include "parse/structure_parser.h"

#include <algorithm>

#include "parse/commitment_parser.h"
#include "parse/debate_parser.h"
#include "parse/kind_classifier.h"
#include "parse/motion_advice.h"
#include "parse/motion_document.h"
#include "parse/motion_parser.h"
#include "parse/qa_parser.h"
#include "parse/running_text.h"

namespace kamergraaf {
namespace {

// Index of the first running line at or after original line `line`.
std::size_t IndexOfLine(const std::vector<RunningLine>& lines, int line) {
  return static_cast<std::size_t>(
      std::lower_bound(lines.begin(), lines.end(), line, [](const RunningLine& l, int n) { return l.line < n; }) -
      lines.begin());
}

// The advice given on the debate's motions and the votes recorded in it; diagnostics get the document's path.
void AttachDebateMotionFacts(const RunningText& running, const std::vector<SpeakerTurn>& turns, Document* doc) {
  std::size_t first = doc->diagnostics.size();
  AttachVerdicts(running, turns, &doc->motions, &doc->diagnostics);
  AttachOutcomes(running, doc->date, &doc->motions);
  for (std::size_t i = first; i < doc->diagnostics.size(); ++i) doc->diagnostics[i].path = doc->path;
}

void ParseDebate(RunningText* running, Document* doc) {
  std::vector<SpeakerTurn> turns = ParseSpeakerTurns(&running->lines);
  running->LinesChanged();
  const std::vector<RunningLine>& lines = running->lines;
  doc->motions = ParseMotions(*running);
  AttachDebateMotionFacts(*running, turns, doc);
  for (const SpeakerTurn& t : turns) {
    doc->speeches.push_back(t.speech);
    Speech::Role role = t.speech.role;
    if (role == Speech::Role::kMinister || role == Speech::Role::kStateSecretary) {
      FindCommitments(lines, t.body_begin, t.body_end, t.speech.speaker.str(), "", true, doc->motions, &doc->commitments);
    }
  }
}

void ParseAnswerDocument(const std::vector<RunningLine>& lines, Document* doc) {
  ParseQuestionsAndAnswers(lines, doc);
  for (const Answer& a : doc->answers) {
    std::size_t begin = IndexOfLine(lines, a.line + 1);
    std::size_t end = IndexOfLine(lines, a.end_line + 1);
    if (begin < end) FindCommitments(lines, begin, end, "", a.number.str(), false, doc->motions, &doc->commitments);
  }
}

template <typename T>
int ItemAtLine(const std::vector<T>& items, int line) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].line <= line && line <= std::max(items[i].line, items[i].end_line)) return static_cast<int>(i);
  }
  return -1;
}

// A motion or amendment printed as a Kamerstuk of its own: its text (ParseMotions), its head, date and
// signatures (ReadMotionDocument), and the document's own id when it is that Kamerstuk.
// `head_only`: a document of another kind counts only when the title stands in its head.
void ParsePublishedMotion(const RunningText& text, Document* doc, bool head_only = false) {
  const std::vector<RunningLine>& running = text.lines;
  std::vector<Motion> motions = ParseMotions(text);
  if (motions.size() > 1) {
    // Several motions: a debate whose layout the classifier did not recognise (a whole sitting on one line).
    doc->motions = std::move(motions);
    AttachDebateMotionFacts(text, {}, doc);
    return;
  }
  Motion m = motions.empty() ? Motion{} : std::move(motions[0]);
  Diagnostics found;
  bool read = ReadMotionDocument(running, &m, &found, head_only ? 24 : 400);
  if (head_only && !read) return;
  doc->motions = std::move(motions);
  for (Diagnostic& d : found) {
    d.path = doc->path;
    doc->diagnostics.push_back(std::move(d));
  }
  if (!read && doc->motions.empty()) return;
  if (m.line == 0 && !running.empty()) m.line = running.front().line;
  // The document's official id names the paper when the text states none; a text-stated id that only adds
  // the dossier's suffix (kst-36600-VIII-123 for kst-36600-123) corrects it.
  bool doc_kst = doc->has_official_id && doc->id.rfind("kst-", 0) == 0;
  if (m.id.empty() && doc_kst) {
    std::size_t last = doc->id.rfind('-');
    m.id = doc->id;
    m.dossier = doc->id.substr(4, last - 4);
    m.number = doc->id.substr(last + 1);
  } else if (!m.id.empty() && (!doc->has_official_id || (doc_kst && doc->id != m.id &&
                                                         doc->id.rfind("kst-" + m.dossier.substr(0, m.dossier.find('-')), 0) == 0 &&
                                                         doc->id.substr(doc->id.rfind('-')) == "-" + m.number))) {
    doc->id = m.id;
    doc->has_official_id = true;
  }
  if (doc->date.empty() && !m.date.empty()) doc->date = m.date;
  if (doc->motions.empty()) {
    doc->motions.push_back(std::move(m));
  } else {
    doc->motions[0] = std::move(m);
  }
  // A saved page may carry the vote ("In stemming komt …") below the motion.
  AttachOutcomes(text, doc->date, &doc->motions);
}

}  // namespace

void ParseStructure(std::string_view text, const LineIndex& lines, Document* doc) {
  RunningText running = RunningLines(text, lines, doc->footnotes);
  if (doc->kind == DocumentKind::kUnknown) {
    KindDecision k = ClassifyKind(running.lines, doc->id);
    doc->kind = k.kind;
    doc->kind_evidence = k.evidence;
  }
  switch (doc->kind) {
    case DocumentKind::kHandelingen:
    case DocumentKind::kHandelingenCommissie:
    case DocumentKind::kVerslagCommissiedebat:
      ParseDebate(&running, doc);
      break;
    case DocumentKind::kMotie:
    case DocumentKind::kAmendement:
      ParsePublishedMotion(running, doc);
      break;
    case DocumentKind::kSchriftelijkOverleg:
    case DocumentKind::kCommissievragenAntwoorden:
    case DocumentKind::kKamervragenAntwoorden:
    case DocumentKind::kSchriftelijkeVragen:  // questions only: each one stays unanswered in its own text
      ParseAnswerDocument(running.lines, doc);
      break;
    case DocumentKind::kUitstelbericht:
      // A notice prints the questions it postpones ("Vraag 1 …"); it answers none of them.
      ParseQuestionsAndAnswers(running.lines, doc);
      [[fallthrough]];
    case DocumentKind::kKamerbrief:
    case DocumentKind::kBncFiche:
      FindCommitments(running.lines, 0, running.lines.size(), "", "", false, doc->motions, &doc->commitments);
      break;
    case DocumentKind::kKamerstuk:
    case DocumentKind::kUnknown:
      // An amendment or motion whose head the classifier did not read as such (OCR, historical layouts).
      ParsePublishedMotion(running, doc, true);
      break;
    default:
      break;
  }
}

int QuestionAtLine(const Document& doc, int line) { return ItemAtLine(doc.questions, line); }
int AnswerAtLine(const Document& doc, int line) { return ItemAtLine(doc.answers, line); }
int SpeechAtLine(const Document& doc, int line) { return ItemAtLine(doc.speeches, line); }

}  // namespace kamergraaf

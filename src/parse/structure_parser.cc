#include "parse/structure_parser.h"

#include <algorithm>

#include "parse/commitment_parser.h"
#include "parse/debate_parser.h"
#include "parse/kind_classifier.h"
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

void ParseDebate(std::vector<RunningLine>* running, Document* doc) {
  std::vector<SpeakerTurn> turns = ParseSpeakerTurns(running);
  const std::vector<RunningLine>& lines = *running;
  doc->motions = ParseMotions(lines);
  // Verdicts only attach to motions of this document, and only after a reference to one ("op stuk nr. 12",
  // "(36 200, nr. 12)"): turns of the chair and the government without "nr" or "stuk" cannot hold one.
  if (!doc->motions.empty()) {
    std::vector<SpeakerTurn> candidates;
    for (const SpeakerTurn& t : turns) {
      Speech::Role role = t.speech.role;
      if (role != Speech::Role::kChair && role != Speech::Role::kMinister && role != Speech::Role::kStateSecretary) {
        continue;
      }
      if (MayContainAny(lines, t.body_begin, t.body_end, {"nr", "stuk"})) candidates.push_back(t);
    }
    AttachVerdicts(lines, candidates, &doc->motions);
  }
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

}  // namespace

void ParseStructure(std::string_view text, const LineIndex& lines, Document* doc) {
  std::vector<RunningLine> running = RunningLines(text, lines, doc->footnotes);
  if (doc->kind == DocumentKind::kUnknown) {
    KindDecision k = ClassifyKind(running, doc->id);
    doc->kind = k.kind;
    doc->kind_evidence = k.evidence;
  }
  switch (doc->kind) {
    case DocumentKind::kHandelingen:
      ParseDebate(&running, doc);
      break;
    case DocumentKind::kMotie:
      doc->motions = ParseMotions(running);
      // A motion printed as a Kamerstuk of its own is that Kamerstuk.
      if (doc->motions.size() == 1 && doc->motions[0].id.empty() && doc->has_official_id &&
          doc->id.rfind("kst-", 0) == 0) {
        Motion& m = doc->motions[0];
        std::size_t last = doc->id.rfind('-');
        m.id = doc->id;
        m.dossier = doc->id.substr(4, last - 4);
        m.number = doc->id.substr(last + 1);
      }
      break;
    case DocumentKind::kSchriftelijkOverleg:
    case DocumentKind::kCommissievragenAntwoorden:
    case DocumentKind::kKamervragenAntwoorden:
      ParseAnswerDocument(running, doc);
      break;
    case DocumentKind::kKamerbrief:
    case DocumentKind::kBncFiche:
      FindCommitments(running, 0, running.size(), "", "", false, doc->motions, &doc->commitments);
      break;
    default:
      break;
  }
}

int QuestionAtLine(const Document& doc, int line) { return ItemAtLine(doc.questions, line); }
int AnswerAtLine(const Document& doc, int line) { return ItemAtLine(doc.answers, line); }
int SpeechAtLine(const Document& doc, int line) { return ItemAtLine(doc.speeches, line); }

}  // namespace kamergraaf

#include "analysis/deferral_detector.h"

#include <algorithm>
#include <climits>

#include "analysis/referral_phrases.h"

namespace kamergraaf {
namespace {

// First line after `line` where another question or answer starts; INT_MAX when none.
int NextBoundary(const Document& doc, int line) {
  int next = INT_MAX;
  for (const Question& q : doc.questions) {
    if (q.line > line) next = std::min(next, q.line);
  }
  for (const Answer& a : doc.answers) {
    if (a.line > line) next = std::min(next, a.line);
  }
  return next;
}

// Lower is better; -1 for kinds that are never a deferral target.
int TargetRank(CitationKind kind) {
  switch (kind) {
    case CitationKind::kZaak:
      return 0;
    case CitationKind::kAanhangsel:
      return 1;
    case CitationKind::kKamerstuk:
    case CitationKind::kMotie:
    case CitationKind::kAmendement:
      return 2;
    case CitationKind::kTkDocument:
      return 3;
    case CitationKind::kHandelingen:
      return 4;
    default:
      return -1;
  }
}

bool IsOwn(const Document& doc, const std::string& id) {
  return id == doc.id || std::find(doc.answers_to.begin(), doc.answers_to.end(), id) != doc.answers_to.end();
}

// Best target among the citations standing (by context line) in [first, last).
std::string BestTargetIn(const Document& doc, int first, int last) {
  const Citation* best = nullptr;
  int best_rank = INT_MAX;
  for (const Citation& c : doc.citations) {
    int line = c.context_line > 0 ? c.context_line : c.line;
    if (line < first || line >= last || !c.resolved || c.target.empty() || IsOwn(doc, c.target)) continue;
    int rank = TargetRank(c.kind);
    if (rank >= 0 && rank < best_rank) best = &c, best_rank = rank;
  }
  return best == nullptr ? "" : best->target;
}

const Question* QuestionOf(const Document& doc, const Answer& answer) {
  for (int q : answer.questions) {
    if (q >= 0 && q < static_cast<int>(doc.questions.size())) return &doc.questions[q];
  }
  if (answer.number.empty()) return nullptr;
  for (const Question& q : doc.questions) {
    if (q.number == answer.number) return &q;
  }
  return nullptr;
}

// One past the last line of a question or answer starting at `line`: its end_line when the parser gave one,
// else the next question or answer.
int SpanEnd(const Document& doc, int line, int end_line) {
  int next = NextBoundary(doc, line);
  return end_line >= line ? std::min(end_line + 1, next) : next;
}

}  // namespace

std::string DeferralTarget(const Document& doc, const Answer& answer) {
  std::string target = BestTargetIn(doc, answer.line, SpanEnd(doc, answer.line, answer.end_line));
  if (!target.empty()) return target;
  const Question* q = QuestionOf(doc, answer);
  if (q == nullptr || q->line <= 0) return "";
  return BestTargetIn(doc, q->line, std::min(SpanEnd(doc, q->line, q->end_line), answer.line));
}

void FindDeferredAnswers(const Corpus& corpus, const CorpusPresence& presence, std::vector<Referral>* out) {
  for (const Document& doc : corpus.documents) {
    for (const Answer& a : doc.answers) {
      if (!IsDeferral(a.text)) continue;
      std::string target = DeferralTarget(doc, a);
      if (!target.empty() && presence.Contains(target)) continue;
      if (target.empty() && IsInternalReference(a.text)) continue;
      const Question* q = QuestionOf(doc, a);
      Referral r;
      r.category = ReferralCategory::kDeferredAnswer;
      r.doc = doc.path;
      r.line = a.line;
      r.question = !a.number.empty() ? a.number : (q != nullptr ? q->number : "");
      r.fractie = q != nullptr ? q->fractie : "";
      r.target = std::move(target);
      r.deadline = FindDeadlinePhrase(a.text);
      r.text = FoldWhitespace(a.text);
      out->push_back(std::move(r));
    }
  }
}

}  // namespace kamergraaf

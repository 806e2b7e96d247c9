#include "analysis/unanswered_questions.h"

#include "analysis/referral_phrases.h"

namespace kamergraaf {
namespace {

// True when a document other than `d` answers document `d` as a whole.
bool AnsweredElsewhere(const Corpus& corpus, const CorpusPresence& presence, int d) {
  for (int other : presence.AnsweredBy(corpus.documents[d].id)) {
    if (other != d) return true;
  }
  return false;
}

}  // namespace

void FindUnansweredQuestions(const Corpus& corpus, const CorpusPresence& presence, std::vector<Referral>* out) {
  for (int d = 0; d < static_cast<int>(corpus.documents.size()); ++d) {
    const Document& doc = corpus.documents[d];
    if (doc.questions.empty() || AnsweredElsewhere(corpus, presence, d)) continue;
    for (const Question& q : doc.questions) {
      if (q.answered || q.answer >= 0) continue;
      Referral r;
      r.category = ReferralCategory::kUnansweredQuestion;
      r.doc = doc.path;
      r.line = q.line;
      r.question = q.number;
      r.fractie = q.fractie;
      r.text = FoldWhitespace(q.text);
      out->push_back(std::move(r));
    }
  }
}

}  // namespace kamergraaf

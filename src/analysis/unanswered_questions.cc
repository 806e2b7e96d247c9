#include "analysis/unanswered_questions.h"

#include <string_view>
#include <unordered_set>

#include "analysis/referral_phrases.h"
#include "kamergraaf/question_timing.h"

namespace kamergraaf {
namespace {

// "2026Z03911": the zaak under which written questions are registered.
bool IsZaakId(std::string_view id) {
  if (id.size() != 10 || id[4] != 'Z') return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (i != 4 && !(id[i] >= '0' && id[i] <= '9')) return false;
  }
  return true;
}

// True when a document other than `d` answers document `d` as a whole: it lists the document's id, or the
// zaak the document is about (written questions), in its answers_to.
bool AnsweredElsewhere(const Corpus& corpus, const CorpusPresence& presence, int d) {
  const Document& doc = corpus.documents[d];
  std::vector<std::string_view> ids = {doc.id};
  for (const std::string& id : doc.about) {
    if (IsZaakId(id)) ids.push_back(id);
  }
  for (std::string_view id : ids) {
    for (int other : presence.AnsweredBy(id)) {
      if (other != d) return true;
    }
  }
  return false;
}

}  // namespace

void FindUnansweredQuestions(const Corpus& corpus, const CorpusPresence& presence, std::vector<Referral>* out) {
  // An uitstelbericht prints the questions it postpones. They count here only where the notice is all the
  // corpus has of its set (TimeWrittenQuestions): when the questions themselves or their answer are in the
  // corpus too, those decide, and the questions are not counted twice.
  std::unordered_set<std::string> notice_with_company;
  for (const QuestionSet& set : TimeWrittenQuestions(corpus, "")) {
    if (set.questions.empty() && set.answers.empty()) continue;
    notice_with_company.insert(set.notices.begin(), set.notices.end());
  }
  for (int d = 0; d < static_cast<int>(corpus.documents.size()); ++d) {
    const Document& doc = corpus.documents[d];
    if (doc.questions.empty() || AnsweredElsewhere(corpus, presence, d)) continue;
    if (doc.kind == DocumentKind::kUitstelbericht && notice_with_company.count(doc.path)) continue;
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

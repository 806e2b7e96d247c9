// ResolveCorpus: what only the whole corpus can tell — the motion registry, named motions, follow-ups.
//
// Steps, each idempotent:
//  0. A document's citations of its own id are dropped (its identity, never a reference).
//  1. Named mentions ("de motie-Kathmann") become motion citations when exactly one corpus motion has that
//     first submitter (motion_mentions.h).
//  2. The registry: every motion with its text in a corpus document, plus every id cited as a motion.
//     A Kamerstuk citation of a registered motion becomes a kMotie citation.
//  3. cited_by: the other documents citing each motion. followed_up_by: those of them that are not known
//     to be older than the document holding the motion (when both dates are known the citing document
//     must be strictly later), plus documents that list the motion in answers_to.
//  4. Deadlines: each commitment's deadline phrase as a date, against the built-in recess calendar
//     (LoadCorpus resolves again with LoadOptions::calendar when one is given).
#include <algorithm>
#include <map>

#include "corpus/deadlines.h"
#include "corpus/document_date.h"
#include "corpus/motion_mentions.h"
#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

void AddSorted(std::vector<int>* v, int d) {
  auto it = std::lower_bound(v->begin(), v->end(), d);
  if (it == v->end() || *it != d) v->insert(it, d);
}

// True when document `later` may act on a motion submitted in document `holder`.
bool MayFollowUp(const Corpus& corpus, int holder, int later) {
  if (holder < 0) return true;
  int a = ParseDocumentDate(corpus.documents[holder].date);
  int b = ParseDocumentDate(corpus.documents[later].date);
  return a == 0 || b == 0 || b > a;
}

// Copies of one motion in several documents (the printed motion, its submission in a debate, the vote) each
// know part of it: the record's copy takes what it lacks from the others (advice, vote, submitters, title,
// date, replaces).
void MergeMotionCopies(const std::map<std::string, MotionRecord>& motions, Corpus* corpus) {
  std::map<std::string, std::vector<const Motion*>> copies;
  for (const Document& doc : corpus->documents) {
    for (const Motion& m : doc.motions) {
      if (!m.id.empty()) copies[m.id].push_back(&m);
    }
  }
  for (const auto& [id, rec] : motions) {
    auto it = copies.find(id);
    if (rec.document < 0 || it == copies.end() || it->second.size() < 2) continue;
    Motion& target = corpus->documents[rec.document].motions[rec.motion];
    for (const Motion* other : it->second) {
      if (other == &target) continue;
      if (target.verdict.empty() && !other->verdict.empty()) target.verdict = other->verdict;
      if (target.outcome.empty() && !other->outcome.empty()) {
        target.outcome = other->outcome;
        target.outcome_date = other->outcome_date;
      }
      if (target.votes.empty()) target.votes = other->votes;
      if (target.submitters.empty()) target.submitters = other->submitters;
      if (target.title.empty()) target.title = other->title;
      if (target.date.empty()) target.date = other->date;
      if (target.replaces.empty()) target.replaces = other->replaces;
    }
  }
}

}  // namespace

void ResolveCorpus(Corpus* corpus) {
  ResolveMotionMentions(corpus);
  // A document never cites itself: a mention resolved to its own id ("de motie-Vos" in motion Vos's own
  // text) or its own number in its head or foot is its identity, not a reference (issue 14).
  for (Document& doc : corpus->documents) {
    if (!doc.has_official_id) continue;
    doc.citations.erase(std::remove_if(doc.citations.begin(), doc.citations.end(),
                                       [&doc](const Citation& c) { return c.target == doc.id; }),
                        doc.citations.end());
  }

  std::map<std::string, MotionRecord> motions;
  // Every document that holds a copy of a motion (its text, its submission in a debate, its vote): a copy is
  // not a follow-up.
  std::map<std::string, std::vector<int>> holders;
  for (int d = 0; d < static_cast<int>(corpus->documents.size()); ++d) {
    const Document& doc = corpus->documents[d];
    for (int m = 0; m < static_cast<int>(doc.motions.size()); ++m) {
      if (doc.motions[m].id.empty()) continue;
      MotionRecord& rec = motions[doc.motions[m].id];
      rec.id = doc.motions[m].id;
      AddSorted(&holders[rec.id], d);
      // The copy with the motion's text (its requests) is the record's; a vote or a mention is not.
      bool better = rec.document >= 0 && corpus->documents[rec.document].motions[rec.motion].requests.empty() &&
                    !doc.motions[m].requests.empty();
      if (rec.document < 0 || better) rec.document = d, rec.motion = m;
    }
  }
  MergeMotionCopies(motions, corpus);

  for (int d = 0; d < static_cast<int>(corpus->documents.size()); ++d) {
    Document& doc = corpus->documents[d];
    for (Citation& c : doc.citations) {
      if (!c.resolved || c.target.empty()) continue;
      if (c.kind != CitationKind::kMotie && c.kind != CitationKind::kKamerstuk && c.kind != CitationKind::kAmendement)
        continue;
      auto it = motions.find(c.target);
      if (it == motions.end()) {
        if (c.kind != CitationKind::kMotie) continue;
        MotionRecord rec;
        rec.id = c.target;
        it = motions.emplace(c.target, std::move(rec)).first;
      }
      if (it->second.document >= 0 && c.kind != CitationKind::kAmendement) c.kind = CitationKind::kMotie;
      if (it->second.document != d) AddSorted(&it->second.cited_by, d);
    }
  }

  for (auto& [id, rec] : motions) {
    const std::vector<int>& copies = holders[id];
    for (int d : rec.cited_by) {
      if (std::binary_search(copies.begin(), copies.end(), d)) continue;
      if (MayFollowUp(*corpus, rec.document, d)) AddSorted(&rec.followed_up_by, d);
    }
  }
  for (int d = 0; d < static_cast<int>(corpus->documents.size()); ++d) {
    for (const std::string& id : corpus->documents[d].answers_to) {
      auto it = motions.find(id);
      if (it != motions.end() && it->second.document != d) AddSorted(&it->second.followed_up_by, d);
    }
  }
  // A gewijzigde motie and the motion it replaces are one request: a follow-up of either counts for both.
  for (auto& [id, rec] : motions) {
    if (rec.document < 0) continue;
    const std::string& replaced = corpus->documents[rec.document].motions[rec.motion].replaces;
    auto it = replaced.empty() ? motions.end() : motions.find(replaced);
    if (it == motions.end()) continue;
    std::vector<int> both = rec.followed_up_by;
    for (int d : it->second.followed_up_by) AddSorted(&both, d);
    rec.followed_up_by = both;
    it->second.followed_up_by = both;
  }

  corpus->motions.clear();
  for (auto& [id, rec] : motions) corpus->motions.push_back(std::move(rec));
  corpus->Reindex();

  static const RecessCalendar kBuiltIn;
  ResolveDeadlines(corpus, kBuiltIn);
}

}  // namespace kamergraaf

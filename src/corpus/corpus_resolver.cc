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
#include <algorithm>
#include <map>

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
  for (int d = 0; d < static_cast<int>(corpus->documents.size()); ++d) {
    const Document& doc = corpus->documents[d];
    for (int m = 0; m < static_cast<int>(doc.motions.size()); ++m) {
      if (doc.motions[m].id.empty()) continue;
      MotionRecord& rec = motions[doc.motions[m].id];
      rec.id = doc.motions[m].id;
      if (rec.document < 0) rec.document = d, rec.motion = m;
    }
  }

  for (int d = 0; d < static_cast<int>(corpus->documents.size()); ++d) {
    Document& doc = corpus->documents[d];
    for (Citation& c : doc.citations) {
      if (!c.resolved || c.target.empty()) continue;
      if (c.kind != CitationKind::kMotie && c.kind != CitationKind::kKamerstuk) continue;
      auto it = motions.find(c.target);
      if (it == motions.end()) {
        if (c.kind != CitationKind::kMotie) continue;
        MotionRecord rec;
        rec.id = c.target;
        it = motions.emplace(c.target, std::move(rec)).first;
      }
      if (it->second.document >= 0) c.kind = CitationKind::kMotie;
      if (it->second.document != d) AddSorted(&it->second.cited_by, d);
    }
  }

  for (auto& [id, rec] : motions) {
    for (int d : rec.cited_by) {
      if (MayFollowUp(*corpus, rec.document, d)) AddSorted(&rec.followed_up_by, d);
    }
  }
  for (int d = 0; d < static_cast<int>(corpus->documents.size()); ++d) {
    for (const std::string& id : corpus->documents[d].answers_to) {
      auto it = motions.find(id);
      if (it != motions.end() && it->second.document != d) AddSorted(&it->second.followed_up_by, d);
    }
  }

  corpus->motions.clear();
  for (auto& [id, rec] : motions) corpus->motions.push_back(std::move(rec));
  corpus->Reindex();
}

}  // namespace kamergraaf

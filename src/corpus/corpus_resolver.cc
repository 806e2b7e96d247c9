// ResolveCorpus: what only the whole corpus can tell: the motion registry and follow-ups.
#include <algorithm>
#include <map>

#include "kamergraaf/pipeline.h"

namespace kamergraaf {

void ResolveCorpus(Corpus* corpus) {
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
    const Document& doc = corpus->documents[d];
    for (const Citation& c : doc.citations) {
      if (c.kind != CitationKind::kMotie && c.kind != CitationKind::kKamerstuk) continue;
      auto it = motions.find(c.target);
      if (it == motions.end()) {
        if (c.kind != CitationKind::kMotie) continue;
        MotionRecord rec;
        rec.id = c.target;
        it = motions.emplace(c.target, std::move(rec)).first;
      }
      MotionRecord& rec = it->second;
      if (rec.document == d) continue;
      if (rec.cited_by.empty() || rec.cited_by.back() != d) rec.cited_by.push_back(d);
    }
  }
  corpus->motions.clear();
  for (auto& [id, rec] : motions) {
    std::sort(rec.cited_by.begin(), rec.cited_by.end());
    rec.cited_by.erase(std::unique(rec.cited_by.begin(), rec.cited_by.end()), rec.cited_by.end());
    rec.followed_up_by = rec.cited_by;
    corpus->motions.push_back(std::move(rec));
  }
  corpus->Reindex();
}

}  // namespace kamergraaf

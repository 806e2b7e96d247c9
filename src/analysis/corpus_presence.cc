#include "analysis/corpus_presence.h"

namespace kamergraaf {

CorpusPresence::CorpusPresence(const Corpus& corpus, const CitationGraph* graph) : corpus_(corpus), graph_(graph) {
  for (int d = 0; d < static_cast<int>(corpus.documents.size()); ++d) {
    for (const std::string& id : corpus.documents[d].answers_to) {
      std::vector<int>& docs = answered_by_[id];
      if (docs.empty() || docs.back() != d) docs.push_back(d);
    }
  }
}

bool CorpusPresence::Contains(std::string_view id) const {
  if (id.empty()) return false;
  if (corpus_.FindDocument(id) >= 0) return true;
  const MotionRecord* motion = corpus_.FindMotion(id);
  if (motion != nullptr && motion->document >= 0) return true;
  if (!AnsweredBy(id).empty()) return true;
  if (graph_ == nullptr) return false;
  int v = graph_->Find(id);
  return v >= 0 && graph_->node(v).in_corpus;
}

const std::vector<int>& CorpusPresence::AnsweredBy(std::string_view id) const {
  static const std::vector<int> kNone;
  auto it = answered_by_.find(std::string(id));
  return it == answered_by_.end() ? kNone : it->second;
}

}  // namespace kamergraaf

// CorpusPresence: which canonical ids the corpus holds, directly or in substance.
//
// An id is present when a corpus document has it as id (or path), when it is a motion whose text stands
// in a corpus document, or when a corpus document answers it (Document::answers_to, e.g. the zaak of
// written questions answered by an Aanhangsel), or — when a graph is given — when the graph resolves it
// (through its aliases: a zaak merged with its Aanhangsel, a tweedekamer.nl URL) to a node in the corpus.
// Built once from a resolved corpus; read-only and thread-safe afterwards; `corpus` and `graph` must
// outlive it.
#ifndef KAMERGRAAF_ANALYSIS_CORPUS_PRESENCE_H_
#define KAMERGRAAF_ANALYSIS_CORPUS_PRESENCE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kamergraaf/citation_graph.h"
#include "kamergraaf/corpus.h"

namespace kamergraaf {

class CorpusPresence {
 public:
  explicit CorpusPresence(const Corpus& corpus, const CitationGraph* graph = nullptr);

  // True when `id` is a corpus document, a motion with text in the corpus, or answered by one.
  bool Contains(std::string_view id) const;
  // Indices of the documents that answer `id` (list it in answers_to), ascending; empty when none.
  const std::vector<int>& AnsweredBy(std::string_view id) const;

 private:
  const Corpus& corpus_;
  const CitationGraph* graph_;  // may be null
  std::unordered_map<std::string, std::vector<int>> answered_by_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_CORPUS_PRESENCE_H_

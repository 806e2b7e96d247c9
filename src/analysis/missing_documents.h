// Referral kind 5: what the corpus cites but does not hold — the researcher's list of what to fetch next.
#ifndef KAMERGRAAF_ANALYSIS_MISSING_DOCUMENTS_H_
#define KAMERGRAAF_ANALYSIS_MISSING_DOCUMENTS_H_

#include <vector>

#include "analysis/corpus_presence.h"
#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"

namespace kamergraaf {

// Appends one kMissingDocument referral per graph node that corpus documents cite (EdgeKind::kCites) and
// that the corpus does not hold: not in_corpus, not external (URL, ECLI, EU case, Staatsblad,
// Staatscourant) and not present by CorpusPresence (a motion whose text is in the corpus, written
// questions answered by a corpus document).
// Referral fields: target (the id), citations (summed edge counts), cited_by (ids of the citing nodes, in
// corpus order), score (summed PageRank of the citing nodes), doc/line (the first citing document in
// corpus order and its first citing line).
// Appended sorted: more citations first, then higher score (compared at a resolution of 1e-9), then by id.
void FindMissingDocuments(const Corpus& corpus, const CorpusPresence& presence, const CitationGraph& graph,
                          const Centrality& centrality, std::vector<Referral>* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_MISSING_DOCUMENTS_H_

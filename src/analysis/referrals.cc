// FindReferrals: the five kinds of referral of domain.md §5.
#include <algorithm>
#include <map>

#include "kamergraaf/pipeline.h"

namespace kamergraaf {

std::vector<Referral> FindReferrals(const Corpus& corpus, const CitationGraph& graph,
                                    const Centrality& centrality) {
  std::vector<Referral> result;
  for (const Document& doc : corpus.documents) {
    for (const Question& q : doc.questions) {
      if (q.answered) continue;
      Referral r;
      r.category = ReferralCategory::kUnansweredQuestion;
      r.doc = doc.path;
      r.line = q.line;
      r.question = q.number;
      r.fractie = q.fractie;
      r.text = q.text;
      result.push_back(std::move(r));
    }
  }
  std::vector<Referral> missing;
  for (int v = 0; v < graph.num_nodes(); ++v) {
    const Node& n = graph.node(v);
    if (n.in_corpus || n.kind == NodeKind::kExternal) continue;
    Referral r;
    r.category = ReferralCategory::kMissingDocument;
    r.target = n.id;
    for (int e : graph.InEdges(v)) {
      const Edge& edge = graph.edge(e);
      const Node& src = graph.node(edge.source);
      r.citations += edge.count;
      r.score += centrality.pagerank[edge.source];
      r.cited_by.push_back(src.id);
      if (r.doc.empty() && src.document >= 0) {
        r.doc = corpus.documents[src.document].path;
        r.line = edge.lines.empty() ? 0 : edge.lines.front();
      }
    }
    missing.push_back(std::move(r));
  }
  std::sort(missing.begin(), missing.end(), [](const Referral& a, const Referral& b) {
    if (a.citations != b.citations) return a.citations > b.citations;
    if (a.score != b.score) return a.score > b.score;
    return a.target < b.target;
  });
  result.insert(result.end(), missing.begin(), missing.end());
  return result;
}

}  // namespace kamergraaf

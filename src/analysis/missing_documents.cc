#include "analysis/missing_documents.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace kamergraaf {
namespace {

struct Citer {
  int document;  // corpus index
  int node;
  int count;
  int first_line;
};

}  // namespace

void FindMissingDocuments(const Corpus& corpus, const CorpusPresence& presence, const CitationGraph& graph,
                          const Centrality& centrality, std::vector<Referral>* out) {
  std::vector<Referral> missing;
  for (int v = 0; v < graph.num_nodes(); ++v) {
    const Node& n = graph.node(v);
    if (n.in_corpus || n.kind == NodeKind::kExternal || presence.Contains(n.id)) continue;
    std::vector<Citer> citers;
    for (int e : graph.InEdges(v)) {
      const Edge& edge = graph.edge(e);
      if (edge.kind != EdgeKind::kCites) continue;
      const Node& src = graph.node(edge.source);
      if (!src.in_corpus || src.document < 0) continue;
      int first = edge.lines.empty() ? 0 : edge.lines.front();  // lines are ascending
      citers.push_back({src.document, edge.source, edge.count, first});
    }
    if (citers.empty()) continue;
    std::sort(citers.begin(), citers.end(), [](const Citer& a, const Citer& b) {
      return a.document != b.document ? a.document < b.document : a.first_line < b.first_line;
    });
    Referral r;
    r.category = ReferralCategory::kMissingDocument;
    r.target = n.id;
    r.doc = corpus.documents[citers.front().document].path;
    r.line = citers.front().first_line;
    int last_node = -1;
    for (const Citer& c : citers) {
      r.citations += c.count;
      if (c.node == last_node) continue;
      last_node = c.node;
      r.cited_by.push_back(graph.node(c.node).id);
      if (c.node < static_cast<int>(centrality.pagerank.size())) r.score += centrality.pagerank[c.node];
    }
    missing.push_back(std::move(r));
  }
  // Scores are compared at 1e-9, so that rounding noise in PageRank never reorders equally central citers
  // (and the order stays a strict weak ordering, as std::sort requires).
  auto quantized = [](double score) { return std::llround(score * 1e9); };
  std::sort(missing.begin(), missing.end(), [&](const Referral& a, const Referral& b) {
    if (a.citations != b.citations) return a.citations > b.citations;
    if (quantized(a.score) != quantized(b.score)) return quantized(a.score) > quantized(b.score);
    return a.target < b.target;
  });
  out->insert(out->end(), std::make_move_iterator(missing.begin()), std::make_move_iterator(missing.end()));
}

}  // namespace kamergraaf

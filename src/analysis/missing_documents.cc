#include "analysis/missing_documents.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <vector>

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
  // The kCites edges into each candidate (a cited node that is not in the corpus, not external and not
  // known to exist elsewhere), grouped by target in edge order: one pass over the edges instead of a
  // per-node edge list, which for a million documents is a hundred megabytes more.
  const int n = graph.num_nodes();
  std::vector<char> candidate(static_cast<std::size_t>(n), 0);
  std::size_t candidates = 0;
  for (int v = 0; v < n; ++v) {
    const Node& node = graph.node(v);
    if (!node.in_corpus && node.kind != NodeKind::kExternal && !presence.Contains(node.id)) {
      candidate[v] = 1;
      ++candidates;
    }
  }
  std::vector<std::int64_t> offsets(static_cast<std::size_t>(n) + 1, 0);
  for (int e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(e);
    if (edge.kind == EdgeKind::kCites && candidate[edge.target]) ++offsets[edge.target + 1];
  }
  for (int v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
  std::vector<int> cites(static_cast<std::size_t>(offsets[n]));
  {
    std::vector<std::int64_t> fill(offsets.begin(), offsets.end() - 1);
    for (int e = 0; e < graph.num_edges(); ++e) {
      const Edge& edge = graph.edge(e);
      if (edge.kind == EdgeKind::kCites && candidate[edge.target]) cites[fill[edge.target]++] = e;
    }
  }

  // Appended to `out` directly and sorted there: a million-document corpus has hundreds of thousands of
  // missing documents, and a vector of its own plus the copy into `out` would hold them twice.
  out->reserve(out->size() + candidates);
  const std::size_t begin = out->size();
  std::vector<Citer> citers;
  for (int v = 0; v < n; ++v) {
    if (!candidate[v]) continue;
    const Node& node = graph.node(v);
    citers.clear();
    for (std::int64_t i = offsets[v]; i < offsets[v + 1]; ++i) {
      const Edge& edge = graph.edge(cites[i]);
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
    r.target = node.id;
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
    out->push_back(std::move(r));
  }
  // Scores are compared at 1e-9, so that rounding noise in PageRank never reorders equally central citers
  // (and the order stays a strict weak ordering, as std::sort requires).
  auto quantized = [](double score) { return std::llround(score * 1e9); };
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(begin), out->end(), [&](const Referral& a, const Referral& b) {
    if (a.citations != b.citations) return a.citations > b.citations;
    if (quantized(a.score) != quantized(b.score)) return quantized(a.score) > quantized(b.score);
    return a.target < b.target;
  });
}

}  // namespace kamergraaf

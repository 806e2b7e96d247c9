// AggregateByDossier: how much of the graph each dossier holds.
#include <algorithm>
#include <map>

#include "kamergraaf/centrality.h"

namespace kamergraaf {

std::vector<DossierStats> AggregateByDossier(const CitationGraph& graph, const Centrality& centrality) {
  std::map<std::string, DossierStats> by_dossier;
  for (int v = 0; v < graph.num_nodes(); ++v) {
    const Node& n = graph.node(v);
    if (n.dossier.empty()) continue;
    DossierStats& s = by_dossier[n.dossier.str()];
    s.dossier = n.dossier.str();
    ++s.nodes;
    if (n.in_corpus) ++s.in_corpus;
    if (v < static_cast<int>(centrality.pagerank.size())) s.pagerank += centrality.pagerank[v];
  }
  for (int e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(e);
    if (edge.kind != EdgeKind::kCites) continue;
    const CompactString& to = graph.node(edge.target).dossier;
    if (to.empty() || graph.node(edge.source).dossier == to) continue;
    by_dossier[to.str()].citations_in += edge.count;
  }
  std::vector<DossierStats> result;
  for (auto& [dossier, s] : by_dossier) result.push_back(std::move(s));
  std::sort(result.begin(), result.end(), [](const DossierStats& a, const DossierStats& b) {
    if (a.pagerank != b.pagerank) return a.pagerank > b.pagerank;
    return a.dossier < b.dossier;
  });
  return result;
}

}  // namespace kamergraaf

// Everything after parsing: a corpus of two documents cut from the input, then graph, centrality,
// referrals and every writer.
#include <cstdint>
#include <string_view>

#include "kamergraaf/pipeline.h"
#include "output/json_writer.h"
#include "output/map_writer.h"
#include "output/report_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t cut = text.find('\f');
  kamergraaf::Corpus corpus;
  corpus.documents.push_back(kamergraaf::ParseDocument("a.txt", text.substr(0, cut)));
  if (cut != std::string_view::npos) corpus.documents.push_back(kamergraaf::ParseDocument("b.txt", text.substr(cut + 1)));
  kamergraaf::ResolveCorpus(&corpus);
  kamergraaf::CitationGraph graph = kamergraaf::BuildCitationGraph(corpus);
  kamergraaf::Centrality centrality = kamergraaf::ComputeCentrality(graph);
  std::vector<kamergraaf::Referral> referrals = kamergraaf::FindReferrals(corpus, graph, centrality);
  std::vector<int> nodes;
  for (int v = 0; v < graph.num_nodes(); ++v) nodes.push_back(v);
  std::string dot, svg;
  (void)kamergraaf::WriteDot(graph, centrality, nodes, kamergraaf::MapOptions{}, &dot);
  kamergraaf::ReportInput input{corpus, graph, centrality, referrals, svg, nodes};
  (void)kamergraaf::ReportHtml(input);
  (void)kamergraaf::ReportJson(input);
  return 0;
}

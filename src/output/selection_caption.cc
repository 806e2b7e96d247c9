#include "output/selection_caption.h"

#include <fmt/format.h>

#include <vector>

namespace kamergraaf {

std::string SelectionCaption(const SelectionSummary& summary, Lang lang) {
  if (summary.everything()) return "";
  const NodeSelection& s = summary.selection;
  const bool nl = lang == Lang::kNl;
  auto n = [&](std::size_t count) { return Thousands(lang, count); };
  std::vector<std::string> parts;
  if (!s.focus.empty()) {
    parts.push_back(nl ? fmt::format("de knopen binnen {} {} van {}", s.depth, s.depth == 1 ? "stap" : "stappen", s.focus)
                       : fmt::format("the nodes within {} step{} of {}", s.depth, s.depth == 1 ? "" : "s", s.focus));
  }
  if (!s.dossier.empty()) {
    parts.push_back(nl ? fmt::format("dossier {} en wat het aanhaalt of wat ernaar verwijst", s.dossier)
                       : fmt::format("dossier {} and what it cites or is cited by", s.dossier));
  }
  if (s.min_degree > 0) {
    parts.push_back(nl ? fmt::format("knopen met {} of meer verwijzingen", s.min_degree)
                       : fmt::format("nodes with {} or more citations", s.min_degree));
  }
  if (summary.top_cut) {
    const std::string shown = n(static_cast<std::size_t>(summary.shown_nodes));
    if (s.overview) {
      parts.push_back(nl ? fmt::format("de {} centraalste volgens PageRank, met hun naaste buren", shown)
                         : fmt::format("the {} most central by PageRank with their closest neighbours", shown));
    } else {
      parts.push_back(nl ? fmt::format("de {} centraalste volgens PageRank", shown)
                         : fmt::format("the {} most central by PageRank", shown));
    }
  }
  std::string what;
  for (const std::string& p : parts) what += (what.empty() ? "" : "; ") + p;
  const bool by_rank = s.focus.empty() && s.dossier.empty() && s.min_degree <= 0 && s.top > 0;
  const std::size_t left = static_cast<std::size_t>(summary.total_nodes - summary.shown_nodes);
  const auto shown_nodes = static_cast<std::size_t>(summary.shown_nodes);
  const auto total_nodes = static_cast<std::size_t>(summary.total_nodes);
  const auto shown_edges = static_cast<std::size_t>(summary.shown_edges);
  const auto total_edges = static_cast<std::size_t>(summary.total_edges);
  if (nl) {
    return fmt::format(
        "Getoond: {} van {} knopen en {} van {} verwijzingen ({}). Weggelaten: {} knopen{}. "
        "Meer zien met --focus ID --depth N, --dossier NUMMER of --top N.",
        n(shown_nodes), n(total_nodes), n(shown_edges), n(total_edges), what, n(left),
        by_rank ? " met een lagere PageRank" : " buiten die selectie");
  }
  return fmt::format(
      "Showing {} of {} nodes and {} of {} citations ({}). Left out: {} nodes{}. "
      "See more with --focus ID --depth N, --dossier NUMBER or --top N.",
      n(shown_nodes), n(total_nodes), n(shown_edges), n(total_edges), what, n(left),
      by_rank ? " of lower PageRank" : " outside that selection");
}

}  // namespace kamergraaf

#include "cli/commands.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <map>

#include "analysis/node_selection.h"
#include "cli/load.h"
#include "graph/subgraph.h"
#include "output/atomic_file.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/map_writer.h"
#include "output/report_writer.h"
#include "output/text_table.h"

namespace kamergraaf::cli {
namespace {

std::string Base(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::string Loc(const std::string& path, int line) {
  return line > 0 ? fmt::format("{}:{}", path, line) : path;
}

// The format the user asked for, or the one the output file's extension implies, or `fallback`.
std::string FormatFor(const CommonOptions& common, const std::string& fallback) {
  if (!common.format.empty()) return common.format;
  std::string ext = std::filesystem::path(common.output).extension().string();
  if (ext == ".json") return "json";
  if (ext == ".jsonl") return "jsonl";
  if (ext == ".csv") return "csv";
  if (ext == ".md") return "markdown";
  if (ext == ".svg") return "svg";
  if (ext == ".dot" || ext == ".gv") return "dot";
  if (ext == ".graphml") return "graphml";
  if (ext == ".html") return "html";
  return fallback;
}

int Worst(int a, int b) { return std::max(a, b); }

int UnknownFormat(const std::string& format, const std::string& allowed) {
  std::fprintf(stderr, "kamergraaf: unknown --format '%s' (choose from %s)\n", format.c_str(), allowed.c_str());
  return kExitUsage;
}

}  // namespace

int RunScan(const CommonOptions& common) {
  std::string format = FormatFor(common, "table");
  if (format != "table" && format != "jsonl" && format != "json" && format != "csv") {
    return UnknownFormat(format, "table, jsonl, json, csv");
  }
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  std::string out;
  if (format == "jsonl") {
    out = CitationsJsonLines(corpus);
  } else if (format == "json") {
    out = CitationsJson(corpus);
  } else if (format == "csv") {
    out = CitationsCsv(corpus);
  } else {
    TextTable table({"location", "kind", "target", "footnote", "text"});
    std::size_t n = 0;
    for (const Document& doc : corpus.documents) {
      for (const Citation& c : doc.citations) {
        table.AddRow({Loc(doc.path, c.line), std::string(CitationKindName(c.kind)),
                      c.target.empty() ? "(unresolved)" : c.target, c.footnote.str(), c.text.str()});
        ++n;
      }
    }
    out = table.Render(UseColor(common));
    out += fmt::format("{} citations in {} documents ({:.1f} kB)\n", n, corpus.documents.size(), corpus.bytes / 1e3);
  }
  return Worst(rc, Emit(common, out));
}

int RunMotions(const CommonOptions& common, bool votes) {
  std::string format = FormatFor(common, "table");
  if (format != "table" && format != "json") return UnknownFormat(format, "table, json");
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  std::string out;
  if (format == "json") {
    out = MotionsJson(corpus);
  } else {
    std::vector<std::string> header = {"motion", "where", "submitters", "advice", "vote", "followed up by", "request"};
    if (votes) header.insert(header.begin() + 5, "for / against");
    TextTable table(header);
    for (const MotionRecord& rec : corpus.motions) {
      const Motion* m = rec.document >= 0 ? &corpus.documents[rec.document].motions[rec.motion] : nullptr;
      std::string where = m ? Loc(Base(corpus.documents[rec.document].path), m->line) : "(cited only)";
      std::string followed;
      for (int d : rec.followed_up_by) followed += (followed.empty() ? "" : ", ") + Base(corpus.documents[d].path);
      std::vector<std::string> row = {rec.id, where, m ? fmt::format("{}", fmt::join(m->submitters, ", ")) : "",
                                      m ? m->verdict : "", m && !m->outcome.empty() ? m->outcome : "unknown",
                                      followed.empty() ? "-" : followed,
                                      m && !m->requests.empty() ? m->requests.front() : ""};
      if (votes) {
        // "VVD, CDA (24) / PVV (37)": the fracties for, then against, with their seats when known.
        std::string side[2];
        for (const Motion::Vote& v : m ? m->votes : std::vector<Motion::Vote>{}) {
          int s = v.side == "voor" ? 0 : v.side == "tegen" ? 1 : -1;
          if (s < 0) continue;
          side[s] += (side[s].empty() ? "" : ", ") + v.party.str() + (v.seats > 0 ? fmt::format(" ({})", v.seats) : "");
        }
        row.insert(row.begin() + 5, side[0].empty() && side[1].empty() ? "-" : side[0] + " / " + side[1]);
      }
      table.AddRow(row);
    }
    out = table.Render(UseColor(common), 50);
    out += fmt::format("{} motions\n", corpus.motions.size());
  }
  return Worst(rc, Emit(common, out));
}

int RunRank(const CommonOptions& common, const RankOptions& options) {
  std::string format = FormatFor(common, "table");
  if (format != "table" && format != "json" && format != "csv") return UnknownFormat(format, "table, json, csv");
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph, options.centrality);
  std::vector<int> order = RankOrder(graph, centrality);
  std::string out;
  if (format == "json") {
    out = RankJson(graph, centrality, order);
  } else if (format == "csv") {
    out = RankCsv(graph, centrality, order);
  } else {
    if (options.top > 0 && static_cast<int>(order.size()) > options.top) order.resize(options.top);
    TextTable table({"#", "id", "kind", "in corpus", "pagerank", "in", "out", "betweenness", "label"});
    int i = 0;
    for (int v : order) {
      const Node& n = graph.node(v);
      table.AddRow({std::to_string(++i), n.id, std::string(NodeKindName(n.kind)), n.in_corpus ? "yes" : "no",
                    fmt::format("{:.4f}", centrality.pagerank[v]), std::to_string(centrality.in_degree[v]),
                    std::to_string(centrality.out_degree[v]), fmt::format("{:.1f}", centrality.betweenness[v]),
                    n.label});
    }
    out = table.Render(UseColor(common), 48);
    out += fmt::format("{} nodes, {} edges, {} weakly connected components\n", graph.num_nodes(), graph.num_edges(),
                       centrality.num_weak_components);
    std::vector<DossierStats> dossiers = AggregateByDossier(graph, centrality);
    if (dossiers.size() > 5) dossiers.resize(5);
    for (const DossierStats& d : dossiers) {
      out += fmt::format("dossier {}: {} nodes, {} citations from outside, PageRank {:.4f}\n", d.dossier, d.nodes,
                         d.citations_in, d.pagerank);
    }
  }
  return Worst(rc, Emit(common, out));
}

int RunGraph(const CommonOptions& common, const GraphOptions& options) {
  std::string format = FormatFor(common, "dot");
  if (format != "dot" && format != "svg" && format != "json" && format != "csv" && format != "graphml") {
    return UnknownFormat(format, "dot, svg, json, csv, graphml");
  }
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph, options.centrality);
  NodeSelection selection{options.focus, options.depth, options.top, options.min_degree};
  std::vector<int> nodes = SelectNodes(graph, centrality, selection);
  if (!options.focus.empty() && nodes.empty()) {
    std::fprintf(stderr, "kamergraaf: --focus %s: no such node in the graph\n", options.focus.c_str());
    return kExitUsage;
  }
  MapOptions map;
  map.layout = options.layout;
  map.highlight = options.focus;
  std::string out;
  Status st;
  if (format == "dot") {
    st = WriteDot(graph, centrality, nodes, map, &out);
  } else if (format == "svg") {
    st = RenderSvg(graph, centrality, nodes, map, &out);
  } else {
    // Data formats show the same selection as a map.
    const bool all = SelectsAll(selection);
    CitationGraph sub = all ? CitationGraph() : InducedSubgraph(graph, nodes);
    Centrality sliced = all ? Centrality() : SliceCentrality(centrality, nodes);
    const CitationGraph& shown = all ? graph : sub;
    const Centrality& measures = all ? centrality : sliced;
    if (format == "json") {
      out = GraphJson(shown, &measures);
    } else if (format == "csv") {
      out = EdgesCsv(shown);
    } else {
      out = GraphMl(shown, measures);
    }
  }
  if (!st.ok()) {
    std::fprintf(stderr, "kamergraaf: %s\n", st.message().c_str());
    return kExitUsage;
  }
  return Worst(rc, Emit(common, out));
}

int RunUnanswered(const CommonOptions& common, const UnansweredOptions& options) {
  std::string format = FormatFor(common, "table");
  if (format != "table" && format != "json" && format != "csv" && format != "markdown") {
    return UnknownFormat(format, "table, json, csv, markdown");
  }
  std::vector<ReferralCategory> wanted;
  for (const std::string& k : options.kinds) {
    bool found = false;
    for (auto c : {ReferralCategory::kUnansweredQuestion, ReferralCategory::kDeferredAnswer,
                   ReferralCategory::kMotionWithoutFollowUp, ReferralCategory::kOpenCommitment,
                   ReferralCategory::kMissingDocument}) {
      if (ReferralCategoryName(c) == k) wanted.push_back(c), found = true;
    }
    if (!found) {
      std::fprintf(stderr,
                   "kamergraaf: unknown --kind '%s' (choose from unanswered-question, deferred-answer, "
                   "motion-without-follow-up, open-commitment, missing-document)\n",
                   k.c_str());
      return kExitUsage;
    }
  }
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph);
  std::vector<Referral> referrals = FindReferrals(corpus, graph, centrality);
  if (!wanted.empty()) {
    std::erase_if(referrals, [&](const Referral& r) {
      return std::find(wanted.begin(), wanted.end(), r.category) == wanted.end();
    });
  }
  std::string out;
  if (format == "json") {
    out = ReferralsJson(referrals);
  } else if (format == "csv") {
    out = ReferralsCsv(referrals);
  } else if (format == "markdown") {
    out = ReferralsMarkdown(referrals);
  } else {
    out = ReferralsText(referrals, UseColor(common), options.kinds.empty() ? kReferralRowsPerKind : 0);
  }
  rc = Worst(rc, Emit(common, out));
  if (rc == kExitOk && options.fail_on_open && !referrals.empty()) return kExitOpen;
  return rc;
}

int RunReport(const CommonOptions& common, const GraphOptions& options) {
  std::string dir = common.output == "-" ? "kamergraaf-report" : common.output;
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  Status st = EnsureDirectory(dir);
  if (!st.ok()) {
    std::fprintf(stderr, "kamergraaf: %s\n", st.message().c_str());
    return kExitUsage;
  }
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph, options.centrality);
  std::vector<Referral> referrals = FindReferrals(corpus, graph, centrality);
  NodeSelection selection{options.focus, options.depth, options.top, options.min_degree};
  std::vector<int> nodes = SelectNodes(graph, centrality, selection);
  MapOptions map;
  map.layout = options.layout;
  std::string dot, svg, page_svg;
  st = WriteDot(graph, centrality, nodes, map, &dot);
  if (st.ok()) st = RenderSvg(graph, centrality, nodes, map, &svg);
  // Inside report.html a node leads to its row in the centrality table rather than to a web page.
  map.in_page_links = true;
  if (st.ok()) st = RenderSvg(graph, centrality, nodes, map, &page_svg);
  if (!st.ok()) {
    std::fprintf(stderr, "kamergraaf: %s\n", st.message().c_str());
    return kExitUsage;
  }
  ReportInput input{corpus, graph, centrality, referrals, page_svg, nodes};
  const std::vector<std::pair<std::string, std::string>> files = {
      {"report.html", ReportHtml(input)}, {"report.md", ReportMarkdown(input)},
      {"report.json", ReportJson(input)}, {"map.dot", dot},
      {"map.svg", svg}};
  for (const auto& [name, content] : files) {
    if (EmitTo(common, (std::filesystem::path(dir) / name).string(), content) != kExitOk) return kExitUsage;
  }
  std::string summary = ReportSummary(input);
  std::fputs(summary.c_str(), stdout);
  if (!common.quiet) {
    std::printf("\nReport: %s\nMap:    %s, %s\n", (std::filesystem::path(dir) / "report.html").c_str(),
                (std::filesystem::path(dir) / "map.svg").c_str(), (std::filesystem::path(dir) / "map.dot").c_str());
  }
  return rc;
}

int RunShow(const CommonOptions& common, const std::string& id, const std::string& svg_path) {
  std::string format = FormatFor(common, "text");
  if (format != "text" && format != "json") return UnknownFormat(format, "text, json");
  CommonOptions load = common;
  if (load.inputs.empty()) load.inputs = {id};
  Corpus corpus;
  int rc = Load(load, &corpus);
  if (rc == kExitUsage) return rc;
  int d = corpus.FindDocument(id);
  if (d < 0 && corpus.documents.size() == 1 && common.inputs.empty()) d = 0;
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph);
  int v = d >= 0 ? graph.Find(corpus.documents[d].id) : graph.Find(id);
  if (d < 0 && v < 0) {
    std::fprintf(stderr, "kamergraaf: show: '%s' is neither a file nor an id in the corpus\n", id.c_str());
    return kExitUsage;
  }
  std::string out;
  if (format == "json") {
    out = d >= 0 ? DocumentJson(corpus.documents[d]) : RankJson(graph, centrality, {v});
  } else {
    std::vector<Referral> referrals = FindReferrals(corpus, graph, centrality);
    out = ShowText(corpus, graph, centrality, referrals, d, v);
  }
  if (!svg_path.empty() && v >= 0) {
    std::vector<int> nodes = SelectNodes(graph, centrality, NodeSelection{graph.node(v).id, 1, 0, 0});
    std::string svg;
    MapOptions map;
    map.title = graph.node(v).label;
    map.highlight = graph.node(v).id;
    Status st = RenderSvg(graph, centrality, nodes, map, &svg);
    if (!st.ok()) {
      std::fprintf(stderr, "kamergraaf: %s\n", st.message().c_str());
      return kExitUsage;
    }
    if (EmitTo(common, svg_path, svg) != kExitOk) return kExitUsage;
  }
  return Worst(rc, Emit(common, out));
}

}  // namespace kamergraaf::cli

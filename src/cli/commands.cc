#include "cli/commands.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <future>
#include <map>
#include <set>

#include "analysis/coverage.h"
#include "analysis/node_selection.h"
#include "output/selection_caption.h"
#include "analysis/referral_groups.h"
#include "kamergraaf/question_timing.h"
#include "cli/load.h"
#include "corpus/input_root.h"
#include "graph/subgraph.h"
#include "model/civil_date.h"
#include "output/timeline_writer.h"
#include "output/atomic_file.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/map_writer.h"
#include "output/output_guard.h"
#include "output/question_writer.h"
#include "output/referral_groups_writer.h"
#include "output/report_writer.h"
#include "output/text_table.h"
#include "text/control_characters.h"

namespace kamergraaf::cli {
namespace {

std::string Loc(const std::string& path, int line) {
  return line > 0 ? fmt::format("{}:{}", path, line) : path;
}

// The format the user asked for, or the one the output file's extension implies, or `fallback` (standard
// output, no extension, or .txt). An extension kamergraaf does not write gives "?.ext", which no command
// accepts, so that `-o out.xyz` is a usage error rather than a file of another format under that name.
std::string FormatFor(const CommonOptions& common, const std::string& fallback) {
  if (!common.format.empty()) return common.format;
  if (common.output == "-") return fallback;
  std::string ext = std::filesystem::path(common.output).extension().string();
  if (ext.empty() || ext == ".txt") return fallback;
  static const std::map<std::string, std::string> kByExtension = {
      {".json", "json"}, {".jsonl", "jsonl"}, {".csv", "csv"}, {".md", "markdown"}, {".svg", "svg"},
      {".dot", "dot"},   {".gv", "dot"},      {".graphml", "graphml"}, {".html", "html"}, {".png", "png"},
      {".pdf", "pdf"}};
  auto it = kByExtension.find(ext);
  return it != kByExtension.end() ? it->second : "?" + ext;
}

int Worst(int a, int b) { return std::max(a, b); }

// Graphviz's messages and fallbacks for the map written to `path`, as "path: message" lines.
void PrintMapWarnings(const std::string& path, const std::vector<std::string>& warnings) {
  for (const std::string& w : warnings) {
    std::fprintf(stderr, "%s\n", Diagnostic{path, 0, Diagnostic::Severity::kWarning, w}.ToString().c_str());
  }
}

Lang LangOf(const CommonOptions& common) {
  Lang lang = Lang::kNl;
  ParseLang(common.lang, &lang);
  return lang;
}

// The run block of a report: no absolute path (inputs and path options relative to the working directory),
// the date from SOURCE_DATE_EPOCH when set so that reproducible builds of a report are possible.
RunInfo MakeRunInfo(const CommonOptions& common) {
  RunInfo run;
  run.version = kVersion;
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::tm tm{};
  gmtime_r(&now, &tm);
  char date[16];
  std::strftime(date, sizeof date, "%Y-%m-%d", &tm);
  run.date = date;
  run.as_of = common.as_of.empty() ? Today().Iso() : common.as_of;
  for (const std::string& in : common.inputs) run.inputs.push_back(RelativeToWorkingDirectory(in));
  static const std::set<std::string> kPathOptions = {"-o", "--output", "--db", "--metadata", "--svg"};
  const std::set<std::string> inputs(common.inputs.begin(), common.inputs.end());
  std::vector<std::string> options;
  bool path_next = false;
  for (const std::string& a : common.args) {
    if (path_next) {
      options.push_back(RelativeToWorkingDirectory(a));
      path_next = false;
    } else if (kPathOptions.count(a)) {
      options.push_back(a);
      path_next = true;
    } else if (std::size_t eq = a.find('='); eq != std::string::npos && kPathOptions.count(a.substr(0, eq))) {
      options.push_back(a.substr(0, eq + 1) + RelativeToWorkingDirectory(a.substr(eq + 1)));
    } else if (!inputs.count(a)) {
      options.push_back(a);
    }
  }
  run.options = fmt::format("{}", fmt::join(options, " "));
  return run;
}

// `allowed` lists the formats ("table, json, csv"); an extension that implies none of them is named.
int UnknownFormat(const CommonOptions& common, const std::string& format, const std::string& allowed) {
  if (common.format.empty() && common.output != "-") {
    std::string extensions;
    for (std::size_t start = 0; start < allowed.size();) {
      std::size_t end = std::min(allowed.find(", ", start), allowed.size());
      std::string name = allowed.substr(start, end - start);
      if (name != "table" && name != "text") {
        extensions += (extensions.empty() ? "." : " .") + (name == "markdown" ? std::string("md") : name);
      }
      start = end + 2;
    }
    std::fprintf(stderr, "kamergraaf: cannot write '%s' files: use -o with %s (or --format %s)\n", std::filesystem::path(common.output).extension().c_str(),
                 extensions.c_str(), allowed.c_str());
    return kExitUsage;
  }
  std::fprintf(stderr, "kamergraaf: unknown --format '%s' (choose from %s)\n", format.c_str(), allowed.c_str());
  return kExitUsage;
}

// Gephi's two tables: nodes and edges. `-o g.csv` writes g.nodes.csv and g.edges.csv; --nodes and --edges
// name them; with neither, the edge table goes to standard output.
int WriteGraphCsv(const CommonOptions& common, const GraphOptions& options, const CitationGraph& graph,
                  const Centrality& centrality, const Corpus& corpus) {
  std::string nodes_path = options.nodes_csv, edges_path = options.edges_csv;
  if (common.output != "-") {
    std::filesystem::path stem = std::filesystem::path(common.output).replace_extension();
    if (nodes_path.empty()) nodes_path = stem.string() + ".nodes.csv";
    if (edges_path.empty()) edges_path = stem.string() + ".edges.csv";
  }
  int rc = kExitOk;
  if (!nodes_path.empty()) rc = EmitTo(common, nodes_path, NodesCsv(graph, centrality, &corpus));
  if (rc == kExitOk) rc = EmitTo(common, edges_path.empty() ? "-" : edges_path, EdgesCsv(graph));
  if (rc == kExitOk && !common.quiet && common.output != "-") {
    std::fprintf(stderr, "kamergraaf: wrote %s and %s\n", nodes_path.c_str(), edges_path.c_str());
  }
  return rc;
}

}  // namespace

int RunScan(const CommonOptions& common) {
  std::string format = FormatFor(common, "table");
  if (format != "table" && format != "jsonl" && format != "json" && format != "csv" && format != "markdown") {
    return UnknownFormat(common, format, "table, jsonl, json, csv, markdown");
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
    if (format == "markdown") return Worst(rc, Emit(common, table.Markdown()));
    out = table.Render(UseColor(common), CellWidth(common, 60), TerminalWidth(common));
    out += fmt::format("{} in {} ({:.1f} kB)\n", Plural(n, "citation", "citations"),
                       Plural(corpus.documents.size(), "document", "documents"), corpus.bytes / 1e3);
    if (std::string understood = CoverageLine(MeasureCoverage(corpus)); !understood.empty()) {
      out += "Understood: " + understood + "\n";
    }
  }
  return Worst(rc, Emit(common, out));
}

int RunMotions(const CommonOptions& common, bool votes) {
  std::string format = FormatFor(common, "table");
  static const std::set<std::string> kFormats = {"table", "json", "jsonl", "csv", "markdown"};
  if (!kFormats.count(format)) return UnknownFormat(common, format, "table, json, jsonl, csv, markdown");
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  std::string out;
  if (format == "json") {
    out = MotionsJson(corpus);
  } else if (format == "jsonl") {
    out = JsonLinesOf(MotionsJson(corpus));
  } else if (format == "csv") {
    out = MotionsCsv(corpus);
  } else {
    std::vector<std::string> header = {"motion", "where", "submitters", "advice", "vote", "followed up by", "request"};
    if (votes) header.insert(header.begin() + 5, "for / against");
    TextTable table(header);
    for (const MotionRecord& rec : corpus.motions) {
      const Motion* m = rec.document >= 0 ? &corpus.documents[rec.document].motions[rec.motion] : nullptr;
      std::string where = m ? Loc(corpus.documents[rec.document].path, m->line) : "(cited only)";
      std::string followed;
      for (int d : rec.followed_up_by) followed += (followed.empty() ? "" : ", ") + corpus.documents[d].path;
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
    if (format == "markdown") return Worst(rc, Emit(common, table.Markdown()));
    out = table.Render(UseColor(common), CellWidth(common, 50), TerminalWidth(common));
    out += Plural(corpus.motions.size(), "motion", "motions") + "\n";
  }
  return Worst(rc, Emit(common, out));
}

int RunRank(const CommonOptions& common, const RankOptions& options) {
  std::string format = FormatFor(common, "table");
  static const std::set<std::string> kFormats = {"table", "json", "jsonl", "csv", "markdown"};
  if (!kFormats.count(format)) return UnknownFormat(common, format, "table, json, jsonl, csv, markdown");
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph, options.centrality);
  std::vector<int> order = RankOrder(graph, centrality);
  std::string out;
  if (format == "json") {
    out = RankJson(graph, centrality, order);
  } else if (format == "jsonl") {
    out = JsonLinesOf(RankJson(graph, centrality, order));
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
    if (format == "markdown") return Worst(rc, Emit(common, table.Markdown()));
    out = table.Render(UseColor(common), CellWidth(common, 48), TerminalWidth(common));
    out += fmt::format("{}, {}, {}\n", Plural(graph.num_nodes(), "node", "nodes"),
                       Plural(graph.num_edges(), "edge", "edges"),
                       Plural(centrality.num_weak_components, "weakly connected component", "weakly connected components"));
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
  static const std::set<std::string> kFormats = {"dot", "svg", "png", "pdf", "json", "csv", "graphml"};
  if (!kFormats.count(format)) return UnknownFormat(common, format, "dot, svg, png, pdf, json, csv, graphml");
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph, options.centrality);
  NodeSelection selection{options.focus, options.depth, options.top, options.min_degree, options.dossier,
                          options.overview};
  // A map of thousands of nodes is an unreadable cloud: it shows an overview, and says so in its caption.
  if (format == "dot" || format == "svg" || format == "png" || format == "pdf") selection = MapSelection(graph, selection);
  std::vector<int> nodes = SelectNodes(graph, centrality, selection);
  if (!options.focus.empty() && nodes.empty()) {
    std::fprintf(stderr, "kamergraaf: --focus %s: no such node in the graph\n", EscapeControlCharacters(options.focus).c_str());
    return kExitUsage;
  }
  if (!options.dossier.empty() && nodes.empty()) {
    std::fprintf(stderr, "kamergraaf: --dossier %s: no node of that dossier in the graph\n", options.dossier.c_str());
    return kExitUsage;
  }
  MapOptions map;
  map.layout = options.layout;
  map.bundle_min = options.bundle;
  map.lang = LangOf(common);
  map.highlight = options.focus;
  map.caption = SelectionCaption(SummarizeSelection(graph, selection, nodes), map.lang);
  map.progress = !common.quiet;
  std::string out;
  Status st;
  if (format == "dot") {
    st = WriteDot(graph, centrality, nodes, map, &out);
  } else if (format == "svg" || format == "png" || format == "pdf") {
    std::vector<std::string> warnings;
    st = format == "svg" ? RenderSvg(graph, centrality, nodes, map, &out, &warnings)
                        : RenderMap(graph, centrality, nodes, map, format, &out, &warnings);
    PrintMapWarnings(common.output, warnings);
    if (!st.ok() && st.code() != Status::Code::kInvalidArgument) {
      // No drawing at all: the map as DOT beside it, for another Graphviz to draw.
      std::string dot_path = common.output == "-" ? "-" : common.output + ".dot";
      std::fprintf(stderr, "%s\n",
                   Diagnostic{common.output, 0, Diagnostic::Severity::kError,
                              st.message() + "; the map is written as DOT to " + dot_path + " instead"}
                       .ToString()
                       .c_str());
      std::string dot;
      if (WriteDot(graph, centrality, nodes, map, &dot).ok() && EmitTo(common, dot_path, dot) == kExitOk) {
        return kExitPartial;
      }
      return kExitUsage;
    }
  } else {
    // Data formats show the same selection as a map.
    const bool all = SelectsAll(selection);
    CitationGraph sub = all ? CitationGraph() : InducedSubgraph(graph, nodes);
    Centrality sliced = all ? Centrality() : SliceCentrality(centrality, nodes);
    const CitationGraph& shown = all ? graph : sub;
    const Centrality& measures = all ? centrality : sliced;
    if (format == "json") {
      out = GraphJson(shown, &measures, &corpus);
    } else if (format == "csv") {
      return Worst(rc, WriteGraphCsv(common, options, shown, measures, corpus));
    } else {
      out = GraphMl(shown, measures, &corpus);
    }
  }
  if (!st.ok()) {
    std::fprintf(stderr, "kamergraaf: %s\n", EscapeControlCharacters(st.message()).c_str());
    return kExitUsage;
  }
  return Worst(rc, Emit(common, out));
}

int RunUnanswered(const CommonOptions& common, const UnansweredOptions& options) {
  std::string format = FormatFor(common, "table");
  if (format != "table" && format != "json" && format != "jsonl" && format != "csv" && format != "markdown") {
    return UnknownFormat(common, format, "table, json, jsonl, csv, markdown");
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
  std::vector<Referral> referrals =
      FindReferrals(corpus, graph, centrality, ReferralOptions{common.as_of, common.calendar});
  if (options.overdue) std::erase_if(referrals, [](const Referral& r) { return !r.overdue(); });
  if (!wanted.empty()) {
    std::erase_if(referrals, [&](const Referral& r) {
      return std::find(wanted.begin(), wanted.end(), r.category) == wanted.end();
    });
  }
  std::string out;
  if (!options.by.empty()) {
    ReferralGrouping by = options.by == "asker" ? ReferralGrouping::kAsker : ReferralGrouping::kOwner;
    std::vector<QuestionSet> questions = TimeWrittenQuestions(corpus, "");  // today: only open-or-not matters
    out = ReferralGroupsOutput(GroupReferrals(corpus, referrals, questions, by), options.by, format, UseColor(common));
  } else if (format == "json") {
    out = ReferralsJson(referrals);
  } else if (format == "jsonl") {
    out = JsonLinesOf(ReferralsJson(referrals));
  } else if (format == "csv") {
    out = ReferralsCsv(referrals);
  } else if (format == "markdown") {
    out = ReferralsMarkdown(referrals, LangOf(common));
    MarkMarkup(&out);
  } else {
    out = ReferralsText(referrals, UseColor(common), options.kinds.empty() ? kReferralRowsPerKind : 0,
                        TerminalWidth(common), common.wide);
  }
  rc = Worst(rc, Emit(common, out));
  if (rc == kExitOk && options.fail_on_open && !referrals.empty()) return kExitOpen;
  return rc;
}

// The --as-of date as given, or today; false (after a message) when it is not a valid ISO date.
static bool AsOf(const std::string& given, std::string* as_of) {
  int days = 0;
  *as_of = given.empty() ? TodayIso() : given;
  if (IsoToDays(*as_of, &days)) return true;
  std::fprintf(stderr, "kamergraaf: --as-of '%s' is not a date (use YYYY-MM-DD)\n", given.c_str());
  return false;
}

int RunQuestions(const CommonOptions& common, const QuestionsOptions& options) {
  std::string format = FormatFor(common, "table");
  if (format != "table" && format != "json" && format != "csv" && format != "markdown") {
    return UnknownFormat(common, format, "table, json, csv, markdown");
  }
  std::string as_of;
  if (!AsOf(options.as_of, &as_of)) return kExitUsage;
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  std::vector<QuestionSet> sets = TimeWrittenQuestions(corpus, as_of);
  std::string out;
  if (format == "json") {
    out = QuestionsJson(sets, as_of);
  } else if (format == "csv") {
    out = QuestionsCsv(sets);
  } else if (format == "markdown") {
    out = QuestionsMarkdown(sets, as_of);
  } else {
    out = QuestionsText(sets, as_of, UseColor(common));
  }
  return Worst(rc, Emit(common, out));
}

int RunReport(const CommonOptions& common, const GraphOptions& options, const std::string& as_of_flag) {
  std::string as_of;
  if (!AsOf(as_of_flag, &as_of)) return kExitUsage;
  std::string dir = common.output == "-" ? "kamergraaf-report" : common.output;
  Corpus corpus;
  int rc = Load(common, &corpus);
  if (rc == kExitUsage) return rc;
  if (std::error_code ec; std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec)) {
    std::fprintf(stderr, "kamergraaf: %s: exists and is not a folder\n", EscapeControlCharacters(dir).c_str());
    return kExitUsage;
  }
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph, options.centrality);
  std::vector<Referral> referrals = FindReferrals(corpus, graph, centrality, ReferralOptions{common.as_of, common.calendar});
  NodeSelection selection{options.focus, options.depth, options.top, options.min_degree, options.dossier,
                          options.overview || options.top > 0};
  std::vector<int> nodes = SelectNodes(graph, centrality, selection);
  MapOptions map;
  map.layout = options.layout;
  map.bundle_min = options.bundle;
  map.lang = LangOf(common);
  map.caption = SelectionCaption(SummarizeSelection(graph, selection, nodes), map.lang);
  map.progress = !common.quiet;
  std::string dot, svg, page_svg;
  const std::string svg_path = (std::filesystem::path(dir) / "map.svg").string();
  RunInfo run = MakeRunInfo(common);
  std::vector<QuestionSet> questions = TimeWrittenQuestions(corpus, as_of);
  // report.json needs no drawing: with more than one job it is built on a thread of its own while the map is
  // laid out (in Graphviz's child process) and the HTML and Markdown are written. Everything it reads is
  // only read meanwhile. (On the SGD folder each side takes about 0.2 s.)
  const std::string no_svg;
  const ReportInput json_input{corpus, graph, centrality, referrals, no_svg, nodes, &run, LangOf(common), &questions,
                               as_of, {}};
  std::future<std::string> report_json = std::async(common.jobs == 1 ? std::launch::deferred : std::launch::async,
                                                    [&json_input] { return ReportJson(json_input); });
  std::vector<std::string> warnings;
  Status st = WriteDot(graph, centrality, nodes, map, &dot);
  if (st.ok()) st = RenderSvg(graph, centrality, nodes, map, &svg, &warnings);
  // Inside report.html a node leads to its row in the centrality table rather than to a web page.
  map.in_page_links = true;
  if (st.ok()) st = RenderSvg(graph, centrality, nodes, map, &page_svg, &warnings);
  PrintMapWarnings(svg_path, warnings);
  if (!st.ok() && st.code() == Status::Code::kInvalidArgument) {
    std::fprintf(stderr, "kamergraaf: %s\n", EscapeControlCharacters(st.message()).c_str());
    return kExitUsage;
  }
  if (!st.ok()) {
    // The report goes on without a drawing; map.dot still holds the map.
    std::fprintf(stderr, "%s\n",
                 Diagnostic{svg_path, 0, Diagnostic::Severity::kError, st.message() + "; the report has no drawn map"}
                     .ToString()
                     .c_str());
    svg.clear();
    page_svg.clear();
    rc = Worst(rc, kExitPartial);
  }
  ReportInput input{corpus, graph, centrality, referrals, page_svg, nodes, &run, LangOf(common), &questions, as_of, {}};
  // The timeline of the most central corpus document (by PageRank) and what surrounds it.
  int central = -1;
  for (int v = 0; v < graph.num_nodes(); ++v) {
    const Node& n = graph.node(v);
    if (n.in_corpus && n.document >= 0 && (central < 0 || centrality.pagerank[v] > centrality.pagerank[central])) central = v;
  }
  if (central >= 0) {
    int doc = graph.node(central).document;
    input.timeline_svg = TimelineSvg(NeighbourhoodTimeline(corpus, graph, referrals, doc),
                                     fmt::format("{} — {}", Tr(LangOf(common), "timeline.title"), corpus.documents[doc].id),
                                     as_of, LangOf(common));
  }
  std::string html = ReportHtml(input);
  std::string markdown = ReportMarkdown(input);
  std::vector<std::pair<std::string, std::string>> files = {{"report.html", std::move(html)},
                                                            {"report.md", std::move(markdown)},
                                                            {"report.json", report_json.get()},
                                                            {"map.dot", dot}};
  if (!svg.empty()) files.emplace_back("map.svg", svg);
  for (auto& file : files) file.first = (std::filesystem::path(dir) / file.first).string();
  // Every file is checked before any is written, and all are written or none.
  if (Status made = EnsureDirectory(dir); !made.ok()) {
    std::fprintf(stderr, "kamergraaf: %s\n", EscapeControlCharacters(made.message()).c_str());
    return kExitUsage;
  }
  if (EmitAll(common, files) != kExitOk) return kExitUsage;
  std::string summary = ReportSummary(input);
  std::fputs(summary.c_str(), stdout);
  if (!common.quiet) {
    std::printf("\nReport: %s\nMap:    %s, %s\n", (std::filesystem::path(dir) / "report.html").c_str(),
                (std::filesystem::path(dir) / "map.svg").c_str(), (std::filesystem::path(dir) / "map.dot").c_str());
  }
  return rc;
}

int RunShow(const CommonOptions& common, const std::string& id, const std::string& svg_path,
            const std::string& timeline_path) {
  std::string format = FormatFor(common, "text");
  if (format != "text" && format != "json") return UnknownFormat(common, format, "text, json");
  CommonOptions load = common;
  if (load.inputs.empty()) load.inputs = {id};
  Corpus corpus;
  int rc = Load(load, &corpus);
  if (rc == kExitUsage) return rc;
  int d = corpus.FindDocument(id);
  if (d < 0 && corpus.documents.size() == 1 && common.inputs.empty()) d = 0;
  // A file named by its path: documents carry paths relative to the folder they were found in.
  for (std::size_t i = 0; d < 0 && i < load.inputs.size(); ++i) {
    std::error_code ec;
    std::filesystem::path rel = std::filesystem::relative(id, load.inputs[i], ec);
    if (!ec && !rel.empty() && rel.native().rfind("..", 0) != 0) d = corpus.FindDocument(rel.string());
  }
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph);
  int v = d >= 0 ? graph.Find(corpus.documents[d].id) : graph.Find(id);
  if (d < 0 && v < 0) {
    std::fprintf(stderr, "kamergraaf: show: '%s' is neither a file nor an id in the corpus\n", EscapeControlCharacters(id).c_str());
    return kExitUsage;
  }
  std::string out;
  if (format == "json") {
    out = d >= 0 ? DocumentJson(corpus.documents[d]) : RankJson(graph, centrality, {v});
  } else {
    std::vector<Referral> referrals = FindReferrals(corpus, graph, centrality, ReferralOptions{common.as_of, common.calendar});
    out = ShowText(corpus, graph, centrality, referrals, d, v);
  }
  if (!svg_path.empty() && v >= 0) {
    std::vector<int> nodes = SelectNodes(graph, centrality, NodeSelection{graph.node(v).id, 1, 0, 0, "", false});
    std::string svg;
    MapOptions map;
    map.title = graph.node(v).label;
    map.highlight = graph.node(v).id;
    std::vector<std::string> warnings;
    Status st = RenderSvg(graph, centrality, nodes, map, &svg, &warnings);
    PrintMapWarnings(svg_path, warnings);
    if (!st.ok()) {
      std::fprintf(stderr, "kamergraaf: %s\n", EscapeControlCharacters(st.message()).c_str());
      return kExitUsage;
    }
    if (EmitTo(common, svg_path, svg) != kExitOk) return kExitUsage;
  }
  if (!timeline_path.empty()) {
    if (d < 0) {
      std::fprintf(stderr, "kamergraaf: show --timeline: '%s' is not a document of the corpus\n",
                   EscapeControlCharacters(id).c_str());
      return kExitUsage;
    }
    std::vector<Referral> referrals = FindReferrals(corpus, graph, centrality, ReferralOptions{common.as_of, common.calendar});
    std::string as_of = common.as_of.empty() ? Today().Iso() : common.as_of;
    std::string svg = TimelineSvg(NeighbourhoodTimeline(corpus, graph, referrals, d),
                                  fmt::format("{} — {}", Tr(LangOf(common), "timeline.title"), corpus.documents[d].id),
                                  as_of, LangOf(common));
    if (EmitTo(common, timeline_path, svg) != kExitOk) return kExitUsage;
  }
  return Worst(rc, Emit(common, out));
}

int RunFetch(const FetchOptions& options, bool quiet) {
  FetchOptions o = options;
  if (!quiet) o.progress = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  std::unique_ptr<HttpClient> client = MakeCurlHttpClient(HttpClientOptions());
  FetchResult result;
  Status st = Fetch(o, client.get(), &result);
  if (st.code() == Status::Code::kInvalidArgument) {
    std::fprintf(stderr, "kamergraaf fetch: %s\n", st.message().c_str());
    return kExitUsage;
  }
  if (options.dry_run) {
    for (const std::string& line : result.planned) std::printf("%s\n", line.c_str());
    std::fprintf(stderr, "fetch: --dry-run: %zu file(s) would be fetched (or found present)\n", result.planned.size());
  }
  if (quiet) {
    for (const std::string& p : result.problems) std::fprintf(stderr, "%s\n", p.c_str());
  }
  std::fprintf(stderr, "fetch: %d page(s), %d file(s) downloaded, %d already present, %d without a file in the API, "
                       "%d failed, %d request(s)\n",
               result.pages, result.downloaded, result.present, result.absent, result.failed, result.requests);
  if (!st.ok() && st.code() != Status::Code::kPartial) {
    std::fprintf(stderr, "kamergraaf fetch: %s\n", st.message().c_str());
    return kExitUsage;
  }
  return st.ok() ? kExitOk : kExitPartial;
}

}  // namespace kamergraaf::cli

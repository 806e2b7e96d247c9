// kamergraaf: finds references in Dutch parliamentary documents, builds their citation graph and reports
// what is still open. A thin layer: flags in, library calls, output out.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/commands.h"
#include "corpus/memory_policy.h"

namespace {

using kamergraaf::cli::CommonOptions;

void AddCommon(CLI::App* app, CommonOptions* o, const std::string& formats, bool inputs_required = true) {
  auto* in = app->add_option("inputs", o->inputs, "Files and folders to read (folders recursively); - reads stdin");
  if (inputs_required) in->required();
  app->add_option("-f,--format", o->format, "Output format: " + formats);
  app->add_option("-o,--output", o->output, "Write output to this file instead of stdout (written atomically)");
  app->add_option("-j,--jobs", o->jobs, "Parse with this many threads (default: all cores)")->check(CLI::NonNegativeNumber);
  app->add_option("--include", o->include, "Only read files matching this glob (repeatable), e.g. '*.txt'");
  app->add_option("--exclude", o->exclude, "Skip files matching this glob (repeatable)");
  app->add_option("--max-file-size", o->max_file_mb, "Skip files larger than this many MiB, with a diagnostic")
      ->capture_default_str();
  app->add_option("--db", o->db,
                  "Keep each file's parse in this SQLite file (created if missing) and reuse it for unchanged "
                  "files on later runs");
  app->add_flag("-q,--quiet", o->quiet, "Print only errors on stderr, no progress");
  app->add_flag("--force", o->force, "Overwrite output files that kamergraaf did not write");
  app->add_option("--color", o->color, "Colour on the terminal: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

void AddCentrality(CLI::App* app, kamergraaf::CentralityOptions* c) {
  app->add_option("--damping", c->damping, "PageRank damping factor")->check(CLI::Range(0.0, 1.0))->capture_default_str();
  app->add_option("--tolerance", c->tolerance, "PageRank convergence tolerance (L1)")->capture_default_str();
  app->add_option("--samples", c->samples, "Betweenness pivots for graphs above the exact limit")->capture_default_str();
  app->add_option("--seed", c->seed, "Random seed for sampled betweenness")->capture_default_str();
}

void AddSelection(CLI::App* app, kamergraaf::cli::GraphOptions* g) {
  app->add_option("--focus", g->focus, "Only the neighbourhood of this node id (e.g. kst-26643-1317)");
  app->add_option("--depth", g->depth, "Steps from --focus to include")->capture_default_str();
  app->add_option("--top", g->top, "Only the N nodes with the highest PageRank");
  app->add_option("--min-degree", g->min_degree, "Drop nodes with fewer citations in and out than this");
  app->add_option("--layout", g->layout, "Graphviz layout: dot or sfdp (default: by size)")
      ->check(CLI::IsMember({"", "dot", "sfdp", "neato", "fdp", "circo"}));
}

}  // namespace

int main(int argc, char** argv) {
  kamergraaf::ReturnLargeBlocksToSystem();
  namespace cli = kamergraaf::cli;
  CLI::App app{
      "kamergraaf: references, citation graphs and open referrals in Dutch parliamentary documents.\n"
      "Exit status: 0 ok, 1 partial (some inputs unreadable, see stderr), 2 usage error, 3 open referrals\n"
      "with unanswered --fail-on-open."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kamergraaf 0.1.0");

  CommonOptions common;
  cli::RankOptions rank;
  cli::GraphOptions graph;
  cli::UnansweredOptions unanswered;
  std::string show_id, show_svg;
  int rc = cli::kExitOk;

  auto* scan = app.add_subcommand("scan", "List every citation: where it stands, its kind and canonical id");
  AddCommon(scan, &common, "table (default), jsonl, json, csv");
  scan->callback([&] { rc = cli::RunScan(common); });

  auto* motions = app.add_subcommand("motions", "List motions with submitters, requests, verdict and follow-up");
  AddCommon(motions, &common, "table (default), json");
  bool motion_votes = false;
  motions->add_flag("--votes", motion_votes, "Show the fracties for and against each motion (from voting items or open data)");
  motions->callback([&] { rc = cli::RunMotions(common, motion_votes); });

  auto* graph_cmd = app.add_subcommand(
      "graph", "Write the citation graph as a map (DOT, SVG) or data (JSON, CSV edge list, GraphML)");
  AddCommon(graph_cmd, &common, "dot (default), svg, json, csv, graphml; or implied by -o's extension");
  AddCentrality(graph_cmd, &graph.centrality);
  AddSelection(graph_cmd, &graph);
  graph_cmd->callback([&] { rc = cli::RunGraph(common, graph); });

  auto* rank_cmd = app.add_subcommand("rank", "Rank documents and cited papers by PageRank and other centrality");
  AddCommon(rank_cmd, &common, "table (default), json, csv");
  AddCentrality(rank_cmd, &rank.centrality);
  rank_cmd->add_option("--top", rank.top, "Rows in the table (JSON and CSV list every node)")->capture_default_str();
  rank_cmd->callback([&] { rc = cli::RunRank(common, rank); });

  auto* open = app.add_subcommand("unanswered",
                                  "Report what is still open: unanswered questions, deferred answers, motions "
                                  "without follow-up, open commitments, missing documents");
  AddCommon(open, &common, "table (default), json, csv, markdown");
  open->add_option("--kind", unanswered.kinds,
                   "Only these kinds (repeatable): unanswered-question, deferred-answer, "
                   "motion-without-follow-up, open-commitment, missing-document");
  open->add_flag("--fail-on-open", unanswered.fail_on_open, "Exit with status 3 when anything is open");
  open->callback([&] { rc = cli::RunUnanswered(common, unanswered); });

  auto* report = app.add_subcommand(
      "report", "Write report.html, report.md, report.json and the map (map.dot, map.svg) into a folder");
  AddCommon(report, &common, "(ignored: the report writes every format)");
  report->get_option("--output")->description("Folder to write the report into (default: kamergraaf-report)");
  AddCentrality(report, &graph.centrality);
  AddSelection(report, &graph);
  report->callback([&] {
    // A report's map stays readable: the 80 most central nodes unless --top says otherwise.
    if (report->count("--top") == 0 && graph.focus.empty()) graph.top = 80;
    rc = cli::RunReport(common, graph);
  });

  auto* show = app.add_subcommand("show", "Show one document's structure, or a reference card for any id");
  show->add_option("id", show_id, "A file, or an id of the corpus (kst-26643-1317)")->required();
  AddCommon(show, &common, "text (default), json", /*inputs_required=*/false);
  show->get_option("inputs")->description("The corpus to look the id up in (default: the file itself)");
  show->add_option("--svg", show_svg, "Also draw the node's neighbourhood to this SVG file");
  show->callback([&] { rc = cli::RunShow(common, show_id, show_svg); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? cli::kExitOk : cli::kExitUsage;
  }
  return rc;
}

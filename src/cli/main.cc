// kamergraaf: finds references in Dutch parliamentary documents, builds their citation graph and reports
// what is still open. A thin layer: flags in, library calls, output out.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "corpus/memory_policy.h"

namespace {

using kamergraaf::cli::CommonOptions;

// "--top: must be at least 1, not 0" instead of CLI11's range up to the largest double.
CLI::Validator AtLeastOne() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        char* end = nullptr;
        long n = std::strtol(value.c_str(), &end, 10);
        if (end == value.c_str() || *end != '\0' || n < 1) return "must be a whole number of at least 1, not " + value;
        return {};
      },
      "N>=1");
}

void AddCommon(CLI::App* app, CommonOptions* o, const std::string& formats, bool inputs_required = true) {
  auto* in = app->add_option("inputs", o->inputs, "Files and folders to read (folders recursively); - reads stdin");
  if (inputs_required) in->required();
  app->add_option("-f,--format", o->format, "Output format: " + formats);
  app->add_option("-o,--output", o->output, "Write output to this file instead of stdout (written atomically)");
  app->add_option("-j,--jobs", o->jobs, "Parse with this many threads (default: all cores)")->check(CLI::NonNegativeNumber);
  app->add_option("--include", o->include, "Only read files matching this glob (repeatable), e.g. '*.txt'");
  app->add_option("--exclude", o->exclude, "Skip files matching this glob (repeatable)");
  app->add_option("--max-file-size", o->max_file_mb,
                  "Skip files (and standard input) larger than this many MiB, with a diagnostic; checked while "
                  "reading")
      ->capture_default_str();
  app->add_option("--max-file-seconds", o->max_file_seconds,
                  "Stop reading a PDF after this many seconds (keeping the pages read), with a diagnostic")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app->add_option("--db", o->db,
                  "Keep each file's parse in this SQLite file (created if missing) and reuse it for unchanged "
                  "files on later runs");
  app->add_flag("-q,--quiet", o->quiet, "Print only errors on stderr, no progress");
  app->add_option("--metadata", o->metadata,
                  "A CSV that names each document's id, kind, date, title, signer (columns: file,id,kind,date,"
                  "title,signer; file = the base name). Without it, a .kamergraaf-metadata.csv or metadata.csv "
                  "in a document's folder is used; metadata files are never read as documents");
  app->add_flag("--wide", o->wide, "Terminal tables: show every cell in full instead of fitting the terminal");
  app->add_flag("--force", o->force, "Overwrite output files that kamergraaf did not write");
  app->add_option("--color", o->color, "Colour on the terminal: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app->add_option("--as-of", o->as_of,
                  "Count ages and overdue days to this date (YYYY-MM-DD; default: today), so a run can be "
                  "reproduced as of a past day");
  app->add_option("--calendar", o->calendar,
                  "Recess calendar file (kind, start, end per line, e.g. 'zomerreces,2027-07-02,2027-08-30') "
                  "that adds to or overrides the built-in Tweede Kamer recesses");
  app->add_option("--since", o->since,
                  "Only documents dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY); undated "
                  "documents are left out and counted on stderr");
  app->add_option("--until", o->until, "Only documents dated on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)");
}

void AddLang(CLI::App* app, CommonOptions* o) {
  app->add_option("--lang", o->lang, "Language of the report's headings and labels: nl or en")
      ->check(CLI::IsMember({"nl", "en"}))
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
  app->add_option("--depth", g->depth, "Steps from --focus to include")->capture_default_str()->check(CLI::NonNegativeNumber);
  app->add_option("--top", g->top, "Only the N nodes with the highest PageRank (N >= 1)")->check(AtLeastOne());
  app->add_option("--min-degree", g->min_degree, "Drop nodes with fewer citations in and out than this")
      ->check(CLI::NonNegativeNumber);
  app->add_option("--dossier", g->dossier, "Only this dossier's nodes and what they cite or are cited by (e.g. 26643)");
  app->add_option("--layout", g->layout, "Graphviz layout: dot or sfdp (default: by size)")
      ->check(CLI::IsMember({"", "dot", "sfdp", "neato", "fdp", "circo"}));
  app->add_option("--bundle", g->bundle,
                  "On a layered map, draw the arrows between two dossier blocks as one thick arrow (its tooltip "
                  "lists them) when there are at least this many; 0 draws every arrow")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
}

// Edit distance between two short words (for "did you mean").
std::size_t Distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      // A swap of two neighbours ("sacn") counts as one edit.
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], diagonal);
      diagonal = up;
    }
  }
  return row[b.size()];
}

// `kamergraaf WORD ...` where WORD is no command: names the closest one. Returns false when WORD is one.
bool UnknownCommand(CLI::App& app, const std::string& word) {
  std::string best;
  std::size_t best_distance = 3;  // suggest only close words
  std::string names;
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == word) return false;
    names += (names.empty() ? "" : ", ") + sub->get_name();
    std::size_t d = Distance(word, sub->get_name());
    if (d < best_distance) best_distance = d, best = sub->get_name();
  }
  if (!best.empty()) {
    std::fprintf(stderr, "kamergraaf: unknown command '%s'; did you mean `%s`?\n", word.c_str(), best.c_str());
  } else {
    std::fprintf(stderr, "kamergraaf: unknown command '%s' (commands: %s, help)\n", word.c_str(), names.c_str());
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  kamergraaf::ReturnLargeBlocksToSystem();
  namespace cli = kamergraaf::cli;
  CLI::App app{
      "kamergraaf: references, citation graphs and open referrals in Dutch parliamentary documents.\n"
      "Exit status: 0 ok, 1 partial (some inputs unreadable, see stderr), 2 usage error, nothing readable or\n"
      "nothing matched (an empty folder, globs matching no file), or an output file refused (existing outputs\n"
      "are then left as they were), 3 open referrals with unanswered --fail-on-open.\n"
      "Budgets per input: --max-file-size (bytes read, standard input included), --max-file-seconds (PDF),\n"
      "100,000 pages and 256 MiB of text per PDF, 10,000 entity references and 1 MiB of entity text per\n"
      "XML/HTML file, attribute values cut at 64 KiB; each over-budget input gets a diagnostic, the run goes on.\n"
      "Outputs carry a generator mark (a comment, a JSON \"generator\" key, a CSV \"generator\" column); a file\n"
      "without it is replaced only with --force."};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("kamergraaf ") + cli::kVersion);

  CommonOptions common;
  if (argc > 2) common.args.assign(argv + 2, argv + argc);  // for the report's run block
  cli::RankOptions rank;
  cli::GraphOptions graph;
  cli::UnansweredOptions unanswered;
  cli::QuestionsOptions questions;
  std::string show_id, show_svg, show_timeline;
  int rc = cli::kExitOk;

  auto* scan = app.add_subcommand("scan", "List every citation: where it stands, its kind and canonical id");
  AddCommon(scan, &common, "table (default), jsonl, json, csv, markdown");
  scan->callback([&] { rc = cli::RunScan(common); });

  auto* motions = app.add_subcommand("motions", "List motions with submitters, requests, verdict and follow-up");
  AddCommon(motions, &common, "table (default), json, jsonl, csv, markdown");
  bool motion_votes = false;
  motions->add_flag("--votes", motion_votes, "Show the fracties for and against each motion (from voting items or open data)");
  motions->callback([&] { rc = cli::RunMotions(common, motion_votes); });

  auto* graph_cmd = app.add_subcommand(
      "graph", "Write the citation graph as a map (DOT, SVG, PNG, PDF) or data (JSON, CSV node and edge tables, GraphML)");
  AddCommon(graph_cmd, &common,
            "dot (default), svg, png, pdf, json, csv, graphml; or implied by -o's extension (.dot .svg .png .pdf "
            ".json .csv .graphml; any other is an error)");
  AddCentrality(graph_cmd, &graph.centrality);
  AddSelection(graph_cmd, &graph);
  AddLang(graph_cmd, &common);
  graph_cmd->add_option("--nodes", graph.nodes_csv, "CSV: write the node table (Gephi's Id, Label, ...) to this file");
  graph_cmd->add_option("--edges", graph.edges_csv, "CSV: write the edge table (Source, Target, Type, Weight, ...) here");
  graph_cmd->callback([&] { rc = cli::RunGraph(common, graph); });

  auto* rank_cmd = app.add_subcommand("rank", "Rank documents and cited papers by PageRank and other centrality");
  AddCommon(rank_cmd, &common, "table (default), json, jsonl, csv, markdown");
  AddCentrality(rank_cmd, &rank.centrality);
  rank_cmd->add_option("--top", rank.top, "Rows in the table, at least 1 (JSON and CSV list every node)")
      ->capture_default_str()
      ->check(AtLeastOne());
  rank_cmd->callback([&] { rc = cli::RunRank(common, rank); });

  auto* open = app.add_subcommand("unanswered",
                                  "Report what is still open: unanswered questions, deferred answers, motions "
                                  "without follow-up, open commitments, missing documents");
  AddCommon(open, &common, "table (default), json, jsonl, csv, markdown");
  open->add_option("--kind", unanswered.kinds,
                   "Only these kinds (repeatable): unanswered-question, deferred-answer, "
                   "motion-without-follow-up, open-commitment, missing-document");
  AddLang(open, &common);
  open->add_flag("--fail-on-open", unanswered.fail_on_open, "Exit with status 3 when anything is open");
  open->add_flag("--overdue", unanswered.overdue,
                 "Only what is past its deadline as of --as-of (written questions: three weeks after they were "
                 "asked)");
  open->add_option("--by", unanswered.by, "Count the open referrals per owner (minister addressed or signing) "
                   "or per asker (fractie or member)")->check(CLI::IsMember({"owner", "asker"}));
  open->callback([&] { rc = cli::RunUnanswered(common, unanswered); });

  auto* report = app.add_subcommand(
      "report", "Write report.html, report.md, report.json and the map (map.dot, map.svg) into a folder");
  AddCommon(report, &common, "");
  report->remove_option(report->get_option("--format"));  // a report writes every format
  report->get_option("--output")->description("Folder to write the report into (default: kamergraaf-report)");
  AddLang(report, &common);
  AddCentrality(report, &graph.centrality);
  AddSelection(report, &graph);
  report->callback([&] {
    // A report's map stays readable: the 80 most central nodes unless --top says otherwise.
    if (report->count("--top") == 0 && graph.focus.empty()) graph.top = 80, graph.overview = true;
    rc = cli::RunReport(common, graph, common.as_of);
  });

  auto* questions_cmd = app.add_subcommand(
      "questions", "Written questions: asked and answered dates, latency and status against the three-week term");
  AddCommon(questions_cmd, &common, "table (default), json, csv, markdown");
  questions_cmd->callback([&] {
    questions.as_of = common.as_of;  // --as-of is one of every command's options
    rc = cli::RunQuestions(common, questions);
  });

  auto* show = app.add_subcommand("show", "Show one document's structure, or a reference card for any id");
  show->add_option("id", show_id, "A file, or an id of the corpus (kst-26643-1317)")->required();
  AddCommon(show, &common, "text (default), json", /*inputs_required=*/false);
  show->get_option("inputs")->description("The corpus to look the id up in (default: the file itself)");
  show->add_option("--svg", show_svg, "Also draw the node's neighbourhood to this SVG file");
  show->add_option("--timeline", show_timeline,
                   "Also draw the document's neighbourhood on a time axis to this SVG file (documents, motions and "
                   "votes, answers, open deadlines as of --as-of)");
  AddLang(show, &common);
  show->callback([&] { rc = cli::RunShow(common, show_id, show_svg, show_timeline); });

  kamergraaf::FetchOptions fetch_options;
  bool fetch_quiet = false;
  auto* fetch = app.add_subcommand("fetch",
                                   "Download documents and their metadata from the Tweede Kamer's open-data API");
  fetch->add_option("--dossier", fetch_options.dossiers, "Every document of this dossier (26643, 36410-VIII); repeatable");
  fetch->add_option("--zaak", fetch_options.zaken, "The documents, decisions and votes of this zaak (2024Z00422); repeatable");
  fetch->add_option("--missing", fetch_options.missing_report, "The missing documents of a report.json");
  fetch->add_option("--since", fetch_options.since, "Only documents dated on or after YYYY-MM-DD");
  fetch->add_option("-o,--output", fetch_options.out_dir, "Folder to download into (created if missing)");
  fetch->add_option("--api", fetch_options.api, "Base URL of the OData API (a mirror or a test server)")
      ->capture_default_str();
  fetch->add_option("--rate", fetch_options.rate, "At most this many requests per second")
      ->check(CLI::PositiveNumber)->capture_default_str();
  fetch->add_option("--retries", fetch_options.retries, "Retries of a failed request (429, 5xx, cut connections)")
      ->check(CLI::NonNegativeNumber)->capture_default_str();
  fetch->add_flag("--dry-run", fetch_options.dry_run, "List what would be downloaded (id, URL); write nothing");
  fetch->add_flag("-q,--quiet", fetch_quiet, "No progress, only problems and the summary");
  fetch->callback([&] { rc = cli::RunFetch(fetch_options, fetch_quiet); });

  // `kamergraaf help [COMMAND]`, no command at all, and a mistyped command.
  if (argc == 1) {
    std::fputs(app.help().c_str(), stderr);
    return cli::kExitUsage;
  }
  if (std::string first = argv[1]; first == "help") {
    if (argc == 2) {
      std::fputs(app.help().c_str(), stdout);
      return cli::kExitOk;
    }
    if (UnknownCommand(app, argv[2])) return cli::kExitUsage;
    std::fputs(app.get_subcommand(argv[2])->help().c_str(), stdout);
    return cli::kExitOk;
  } else if (!first.empty() && first[0] != '-' && UnknownCommand(app, first)) {
    return cli::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? cli::kExitOk : cli::kExitUsage;
  }
  return rc;
}

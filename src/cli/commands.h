// The subcommands of the kamergraaf command line. Each is a thin layer: load, call the library, print.
#ifndef KAMERGRAAF_CLI_COMMANDS_H_
#define KAMERGRAAF_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "fetch/fetcher.h"
#include "kamergraaf/pipeline.h"

namespace kamergraaf::cli {

// Exit codes.
constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;  // some inputs could not be read; the output covers the rest
constexpr int kExitUsage = 2;    // bad flags, nothing readable or nothing matched, or an output refused
constexpr int kExitOpen = 3;     // `unanswered --fail-on-open` found open referrals

inline constexpr const char* kVersion = "0.1.0";

struct CommonOptions {
  std::vector<std::string> inputs;
  std::string format;  // "" = the command's default
  std::string output = "-";
  int jobs = 0;
  std::size_t max_file_mb = 256;
  double max_file_seconds = 60;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  bool quiet = false;
  std::string color = "auto";
  bool force = false;
  std::string db;  // --db: parse cache file; empty = none
  std::string as_of;     // --as-of: ISO date ages and overdue days are counted to; empty = today
  std::string calendar;  // --calendar: recess calendar file added to the built-in one
  std::string since;     // --since / --until: only documents dated in this range (ISO, inclusive)
  std::string until;
  std::string metadata;             // --metadata: a sidecar CSV of any name
  bool wide = false;                // --wide: terminal tables show every cell in full
  std::string lang = "nl";         // --lang: the language of reports (HTML, Markdown, map words)
  std::vector<std::string> args;   // the command's arguments after its name, for the report's run block
};

struct RankOptions {
  CentralityOptions centrality;
  int top = 30;
};

struct GraphOptions {
  CentralityOptions centrality;
  std::string focus;
  int depth = 1;
  int top = 0;
  int min_degree = 0;
  std::string layout;
  int bundle = 3;  // --bundle: arrows between two clusters drawn as one from this many (MapOptions::bundle_min)
  std::string nodes_csv;  // graph --format csv: where the node table goes
  std::string edges_csv;  // ... and the edge table
  std::string dossier;    // --dossier: only this dossier and its neighbours
  bool overview = false;  // with top: the central nodes and their closest neighbours (see NodeSelection)
};

struct UnansweredOptions {
  std::vector<std::string> kinds;
  bool fail_on_open = false;
  bool overdue = false;  // only what is past its deadline as of --as-of
  std::string by;  // --by owner|asker: counts per group instead of the list; empty = the list
};

struct QuestionsOptions {
  std::string as_of;  // --as-of: ISO date the open questions are timed against; empty = today
};

int RunScan(const CommonOptions& common);
// `votes`: a column with the fracties for and against (Motion::votes) in the table.
int RunMotions(const CommonOptions& common, bool votes = false);
int RunRank(const CommonOptions& common, const RankOptions& options);
int RunGraph(const CommonOptions& common, const GraphOptions& options);
int RunUnanswered(const CommonOptions& common, const UnansweredOptions& options);
int RunReport(const CommonOptions& common, const GraphOptions& options, const std::string& as_of = "");
int RunQuestions(const CommonOptions& common, const QuestionsOptions& options);
int RunShow(const CommonOptions& common, const std::string& id, const std::string& svg_path,
            const std::string& timeline_path = "");
// `fetch`: downloads from the open-data API (fetch/fetcher.h); progress on stderr unless quiet.
int RunFetch(const FetchOptions& options, bool quiet);

}  // namespace kamergraaf::cli

#endif  // KAMERGRAAF_CLI_COMMANDS_H_

// The subcommands of the kamergraaf command line. Each is a thin layer: load, call the library, print.
#ifndef KAMERGRAAF_CLI_COMMANDS_H_
#define KAMERGRAAF_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "kamergraaf/pipeline.h"

namespace kamergraaf::cli {

// Exit codes.
constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;  // some inputs could not be read; the output covers the rest
constexpr int kExitUsage = 2;    // bad flags, or no input at all
constexpr int kExitOpen = 3;     // `unanswered --fail-on-open` found open referrals

struct CommonOptions {
  std::vector<std::string> inputs;
  std::string format;  // "" = the command's default
  std::string output = "-";
  int jobs = 0;
  std::size_t max_file_mb = 256;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  bool quiet = false;
  std::string color = "auto";
  bool force = false;
  std::string db;  // --db: parse cache file; empty = none
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
};

struct UnansweredOptions {
  std::vector<std::string> kinds;
  bool fail_on_open = false;
};

int RunScan(const CommonOptions& common);
// `votes`: a column with the fracties for and against (Motion::votes) in the table.
int RunMotions(const CommonOptions& common, bool votes = false);
int RunRank(const CommonOptions& common, const RankOptions& options);
int RunGraph(const CommonOptions& common, const GraphOptions& options);
int RunUnanswered(const CommonOptions& common, const UnansweredOptions& options);
int RunReport(const CommonOptions& common, const GraphOptions& options);
int RunShow(const CommonOptions& common, const std::string& id, const std::string& svg_path);

}  // namespace kamergraaf::cli

#endif  // KAMERGRAAF_CLI_COMMANDS_H_

#include "cli/load.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "corpus/date_filter.h"
#include "model/civil_date.h"
#include "output/atomic_file.h"
#include "parse/metadata_file.h"
#include "parse/recess_calendar.h"
#include "output/output_guard.h"
#include "text/control_characters.h"

namespace kamergraaf::cli {

int Load(const CommonOptions& common, Corpus* corpus) {
  for (const auto& [flag, value] : {std::pair<const char*, const std::string*>{"--as-of", &common.as_of},
                                    {"--since", &common.since}, {"--until", &common.until}}) {
    bool partial = std::string_view(flag) != "--as-of";
    if (!value->empty() && !ParseIsoDate(*value, partial).valid()) {
      std::fprintf(stderr, "kamergraaf: %s '%s' is not a date (use %s)\n", flag, value->c_str(),
                   partial ? "YYYY-MM-DD, YYYY-MM or YYYY" : "YYYY-MM-DD");
      return kExitUsage;
    }
  }
  if (!common.calendar.empty()) {
    RecessCalendar calendar;
    if (Status st = calendar.Load(common.calendar); !st.ok()) {
      std::fprintf(stderr, "kamergraaf: --calendar: %s\n", st.message().c_str());
      return kExitUsage;
    }
  }
  LoadOptions options;
  options.calendar = common.calendar;
  options.jobs = common.jobs;
  options.max_file_bytes = common.max_file_mb << 20;
  options.max_file_seconds = common.max_file_seconds;
  options.include = common.include;
  options.exclude = common.exclude;
  options.db = common.db;
  options.relative_paths = true;  // no output shows a local folder: paths are relative to the inputs
  const bool tty = !common.quiet && ::isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  bool drew = false;
  if (tty) {
    options.progress = [&](std::size_t done, std::size_t total, std::size_t bytes) {
      auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (elapsed < 1.0 || (done % 64 != 0 && done != total)) return;
      int width = 30;
      int filled = total ? static_cast<int>(width * done / total) : width;
      std::fprintf(stderr, "\r[%s%s] %zu/%zu files, %.1f MB, %.1f MB/s", std::string(filled, '#').c_str(),
                   std::string(width - filled, ' ').c_str(), done, total, bytes / 1e6, bytes / 1e6 / elapsed);
      drew = true;
    };
  }
  if (!common.metadata.empty() && !UseMetadataFile(common.metadata)) {
    std::fprintf(stderr, "kamergraaf: --metadata %s: cannot be read, or has no 'file' column\n", common.metadata.c_str());
    return kExitUsage;
  }
  Status st = LoadCorpus(common.inputs, options, corpus);
  if (drew) std::fprintf(stderr, "\n");
  for (const Diagnostic& d : corpus->diagnostics) {
    if (common.quiet && !IsError(d)) continue;
    std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  if (st.code() == Status::Code::kInvalidArgument) {
    std::fprintf(stderr, "kamergraaf: %s\n", EscapeControlCharacters(st.message()).c_str());
    return kExitUsage;
  }
  // Nothing to report on: a report of nothing would read "0 open" (a nightly job whose download failed);
  // no output is written, so an earlier one stays.
  if (corpus->documents.empty()) {
    if (corpus->files_failed > 0) {
      std::fprintf(stderr, "kamergraaf: nothing readable: none of the inputs could be read (see above); no output written\n");
    } else {
      std::fprintf(stderr, "kamergraaf: nothing to read: no file found in the inputs%s; no output written\n",
                   common.include.empty() && common.exclude.empty() ? "" : " that matches --include/--exclude");
    }
    return kExitUsage;
  }
  if (!common.since.empty() || !common.until.empty()) {
    DateFilterResult kept = FilterByDate(corpus, common.since, common.until);
    if (!common.quiet && kept.outside + kept.undated > 0) {
      std::fprintf(stderr, "kamergraaf: --since/--until left out %d document%s dated outside the range and %d without a date\n",
                   kept.outside, kept.outside == 1 ? "" : "s", kept.undated);
    }
  }
  if (!st.ok()) {
    if (!common.quiet) std::fprintf(stderr, "kamergraaf: partial run: %s\n", EscapeControlCharacters(st.message()).c_str());
    return kExitPartial;
  }
  return kExitOk;
}

int Emit(const CommonOptions& common, const std::string& content) {
  return EmitTo(common, common.output, content);
}

int EmitTo(const CommonOptions& common, const std::string& path, const std::string& content) {
  Status st = common.force ? Status::Ok() : CheckMayOverwrite(path);
  if (st.ok()) st = WriteFileAtomically(path, content);
  if (!st.ok()) {
    std::fprintf(stderr, "kamergraaf: %s\n", EscapeControlCharacters(st.message()).c_str());
    return kExitUsage;
  }
  return kExitOk;
}

int EmitAll(const CommonOptions& common, const std::vector<std::pair<std::string, std::string>>& files) {
  bool refused = false;
  for (const auto& [path, content] : files) {
    Status st = common.force ? Status::Ok() : CheckMayOverwrite(path);
    if (!st.ok()) {
      std::fprintf(stderr, "kamergraaf: %s\n", EscapeControlCharacters(st.message()).c_str());
      refused = true;
    }
  }
  if (refused) {
    std::fprintf(stderr, "kamergraaf: no file written\n");
    return kExitUsage;
  }
  if (Status st = WriteFilesAtomically(files); !st.ok()) {
    std::fprintf(stderr, "kamergraaf: %s; no file written\n", EscapeControlCharacters(st.message()).c_str());
    return kExitUsage;
  }
  return kExitOk;
}

bool UseColor(const CommonOptions& common) {
  if (common.color == "always") return true;
  if (common.color == "never") return false;
  return common.output == "-" && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

}  // namespace kamergraaf::cli

namespace kamergraaf::cli {

std::size_t TerminalWidth(const CommonOptions& common) {
  if (common.wide || common.output != "-") return 0;
  struct winsize ws {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    long n = std::strtol(columns, nullptr, 10);
    if (n > 0) return static_cast<std::size_t>(n);
  }
  return 0;
}

std::size_t CellWidth(const CommonOptions& common, std::size_t preferred) { return common.wide ? 0 : preferred; }

}  // namespace kamergraaf::cli

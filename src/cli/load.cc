#include "cli/load.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "output/atomic_file.h"
#include "parse/metadata_file.h"
#include "output/output_guard.h"

namespace kamergraaf::cli {

int Load(const CommonOptions& common, Corpus* corpus) {
  LoadOptions options;
  options.jobs = common.jobs;
  options.max_file_bytes = common.max_file_mb << 20;
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
    std::fprintf(stderr, "kamergraaf: %s\n", st.message().c_str());
    return kExitUsage;
  }
  if (!st.ok()) {
    if (!common.quiet) std::fprintf(stderr, "kamergraaf: partial run: %s\n", st.message().c_str());
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
    std::fprintf(stderr, "kamergraaf: %s\n", st.message().c_str());
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

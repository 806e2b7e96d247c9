// Loading the corpus for a command: progress on a terminal, diagnostics on stderr.
#ifndef KAMERGRAAF_CLI_LOAD_H_
#define KAMERGRAAF_CLI_LOAD_H_

#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"

namespace kamergraaf::cli {

// Loads common.inputs into *corpus, printing every diagnostic as "path:line: message" on stderr (unless
// quiet, when only errors are printed) and a progress bar on a terminal for runs over a second.
// Returns kExitOk, kExitPartial when some input could not be read, or kExitUsage (with a message) when
// none could, or when the inputs hold no file at all (an empty folder, --include matching nothing): the
// command then writes no output, so an earlier one is kept.
int Load(const CommonOptions& common, Corpus* corpus);

// Writes `content` to common.output ("-" = stdout), atomically; returns kExitOk or kExitUsage (and
// prints the error) when it could not be written.
// An existing file is replaced only when kamergraaf wrote it (or with --force).
int Emit(const CommonOptions& common, const std::string& content);
// The same for another output path of the command (report files, --svg).
int EmitTo(const CommonOptions& common, const std::string& path, const std::string& content);

// All of `files` (path, content) or none: every path is checked first (as EmitTo does), then all are
// written and renamed into place (WriteFilesAtomically). Returns kExitOk or kExitUsage.
int EmitAll(const CommonOptions& common, const std::vector<std::pair<std::string, std::string>>& files);

// True when colour should be used on stdout.
bool UseColor(const CommonOptions& common);

// The width terminal tables must fit: the terminal's columns when stdout is one (else $COLUMNS when
// set), 0 (no limit) with --wide, with -o, or when neither says.
std::size_t TerminalWidth(const CommonOptions& common);
// The widest a table cell may be: `preferred`, or 0 (no limit) with --wide.
std::size_t CellWidth(const CommonOptions& common, std::size_t preferred);

}  // namespace kamergraaf::cli

#endif  // KAMERGRAAF_CLI_LOAD_H_

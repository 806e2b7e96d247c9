// Loading the corpus for a command: progress on a terminal, diagnostics on stderr.
#ifndef KAMERGRAAF_CLI_LOAD_H_
#define KAMERGRAAF_CLI_LOAD_H_

#include "cli/commands.h"

namespace kamergraaf::cli {

// Loads common.inputs into *corpus, printing every diagnostic as "path:line: message" on stderr (unless
// quiet, when only errors are printed) and a progress bar on a terminal for runs over a second.
// Returns kExitOk, kExitPartial when some input could not be read, or kExitUsage when none could.
int Load(const CommonOptions& common, Corpus* corpus);

// Writes `content` to common.output ("-" = stdout), atomically; returns kExitOk or kExitUsage (and
// prints the error) when it could not be written.
// An existing file is replaced only when kamergraaf wrote it (or with --force).
int Emit(const CommonOptions& common, const std::string& content);
// The same for another output path of the command (report files, --svg).
int EmitTo(const CommonOptions& common, const std::string& path, const std::string& content);

// True when colour should be used on stdout.
bool UseColor(const CommonOptions& common);

// The width terminal tables must fit: the terminal's columns when stdout is one (else $COLUMNS when
// set), 0 (no limit) with --wide, with -o, or when neither says.
std::size_t TerminalWidth(const CommonOptions& common);
// The widest a table cell may be: `preferred`, or 0 (no limit) with --wide.
std::size_t CellWidth(const CommonOptions& common, std::size_t preferred);

}  // namespace kamergraaf::cli

#endif  // KAMERGRAAF_CLI_LOAD_H_

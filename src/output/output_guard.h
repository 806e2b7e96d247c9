// Deciding whether an existing file may be replaced: nothing a user wrote is overwritten silently.
#ifndef KAMERGRAAF_OUTPUT_OUTPUT_GUARD_H_
#define KAMERGRAAF_OUTPUT_OUTPUT_GUARD_H_

#include <string>

#include "kamergraaf/status.h"

namespace kamergraaf {

// OK when `path` does not exist, is empty, or holds an earlier kamergraaf output (recognised by the
// signature every writer puts at its start: the DOT graph name, the SVG title, the JSON/CSV shapes, the
// report headings). Otherwise InvalidArgument "PATH exists and was not written by kamergraaf; use --force
// to overwrite it". "-" (stdout) is always OK. A folder is never OK.
Status CheckMayOverwrite(const std::string& path);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_OUTPUT_GUARD_H_

// Writing output files safely: never half a file, never an unrelated file overwritten silently.
#ifndef KAMERGRAAF_OUTPUT_ATOMIC_FILE_H_
#define KAMERGRAAF_OUTPUT_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "kamergraaf/status.h"

namespace kamergraaf {

// Writes `content` to a temporary file beside `path` and renames it over `path`, so readers see the old
// file or the new one, never a part. "-" writes to standard output. Returns IoError naming the path when
// the folder is missing or not writable.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// Creates `dir` (and parents) when missing. IoError when it exists as a file or cannot be created.
Status EnsureDirectory(const std::string& dir);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_ATOMIC_FILE_H_

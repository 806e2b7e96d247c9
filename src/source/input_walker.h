// Expands command-line inputs (files, folders, "-") into the list of files to read.
#ifndef KAMERGRAAF_SOURCE_INPUT_WALKER_H_
#define KAMERGRAAF_SOURCE_INPUT_WALKER_H_

#include <string>
#include <vector>

#include "kamergraaf/diagnostic.h"

namespace kamergraaf {

struct WalkOptions {
  std::vector<std::string> include;  // fnmatch globs on the path below the walked folder; empty = all
  std::vector<std::string> exclude;
};

// Returns the files to read: each file input as given, each folder's regular files recursively (hidden
// files and folders skipped), "-" as itself. Folder contents are sorted by path. Symlinked folders are
// followed once: a loop is reported as a diagnostic. Inputs that do not exist or cannot be listed become
// error diagnostics.
std::vector<std::string> WalkInputs(const std::vector<std::string>& inputs, const WalkOptions& options,
                                    Diagnostics* diagnostics);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_INPUT_WALKER_H_

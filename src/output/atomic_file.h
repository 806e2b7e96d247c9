// Writing output files safely: never half a file, never an unrelated file overwritten silently, never a
// planted link followed.
#ifndef KAMERGRAAF_OUTPUT_ATOMIC_FILE_H_
#define KAMERGRAAF_OUTPUT_ATOMIC_FILE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamergraaf/status.h"

namespace kamergraaf {

// Writes `content` to a new temporary file in the folder of `path` and renames it over `path`, so readers
// see the old file or the new one, never a part. The temporary file has a random name and is created with
// O_CREAT|O_EXCL|O_NOFOLLOW (mkostemp): a link planted in the folder, under any name, is never followed;
// a link at `path` itself is replaced, not written through. "-" writes to standard output. Returns IoError
// naming the path when the folder is missing or not writable, or the write fails (disk full, a file size
// limit: SIGXFSZ is ignored for the process so that it comes back as EFBIG); the temporary file is removed
// then, and `path` is left as it was.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// All files or none: writes every (path, content) to its temporary file first and renames them into place
// only when all were written. On failure nothing is renamed, no temporary file is left, and the first
// error is returned. (Renames themselves fail only when the folder is removed meanwhile.)
Status WriteFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files);

// Creates `dir` (and parents) when missing. IoError when it exists as a file or cannot be created.
Status EnsureDirectory(const std::string& dir);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_ATOMIC_FILE_H_

// The folder a run's document paths are written relative to, so that no output carries an absolute
// local path: a report made on one machine reads the same on another.
#ifndef KAMERGRAAF_CORPUS_INPUT_ROOT_H_
#define KAMERGRAAF_CORPUS_INPUT_ROOT_H_

#include <string>
#include <string_view>
#include <vector>

namespace kamergraaf {

// The deepest folder that holds every input: a folder input itself, a file input's folder; for several
// inputs their common ancestor. Absolute and lexically normal; empty when the only input is "-" (stdin).
std::string InputRoot(const std::vector<std::string>& inputs);

// `path` (as given, relative to the working directory or absolute) relative to `root`, with '/'
// separators: "sub/kst-36999-5.txt". Returns `path` unchanged when root is empty, path is "-", or the
// path does not lie under root.
std::string PathUnderRoot(std::string_view root, std::string_view path);

// `path` relative to the working directory ("/home/x/corpus" → "../corpus" in /home/x/work); its last
// name alone ("corpus") when it shares no folder with the working
// directory. How a report names the inputs it was given without showing the machine's folders.
std::string RelativeToWorkingDirectory(std::string_view path);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_INPUT_ROOT_H_

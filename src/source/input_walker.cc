#include "source/input_walker.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace kamergraaf {
namespace {

namespace fs = std::filesystem;

bool MatchesAny(const std::vector<std::string>& globs, const std::string& rel) {
  for (const std::string& g : globs) {
    if (fnmatch(g.c_str(), rel.c_str(), 0) == 0) return true;
    // A pattern without a slash also matches the base name, as in .gitignore.
    if (g.find('/') == std::string::npos) {
      std::string base = fs::path(rel).filename().string();
      if (fnmatch(g.c_str(), base.c_str(), 0) == 0) return true;
    }
  }
  return false;
}

Diagnostic Error(const std::string& path, const std::string& message) {
  return Diagnostic{path, 0, Diagnostic::Severity::kError, message};
}

void WalkFolder(const fs::path& root, const WalkOptions& options, std::vector<std::string>* files,
                Diagnostics* diagnostics) {
  std::set<fs::path> visited;  // canonical folders seen, to detect symlink loops
  std::error_code ec;
  visited.insert(fs::canonical(root, ec));
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(
      root, fs::directory_options::follow_directory_symlink | fs::directory_options::skip_permission_denied,
      ec);
  if (ec) {
    diagnostics->push_back(Error(root.string(), "cannot list folder: " + ec.message()));
    return;
  }
  for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      diagnostics->push_back(Error(it->path().string(), "cannot list: " + ec.message()));
      ec.clear();
      continue;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) {
      if (it->is_symlink(ec)) {
        fs::path canon = fs::canonical(p, ec);
        if (ec || !visited.insert(canon).second) {
          diagnostics->push_back(Diagnostic{p.string(), 0, Diagnostic::Severity::kWarning,
                                            "symlink loop: folder already visited, not followed"});
          it.disable_recursion_pending();
        }
      } else {
        visited.insert(fs::canonical(p, ec));
      }
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (!options.include.empty() || !options.exclude.empty()) {
      // Lexical: p was reached from root, and fs::relative() would resolve symlinks of every component
      // (a readlink per component per file).
      std::string rel = p.lexically_relative(root).generic_string();
      if (rel.empty()) rel = p.generic_string();
      if (!options.include.empty() && !MatchesAny(options.include, rel)) continue;
      if (MatchesAny(options.exclude, rel)) continue;
    }
    found.push_back(p.string());
  }
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
}

}  // namespace

std::vector<std::string> WalkInputs(const std::vector<std::string>& inputs, const WalkOptions& options,
                                    Diagnostics* diagnostics) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.push_back(input);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      diagnostics->push_back(Error(input, "no such file or folder"));
    } else if (fs::is_directory(st)) {
      WalkFolder(input, options, &files, diagnostics);
    } else if (fs::is_regular_file(st)) {
      files.push_back(input);
    } else {
      // A FIFO or device could block forever or never end.
      diagnostics->push_back(Error(input, "not a regular file, skipped"));
    }
  }
  return files;
}

}  // namespace kamergraaf

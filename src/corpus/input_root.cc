#include "corpus/input_root.h"

#include <filesystem>
#include <optional>
#include <system_error>

namespace kamergraaf {
namespace {

namespace fs = std::filesystem;

fs::path Absolute(std::string_view path) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(path), ec);
  if (ec) return {};
  p = p.lexically_normal();
  if (p.has_relative_path() && p.filename().empty()) p = p.parent_path();  // "a/b/" → "a/b"
  return p;
}

fs::path CommonAncestor(const fs::path& a, const fs::path& b) {
  fs::path out;
  for (auto ia = a.begin(), ib = b.begin(); ia != a.end() && ib != b.end() && *ia == *ib; ++ia, ++ib) out /= *ia;
  return out;
}

}  // namespace

std::string InputRoot(const std::vector<std::string>& inputs) {
  std::optional<fs::path> root;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    fs::path p = Absolute(input);
    if (p.empty()) continue;
    std::error_code ec;
    if (!fs::is_directory(p, ec)) p = p.parent_path();
    root = root ? CommonAncestor(*root, p) : p;
  }
  return root ? root->string() : std::string();
}

std::string PathUnderRoot(std::string_view root, std::string_view path) {
  if (root.empty() || path == "-") return std::string(path);
  fs::path p = Absolute(path);
  if (p.empty()) return std::string(path);
  fs::path rel = p.lexically_relative(fs::path(root));
  if (rel.empty() || rel == "." || *rel.begin() == "..") return std::string(path);
  return rel.generic_string();
}

std::string RelativeToWorkingDirectory(std::string_view path) {
  if (path == "-") return "-";
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  fs::path p = Absolute(path);
  if (ec || p.empty()) return fs::path(path).filename().string();
  // A path that shares no folder with the working directory would climb to the root and name every
  // folder on the way down: its last name says enough.
  if (CommonAncestor(p, cwd) == p.root_path()) return p.filename().string();
  fs::path rel = p.lexically_relative(cwd);
  return rel.empty() ? p.filename().string() : rel.generic_string();
}

}  // namespace kamergraaf

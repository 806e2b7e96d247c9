#include "output/output_guard.h"

#include <cstdio>
#include <filesystem>
#include <string_view>

namespace kamergraaf {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool IsKamergraafOutput(std::string_view head) {
  std::size_t i = head.find_first_not_of(" \t\r\n[");
  std::string_view body = i == std::string_view::npos ? std::string_view() : head.substr(i);
  // Pretty-printed JSON: compare without the white space between tokens.
  std::string compact;
  for (char c : body.substr(0, 256)) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') compact.push_back(c);
  }
  static constexpr std::string_view kPrefixes[] = {
      // JSON and JSON lines: the first key of each writer's objects.
      "{\"doc\":", "{\"id\":", "{\"referrals\":", "{\"nodes\":", "{\"documents\":", "]",
      // CSV headers.
      "doc,line,column,", "id,kind,in_corpus,", "source,target,kind,", "category,doc,line,",
      // DOT, Markdown, terminal tables.
      "digraph kamergraaf", "# kamergraaf report", "### Unanswered questions", "Nothing open.", "location ", "motion ",
      "#   id", "Unanswered questions (", "Deferred answers (", "Motions without follow-up (", "Open commitments (",
      "Missing documents ("};
  for (std::string_view p : kPrefixes) {
    if (StartsWith(body, p) || StartsWith(compact, p)) return true;
  }
  // SVG and HTML carry the name in a title; GraphML in the graph id.
  return head.find("<!-- Title: kamergraaf") != std::string_view::npos ||
         head.find("<title>kamergraaf") != std::string_view::npos ||
         head.find("<graph id=\"kamergraaf\"") != std::string_view::npos;
}

}  // namespace

Status CheckMayOverwrite(const std::string& path) {
  if (path == "-") return Status::Ok();
  std::error_code ec;
  auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) return Status::Ok();
  if (std::filesystem::is_directory(st)) return Status::InvalidArgument(path + " is a folder, not a file");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Ok();  // the write itself will report why it cannot open the file
  char buf[4096];
  std::size_t n = std::fread(buf, 1, sizeof buf, f);
  std::fclose(f);
  if (n == 0 || IsKamergraafOutput(std::string_view(buf, n))) return Status::Ok();
  return Status::InvalidArgument(path + " exists and was not written by kamergraaf; use --force to overwrite it");
}

}  // namespace kamergraaf

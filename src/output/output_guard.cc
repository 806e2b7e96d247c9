#include "output/output_guard.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#ifndef KAMERGRAAF_VERSION
#define KAMERGRAAF_VERSION "0.1.0"
#endif

namespace kamergraaf {
namespace {

constexpr std::string_view kMark = "kamergraaf " KAMERGRAAF_VERSION;
constexpr std::size_t kHead = 4096;
constexpr std::size_t kMaxShapeCheck = std::size_t{64} << 20;

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The line of `s` that starts at `from`, without its line end.
std::string_view LineAt(std::string_view s, std::size_t from) {
  std::size_t end = s.find('\n', from);
  std::string_view line = s.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool HasMark(std::string_view head) {
  if (head.find("generator: kamergraaf ") != std::string_view::npos) return true;       // comments
  std::string_view first = LineAt(head, 0);
  std::size_t brace = head.find_first_not_of(" \t\r\n");
  if (brace != std::string_view::npos && head[brace] == '{') {                           // JSON object: first key
    std::size_t key = head.find_first_not_of(" \t\r\n", brace + 1);
    if (key != std::string_view::npos && (StartsWith(head.substr(key), "\"generator\": \"kamergraaf ") ||
                                          StartsWith(head.substr(key), "\"generator\":\"kamergraaf "))) {
      return true;
    }
  }
  // CSV: a header ending in ",generator" and, when there is a row, a first row ending in the mark.
  if (first.size() > 10 && first.substr(first.size() - 10) == ",generator") {
    if (first.size() + 1 >= head.size()) return true;
    std::string_view row = LineAt(head, first.size() + 1);
    std::string cell = "," + std::string(kMark.substr(0, kMark.find(' ') + 1));
    return row.empty() || row.find(cell) != std::string_view::npos;
  }
  return false;
}

// The key sequences kamergraaf's JSON arrays and JSON lines start their records with.
bool IsKamergraafRecord(const nlohmann::ordered_json& j) {
  if (!j.is_object()) return false;
  static const std::vector<std::vector<std::string>> kShapes = {
      {"doc", "line", "column", "start", "end", "kind", "target", "text"},        // scan
      {"id", "doc", "line", "dossier", "number", "submitters", "verdict"},       // motions
      {"id", "kind", "in_corpus", "label", "doc_kind"},                          // rank
      {"path", "line", "severity", "message"},                                   // diagnostics
  };
  for (const auto& shape : kShapes) {
    if (j.size() < shape.size()) continue;
    auto it = j.begin();
    bool match = true;
    for (const std::string& key : shape) {
      if (it.key() != key) {
        match = false;
        break;
      }
      ++it;
    }
    if (match) return true;
  }
  return false;
}

bool IsKamergraafJsonRecords(const std::string& path, std::string_view head, std::uintmax_t size) {
  std::size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || (head[i] != '[' && head[i] != '{') || size > kMaxShapeCheck) return false;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  std::string all(static_cast<std::size_t>(size), '\0');
  all.resize(std::fread(all.data(), 1, all.size(), f));
  std::fclose(f);
  using json = nlohmann::ordered_json;
  if (head[i] == '[') {
    json j = json::parse(all, nullptr, /*allow_exceptions=*/false);
    return j.is_array() && !j.empty() && IsKamergraafRecord(j.front());
  }
  // JSON lines: the first line.
  json j = json::parse(LineAt(all, i), nullptr, /*allow_exceptions=*/false);
  return IsKamergraafRecord(j);
}

std::string Comment() { return "<!-- generator: " + std::string(kMark) + " -->\n"; }

}  // namespace

std::string_view GeneratorMark() { return kMark; }

void MarkMarkup(std::string* text) {
  const std::string comment = Comment();
  std::size_t at = 0;
  // After the XML declaration and the document type declaration (which may span lines), at a line start.
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"<?xml", "?>"}, {"<!DOCTYPE", ">"},
                             {"<!doctype", ">"}}) {
    if (!StartsWith(std::string_view(*text).substr(at), open)) continue;
    std::size_t end = text->find(close, at);
    if (end == std::string::npos) return;  // not markup we wrote
    end = text->find('\n', end);
    at = end == std::string::npos ? text->size() : end + 1;
  }
  if (std::string_view(*text).substr(at, comment.size()) == comment) return;
  if (at == text->size() && at > 0 && text->back() != '\n') text->push_back('\n'), ++at;
  text->insert(at, comment);
}

void MarkDot(std::string* dot) {
  const std::string comment = "/* generator: " + std::string(kMark) + " */\n";
  if (!StartsWith(*dot, comment)) dot->insert(0, comment);
}

Status CheckMayOverwrite(const std::string& path) {
  if (path == "-") return Status::Ok();
  std::error_code ec;
  auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) return Status::Ok();
  if (std::filesystem::is_directory(st)) return Status::InvalidArgument(path + " is a folder, not a file");
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::Ok();  // the write itself will report why it cannot open the file
  char buf[kHead];
  std::size_t n = std::fread(buf, 1, sizeof buf, f);
  std::fclose(f);
  std::string_view head(buf, n);
  if (n == 0 || HasMark(head) || (!ec && IsKamergraafJsonRecords(path, head, size))) return Status::Ok();
  return Status::InvalidArgument(path + " exists and was not written by kamergraaf; use --force to overwrite it");
}

}  // namespace kamergraaf

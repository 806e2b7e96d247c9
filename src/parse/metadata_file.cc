#include "parse/metadata_file.h"

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "parse/text_util.h"

namespace kamergraaf {
namespace {

// The hidden name is skipped by the input walker; the plain one is read too but is also walked as input.
constexpr std::string_view kFileNames[] = {".kamergraaf-metadata.csv", "metadata.csv"};

struct Record {
  int line = 0;
  std::string id, kind, date, title;
};
struct Table {
  std::string name;                       // the metadata file's base name; empty when there is none
  std::map<std::string, Record> by_file;  // by document base name
};

// Splits one CSV line into fields; false when a quote is not closed.
bool SplitCsv(std::string_view line, std::vector<std::string>* fields) {
  fields->clear();
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields->push_back(std::string(StripAscii(field)));
      field.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (quoted) return false;
  fields->push_back(std::string(StripAscii(field)));
  return true;
}

std::shared_ptr<const Table> ReadTable(const std::string& folder) {
  auto table = std::make_shared<Table>();
  std::ifstream in;
  for (std::string_view name : kFileNames) {
    in.open(folder + std::string(name), std::ios::binary);
    if (in) {
      table->name = std::string(name);
      break;
    }
    in.clear();
  }
  if (!in) return table;
  std::string line;
  std::vector<std::string> fields;
  std::map<std::string, std::size_t> column;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (StripAscii(line).empty() || !SplitCsv(line, &fields)) continue;
    if (column.empty()) {
      for (std::size_t i = 0; i < fields.size(); ++i) column[AsciiLower(fields[i])] = i;
      if (!column.count("file")) return table;
      continue;
    }
    auto get = [&](const char* name) {
      auto it = column.find(name);
      return it != column.end() && it->second < fields.size() ? fields[it->second] : std::string();
    };
    Record r{number, get("id"), get("kind"), get("date"), get("title")};
    std::string file_name = get("file");
    if (std::size_t slash = file_name.find_last_of('/'); slash != std::string::npos) file_name.erase(0, slash + 1);
    if (!file_name.empty()) table->by_file[file_name] = std::move(r);
  }
  return table;
}

std::shared_ptr<const Table> TableFor(const std::string& folder) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const Table>>* cache =
      new std::map<std::string, std::shared_ptr<const Table>>;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache->find(folder);
  if (it != cache->end()) return it->second;
  auto table = ReadTable(folder);
  (*cache)[folder] = table;
  return table;
}

bool KindFromName(std::string_view name, DocumentKind* kind) {
  for (int v = 1; v <= static_cast<int>(kLastDocumentKind); ++v) {
    DocumentKind k = static_cast<DocumentKind>(v);
    if (DocumentKindName(k) == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

}  // namespace

bool ApplyMetadata(std::string_view path, Document* doc) {
  if (path.empty() || path == "-") return false;
  std::size_t slash = path.find_last_of('/');
  std::string folder = slash == std::string_view::npos ? "" : std::string(path.substr(0, slash + 1));
  std::string base(slash == std::string_view::npos ? path : path.substr(slash + 1));
  std::shared_ptr<const Table> table = TableFor(folder);
  if (base == table->name) return false;
  auto it = table->by_file.find(base);
  if (it == table->by_file.end()) return false;
  const Record& r = it->second;
  if (!r.id.empty()) {
    doc->id = r.id;
    doc->has_official_id = true;
  }
  DocumentKind kind;
  if (KindFromName(r.kind, &kind)) {
    doc->kind = kind;
    doc->kind_evidence = table->name + " line " + std::to_string(r.line);
  }
  if (!r.date.empty()) doc->date = r.date;
  if (!r.title.empty()) doc->title = r.title;
  return true;
}

}  // namespace kamergraaf

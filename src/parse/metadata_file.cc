#include "parse/metadata_file.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include <nlohmann/json.hpp>

#include "parse/text_util.h"

namespace kamergraaf {
namespace {

// The hidden name is skipped by the input walker; the plain one is read too but is also walked as input.
constexpr std::string_view kFileNames[] = {".kamergraaf-metadata.csv", "metadata.csv", ".kamergraaf-metadata.json",
                                           "metadata.json"};

struct Record {
  int line = 0;
  std::string id, kind, date, title, signer;
};
struct Table {
  std::string name;                       // the metadata file's base name; empty when there is none
  std::map<std::string, Record> by_file;  // by document base name
  bool has_file_column = false;
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

// Reads the table of `folder`'s metadata file, or of `file` itself when given.
// A JSON sidecar: an array of objects with the CSV's column names as keys ([{"file": "a.txt", "date":
// "2025-03"}, …]), or an object of such an array under "documents". Records are numbered from 1 in
// evidence ("metadata.json record 2"). Invalid JSON leaves the table without a file column.
void ReadJsonRecords(std::istream& in, Table* table) {
  nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (j.is_object() && j.contains("documents")) j = j["documents"];
  if (!j.is_array()) return;
  table->has_file_column = true;
  int number = 0;
  for (const nlohmann::json& o : j) {
    ++number;
    if (!o.is_object()) continue;
    auto get = [&](const char* name) {
      auto it = o.find(name);
      return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    Record r{number, get("id"), get("kind"), get("date"), get("title"), get("signer")};
    std::string file_name = get("file");
    if (std::size_t slash = file_name.find_last_of('/'); slash != std::string::npos) file_name.erase(0, slash + 1);
    if (!file_name.empty()) table->by_file[file_name] = std::move(r);
  }
}

std::shared_ptr<const Table> ReadTable(const std::string& folder, const std::string& file = "") {
  auto table = std::make_shared<Table>();
  std::ifstream in;
  if (!file.empty()) {
    in.open(file, std::ios::binary);
    std::size_t slash = file.find_last_of('/');
    table->name = slash == std::string::npos ? file : file.substr(slash + 1);
  }
  for (std::string_view name : kFileNames) {
    if (!file.empty()) break;
    in.open(folder + std::string(name), std::ios::binary);
    if (in) {
      table->name = std::string(name);
      break;
    }
    in.clear();
  }
  if (!in) return table;
  if (table->name.size() > 5 && table->name.compare(table->name.size() - 5, 5, ".json") == 0) {
    ReadJsonRecords(in, table.get());
    return table;
  }
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
      table->has_file_column = true;
      continue;
    }
    auto get = [&](const char* name) {
      auto it = column.find(name);
      return it != column.end() && it->second < fields.size() ? fields[it->second] : std::string();
    };
    Record r{number, get("id"), get("kind"), get("date"), get("title"), get("signer")};
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

// The file given with --metadata, and its absolute path (for IsMetadataFile).
std::shared_ptr<const Table>& GivenTable() {
  static auto* table = new std::shared_ptr<const Table>();
  return *table;
}
std::string& GivenPath() {
  static auto* path = new std::string();
  return *path;
}

// "metadata.csv line 3", "metadata.json record 2".
std::string Where(const Table& table, const Record& r) {
  bool json = table.name.size() > 5 && table.name.compare(table.name.size() - 5, 5, ".json") == 0;
  return table.name + (json ? " record " : " line ") + std::to_string(r.line);
}

bool KindFromName(std::string_view name, DocumentKind* kind) {
  for (int i = 1; i <= static_cast<int>(kLastDocumentKind); ++i) {
    const auto k = static_cast<DocumentKind>(i);
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
  std::shared_ptr<const Table> table = GivenTable();
  auto it = table ? table->by_file.find(base) : decltype(table->by_file.end())();
  if (!table || it == table->by_file.end()) {
    table = TableFor(folder);
    if (base == table->name) return false;
    it = table->by_file.find(base);
    if (it == table->by_file.end()) return false;
  }
  const Record& r = it->second;
  if (!r.id.empty()) {
    doc->id = r.id;
    doc->has_official_id = true;
  }
  DocumentKind kind;
  if (KindFromName(r.kind, &kind)) {
    doc->kind = kind;
    doc->kind_evidence = Where(*table, r);
  }
  if (!r.date.empty()) doc->date = r.date, doc->date_evidence = Where(*table, r);
  if (!r.title.empty()) doc->title = r.title;
  if (!r.signer.empty()) doc->signer = r.signer;
  return true;
}

bool UseMetadataFile(const std::string& path) {
  std::shared_ptr<const Table> table = ReadTable("", path);
  if (!table->has_file_column) return false;
  GivenTable() = table;
  std::error_code ec;
  GivenPath() = std::filesystem::absolute(path, ec).lexically_normal().string();
  return true;
}

bool IsMetadataFile(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (std::string_view name : kFileNames)
    if (base == name) return true;
  if (GivenPath().empty()) return false;
  std::error_code ec;
  return std::filesystem::absolute(std::string(path), ec).lexically_normal().string() == GivenPath();
}

}  // namespace kamergraaf

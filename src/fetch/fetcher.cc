#include "fetch/fetcher.h"

#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "corpus/opendata_join.h"
#include "output/atomic_file.h"
#include "source/opendata_reader.h"

namespace kamergraaf {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

// $expand for Documents: their files, dossier and zaken with decisions and votes.
constexpr const char* kDocumentExpand =
    "HuidigeDocumentVersie($expand=DocumentPublicatie),Kamerstukdossier,"
    "Zaak($expand=Besluit($expand=Stemming),ZaakActor($expand=Persoon))";
constexpr const char* kZaakExpand =
    "Document($expand=HuidigeDocumentVersie($expand=DocumentPublicatie),Kamerstukdossier),Besluit($expand=Stemming),"
    "ZaakActor($expand=Persoon)";

// Percent-encodes a query value (OData expressions keep their syntax characters readable).
std::string Encode(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || std::string_view("-._~()$,/:=").find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

bool AllOf(std::string_view s, bool (*pred)(char)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsIdChar(char c) { return IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-'; }

// "36410-VIII" → ("36410", "VIII"); "26643" → ("26643", ""). False when malformed.
bool SplitDossier(std::string_view d, std::string* number, std::string* toevoeging) {
  std::size_t dash = d.find('-');
  *number = std::string(d.substr(0, dash));
  *toevoeging = dash == std::string_view::npos ? "" : std::string(d.substr(dash + 1));
  return AllOf(*number, IsDigit) && (toevoeging->empty() || AllOf(*toevoeging, IsIdChar));
}

std::string DossierFilter(const std::string& number, const std::string& toevoeging) {
  std::string f = "Kamerstukdossier/any(k:k/Nummer eq " + number;
  if (!toevoeging.empty()) f += " and k/Toevoeging eq '" + toevoeging + "'";
  return f + ")";
}

std::string Hash(std::string_view bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

bool ReadWholeFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string ExtensionFor(std::string_view content_type, std::string_view file_name) {
  std::size_t dot = file_name.find_last_of('.');
  if (dot != std::string_view::npos && file_name.size() - dot <= 6) return std::string(file_name.substr(dot));
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {"application/pdf", ".pdf"},
      {"application/xml", ".xml"},
      {"text/xml", ".xml"},
      {"text/html", ".html"},
      {"application/msword", ".doc"},
      {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"},
      {"application/vnd.oasis.opendocument.text", ".odt"},
      {"text/plain", ".txt"}};
  for (const auto& [t, e] : kTypes) {
    if (content_type == t) return std::string(e);
  }
  return ".bin";
}

struct ManifestRow {
  std::string id, file, hash, nummer, url, status;
  long long bytes = 0;
};

class Run {
 public:
  Run(const FetchOptions& o, HttpClient* client, FetchResult* r) : o_(o), client_(client), r_(r) {
    api_ = o_.api;
    if (!api_.empty() && api_.back() != '/') api_ += '/';
  }

  Status Go() {
    if (o_.dossiers.empty() && o_.zaken.empty() && o_.missing_report.empty()) {
      return Status::InvalidArgument("nothing to fetch: give --dossier, --zaak or --missing");
    }
    if (!o_.since.empty() && !(o_.since.size() == 10 && o_.since[4] == '-' && o_.since[7] == '-')) {
      return Status::InvalidArgument("--since " + o_.since + ": expected YYYY-MM-DD");
    }
    if (o_.out_dir.empty() && !o_.dry_run) return Status::InvalidArgument("give the folder to fetch into with -o");
    if (!o_.dry_run) {
      if (Status st = EnsureDirectory(o_.out_dir + "/metadata"); !st.ok()) return st;
      ReadManifest();
    }
    std::vector<std::pair<std::string, std::string>> queries;  // (name, url)
    for (const std::string& z : o_.zaken) {
      if (!AllOf(z, IsIdChar)) return Status::InvalidArgument("--zaak " + z + ": expected a zaak number like 2024Z00422");
      queries.push_back({"zaak-" + z, api_ + "Zaak?$filter=" + Encode("Nummer eq '" + z + "'") + "&$expand=" +
                                          Encode(kZaakExpand)});
    }
    for (const std::string& d : o_.dossiers) {
      std::string number, toevoeging;
      if (!SplitDossier(d, &number, &toevoeging)) {
        return Status::InvalidArgument("--dossier " + d + ": expected a dossier number like 26643 or 36410-VIII");
      }
      queries.push_back({"dossier-" + d, DocumentQuery(DossierFilter(number, toevoeging))});
    }
    if (!o_.missing_report.empty()) {
      if (Status st = MissingQueries(&queries); !st.ok()) return st;
    }
    for (const auto& [name, url] : queries) {
      int records = ReadPages(name, url);
      if (records == 0 && name.rfind("document-", 0) == 0) {
        Problem(name.substr(9) + ": the API has no such document");
        ++r_->absent;
      }
    }
    SelectFiles();
    for (const auto& [id, want] : wanted_) r_->planned.push_back(id + "\t" + want.url);
    if (!o_.dry_run) {
      int i = 0;
      for (const auto& [id, want] : wanted_) Download(++i, id, want);
      WriteManifest();
    }
    if (r_->failed > 0) return Status::Partial(std::to_string(r_->failed) + " page(s) or file(s) could not be fetched");
    return Status::Ok();
  }

 private:
  struct Want {
    std::string url, nummer, file;
    long long length = -1;  // expected size when the API says it
    std::string date;
  };

  std::string DocumentQuery(const std::string& filter) const {
    return api_ + "Document?$filter=" + Encode("Verwijderd eq false and " + filter) + "&$expand=" + Encode(kDocumentExpand);
  }

  Status MissingQueries(std::vector<std::pair<std::string, std::string>>* queries) {
    std::string text;
    if (!ReadWholeFile(o_.missing_report, &text)) return Status::InvalidArgument(o_.missing_report + ": cannot read");
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) return Status::InvalidArgument(o_.missing_report + ": not JSON");
    const json* refs = j.is_object() && j.contains("referrals") ? &j["referrals"] : j.is_array() ? &j : nullptr;
    if (refs == nullptr || !refs->is_array()) {
      return Status::InvalidArgument(o_.missing_report + ": no \"referrals\" (a report.json or `unanswered --format json`)");
    }
    for (const json& r : *refs) {
      if (!r.is_object() || r.value("category", "") != "missing-document" || !r["target"].is_string()) continue;
      std::string id = r["target"].get<std::string>();
      if (id.rfind("kst-", 0) == 0) {
        // kst-<dossier>[-<toevoeging>]-<volgnummer>
        std::string rest = id.substr(4);
        std::size_t last = rest.find_last_of('-');
        if (last == std::string::npos) continue;
        std::string volg = rest.substr(last + 1), number, toevoeging;
        if (!AllOf(volg, IsDigit) || !SplitDossier(rest.substr(0, last), &number, &toevoeging)) {
          Problem(id + ": not a kst id the API can be asked for; skipped");
          continue;
        }
        queries->push_back({"document-" + id, DocumentQuery(DossierFilter(number, toevoeging) + " and Volgnummer eq " + volg)});
      } else if (id.size() == 10 && id[4] == 'D' && AllOf(id.substr(0, 4), IsDigit) && AllOf(id.substr(5), IsDigit)) {
        queries->push_back({"document-" + id, DocumentQuery("DocumentNummer eq '" + id + "'")});
      } else {
        Problem(id + ": not a document of the open-data API (only kst ids and document numbers are); skipped");
      }
    }
    return Status::Ok();
  }

  void Problem(std::string line) {
    if (o_.progress) o_.progress(line);
    r_->problems.push_back(std::move(line));
  }

  // One GET under the rate limit, with retries. True when a response with a final status arrived.
  bool Get(const std::string& url, HttpResponse* resp) {
    using clock = std::chrono::steady_clock;
    for (int attempt = 0;; ++attempt) {
      if (o_.rate > 0) {
        auto gap = std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(1.0 / o_.rate));
        auto now = clock::now();
        if (now < next_request_) std::this_thread::sleep_for(next_request_ - now);
        next_request_ = std::max(now, next_request_) + gap;
      }
      ++r_->requests;
      Status st = client_->Get(url, resp);
      bool transient = !st.ok() || resp->status == 429 || resp->status >= 500;
      if (!transient) return true;
      std::string why = !st.ok() ? resp->error : "HTTP " + std::to_string(resp->status);
      if (attempt >= o_.retries) {
        Problem(url + ": " + why + " after " + std::to_string(attempt + 1) + " attempts");
        return false;
      }
      double wait = resp->retry_after >= 0 ? resp->retry_after : std::min(60.0, o_.backoff_s * (1 << attempt));
      if (o_.progress) {
        o_.progress("fetch: " + url.substr(std::min(url.size(), api_.size())) + ": " + why + ", retrying in " +
                    std::to_string(static_cast<int>(wait * 1000)) + " ms");
      }
      std::this_thread::sleep_for(std::chrono::duration<double>(wait));
    }
  }

  // Reads the pages of one query; returns the number of records read, -1 when a page failed.
  int ReadPages(const std::string& name, std::string url) {
    int records = 0;
    for (int page = 1; !url.empty(); ++page) {
      HttpResponse resp;
      if (!Get(url, &resp)) {
        ++r_->failed;
        return -1;
      }
      if (resp.status != 200) {
        Problem(url + ": HTTP " + std::to_string(resp.status));
        ++r_->failed;
        return -1;
      }
      ++r_->pages;
      if (ReadOpenData(name, resp.body, &data_) != OpenDataShape::kApi) {
        Problem(url + ": not an open-data page");
        ++r_->failed;
        return -1;
      }
      std::string file = o_.out_dir + "/metadata/" + name + (page > 1 ? "-p" + std::to_string(page) : "") + ".json";
      if (!o_.dry_run) SaveIfChanged(file, resp.body);
      if (o_.progress) o_.progress("fetch: " + name + " page " + std::to_string(page));
      json j = json::parse(resp.body, nullptr, false);
      if (j.is_object() && j.contains("value") && j["value"].is_array()) records += static_cast<int>(j["value"].size());
      std::string next = j.is_object() && j.contains("@odata.nextLink") && j["@odata.nextLink"].is_string()
                             ? j["@odata.nextLink"].get<std::string>()
                             : "";
      if (!next.empty() && next.rfind(api_, 0) != 0) {
        if (next.find("://") == std::string::npos) {
          next = api_ + next;  // a relative link
        } else {
          Problem(url + ": @odata.nextLink leaves the API (" + next + "); not followed");
          next.clear();
        }
      }
      url = next;
    }
    return records;
  }

  void SaveIfChanged(const std::string& file, const std::string& body) {
    std::string old;
    if (ReadWholeFile(file, &old) && old == body) return;
    if (Status st = WriteFileAtomically(file, body); !st.ok()) {
      Problem(st.message());
      ++r_->failed;
    }
  }

  // Every Document read, with the file to fetch for it.
  void SelectFiles() {
    for (const auto& [id, d] : data_.documents) {
      std::string date = d.datum.substr(0, std::min<std::size_t>(10, d.datum.size()));
      if (!o_.since.empty() && !date.empty() && date < o_.since) continue;
      std::string canonical = KstIdOf(d);
      if (canonical.empty()) canonical = !d.nummer.empty() ? d.nummer : d.id;
      Want w;
      w.nummer = d.nummer;
      w.date = date;
      const OdPublicatie* xml = nullptr;
      for (const OdPublicatie& p : d.publicaties) {
        if (p.document_type == "Xml" || p.content_type == "application/xml") xml = &p;
      }
      if (xml != nullptr) {
        w.url = api_ + "DocumentPublicatie(" + xml->id + ")/resource";
        w.file = canonical + ExtensionFor("application/xml", xml->file_name);
        w.length = xml->content_length;
      } else {
        w.url = api_ + "Document(" + d.id + ")/resource";
        w.file = canonical + ExtensionFor(d.content_type, "");
        w.length = d.content_length;
      }
      wanted_.emplace(canonical, std::move(w));
    }
  }

  void Download(int i, const std::string& id, const Want& want) {
    std::string path = o_.out_dir + "/" + want.file;
    std::string label = "[" + std::to_string(i) + "/" + std::to_string(wanted_.size()) + "] " + want.file;
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
      long long size = static_cast<long long>(fs::file_size(path, ec));
      auto row = manifest_.find(id);
      bool known = row != manifest_.end() && row->second.file == want.file && row->second.bytes == size;
      std::string bytes;
      if (known && ReadWholeFile(path, &bytes) && Hash(bytes) == row->second.hash) {
        ++r_->present;
        return;
      }
      // Files are only ever renamed into place complete: without a manifest row (killed between the
      // rename and the manifest), one of the size the API gives (or an unknown size) is kept.
      if (row == manifest_.end() && (want.length < 0 || want.length == size) && ReadWholeFile(path, &bytes)) {
        manifest_[id] = {id, want.file, Hash(bytes), want.nummer, want.url, "ok", size};
        ++r_->present;
        return;
      }
    }
    HttpResponse resp;
    if (!Get(want.url, &resp)) {
      ++r_->failed;
      return;
    }
    if (resp.status == 404 || resp.status == 410) {
      manifest_[id] = {id, "", "", want.nummer, want.url, "absent", 0};
      ++r_->absent;
      if (o_.progress) o_.progress("fetch: " + label + ": the API has no file (HTTP " + std::to_string(resp.status) + ")");
      return;
    }
    if (resp.status != 200) {
      Problem(want.url + ": HTTP " + std::to_string(resp.status));
      ++r_->failed;
      return;
    }
    if (Status st = WriteFileAtomically(path, resp.body); !st.ok()) {
      Problem(st.message());
      ++r_->failed;
      return;
    }
    manifest_[id] = {id, want.file, Hash(resp.body), want.nummer, want.url, "ok",
                     static_cast<long long>(resp.body.size())};
    ++r_->downloaded;
    WriteManifest();  // after every file: a killed run keeps what it has
    if (o_.progress) o_.progress("fetch: " + label + " (" + std::to_string(resp.body.size()) + " bytes)");
  }

  std::string ManifestPath() const { return o_.out_dir + "/.kamergraaf-manifest.tsv"; }

  void ReadManifest() {
    std::ifstream in(ManifestPath());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#' || line.rfind("id\t", 0) == 0) continue;
      std::vector<std::string> f;
      std::size_t start = 0;
      for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
        f.push_back(line.substr(start, tab - start));
      }
      f.push_back(line.substr(start));
      if (f.size() < 7) continue;
      ManifestRow row{f[0], f[1], f[3], f[4], f[5], f[6], std::atoll(f[2].c_str())};
      manifest_[row.id] = row;
    }
  }

  void WriteManifest() {
    std::string out = "id\tfile\tbytes\txxh3_128\tdocument_nummer\turl\tstatus\n";
    for (const auto& [id, row] : manifest_) {
      out += row.id + "\t" + row.file + "\t" + std::to_string(row.bytes) + "\t" + row.hash + "\t" + row.nummer +
             "\t" + row.url + "\t" + row.status + "\n";
    }
    std::string old;
    if (ReadWholeFile(ManifestPath(), &old) && old == out) return;
    if (Status st = WriteFileAtomically(ManifestPath(), out); !st.ok()) Problem(st.message());
  }

  const FetchOptions& o_;
  HttpClient* client_;
  FetchResult* r_;
  std::string api_;
  OpenData data_;
  std::map<std::string, Want> wanted_;            // canonical id → file
  std::map<std::string, ManifestRow> manifest_;  // canonical id → row
  std::chrono::steady_clock::time_point next_request_{};
};

}  // namespace

Status Fetch(const FetchOptions& options, HttpClient* client, FetchResult* result) {
  *result = FetchResult();
  return Run(options, client, result).Go();
}

}  // namespace kamergraaf

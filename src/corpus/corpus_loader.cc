// LoadCorpus: walk the inputs, read and decode each file, parse documents in parallel.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

#include "corpus/deadlines.h"
#include "corpus/document_reader.h"
#include "corpus/input_root.h"
#include "corpus/opendata_join.h"
#include "corpus/parse_cache.h"
#include "parse/metadata_file.h"
#include "kamergraaf/pipeline.h"
#include "source/input_walker.h"
#include "source/opendata_reader.h"
#include "source/source_file.h"

namespace kamergraaf {
namespace {

// Why a file among the inputs is not a document, or "" when it may be one: a comma- or tab-separated table
// (by its extension), or a folder's README.
std::string NotADocument(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string base(slash == std::string_view::npos ? path : path.substr(slash + 1));
  for (char& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t dot = base.find_last_of('.');
  std::string ext = dot == std::string::npos ? "" : base.substr(dot + 1);
  if (ext == "csv" || ext == "tsv") {
    return "a table (.csv/.tsv), not a document: skipped (a table that names each document's id, kind, date, "
           "title or signer is read with --metadata)";
  }
  if (base.substr(0, dot) == "readme") return "a folder's README, not a document: skipped";
  return "";
}

// Source-stage statuses read "path: message" or "path:line: message"; split them back into a diagnostic.
Diagnostic DiagnosticFromStatus(const std::string& path, const Status& st) {
  Diagnostic d{path, 0, Diagnostic::Severity::kError, st.message()};
  std::string_view m = st.message();
  if (m.substr(0, path.size()) == path && m.size() > path.size() && m[path.size()] == ':') {
    m.remove_prefix(path.size() + 1);
    int line = 0;
    std::size_t i = 0;
    while (i < m.size() && m[i] >= '0' && m[i] <= '9') line = line * 10 + (m[i++] - '0');
    if (i > 0 && i < m.size() && m[i] == ':') {
      d.line = line;
      m.remove_prefix(i + 1);
    }
    while (!m.empty() && m.front() == ' ') m.remove_prefix(1);
    d.message = std::string(m);
  }
  return d;
}

// A corpus keeps its documents to the end of the run: give back what vectors reserved while they grew.
void ReleaseSlack(Document* doc) {
  doc->citations.shrink_to_fit();
  doc->footnotes.shrink_to_fit();
  doc->questions.shrink_to_fit();
  doc->answers.shrink_to_fit();
  doc->motions.shrink_to_fit();
  doc->speeches.shrink_to_fit();
  doc->commitments.shrink_to_fit();
  doc->diagnostics.shrink_to_fit();
}

// Files named *.json are sniffed for open data on every run, never taken from the parse cache.
bool IsJsonName(std::string_view path) {
  return path.size() >= 5 && path.substr(path.size() - 5) == ".json";
}

}  // namespace

Status LoadCorpus(const std::vector<std::string>& inputs, const LoadOptions& options, Corpus* corpus) {
  *corpus = Corpus();
  // The index opens and reads its rows on a thread of its own, while the inputs are walked and the first
  // files are stat()ed (a few milliseconds each). Whether it keeps the rows depends on how many files
  // there are: it is told, whatever happens, before `opening` (destroyed next) waits for it.
  std::unique_ptr<ParseCache> cache;
  std::atomic<bool> index_read{false};
  std::atomic<std::size_t> file_count{ParseCache::kFilesUnknown};
  std::future<Status> opening;
  struct Announce {
    std::atomic<std::size_t>& count;
    void operator()(std::size_t n) {
      count = n;
      count.notify_all();
    }
    ~Announce() {
      if (count == ParseCache::kFilesUnknown) (*this)(0);
    }
  } announce{file_count};
  if (!options.db.empty()) {
    opening = std::async(std::launch::async, [&] {
      Status st = ParseCache::Open(options.db, &cache);
      if (st.ok()) cache->Prefetch(file_count);
      index_read = true;
      return st;
    });
  }
  Diagnostics walk_diagnostics;
  std::vector<std::string> files = WalkInputs(inputs, WalkOptions{options.include, options.exclude},
                                              &walk_diagnostics);
  RemoveIndexFiles(options.db, &files);
  // Metadata sidecars describe documents; they are not documents themselves. Nor is any other table (a
  // corpus's MANIFEST.tsv, a spreadsheet export) or a folder's README: said once per file, so that nothing is
  // dropped unseen.
  files.erase(std::remove_if(files.begin(), files.end(),
                             [&](const std::string& f) {
                               if (IsMetadataFile(f)) return true;
                               std::string why = NotADocument(f);
                               if (why.empty()) return false;
                               walk_diagnostics.push_back({f, 0, Diagnostic::Severity::kNote, why});
                               return true;
                             }),
              files.end());
  announce(files.size());
  int walk_errors = static_cast<int>(std::count_if(walk_diagnostics.begin(), walk_diagnostics.end(), IsError));
  if (files.empty() && walk_errors == static_cast<int>(inputs.size()) && !inputs.empty()) {
    corpus->diagnostics = std::move(walk_diagnostics);
    corpus->files_failed = walk_errors;
    return Status::InvalidArgument("no input could be read");
  }

  // Each slot, and the document of the same index, is written by exactly one worker; file-level failures
  // are kept per slot so that the result does not depend on scheduling. Documents are parsed in place:
  // moving them into a second array would page-fault all that memory in again.
  struct Slot {
    Diagnostics diagnostics;
    bool failed = false;
    bool loaded = false;
    // Open-data JSON is metadata, not a document (source/opendata_reader.h): read here, joined below.
    std::unique_ptr<OpenData> opendata;
    bool derived_text = false;
  };
  std::vector<Slot> slots(files.size());
  corpus->documents.resize(files.size());
  std::vector<FileStamp> stamps;  // of files [0, stamped), taken before they are read
  std::size_t stamped = 0;
  if (opening.valid()) {
    // Stamps need no index: files are stat()ed here until it has read its rows (when it has none, that
    // is at once), and the workers stamp the rest.
    FileStamper stamper;
    stamps.reserve(files.size());
    for (; stamped < files.size() && !index_read; ++stamped) stamps.push_back(stamper.Stamp(files[stamped]));
    Status st = opening.get();
    if (!st.ok()) {
      // Shown even with --quiet: a --db that names another program's file is the user's mistake to fix.
      walk_diagnostics.push_back({options.db, 0, Diagnostic::Severity::kError,
                                  DiagnosticFromStatus(options.db, st).message + "; running without the index"});
    }
  }
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> bytes_done{0};
  std::size_t done = 0;
  std::mutex progress_mu;

  auto report_progress = [&]() {
    if (!options.progress) return;
    std::lock_guard<std::mutex> lock(progress_mu);
    options.progress(++done, files.size(), bytes_done.load());
  };
  PdfLimits pdf_limits;
  pdf_limits.max_seconds = options.max_file_seconds;
  auto work = [&]() {
    std::string bytes;
    FileStamper stamper;
    for (std::size_t i = next++; i < files.size(); i = next++) {
      Slot& slot = slots[i];
      Document& doc = corpus->documents[i];
      const std::string& path = files[i];
      const bool cacheable = cache != nullptr && path != "-" && !IsJsonName(path);
      FileStamp stamp = !cacheable ? FileStamp() : i < stamped ? stamps[i] : stamper.Stamp(path);
      if (cacheable && cache->FindUnchanged(path, &stamp, &doc, &slot.diagnostics)) {
        slot.loaded = true;
        bytes_done += doc.bytes;
        report_progress();
        continue;
      }
      Status st = ReadFileBytes(path, options.max_file_bytes, &bytes);
      std::size_t size = bytes.size();
      if (st.ok() && LooksLikeJson(bytes)) {
        auto data = std::make_unique<OpenData>();
        OpenDataShape shape = ReadOpenData(path, bytes, data.get());
        if (shape != OpenDataShape::kNone) {
          if (shape == OpenDataShape::kApi) slot.opendata = std::move(data);
          slot.derived_text = shape == OpenDataShape::kDerivedText;
          bytes.clear();
          bytes_done += size;
          report_progress();
          continue;
        }
      }
      std::string hash;
      if (st.ok() && cacheable && cache->FindByContent(path, stamp, bytes, &hash, &doc, &slot.diagnostics)) {
        slot.loaded = true;
        bytes_done += size;
        report_progress();
        continue;
      }
      if (st.ok()) st = ReadDocument(path, std::move(bytes), &slot.diagnostics, &doc, pdf_limits);
      if (st.ok() && cacheable) cache->Store(path, stamp, std::move(hash), doc, slot.diagnostics);
      if (!st.ok()) {
        slot.failed = true;
        slot.diagnostics.push_back(DiagnosticFromStatus(path, st));
      } else {
        slot.loaded = true;
        ReleaseSlack(&doc);
      }
      bytes.clear();
      bytes_done += size;
      report_progress();
    }
  };
  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  jobs = static_cast<int>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, files.size())));
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();

  if (cache != nullptr) {
    if (Status st = cache->Flush(); !st.ok()) {
      walk_diagnostics.push_back({options.db, 0, Diagnostic::Severity::kWarning,
                                  DiagnosticFromStatus(options.db, st).message + "; later runs will parse again"});
    }
  }
  corpus->diagnostics = std::move(walk_diagnostics);
  corpus->files_failed = walk_errors;
  std::size_t kept = 0;
  OpenData opendata;
  std::vector<std::string> derived_texts;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    Slot& slot = slots[i];
    if (slot.opendata) opendata.Merge(std::move(*slot.opendata));
    if (slot.derived_text) derived_texts.push_back(files[i]);
    corpus->diagnostics.insert(corpus->diagnostics.end(), slot.diagnostics.begin(), slot.diagnostics.end());
    if (slot.failed) ++corpus->files_failed;
    if (!slot.loaded) continue;
    Document& doc = corpus->documents[i];
    corpus->diagnostics.insert(corpus->diagnostics.end(), doc.diagnostics.begin(), doc.diagnostics.end());
    corpus->bytes += doc.bytes;
    if (kept != i) corpus->documents[kept] = std::move(doc);
    ++kept;
  }
  corpus->documents.resize(kept);
  if (options.relative_paths) {
    corpus->root = InputRoot(inputs);
    for (Document& doc : corpus->documents) {
      std::string rel = PathUnderRoot(corpus->root, doc.path);
      if (!doc.has_official_id && doc.id == doc.path) doc.id = rel;
      doc.path = std::move(rel);
    }
  }
  auto by_path = [](const Document& a, const Document& b) { return a.path < b.path; };
  // A folder comes sorted from the walk: sorting would only move every document around.
  if (!std::is_sorted(corpus->documents.begin(), corpus->documents.end(), by_path)) {
    std::stable_sort(corpus->documents.begin(), corpus->documents.end(), by_path);
  }
  std::vector<Slot>().swap(slots);
  if (!derived_texts.empty()) {
    corpus->diagnostics.push_back(
        {derived_texts.front(), 0, Diagnostic::Severity::kNote,
         (derived_texts.size() > 1 ? "and " + std::to_string(derived_texts.size() - 1) + " other file(s): " : "") +
             "a text extraction of an open-data publication ({content, source}), not an API response: skipped "
             "(read the publication itself)"});
  }
  if (!opendata.empty()) JoinOpenData(opendata, corpus, &corpus->diagnostics);
  ResolveCorpus(corpus);
  if (!options.calendar.empty()) {
    RecessCalendar calendar;
    if (Status st = calendar.Load(options.calendar); st.ok()) {
      ResolveDeadlines(corpus, calendar);
    } else {
      corpus->diagnostics.push_back(
          {options.calendar, 0, Diagnostic::Severity::kError, "not used (" + st.message() + "); deadlines use the built-in recess calendar"});
    }
  }
  if (corpus->files_failed > 0) {
    return Status::Partial(std::to_string(corpus->files_failed) + " input(s) could not be read");
  }
  return Status::Ok();
}

}  // namespace kamergraaf

// ParseCache: reuses the parse of a file that has not changed since an earlier run (`--db FILE`).
//
// Entries are keyed by the file's absolute path (the working directory when the process first used the
// cache, joined with a relative path). A cached parse is valid when its file has the same content (128-bit hash of the bytes) and was parsed
// by the same parser (a fingerprint of the parsing sources, computed at build time). Reading a file to
// hash it is skipped when its size, mtime, ctime and inode are those recorded, and the file was last
// modified over a second before they were recorded (git's rule against a write in the same clock tick).
#ifndef KAMERGRAAF_CORPUS_PARSE_CACHE_H_
#define KAMERGRAAF_CORPUS_PARSE_CACHE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/index_db.h"
#include "kamergraaf/diagnostic.h"
#include "kamergraaf/document.h"
#include "kamergraaf/status.h"

namespace kamergraaf {

// What stat() says about a file, taken before it is read.
struct FileStamp {
  bool valid = false;  // false: not a regular file, or stat() failed (or not taken)
  std::int64_t size = -1, mtime_ns = 0, ctime_ns = 0, inode = 0;
  std::int64_t taken_ns = 0;  // when the stat was taken
  bool indexed = false;       // the index has a row for the file (set by FindUnchanged)
};

// Takes FileStamps, one file after another, on one thread. A file in the same folder as the one before is
// stat()ed by name in that folder, which is held open: the kernel then looks up one name instead of every
// component of the path (a third less time per file). A walk gives a folder's files one after another.
class FileStamper {
 public:
  FileStamper() = default;
  ~FileStamper();
  FileStamper(const FileStamper&) = delete;
  FileStamper& operator=(const FileStamper&) = delete;

  // The stamp of `path` as of now.
  FileStamp Stamp(const std::string& path);

 private:
  std::string dir_;  // the open folder as spelled in the paths, with its slash
  int fd_ = -1;      // O_PATH, or -1 when it could not be opened (then the path is stat()ed)
};

// Removes the index at `db_file` and SQLite's side files (`-wal`, `-shm`, `-journal`) from `files`: the index
// may live inside the corpus folder, and it is not a document. Either side may be relative or absolute; they
// are compared as absolute, lexically normal paths ("./i.db" and "d/../i.db" match; symlinks are not
// resolved). Only files whose name is one of those four are normalised. Keeps the order of the others.
void RemoveIndexFiles(const std::string& db_file, std::vector<std::string>* files);

class ParseCache {
 public:
  // Opens the index at `db_file` (see IndexDb::Open for failures).
  static Status Open(const std::string& db_file, std::unique_ptr<ParseCache>* cache);

  // Reads the index into memory when the run's files are most of it (IndexDb::Prefetch, whose rules
  // `files` follows: it may still be kFilesUnknown while the inputs are walked).
  static constexpr std::size_t kFilesUnknown = IndexDb::kLookupsUnknown;
  void Prefetch(const std::atomic<std::size_t>& files) { db_->Prefetch(files); }

  // The fingerprint of this build's parsers.
  static std::string_view ParserFingerprint();

  // Before reading, with the file's stamp (FileStamper, taken before it is read): returns true (with the
  // cached parse and the diagnostics reading the file gave) when the recorded stamp proves the file
  // unchanged. Sets stamp->indexed. Thread-safe.
  bool FindUnchanged(const std::string& path, FileStamp* stamp, Document* doc, Diagnostics* read_diagnostics);
  // After reading: hashes `bytes` into *hash and returns true when the cached parse is of these very bytes
  // (the file was touched, not changed); the new stamp is recorded. Thread-safe.
  bool FindByContent(const std::string& path, const FileStamp& stamp, std::string_view bytes, std::string* hash,
                     Document* doc, Diagnostics* read_diagnostics);
  // Records a fresh parse of the bytes whose hash FindByContent() gave. Thread-safe; written in batches.
  void Store(const std::string& path, const FileStamp& stamp, std::string hash, const Document& doc,
             const Diagnostics& read_diagnostics);
  // Writes what is staged; returns the first write error of the run.
  Status Flush() { return db_->Flush(); }

 private:
  explicit ParseCache(std::unique_ptr<IndexDb> db) : db_(std::move(db)) {}
  std::unique_ptr<IndexDb> db_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_PARSE_CACHE_H_

// IndexDb: the on-disk parse cache behind `--db FILE`, an SQLite database (the only file that includes
// sqlite3.h and xxhash.h).
//
// One row per input file (keyed by its absolute path): the file's size, times and inode when it was last
// verified, the hash of its bytes, the parser fingerprint it was parsed with, and the encoded parse
// (document_codec.h). The database runs in WAL mode; rows are written in batches, each in one
// transaction, so a run that is killed leaves every committed batch intact and nothing half-written.
// Its `-wal` (empty once the last connection has closed) and `-shm` files stay beside it between runs.
#ifndef KAMERGRAAF_CORPUS_INDEX_DB_H_
#define KAMERGRAAF_CORPUS_INDEX_DB_H_

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kamergraaf {

// 128-bit XXH3 hash of `bytes`, as 16 raw bytes.
std::string ContentHash(std::string_view bytes);

struct IndexEntry {
  std::int64_t size = -1;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::int64_t inode = 0;
  std::int64_t verified_ns = 0;  // wall-clock time (ns) of the stat that produced the fields above
  std::string hash;              // ContentHash of the bytes
  std::string parser;            // the parser fingerprint the blob was made with
  std::string blob;              // EncodeDocument()
};

// A row as Find() gives it: the views point into memory the IndexDb owns, valid as long as it lives.
struct IndexRow {
  std::int64_t size = -1;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::int64_t inode = 0;
  std::int64_t verified_ns = 0;
  std::string_view hash;
  std::string_view parser;
  std::string_view blob;
  bool intact = false;  // the row's checksum matches its fields: false for a damaged row, never to be used
};

class IndexDb {
 public:
  // Opens (creating if needed) the database at `file`. Fails with a message naming the file when it
  // cannot be opened or is not a kamergraaf index: an SQLite database whose application_id is another
  // program's (or that has tables of its own), or not an SQLite database at all. Such a file is left
  // exactly as it was: nothing is written, no WAL is switched on. Every row carries a checksum of its
  // fields (IndexRow::intact).
  static Status Open(const std::string& file, std::unique_ptr<IndexDb>* db);
  ~IndexDb();
  IndexDb(const IndexDb&) = delete;
  IndexDb& operator=(const IndexDb&) = delete;

  // What Prefetch() is told while the run does not know yet how many keys it will look up.
  static constexpr std::size_t kLookupsUnknown = SIZE_MAX;

  // Reads every row into memory, in one scan, so that Find() answers without a query or a lock, when the
  // run looks up at least half as many keys as there are rows (the rows then stay in memory until the
  // IndexDb is destroyed; otherwise, or when the scan fails, each Find() is a query). `lookups` is how
  // many distinct keys the run will look up. It may still be kLookupsUnknown: the scan then starts while
  // the caller finds out, stops as soon as `lookups` is known to be too few, and when it ends first, waits
  // for `lookups` to change (the caller must set it and notify, whatever happens). Either way, until
  // Flush(), Find() reads one snapshot, taken here or by its first call: rows Put() meanwhile are not
  // seen. Call at most once, before the first Find(); not thread-safe.
  void Prefetch(const std::atomic<std::size_t>& lookups);
  // The same with a count known from the start (not kLookupsUnknown).
  void Prefetch(std::size_t lookups) {
    const std::atomic<std::size_t> known{lookups};
    Prefetch(known);
  }
  // The row of `key`, if any. Thread-safe.
  bool Find(const std::string& key, IndexRow* row);
  // Stages a row; every `batch_size` staged rows are committed in one transaction. Thread-safe.
  void Put(const std::string& key, IndexEntry entry);
  // Commits the staged rows and ends the read snapshot. Returns the first error any commit met (the database keeps what was
  // committed before it).
  Status Flush();

  static constexpr std::size_t kBatchSize = 512;

 private:
  IndexDb() = default;
  Status Exec(const char* sql);
  Status CommitLocked();

  std::mutex mu_;       // guards the writing connection and staged_
  std::mutex read_mu_;  // guards the reading connection
  sqlite3* db_ = nullptr;
  // Lookups use a second connection that holds one read transaction for the whole run (opened by the
  // first Find): it reads the index as it was when the run began, without taking a lock per lookup.
  sqlite3* reader_ = nullptr;
  bool reading_ = false;
  // Every row, when Prefetch() read them (then `prefetched_` is true, and they are not changed again, so
  // Find() may read them from any thread without a lock): the strings of all rows, back to back in
  // `arena_`, and an open-addressing hash table on the path (`slots_`: row index + 1, or 0 for a free
  // slot; its size a power of two, at least twice the rows).
  struct StoredRow {
    std::int64_t size, mtime_ns, ctime_ns, inode, verified_ns, sum;
    std::size_t path, hash, parser, blob;  // offsets in arena_; each string runs to the next
    std::size_t end;
  };
  bool prefetched_ = false;
  std::string arena_;
  std::vector<StoredRow> rows_;
  std::vector<std::uint32_t> slots_;
  // Rows that Find() queried, kept for the views it gave out. Guarded by read_mu_.
  std::deque<std::string> queried_;
  sqlite3_stmt* find_ = nullptr;
  sqlite3_stmt* put_ = nullptr;
  std::string file_;
  std::vector<std::pair<std::string, IndexEntry>> staged_;
  Status error_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_INDEX_DB_H_

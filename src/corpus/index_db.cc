#include "corpus/index_db.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <cstdlib>

namespace kamergraaf {
namespace {

constexpr int kSchemaVersion = 1;

}  // namespace

std::string ContentHash(std::string_view bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  XXH128_canonical_t c;
  XXH128_canonicalFromHash(&c, h);
  return std::string(reinterpret_cast<const char*>(c.digest), sizeof c.digest);
}

Status IndexDb::Open(const std::string& file, std::unique_ptr<IndexDb>* out) {
  std::unique_ptr<IndexDb> db(new IndexDb());
  db->file_ = file;
  int rc = sqlite3_open_v2(file.c_str(), &db->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db->db_ != nullptr ? sqlite3_errmsg(db->db_) : sqlite3_errstr(rc);
    return Status::IoError(file + ": cannot open index: " + msg);
  }
  sqlite3_busy_timeout(db->db_, 10000);
  for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                          "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"}) {
    if (Status st = db->Exec(sql); !st.ok()) return st;
  }
  // A schema of another version is dropped: the index is a cache, rebuilding it is always correct.
  sqlite3_stmt* version = nullptr;
  int found = -1;
  if (sqlite3_prepare_v2(db->db_, "SELECT value FROM meta WHERE key='schema'", -1, &version, nullptr) == SQLITE_OK &&
      sqlite3_step(version) == SQLITE_ROW) {
    found = std::atoi(reinterpret_cast<const char*>(sqlite3_column_text(version, 0)));
  }
  sqlite3_finalize(version);
  if (found != kSchemaVersion) {
    std::string sql = "BEGIN IMMEDIATE; DROP TABLE IF EXISTS files; "
                      "CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, "
                      "ctime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, verified_ns INTEGER NOT NULL, "
                      "hash BLOB NOT NULL, parser TEXT NOT NULL, doc BLOB NOT NULL); "
                      "INSERT OR REPLACE INTO meta(key, value) VALUES('schema', '" +
                      std::to_string(kSchemaVersion) + "'); COMMIT;";
    if (Status st = db->Exec(sql.c_str()); !st.ok()) {
      db->Exec("ROLLBACK");
      return st;
    }
  }
  rc = sqlite3_open_v2(file.c_str(), &db->reader_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) return Status::IoError(file + ": cannot open index: " + sqlite3_errstr(rc));
  sqlite3_busy_timeout(db->reader_, 10000);
  sqlite3_exec(db->reader_, "PRAGMA mmap_size=268435456", nullptr, nullptr, nullptr);
  if (sqlite3_prepare_v2(db->reader_,
                         "SELECT size, mtime_ns, ctime_ns, inode, verified_ns, hash, parser, doc FROM files "
                         "WHERE path = ?1",
                         -1, &db->find_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db->db_,
                         // An upsert, not INSERT OR REPLACE: a row keeps its rowid, so max(rowid) stays
                         // close to the number of rows (Prefetch).
                         "INSERT INTO files(path, size, mtime_ns, ctime_ns, inode, verified_ns, hash, parser, doc) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(path) DO UPDATE SET "
                         "size=excluded.size, mtime_ns=excluded.mtime_ns, ctime_ns=excluded.ctime_ns, "
                         "inode=excluded.inode, verified_ns=excluded.verified_ns, hash=excluded.hash, "
                         "parser=excluded.parser, doc=excluded.doc",
                         -1, &db->put_, nullptr) != SQLITE_OK) {
    return Status::IoError(file + ": cannot use index: " + sqlite3_errmsg(db->db_));
  }
  *out = std::move(db);
  return Status::Ok();
}

IndexDb::~IndexDb() {
  Flush();
  sqlite3_finalize(find_);
  sqlite3_finalize(put_);
  sqlite3_close_v2(reader_);
  sqlite3_close_v2(db_);
}

Status IndexDb::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err != nullptr ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return Status::IoError(file_ + ": cannot use index: " + msg);
  }
  return Status::Ok();
}

namespace {

std::string BlobColumn(sqlite3_stmt* stmt, int col) {
  const void* p = sqlite3_column_blob(stmt, col);
  int n = sqlite3_column_bytes(stmt, col);
  return p != nullptr ? std::string(static_cast<const char*>(p), n) : std::string();
}

// Columns `first`... of `stmt`: size, mtime_ns, ctime_ns, inode, verified_ns, hash, parser, doc.
void ReadEntry(sqlite3_stmt* stmt, int first, IndexEntry* e) {
  e->size = sqlite3_column_int64(stmt, first);
  e->mtime_ns = sqlite3_column_int64(stmt, first + 1);
  e->ctime_ns = sqlite3_column_int64(stmt, first + 2);
  e->inode = sqlite3_column_int64(stmt, first + 3);
  e->verified_ns = sqlite3_column_int64(stmt, first + 4);
  e->hash = BlobColumn(stmt, first + 5);
  e->parser = BlobColumn(stmt, first + 6);
  e->blob = BlobColumn(stmt, first + 7);
}

}  // namespace

void IndexDb::Prefetch(std::size_t lookups) {
  if (prefetched_ || reading_) return;
  // The rows, found without reading them: rows are never deleted, and an update keeps the rowid.
  sqlite3_stmt* stmt = nullptr;
  std::int64_t rows = 0;
  if (sqlite3_prepare_v2(reader_, "SELECT max(rowid) FROM files", -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    rows = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  if (lookups == 0 || static_cast<std::int64_t>(lookups) * 2 < rows) return;
  if (sqlite3_exec(reader_, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) return;
  std::unordered_map<std::string, IndexEntry> all;
  all.reserve(static_cast<std::size_t>(rows));
  int rc = sqlite3_prepare_v2(reader_,
                              "SELECT path, size, mtime_ns, ctime_ns, inode, verified_ns, hash, parser, doc FROM files",
                              -1, &stmt, nullptr);
  if (rc == SQLITE_OK) {
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      const auto* path = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
      IndexEntry& e = all[std::string(path, sqlite3_column_bytes(stmt, 0))];
      ReadEntry(stmt, 1, &e);
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_exec(reader_, "COMMIT", nullptr, nullptr, nullptr);
  if (rc != SQLITE_DONE) return;  // Find() queries instead
  rows_ = std::move(all);
  prefetched_ = true;
}

bool IndexDb::Find(const std::string& key, IndexEntry* e) {
  if (prefetched_) {
    auto it = rows_.find(key);
    if (it == rows_.end()) return false;
    *e = it->second;
    return true;
  }
  std::lock_guard<std::mutex> lock(read_mu_);
  if (!reading_) reading_ = sqlite3_exec(reader_, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
  sqlite3_reset(find_);
  sqlite3_bind_text(find_, 1, key.data(), static_cast<int>(key.size()), SQLITE_STATIC);
  bool found = sqlite3_step(find_) == SQLITE_ROW;
  if (found) ReadEntry(find_, 0, e);
  sqlite3_reset(find_);
  sqlite3_clear_bindings(find_);
  return found;
}

void IndexDb::Put(const std::string& key, IndexEntry entry) {
  std::lock_guard<std::mutex> lock(mu_);
  staged_.emplace_back(key, std::move(entry));
  if (staged_.size() >= kBatchSize) CommitLocked();
}

Status IndexDb::Flush() {
  {
    std::lock_guard<std::mutex> lock(read_mu_);
    if (reading_) sqlite3_exec(reader_, "COMMIT", nullptr, nullptr, nullptr);
    reading_ = false;
  }
  std::lock_guard<std::mutex> lock(mu_);
  CommitLocked();
  return error_;
}

Status IndexDb::CommitLocked() {
  if (staged_.empty()) return error_;
  std::vector<std::pair<std::string, IndexEntry>> rows;
  rows.swap(staged_);
  if (!error_.ok()) return error_;
  Status st = Exec("BEGIN IMMEDIATE");
  for (std::size_t i = 0; st.ok() && i < rows.size(); ++i) {
    const auto& [key, e] = rows[i];
    sqlite3_reset(put_);
    sqlite3_bind_text(put_, 1, key.data(), static_cast<int>(key.size()), SQLITE_STATIC);
    sqlite3_bind_int64(put_, 2, e.size);
    sqlite3_bind_int64(put_, 3, e.mtime_ns);
    sqlite3_bind_int64(put_, 4, e.ctime_ns);
    sqlite3_bind_int64(put_, 5, e.inode);
    sqlite3_bind_int64(put_, 6, e.verified_ns);
    sqlite3_bind_blob(put_, 7, e.hash.data(), static_cast<int>(e.hash.size()), SQLITE_STATIC);
    sqlite3_bind_text(put_, 8, e.parser.data(), static_cast<int>(e.parser.size()), SQLITE_STATIC);
    sqlite3_bind_blob(put_, 9, e.blob.data(), static_cast<int>(e.blob.size()), SQLITE_STATIC);
    if (sqlite3_step(put_) != SQLITE_DONE) st = Status::IoError(file_ + ": cannot write index: " + sqlite3_errmsg(db_));
    sqlite3_reset(put_);
    sqlite3_clear_bindings(put_);
  }
  if (st.ok()) st = Exec("COMMIT");
  if (!st.ok()) {
    Exec("ROLLBACK");
    error_ = st;
  }
  return error_;
}

}  // namespace kamergraaf

#include "corpus/index_db.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <cstdio>
#include <cstdlib>

namespace kamergraaf {
namespace {

// The index is kamergraaf's own: its SQLite header says so (PRAGMA application_id, "KGRF"), and its schema
// version is PRAGMA user_version. Version 2 added the row checksum.
constexpr std::int32_t kApplicationId = 0x4B475246;
constexpr int kSchemaVersion = 2;

// XXH3-64 over every field of a row: a damaged row is never taken for a parse.
std::int64_t RowSum(std::string_view path, std::int64_t size, std::int64_t mtime_ns, std::int64_t ctime_ns,
                    std::int64_t inode, std::int64_t verified_ns, std::string_view hash, std::string_view parser,
                    std::string_view blob) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (std::string_view part : {path, hash, parser, blob}) {
    const std::uint64_t n = part.size();
    XXH3_64bits_update(state, &n, sizeof n);
    XXH3_64bits_update(state, part.data(), part.size());
  }
  for (std::int64_t v : {size, mtime_ns, ctime_ns, inode, verified_ns}) XXH3_64bits_update(state, &v, sizeof v);
  const std::uint64_t sum = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return static_cast<std::int64_t>(sum);
}

// Reads one integer pragma (or the first column of `sql`); false on error, with the message in *err.
bool QueryInt(sqlite3* db, const char* sql, std::int64_t* value, std::string* err) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) {
    *value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return true;
  }
  *err = sqlite3_errmsg(db);
  sqlite3_finalize(stmt);
  return false;
}

// The last connection to close checkpoints the WAL into the database. It would then delete the -wal and
// -shm files, and the next run would create them again: over a millisecond each on some file systems,
// for an unchanged rerun that otherwise writes nothing. So they are kept (the WAL cut to zero bytes, as
// journal_size_limit is set); RemoveIndexFiles() keeps them out of a walk.
void KeepWal(sqlite3* db) {
  int keep = 1;
  sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &keep);
}

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
  // Whose database is it? Asked before anything is written: another program's database (or a file that
  // is no database at all) is refused, and left exactly as it was.
  std::int64_t app_id = 0, version = 0, tables = 0, ours_legacy = 0;
  std::string err;
  if (!QueryInt(db->db_, "PRAGMA application_id", &app_id, &err) ||
      !QueryInt(db->db_, "PRAGMA user_version", &version, &err) ||
      !QueryInt(db->db_, "SELECT count(*) FROM sqlite_master", &tables, &err) ||
      !QueryInt(db->db_,
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('meta','files')", &ours_legacy,
                &err)) {
    return Status::IoError(file + ": not a kamergraaf index (" + err + "); left unchanged, choose another --db file");
  }
  // Before application_id, an index had the tables meta and files (and their indexes) and nothing else.
  std::int64_t legacy_objects = 0;
  QueryInt(db->db_, "SELECT count(*) FROM sqlite_master WHERE tbl_name NOT IN ('meta','files')", &legacy_objects,
           &err);
  const bool fresh = app_id == 0 && tables == 0;
  std::int64_t schema_rows = 0;
  const bool legacy = app_id == 0 && ours_legacy == 2 && legacy_objects == 0 &&
                      QueryInt(db->db_, "SELECT count(*) FROM meta WHERE key='schema'", &schema_rows, &err) &&
                      schema_rows == 1;
  if (app_id != kApplicationId && !fresh && !legacy) {
    char id[16];
    std::snprintf(id, sizeof id, "0x%08x", static_cast<unsigned>(app_id));
    return Status::IoError(file + ": not a kamergraaf index (an SQLite database of another program, application_id " +
                           id + "); left unchanged, choose another --db file");
  }
  KeepWal(db->db_);
  for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA journal_size_limit=67108864"}) {
    if (Status st = db->Exec(sql); !st.ok()) return st;
  }
  // Our own index of another schema version is rebuilt: it is a cache, rebuilding it is always correct.
  if (app_id != kApplicationId || version != kSchemaVersion) {
    std::string sql = "BEGIN IMMEDIATE; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS meta; "
                      "CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, "
                      "ctime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, verified_ns INTEGER NOT NULL, "
                      "hash BLOB NOT NULL, parser TEXT NOT NULL, doc BLOB NOT NULL, sum INTEGER NOT NULL); "
                      "PRAGMA application_id=" + std::to_string(kApplicationId) + "; PRAGMA user_version=" +
                      std::to_string(kSchemaVersion) + "; COMMIT;";
    if (Status st = db->Exec(sql.c_str()); !st.ok()) {
      db->Exec("ROLLBACK");
      return st;
    }
  }
  rc = sqlite3_open_v2(file.c_str(), &db->reader_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) return Status::IoError(file + ": cannot open index: " + sqlite3_errstr(rc));
  sqlite3_busy_timeout(db->reader_, 10000);
  KeepWal(db->reader_);
  sqlite3_exec(db->reader_, "PRAGMA mmap_size=268435456", nullptr, nullptr, nullptr);
  if (sqlite3_prepare_v2(db->reader_,
                         "SELECT size, mtime_ns, ctime_ns, inode, verified_ns, hash, parser, doc, sum FROM files "
                         "WHERE path = ?1",
                         -1, &db->find_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db->db_,
                         // An upsert, not INSERT OR REPLACE: a row keeps its rowid, so max(rowid) stays
                         // close to the number of rows (Prefetch).
                         "INSERT INTO files(path, size, mtime_ns, ctime_ns, inode, verified_ns, hash, parser, doc, "
                         "sum) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(path) DO UPDATE SET "
                         "size=excluded.size, mtime_ns=excluded.mtime_ns, ctime_ns=excluded.ctime_ns, "
                         "inode=excluded.inode, verified_ns=excluded.verified_ns, hash=excluded.hash, "
                         "parser=excluded.parser, doc=excluded.doc, sum=excluded.sum",
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

std::string_view Column(sqlite3_stmt* stmt, int col) {
  const void* p = sqlite3_column_blob(stmt, col);
  int n = sqlite3_column_bytes(stmt, col);
  return p != nullptr ? std::string_view(static_cast<const char*>(p), n) : std::string_view();
}

std::size_t HashKey(std::string_view key) { return std::hash<std::string_view>{}(key); }

}  // namespace

void IndexDb::Prefetch(const std::atomic<std::size_t>& lookups) {
  if (prefetched_ || reading_) return;
  // The rows, found without reading them: rows are never deleted, and an update keeps the rowid.
  sqlite3_stmt* stmt = nullptr;
  std::int64_t rows = 0;
  if (sqlite3_prepare_v2(reader_, "SELECT max(rowid) FROM files", -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    rows = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  auto too_few = [rows](std::size_t n) {
    return n != kLookupsUnknown && (n == 0 || static_cast<std::int64_t>(n) * 2 < rows);
  };
  if (too_few(lookups)) return;
  if (sqlite3_exec(reader_, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) return;
  // The strings take at most what the database file takes: reserving that (untouched memory costs
  // nothing) saves copying the arena as it grows.
  std::int64_t file_bytes = 0;
  if (sqlite3_prepare_v2(reader_, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size", -1,
                         &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    file_bytes = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  arena_.reserve(static_cast<std::size_t>(file_bytes));
  rows_.reserve(static_cast<std::size_t>(rows));
  int rc = sqlite3_prepare_v2(reader_,
                              "SELECT path, size, mtime_ns, ctime_ns, inode, verified_ns, hash, parser, doc, sum "
                              "FROM files",
                              -1, &stmt, nullptr);
  if (rc == SQLITE_OK) {
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (rows_.size() % 256 == 0 && too_few(lookups.load(std::memory_order_relaxed))) break;
      StoredRow r;
      r.size = sqlite3_column_int64(stmt, 1);
      r.mtime_ns = sqlite3_column_int64(stmt, 2);
      r.ctime_ns = sqlite3_column_int64(stmt, 3);
      r.inode = sqlite3_column_int64(stmt, 4);
      r.verified_ns = sqlite3_column_int64(stmt, 5);
      r.sum = sqlite3_column_int64(stmt, 9);
      r.path = arena_.size();
      arena_.append(Column(stmt, 0));
      r.hash = arena_.size();
      arena_.append(Column(stmt, 6));
      r.parser = arena_.size();
      arena_.append(Column(stmt, 7));
      r.blob = arena_.size();
      arena_.append(Column(stmt, 8));
      r.end = arena_.size();
      rows_.push_back(r);
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_exec(reader_, "COMMIT", nullptr, nullptr, nullptr);
  if (rc == SQLITE_DONE) lookups.wait(kLookupsUnknown);
  if (rc != SQLITE_DONE || too_few(lookups) || rows_.size() >= UINT32_MAX / 2) {  // Find() queries instead
    std::string().swap(arena_);
    std::vector<StoredRow>().swap(rows_);
    return;
  }
  std::size_t size = 1;
  while (size < 2 * rows_.size()) size *= 2;
  slots_.assign(size, 0);
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const StoredRow& r = rows_[i];
    std::size_t slot = HashKey(std::string_view(arena_).substr(r.path, r.hash - r.path)) & (size - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (size - 1);
    slots_[slot] = static_cast<std::uint32_t>(i + 1);
  }
  prefetched_ = true;
}

bool IndexDb::Find(const std::string& key, IndexRow* row) {
  if (prefetched_) {
    const std::string_view arena(arena_);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = HashKey(key) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
      const StoredRow& r = rows_[slots_[slot] - 1];
      if (arena.substr(r.path, r.hash - r.path) != key) continue;
      row->size = r.size, row->mtime_ns = r.mtime_ns, row->ctime_ns = r.ctime_ns, row->inode = r.inode;
      row->verified_ns = r.verified_ns;
      row->hash = arena.substr(r.hash, r.parser - r.hash);
      row->parser = arena.substr(r.parser, r.blob - r.parser);
      row->blob = arena.substr(r.blob, r.end - r.blob);
      row->intact = r.sum == RowSum(key, row->size, row->mtime_ns, row->ctime_ns, row->inode, row->verified_ns,
                                    row->hash, row->parser, row->blob);
      return true;
    }
    return false;
  }
  std::lock_guard<std::mutex> lock(read_mu_);
  if (!reading_) reading_ = sqlite3_exec(reader_, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
  sqlite3_reset(find_);
  sqlite3_bind_text(find_, 1, key.data(), static_cast<int>(key.size()), SQLITE_STATIC);
  bool found = sqlite3_step(find_) == SQLITE_ROW;
  if (found) {
    std::string_view hash = Column(find_, 5), parser = Column(find_, 6), blob = Column(find_, 7);
    const std::string& kept = queried_.emplace_back(std::string(hash).append(parser).append(blob));
    row->size = sqlite3_column_int64(find_, 0);
    row->mtime_ns = sqlite3_column_int64(find_, 1);
    row->ctime_ns = sqlite3_column_int64(find_, 2);
    row->inode = sqlite3_column_int64(find_, 3);
    row->verified_ns = sqlite3_column_int64(find_, 4);
    row->hash = std::string_view(kept).substr(0, hash.size());
    row->parser = std::string_view(kept).substr(hash.size(), parser.size());
    row->blob = std::string_view(kept).substr(hash.size() + parser.size());
    row->intact = sqlite3_column_int64(find_, 8) == RowSum(key, row->size, row->mtime_ns, row->ctime_ns, row->inode,
                                                           row->verified_ns, row->hash, row->parser, row->blob);
  }
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
    sqlite3_bind_int64(put_, 10, RowSum(key, e.size, e.mtime_ns, e.ctime_ns, e.inode, e.verified_ns, e.hash, e.parser,
                                        e.blob));
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

// The parse cache's own files are not documents: RemoveIndexFiles() drops them from a walk.
#include "corpus/parse_cache.h"

#include <catch2/catch.hpp>
#include <filesystem>

namespace kamergraaf {
namespace {

namespace fs = std::filesystem;

// The path that reaches the absolute `path` from the working directory, without touching the disk.
std::string Relative(const std::string& path) { return fs::path(path).lexically_relative(fs::current_path()).string(); }

TEST_CASE("RemoveIndexFiles drops the index and SQLite's side files, however they are spelled", "[index]") {
  const std::string dir = "/corpus-that-need-not-exist";
  const std::vector<std::string> walked = {
      dir + "/a.txt",         dir + "/index.db",     dir + "/index.db-wal",  dir + "/index.db-shm",
      dir + "/index.db-journal", dir + "/index.db-old", dir + "/index.dbx", dir + "/sub/index.db",
      dir + "/old-index.db",  "-"};
  const std::vector<std::string> kept = {dir + "/a.txt",     dir + "/index.db-old", dir + "/index.dbx",
                                         dir + "/sub/index.db", dir + "/old-index.db", "-"};
  struct Case {
    std::string db;
    bool relative_files;
  };
  const Case cases[] = {
      {dir + "/index.db", false},
      {dir + "/index.db", true},
      {Relative(dir + "/index.db"), false},
      {Relative(dir + "/index.db"), true},
      {dir + "/./index.db", false},
      {dir + "/sub/../index.db", true},
      {"/" + dir + "//index.db", false},
  };
  for (const Case& c : cases) {
    INFO("db " << c.db << (c.relative_files ? ", relative files" : ", absolute files"));
    std::vector<std::string> files = walked, expected = kept;
    if (c.relative_files) {
      for (std::vector<std::string>* list : {&files, &expected}) {
        for (std::string& f : *list) {
          if (f != "-") f = Relative(f);
        }
      }
    }
    RemoveIndexFiles(c.db, &files);
    CHECK(files == expected);
  }
}

TEST_CASE("RemoveIndexFiles keeps everything without an index, or with one elsewhere", "[index]") {
  const std::vector<std::string> walked = {"/c/index.db", "/c/index.db-wal", "c/a.txt"};
  std::vector<std::string> files = walked;
  RemoveIndexFiles("", &files);
  CHECK(files == walked);
  RemoveIndexFiles("/elsewhere/index.db", &files);
  CHECK(files == walked);
  RemoveIndexFiles("/c/other.db", &files);
  CHECK(files == walked);
}

}  // namespace
}  // namespace kamergraaf

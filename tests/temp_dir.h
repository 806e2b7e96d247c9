// A temporary folder for a test, removed with everything in it when the test ends.
#ifndef KAMERGRAAF_TESTS_TEMP_DIR_H_
#define KAMERGRAAF_TESTS_TEMP_DIR_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace kamergraaf {

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/kamergraaf-test-XXXXXX";
    path_ = ::mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `bytes` to `name` below the folder (creating subfolders) and returns the full path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::string p = path_ + "/" + name;
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_TESTS_TEMP_DIR_H_

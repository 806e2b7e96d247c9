#include "output/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace kamergraaf {
namespace {

// A file size limit (ulimit -f) kills the process with SIGXFSZ by default, leaving the temporary file
// behind and printing nothing; ignored, the write fails with EFBIG and is reported like a full disk.
void IgnoreFileSizeSignal() {
  static std::once_flag once;
  std::call_once(once, [] { std::signal(SIGXFSZ, SIG_IGN); });
}

mode_t CurrentUmask() {
  static const mode_t mask = [] {
    mode_t m = ::umask(0);
    ::umask(m);
    return m;
  }();
  return mask;
}

Status WriteAll(int fd, std::string_view content, const std::string& path) {
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::IoError(path + ": cannot write: " + std::strerror(n < 0 ? errno : ENOSPC));
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return Status::Ok();
}

// A written, closed temporary file beside its target; removed when not renamed.
struct Staged {
  std::string tmp;
  std::string path;
};

Status Stage(const std::string& path, std::string_view content, Staged* staged) {
  IgnoreFileSizeSignal();
  std::filesystem::path target(path);
  std::string dir = target.parent_path().string();
  std::string base = target.filename().string();
  if (base.empty() || base == "." || base == "..") return Status::IoError(path + ": not a file name");
  // Hidden, so that an input walk never reads a leftover as a document.
  std::string tmp = (dir.empty() ? std::string() : dir + "/") + "." + base + ".kamergraaf-XXXXXX";
  int fd = ::mkostemp(tmp.data(), O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return Status::IoError(path + ": cannot write: " + std::strerror(errno));
  ::fchmod(fd, 0666 & ~CurrentUmask());
  Status st = WriteAll(fd, content, path);
  if (st.ok() && ::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
    st = Status::IoError(path + ": cannot write: " + std::strerror(errno));
  }
  if (::close(fd) != 0 && st.ok()) st = Status::IoError(path + ": cannot write: " + std::strerror(errno));
  if (!st.ok()) {
    ::unlink(tmp.c_str());
    return st;
  }
  *staged = Staged{std::move(tmp), path};
  return Status::Ok();
}

Status WriteStdout(std::string_view content) {
  IgnoreFileSizeSignal();
  std::fflush(stdout);
  Status st = WriteAll(STDOUT_FILENO, content, "-");
  return st.ok() ? st : Status::IoError("-: cannot write to standard output");
}

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  if (path == "-") return WriteStdout(content);
  return WriteFilesAtomically({{path, std::string(content)}});
}

Status WriteFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<Staged> staged;
  Status st;
  for (const auto& [path, content] : files) {
    if (path == "-") {
      st = WriteStdout(content);
    } else {
      Staged s;
      st = Stage(path, content, &s);
      if (st.ok()) staged.push_back(std::move(s));
    }
    if (!st.ok()) break;
  }
  for (std::size_t i = 0; i < staged.size(); ++i) {
    if (!st.ok()) {
      ::unlink(staged[i].tmp.c_str());
    } else if (std::rename(staged[i].tmp.c_str(), staged[i].path.c_str()) != 0) {
      st = Status::IoError(staged[i].path + ": cannot replace: " + std::strerror(errno));
      ::unlink(staged[i].tmp.c_str());
    }
  }
  return st;
}

Status EnsureDirectory(const std::string& dir) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return Status::Ok();
  if (std::filesystem::exists(dir, ec)) return Status::IoError(dir + ": exists and is not a folder");
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError(dir + ": cannot create folder: " + ec.message());
  return Status::Ok();
}

}  // namespace kamergraaf

#include "output/graphviz_runner.h"

#include <fcntl.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "text/control_characters.h"

namespace kamergraaf {
namespace {

bool WriteAll(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

// The child: lays out, renders, writes the bytes to `fd`, and exits without running the parent's atexit
// handlers or destructors. Exit status 3: layout failed, 4: render failed, 5: the pipe broke.
[[noreturn]] void Child(GVC_t* gvc, Agraph_t* g, const std::string& engine, const std::string& format, int fd) {
  if (gvLayout(gvc, g, engine.c_str()) != 0) ::_exit(3);
  char* data = nullptr;
  unsigned int len = 0;
  if (gvRenderData(gvc, g, format.c_str(), &data, &len) != 0 || data == nullptr) ::_exit(4);
  bool ok = WriteAll(fd, data, len);
  std::fflush(stderr);
  ::_exit(ok ? 0 : 5);
}

void SplitLines(const std::string& text, std::vector<std::string>* lines) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.rfind("graphviz: ", 0) == 0) line.erase(0, 10);  // already marked by the cgraph error handler
    if (!line.empty()) lines->push_back(EscapeControlCharacters(line));
    start = end + 1;
  }
}

}  // namespace

Status LayoutAndRender(GVC_t* gvc, Agraph_t* g, const std::string& engine, const std::string& format,
                       GraphvizRun* run, std::string* out) {
  out->clear();
  int data_pipe[2], err_pipe[2];
  if (::pipe2(data_pipe, O_CLOEXEC) != 0) return Status::IoError(std::string("cannot run graphviz: ") + std::strerror(errno));
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ::close(data_pipe[0]), ::close(data_pipe[1]);
    return Status::IoError(std::string("cannot run graphviz: ") + std::strerror(errno));
  }
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = ::fork();
  if (pid < 0) {
    for (int fd : {data_pipe[0], data_pipe[1], err_pipe[0], err_pipe[1]}) ::close(fd);
    return Status::IoError(std::string("cannot run graphviz: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(data_pipe[0]);
    ::close(err_pipe[0]);
    ::dup2(err_pipe[1], STDERR_FILENO);
    ::signal(SIGPIPE, SIG_DFL);
    Child(gvc, g, engine, format, data_pipe[1]);
  }
  ::close(data_pipe[1]);
  ::close(err_pipe[1]);
  std::string messages;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(run->timeout_seconds);
  bool timed_out = false;
  pollfd fds[2] = {{data_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[1 << 16];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    int n = ::poll(fds, 2, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t r = ::read(fds[i].fd, buf, sizeof buf);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
        continue;
      }
      // Graphviz's own messages: kept to a bounded size.
      if (i == 0) {
        out->append(buf, static_cast<std::size_t>(r));
      } else if (messages.size() < (1 << 16)) {
        messages.append(buf, static_cast<std::size_t>(r));
      }
    }
  }
  if (timed_out) ::kill(pid, SIGKILL);
  for (pollfd& p : fds) {
    if (p.fd >= 0) ::close(p.fd);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  SplitLines(messages, &run->messages);
  const std::string what = "graphviz layout '" + engine + "'";
  if (timed_out) {
    out->clear();
    return Status::IoError(what + " took longer than " + std::to_string(run->timeout_seconds) + " s; stopped");
  }
  if (WIFSIGNALED(status)) {
    out->clear();
    int sig = WTERMSIG(status);
    const char* name = ::sigabbrev_np(sig);
    return Status::IoError(what + " crashed (signal " + std::to_string(sig) + (name ? std::string(": SIG") + name : "") + ")");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    out->clear();
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return Status::IoError(code == 4 ? "graphviz could not render " + format : what + " failed");
  }
  return Status::Ok();
}

}  // namespace kamergraaf

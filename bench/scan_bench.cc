// scan_bench: citation-scan throughput on a directory of text files.
//
// usage: scan_bench DIR [MIN_MB]
// Reads every regular file under DIR, copies the documents in memory until at least MIN_MB (default 200) MB
// are held, then scans all of them (LineIndex + CitationScanner::Scan, as the parse stage does) once on one
// thread and once on all hardware threads. Prints wall-clock MB/s for both and, because a shared machine
// steals cores, also MB per CPU-second (bytes / process CPU time spent in the run), the citation count and
// the peak resident memory (getrusage ru_maxrss).
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "kamergraaf/citation.h"
#include "parse/citation_scanner.h"
#include "text/line_index.h"

namespace {

using Clock = std::chrono::steady_clock;

std::size_t ScanRange(const std::vector<std::string>& docs, std::atomic<std::size_t>* next) {
  std::size_t citations = 0;
  std::vector<kamergraaf::Citation> out;
  for (;;) {
    std::size_t i = next->fetch_add(1);
    if (i >= docs.size()) break;
    kamergraaf::LineIndex lines(docs[i]);
    out.clear();
    kamergraaf::CitationScanner::Default().Scan(docs[i], lines, &out);
    citations += out.size();
  }
  return citations;
}

double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Scans all docs with `threads` threads; returns wall seconds and sets *citations and *cpu (CPU seconds).
double Run(const std::vector<std::string>& docs, unsigned threads, std::size_t* citations, double* cpu) {
  std::atomic<std::size_t> next{0};
  std::vector<std::size_t> counts(threads, 0);
  double cpu0 = CpuSeconds();
  auto t0 = Clock::now();
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back([&, t] { counts[t] = ScanRange(docs, &next); });
  for (auto& th : pool) th.join();
  double s = std::chrono::duration<double>(Clock::now() - t0).count();
  *cpu = CpuSeconds() - cpu0;
  *citations = 0;
  for (std::size_t c : counts) *citations += c;
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: scan_bench DIR [MIN_MB]\n");
    return 2;
  }
  double min_mb = argc > 2 ? std::atof(argv[2]) : 200.0;
  std::vector<std::string> corpus;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(argv[1], ec);
       it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (ec || !it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    corpus.push_back(ss.str());
  }
  std::sort(corpus.begin(), corpus.end());
  std::size_t corpus_bytes = 0;
  for (const auto& d : corpus) corpus_bytes += d.size();
  if (corpus_bytes == 0) {
    std::fprintf(stderr, "scan_bench: no input under %s\n", argv[1]);
    return 1;
  }
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  while (bytes < min_mb * 1e6) {
    for (const auto& d : corpus) {
      docs.push_back(d);  // a real copy: the bytes are really held in memory
      bytes += d.size();
    }
  }
  kamergraaf::CitationScanner::Default();  // compile the patterns outside the timed runs
  std::printf("input: %zu files, %.1f MB; in memory: %zu documents, %.1f MB (%zu copies)\n", corpus.size(),
              corpus_bytes / 1e6, docs.size(), bytes / 1e6, docs.size() / corpus.size());
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::size_t citations = 0;
  double cpu = 0;
  double s1 = Run(docs, 1, &citations, &cpu);
  std::printf("1 thread:   %.2f s  %7.1f MB/s wall  %7.1f MB/CPU-s  (%zu citations)\n", s1, bytes / 1e6 / s1,
              bytes / 1e6 / cpu, citations);
  double sn = Run(docs, cores, &citations, &cpu);
  std::printf("%u threads:  %.2f s  %7.1f MB/s wall  %7.1f MB/CPU-s  (%zu citations)\n", cores, sn, bytes / 1e6 / sn,
              bytes / 1e6 / cpu, citations);
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak memory (max RSS): %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}

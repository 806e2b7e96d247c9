// pipeline_bench: the whole pipeline on a folder, stage by stage, with wall times and peak memory.
// scan (read + parse, all threads) → resolve → graph → centrality → referrals → DOT of the top nodes.
// Usage: pipeline_bench FOLDER [JOBS]
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "analysis/node_selection.h"
#include "corpus/memory_policy.h"
#include "kamergraaf/pipeline.h"
#include "output/map_writer.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double PeakMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

// Resident memory now (VmRSS), in MB; 0 when /proc is not there.
double RssMb() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  long pages = 0, resident = 0;
  int n = std::fscanf(f, "%ld %ld", &pages, &resident);
  std::fclose(f);
  return n == 2 ? resident * (sysconf(_SC_PAGESIZE) / 1048576.0) : 0;
}

// After each stage, with KAMERGRAAF_BENCH_STAGES set: resident and peak memory so far, and what malloc
// holds in its heap (in use, and freed but still resident); blocks of 1 MB and more are mmapped outside it.
void Stage(const char* name) {
  if (std::getenv("KAMERGRAAF_BENCH_STAGES") == nullptr) return;
  const struct mallinfo2 mi = mallinfo2();
  std::printf("  after %-11s resident %6.0f MB  peak %6.0f MB  malloc heap in use %6.0f MB, free %4.0f MB\n", name,
              RssMb(), PeakMb(), mi.uordblks / 1048576.0, mi.fordblks / 1048576.0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: pipeline_bench FOLDER [JOBS]\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  kamergraaf::ReturnLargeBlocksToSystem();  // as the kamergraaf binary does
  kamergraaf::LoadOptions options;
  options.jobs = argc > 2 ? std::atoi(argv[2]) : 0;
  auto t0 = Clock::now();
  kamergraaf::Corpus corpus;
  kamergraaf::Status st = kamergraaf::LoadCorpus({argv[1]}, options, &corpus);
  double load = Seconds(t0);
  Stage("load+parse");
  std::size_t citations = 0;
  for (const auto& d : corpus.documents) citations += d.citations.size();
  if (std::getenv("KAMERGRAAF_BENCH_STAGES") != nullptr) {
    // Where the corpus's memory goes: each record kind's count and the bytes of its structs (the heap
    // blocks of its longer strings come on top).
    std::size_t n[8] = {};
    for (const auto& d : corpus.documents) {
      n[0] += d.citations.size(), n[1] += d.footnotes.size(), n[2] += d.questions.size(), n[3] += d.answers.size();
      n[4] += d.motions.size(), n[5] += d.speeches.size(), n[6] += d.commitments.size(), n[7] += d.diagnostics.size();
    }
    const std::size_t size[8] = {sizeof(kamergraaf::Citation), sizeof(kamergraaf::Footnote), sizeof(kamergraaf::Question),
                                 sizeof(kamergraaf::Answer),   sizeof(kamergraaf::Motion),   sizeof(kamergraaf::Speech),
                                 sizeof(kamergraaf::Commitment), sizeof(kamergraaf::Diagnostic)};
    const char* name[8] = {"citations", "footnotes", "questions", "answers", "motions", "speeches", "commitments", "diagnostics"};
    std::printf("  structs: documents %zu x %zu B = %.0f MB", corpus.documents.size(), sizeof(kamergraaf::Document),
                corpus.documents.size() * sizeof(kamergraaf::Document) / 1048576.0);
    for (int k = 0; k < 8; ++k) std::printf(", %s %zu x %zu B = %.0f MB", name[k], n[k], size[k], n[k] * size[k] / 1048576.0);
    std::printf("\n");
  }
  auto t1 = Clock::now();
  kamergraaf::CitationGraph graph = kamergraaf::BuildCitationGraph(corpus);
  double build = Seconds(t1);
  Stage("graph");
  auto t2 = Clock::now();
  kamergraaf::Centrality centrality = kamergraaf::ComputeCentrality(graph);
  double central = Seconds(t2);
  Stage("centrality");
  auto t3 = Clock::now();
  std::vector<kamergraaf::Referral> referrals = kamergraaf::FindReferrals(corpus, graph, centrality);
  double refer = Seconds(t3);
  Stage("referrals");
  auto t4 = Clock::now();
  std::string dot;
  kamergraaf::NodeSelection top;
  top.top = 100;
  st = kamergraaf::WriteDot(graph, centrality, kamergraaf::SelectNodes(graph, centrality, top), {}, &dot);
  double draw = Seconds(t4);
  double total = Seconds(t0);
  std::printf("documents %zu  bytes %.1f MB  citations %zu  nodes %d  edges %d  referrals %zu\n",
              corpus.documents.size(), corpus.bytes / 1e6, citations, graph.num_nodes(), graph.num_edges(),
              referrals.size());
  std::printf("load+parse %.2f s (%.1f MB/s)  graph %.2f s  centrality %.2f s  referrals %.2f s  dot %.2f s\n", load,
              corpus.bytes / 1e6 / load, build, central, refer, draw);
  std::printf("total %.2f s  peak memory %.0f MB\n", total, PeakMb());
  return st.ok() ? 0 : 1;
}

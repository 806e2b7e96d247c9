// pipeline_bench: the whole pipeline on a folder, stage by stage, with wall times and peak memory.
// scan (read + parse, all threads) → resolve → graph → centrality → referrals → DOT of the top nodes.
// Usage: pipeline_bench FOLDER [JOBS]
#include <sys/resource.h>
#include <unistd.h>
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <type_traits>

#include "analysis/node_selection.h"
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

// After each stage, with KAMERGRAAF_BENCH_STAGES set: resident and peak memory so far.
void Stage(const char* name) {
  if (std::getenv("KAMERGRAAF_BENCH_STAGES") == nullptr) return;
  struct mallinfo2 mi = mallinfo2();
  std::fprintf(stderr, "  after %-11s rss %6.0f MB  peak %6.0f MB  heap in use %6.0f MB  free %6.0f MB\n", name, RssMb(), PeakMb(), mi.uordblks/1048576.0, mi.fordblks/1048576.0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: pipeline_bench FOLDER [JOBS]\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  kamergraaf::LoadOptions options;
  options.jobs = argc > 2 ? std::atoi(argv[2]) : 0;
  auto t0 = Clock::now();
  kamergraaf::Corpus corpus;
  kamergraaf::Status st = kamergraaf::LoadCorpus({argv[1]}, options, &corpus);
  double load = Seconds(t0);
  Stage("load+parse");
  {
    auto H=[](const auto& x) -> double { if constexpr (std::is_same_v<std::decay_t<decltype(x)>, std::string>) return x.capacity()>15 ? x.capacity()+1 : 0; else return x.size()>7 ? x.size()+4 : 0; };
    double cit=0,cith=0,fn=0,q=0,a=0,mo=0,sp=0,co=0,doc=0,dg=0; size_t nc=0,ncap=0;
    for (const auto& d: corpus.documents){ doc+=sizeof(d)+H(d.path)+H(d.id)+H(d.kind_evidence)+H(d.title)+H(d.date);
      for(auto&x:d.about) doc+=32+H(x); for(auto&x:d.answers_to) doc+=32+H(x);
      nc+=d.citations.size(); ncap+=d.citations.capacity(); cit+=d.citations.capacity()*sizeof(kamergraaf::Citation);
      for(auto&c:d.citations) { cith+=H(c.target)+(c.text.size()>7 ? c.text.size()+8 : 0); for (std::string_view v : {c.footnote.view(),c.chamber.view(),c.vergaderjaar.view(),c.page.view(),c.mention_name.view()}) if (v.size()>7) cith+=v.size()+8; }
      fn+=d.footnotes.capacity()*sizeof(kamergraaf::Footnote); for(auto&f:d.footnotes) fn+=H(f.text)+H(f.number);
      q+=d.questions.capacity()*sizeof(kamergraaf::Question); for(auto&x:d.questions) q+=H(x.text)+H(x.fractie)+H(x.number);
      a+=d.answers.capacity()*sizeof(kamergraaf::Answer); for(auto&x:d.answers) a+=H(x.text)+x.questions.capacity()*4;
      mo+=d.motions.capacity()*sizeof(kamergraaf::Motion); for(auto&x:d.motions){ for(auto&y:x.submitters) mo+=32+H(y); for(auto&y:x.considerations) mo+=32+H(y); for(auto&y:x.requests) mo+=32+H(y); mo+=H(x.verdict);}
      sp+=d.speeches.capacity()*sizeof(kamergraaf::Speech); for(auto&x:d.speeches) sp+=H(x.speaker)+H(x.party);
      co+=d.commitments.capacity()*sizeof(kamergraaf::Commitment); for(auto&x:d.commitments) co+=H(x.text)+H(x.speaker)+H(x.deadline)+H(x.related);
      dg+=d.diagnostics.capacity()*sizeof(kamergraaf::Diagnostic);
    }
    std::fprintf(stderr,"docs %.0f MB  cit structs %.0f MB (%zu used of %zu cap, %zu B each) cit heap %.0f MB  footnotes %.0f  questions %.0f  answers %.0f  motions %.0f  speeches %.0f  commitments %.0f diag %.0f\n",
      doc/1e6,cit/1e6,nc,ncap,sizeof(kamergraaf::Citation),cith/1e6,fn/1e6,q/1e6,a/1e6,mo/1e6,sp/1e6,co/1e6,dg/1e6);
  }
  std::size_t citations = 0;
  for (const auto& d : corpus.documents) citations += d.citations.size();
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

// graph_bench: builds a synthetic citation graph (default 1M nodes, 5M edges, heavy-tailed in-degree) and
// times each centrality measure on it, printing one line per phase with the peak resident memory so far.
//
// Usage: graph_bench [--nodes N] [--edges M] [--samples K] [--threads T] [--api] [--seed S] [--write-edges FILE]
//   --api   build through AddNode/AddEdge with string ids instead of CitationGraph::FromEdges
#include <fmt/format.h>
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "analysis/centrality_measures.h"
#include "kamergraaf/citation_graph.h"

namespace kamergraaf {
namespace {

struct Args {
  int nodes = 1000000;
  long edges = 5000000;
  int samples = 256;
  int threads = 0;
  bool api = false;
  std::uint64_t seed = 7;
  std::string write_edges;  // when set: write the distinct arcs as "source target" lines, for comparisons
};

double PeakMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

// CPU seconds of the whole process (all threads): on a shared machine a steadier measure than wall time.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

class Phase {
 public:
  explicit Phase(std::string name)
      : name_(std::move(name)), start_(std::chrono::steady_clock::now()), cpu_start_(CpuSeconds()) {}
  double Done(const std::string& detail = "") {
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    fmt::print("{:<20} {:8.3f} s wall {:8.3f} s cpu   peak {:5.0f} MB   {}\n", name_, s, CpuSeconds() - cpu_start_,
               PeakMb(), detail);
    std::fflush(stdout);
    return s;
  }

 private:
  std::string name_;
  std::chrono::steady_clock::time_point start_;
  double cpu_start_;
};

// Papers mostly cite older papers, old ones far more often (in-degree falls off as a power law); one
// citation in ten goes anywhere, which closes cycles as corrections and follow-ups do.
std::vector<std::pair<int, int>> SyntheticEdges(const Args& args) {
  std::mt19937_64 rng(args.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<int> any(0, args.nodes - 1);
  std::vector<std::pair<int, int>> edges;
  edges.reserve(args.edges);
  while (static_cast<long>(edges.size()) < args.edges) {
    int s = any(rng);
    int t = unit(rng) < 0.9 ? static_cast<int>(s * std::pow(unit(rng), 2.5)) : any(rng);
    if (s != t) edges.emplace_back(s, t);
  }
  return edges;
}

std::string NodeId(int v) { return "kst-" + std::to_string(10000 + v / 1000) + "-" + std::to_string(v % 1000); }

int Run(const Args& args) {
  fmt::print("graph_bench: {} nodes, {} edges, {} pivots, {} threads, build via {}\n", args.nodes, args.edges,
             args.samples, ResolveThreads(args.threads), args.api ? "AddNode/AddEdge" : "FromEdges");
  Phase gen("generate");
  std::vector<std::pair<int, int>> pairs = SyntheticEdges(args);
  gen.Done();

  CitationGraph graph;
  Phase build("build graph");
  if (args.api) {
    for (int v = 0; v < args.nodes; ++v) {
      Node n;
      n.id = NodeId(v);
      n.kind = NodeKind::kKamerstuk;
      graph.AddNode(n);
    }
    for (auto [s, t] : pairs) graph.AddEdge(s, t, EdgeKind::kCites, 0, false);
  } else {
    std::vector<Node> nodes(args.nodes);
    for (int v = 0; v < args.nodes; ++v) {
      nodes[v].id = NodeId(v);
      nodes[v].kind = NodeKind::kKamerstuk;
    }
    std::vector<Edge> edges(pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      edges[i].source = pairs[i].first;
      edges[i].target = pairs[i].second;
    }
    Status st = CitationGraph::FromEdges(std::move(nodes), std::move(edges), &graph);
    if (!st.ok()) {
      fmt::print(stderr, "graph_bench: {}\n", st.message());
      return 1;
    }
  }
  pairs.clear();
  pairs.shrink_to_fit();
  build.Done(fmt::format("{} nodes, {} merged edges", graph.num_nodes(), graph.num_edges()));

  Phase csr("adjacency (CSR)");
  const Adjacency& out = graph.OutAdjacency();
  const Adjacency& in = graph.InAdjacency();
  int max_in = 0;
  for (int v = 0; v < graph.num_nodes(); ++v)
    max_in = std::max<int>(max_in, static_cast<int>(in.offsets[v + 1] - in.offsets[v]));
  csr.Done(fmt::format("{} distinct arcs, max in-degree {}", out.targets.size(), max_in));
  if (!args.write_edges.empty()) {
    std::FILE* f = std::fopen(args.write_edges.c_str(), "w");
    if (f == nullptr) {
      fmt::print(stderr, "graph_bench: cannot write {}\n", args.write_edges);
      return 1;
    }
    for (int v = 0; v < graph.num_nodes(); ++v)
      for (std::int64_t k = out.offsets[v]; k < out.offsets[v + 1]; ++k) std::fprintf(f, "%d %d\n", v, out.targets[k]);
    std::fclose(f);
  }

  CentralityOptions options;
  options.samples = args.samples;
  options.threads = args.threads;
  std::vector<double> rank, betweenness, hub, authority;
  std::vector<int> component;

  Phase pr("pagerank");
  int iterations = PageRank(out, in, options, &rank);
  pr.Done(fmt::format("{} iterations to L1 < {:g}", iterations, options.tolerance));

  Phase bc("betweenness");
  bool sampled = false;
  int sources = Betweenness(out, options, &betweenness, &sampled);
  bc.Done(fmt::format("{} {}", sources, sampled ? "pivots (sampled, scaled)" : "sources (exact)"));

  Phase hits("hits");
  iterations = Hits(out, in, options, &hub, &authority);
  hits.Done(fmt::format("{} iterations", iterations));

  Phase wcc("weak components");
  int weak = WeakComponents(out, &component);
  wcc.Done(fmt::format("{} components", weak));

  Phase scc("strong components");
  int strong = StrongComponents(out, &component);
  scc.Done(fmt::format("{} components", strong));

  fmt::print("peak resident memory: {:.0f} MB\n", PeakMb());
  return 0;
}

}  // namespace
}  // namespace kamergraaf

int main(int argc, char** argv) {
  kamergraaf::Args args;
  for (int i = 1; i < argc; ++i) {
    auto value = [&](const char* flag) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "graph_bench: %s needs a value\n", flag);
        std::exit(2);
      }
      return argv[++i];
    };
    if (!std::strcmp(argv[i], "--nodes")) {
      args.nodes = std::atoi(value("--nodes"));
    } else if (!std::strcmp(argv[i], "--edges")) {
      args.edges = std::atol(value("--edges"));
    } else if (!std::strcmp(argv[i], "--samples")) {
      args.samples = std::atoi(value("--samples"));
    } else if (!std::strcmp(argv[i], "--threads")) {
      args.threads = std::atoi(value("--threads"));
    } else if (!std::strcmp(argv[i], "--seed")) {
      args.seed = std::strtoull(value("--seed"), nullptr, 10);
    } else if (!std::strcmp(argv[i], "--write-edges")) {
      args.write_edges = value("--write-edges");
    } else if (!std::strcmp(argv[i], "--api")) {
      args.api = true;
    } else {
      std::fprintf(stderr, "usage: graph_bench [--nodes N] [--edges M] [--samples K] [--threads T] [--api] [--seed S] [--write-edges FILE]\n");
      return 2;
    }
  }
  if (args.nodes < 2 || args.edges < 0) {
    std::fprintf(stderr, "graph_bench: --nodes must be at least 2 and --edges not negative\n");
    return 2;
  }
  return kamergraaf::Run(args);
}

// The individual centrality measures of ComputeCentrality(), each over compressed adjacency arrays so that
// they run unchanged on a graph of a few hundred or a few million nodes. Exposed for tests and benchmarks.
#ifndef KAMERGRAAF_ANALYSIS_CENTRALITY_MEASURES_H_
#define KAMERGRAAF_ANALYSIS_CENTRALITY_MEASURES_H_

#include <vector>

#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"

namespace kamergraaf {

using Adjacency = CitationGraph::Adjacency;

// Worker threads to use for `requested` (0 = all cores), at least 1.
int ResolveThreads(int requested);

// PageRank into *rank (resized to the node count); returns the iterations run. `out` and `in` must be the
// out- and in-adjacency of the same graph.
int PageRank(const Adjacency& out, const Adjacency& in, const CentralityOptions& options,
             std::vector<double>* rank);

// Betweenness into *betweenness; sets *sampled when pivots were used. Returns the number of BFS sources.
int Betweenness(const Adjacency& out, const CentralityOptions& options, std::vector<double>* betweenness,
                bool* sampled);

// HITS hubs and authorities; returns the iterations run.
int Hits(const Adjacency& out, const Adjacency& in, const CentralityOptions& options, std::vector<double>* hub,
         std::vector<double>* authority);

// Weakly / strongly connected components into *component; return the number of components. Ids are
// numbered in order of each component's lowest node index. StrongComponents is an iterative Tarjan (no
// recursion, so deep citation chains cannot overflow the stack).
int WeakComponents(const Adjacency& out, std::vector<int>* component);
int StrongComponents(const Adjacency& out, std::vector<int>* component);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_ANALYSIS_CENTRALITY_MEASURES_H_

// CitationGraph: the directed graph of documents, motions and cited sources.
//
// Nodes are identified by canonical id (domain.md §2); a corpus document without an official id uses its
// path. Parallel citations between the same two nodes are one edge with a count. The graph is built once
// by BuildCitationGraph() (pipeline.h) and read-only afterwards; const methods are safe to call from
// several threads.
#ifndef KAMERGRAAF_CITATION_GRAPH_H_
#define KAMERGRAAF_CITATION_GRAPH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kamergraaf {

enum class NodeKind {
  kDocument,    // a corpus document without a more specific identity
  kMotion,
  kKamerstuk,
  kAanhangsel,
  kHandelingen,
  kZaak,
  kTkDocument,
  kExternal,    // URL, EU case, ECLI, Staatsblad, Staatscourant
};
std::string_view NodeKindName(NodeKind kind);  // "document", "motie", "kamerstuk", ...

enum class EdgeKind { kCites, kAbout, kAnswers, kSubmits, kDefersTo, kFollowsUp };
std::string_view EdgeKindName(EdgeKind kind);  // "cites", "about", "answers", "submits", ...

struct Node {
  std::string id;
  NodeKind kind = NodeKind::kExternal;
  bool in_corpus = false;
  int document = -1;     // index into Corpus::documents when in_corpus
  std::string label;     // what a person reads: "Motie Kathmann c.s. (26643, nr. 1317)"
  std::string doc_kind;  // DocumentKindName of the corpus document, else empty
  std::string dossier;   // "26643" for Kamerstukken and motions, else empty
  std::string url;       // public page, when one is known
};

struct Edge {
  int source = 0;
  int target = 0;
  EdgeKind kind = EdgeKind::kCites;
  int count = 1;              // citations this edge stands for
  bool via_footnote = false;  // at least one of them stands in a footnote
  std::vector<int> lines;     // lines of the citing document, ascending
};

class CitationGraph {
 public:
  CitationGraph();
  ~CitationGraph();
  CitationGraph(CitationGraph&&) noexcept;
  CitationGraph& operator=(CitationGraph&&) noexcept;

  // Returns the index of the node with node.id, adding it when new. When the node exists, fields of
  // `node` that are set (in_corpus, document, a non-empty label, ...) upgrade it; a kDocument/kKamerstuk
  // node is upgraded to a more specific kind (kMotion) but never downgraded.
  int AddNode(const Node& node);
  // Adds `count` to the edge (source, target, kind), creating it when new.
  void AddEdge(int source, int target, EdgeKind kind, int line, bool via_footnote, int count = 1);

  int num_nodes() const;
  int num_edges() const;
  const Node& node(int v) const;
  const Edge& edge(int e) const;
  // Index of the node with this id, or -1.
  int Find(std::string_view id) const;
  // Edge indices leaving / entering v, in insertion order.
  std::vector<int> OutEdges(int v) const;
  std::vector<int> InEdges(int v) const;

  // Compressed adjacency for the algorithms: for node v, its distinct out-neighbours are
  // targets[offsets[v] .. offsets[v+1]). Rebuilt on demand after the graph changed.
  struct Adjacency {
    std::vector<std::int64_t> offsets;  // num_nodes() + 1 entries
    std::vector<int> targets;
  };
  const Adjacency& OutAdjacency() const;
  const Adjacency& InAdjacency() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CITATION_GRAPH_H_

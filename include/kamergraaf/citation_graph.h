// CitationGraph: the directed graph of documents, motions and cited sources.
//
// Nodes are identified by canonical id (domain.md §2); a corpus document without an official id uses its
// path. One thing has one node: other ids of the same thing (a tweedekamer.nl URL and its document number,
// a Kamervragen zaak and its Aanhangsel, a zaak and the corpus document answering it) are aliases that
// Find() and AddNode() resolve to that node. Parallel citations between the same two nodes are one edge
// (per edge kind) with a count.
//
// The graph is built once, by BuildCitationGraph() (pipeline.h) or FromEdges() for synthetic graphs, and
// read-only afterwards; const methods are safe to call from several threads (the lazily built adjacency
// views are built under a lock). Mutating methods are not thread-safe.
#ifndef KAMERGRAAF_CITATION_GRAPH_H_
#define KAMERGRAAF_CITATION_GRAPH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/compact_string.h"
#include "kamergraaf/line_list.h"
#include "kamergraaf/status.h"

namespace kamergraaf {

enum class NodeKind : std::uint8_t {
  kDocument,    // a corpus document without a more specific identity
  kMotion,
  kKamerstuk,
  kAanhangsel,
  kHandelingen,
  kZaak,
  kTkDocument,
  kExternal,    // URL, EU case, ECLI, Staatsblad, Staatscourant
  kAmendement,  // an amendment (Motion::amendment), printed as a Kamerstuk of its own or voted in a debate
  kDossier,     // a whole dossier cited without a paper number (kst-15430); its papers carry the same
                // Node::dossier, so maps draw it inside the dossier's cluster (membership, not edges)
};
std::string_view NodeKindName(NodeKind kind);  // "document", "motie", "kamerstuk", ...

// Edges point from the document that acts to the thing it acts on:
//   kCites     a citation, inline or in a footnote (count, lines, via_footnote say how);
//   kAbout     a consultation's or letter's subject (Document::about);
//   kAnswers   a document answering questions (Document::answers_to) that are not merged into it;
//   kSubmits   a debate → a motion submitted in it;
//   kDefersTo  an answer that sends the reader to another document for the substance;
//   kFollowsUp a document acting on a motion submitted in the corpus (MotionRecord::followed_up_by); it
//              comes beside the kCites edge of the same citation, so count citations on kCites edges only.
//   kReplaces  a gewijzigde motie to the motion it replaces ("Zij krijgt nr. 812, was nr. 805", "t.v.v.").
enum class EdgeKind : std::uint8_t { kCites, kAbout, kAnswers, kSubmits, kDefersTo, kFollowsUp, kReplaces };
std::string_view EdgeKindName(EdgeKind kind);  // "cites", "about", "answers", "submits", ...

struct Node {
  std::string id;
  NodeKind kind = NodeKind::kExternal;
  bool in_corpus = false;
  int document = -1;     // index into Corpus::documents when in_corpus
  std::string label;     // what a person reads: "Motie Kathmann c.s. (26643, nr. 1317)"
  // Short or mostly empty, in 8 bytes each (a parliament's graph has millions of nodes):
  CompactString doc_kind;  // DocumentKindName of the corpus document, else empty
  CompactString dossier;   // "26643" for Kamerstukken and motions, else empty
  CompactString url;       // public page when set explicitly; NodeUrl() derives it from the id otherwise
  std::vector<std::string> aliases;  // other ids of the same thing, in the order they were added
};

// The node's public page: `url` when set, else the page its id names (officielebekendmakingen.nl,
// tweedekamer.nl, rechtspraak.nl, or the cited URL itself); empty when none.
// BuildCitationGraph() leaves `url` empty: a million stored URLs would cost a hundred megabytes.
std::string NodeUrl(const Node& node);

struct Edge {
  int source = 0;
  int target = 0;
  int count = 1;              // citations this edge stands for
  EdgeKind kind = EdgeKind::kCites;
  bool via_footnote = false;  // at least one of them stands in a footnote
  LineList lines;             // lines of the citing document, ascending
};

class CitationGraph {
 public:
  CitationGraph();
  ~CitationGraph();
  CitationGraph(CitationGraph&&) noexcept;
  CitationGraph& operator=(CitationGraph&&) noexcept;

  // Builds a graph in one go from nodes with distinct ids and edges between their indices; for millions of
  // edges about 3x faster than AddNode/AddEdge and without their per-edge index (1M nodes and 5M edges:
  // 0.9 s, 400 MB peak on 2 cores). Edges with the same (source, target, kind) are
  // merged (counts added, lines joined); the resulting edges are ordered by (source, target, kind).
  // Node::aliases are registered. Returns InvalidArgument (and leaves *graph empty) on a repeated id
  // or alias, or an edge endpoint out of range.
  static Status FromEdges(std::vector<Node> nodes, std::vector<Edge> edges, CitationGraph* graph);

  // Returns the index of the node with node.id (or with node.id as an alias), adding it when new. When the
  // node exists, fields of `node` that are set upgrade it: a kExternal/kDocument/kKamerstuk node takes a
  // more specific kind (kMotion, kAanhangsel, ...) but is never downgraded; in_corpus, document and doc_kind
  // are taken when the node enters the corpus; the label is replaced when the kind gets more specific or
  // the node enters the corpus (else only when empty); dossier and url fill in when empty. node.aliases are
  // added as by AddAlias.
  int AddNode(const Node& node);
  // Makes `alias` another id of node v. Returns false (and changes nothing) when `alias` already is the id
  // of another node or an alias of another node; true when it now names v.
  bool AddAlias(std::string_view alias, int v);
  // Adds `count` to the edge (source, target, kind), creating it when new; `line` > 0 is added to its
  // lines. Returns the edge index. Self-loops are allowed (the algorithms ignore them).
  int AddEdge(int source, int target, EdgeKind kind, int line, bool via_footnote, int count = 1);

  // Adds many edges at once, as AddEdge() would one by one (counts added, lines joined, via_footnote
  // or-ed; an edge with an endpoint out of range is left out), without AddEdge()'s per-edge index: for
  // millions of edges several times faster and smaller. Afterwards all edges, old and new, are ordered by
  // (source, target, kind): edge indices from before are void.
  void AddEdges(std::vector<Edge> edges);
  // Frees what only building needs: unused capacity and the (source, target, kind) index behind AddEdge()
  // (FindEdge() then searches the source's out-edges; a later AddEdge() rebuilds the index). For a graph
  // of millions of edges that is hundreds of megabytes; BuildCitationGraph() calls it when done.
  void ShrinkToFit();

  int num_nodes() const;
  int num_edges() const;
  const Node& node(int v) const;
  const Edge& edge(int e) const;
  // Index of the node with this id or alias, or -1.
  int Find(std::string_view id) const;
  // The edge (source, target, kind), or -1.
  int FindEdge(int source, int target, EdgeKind kind) const;
  // Edge indices leaving / entering v, in edge index order.
  std::vector<int> OutEdges(int v) const;
  std::vector<int> InEdges(int v) const;

  // Compressed adjacency for the algorithms: for node v, its distinct out-neighbours (in-neighbours) are
  // targets[offsets[v] .. offsets[v+1]), ascending, whatever the edge kinds; self-loops are left out.
  // Built on first use after the graph changed; the reference stays valid until the next mutation.
  struct Adjacency {
    std::vector<std::int64_t> offsets;  // num_nodes() + 1 entries
    std::vector<int> targets;
  };
  const Adjacency& OutAdjacency() const;
  const Adjacency& InAdjacency() const;
  // The same arrays, built afresh and not kept by the graph: for a caller that needs them once (as
  // ComputeCentrality does) and would rather not leave them cached (about 80 MB at a million documents).
  Adjacency BuildAdjacency(bool outgoing) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CITATION_GRAPH_H_

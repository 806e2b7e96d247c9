// BuildCitationGraph: corpus documents and everything they cite, merged by canonical id.
#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

NodeKind NodeKindFor(CitationKind kind) {
  switch (kind) {
    case CitationKind::kKamerstuk: return NodeKind::kKamerstuk;
    case CitationKind::kMotie: return NodeKind::kMotion;
    case CitationKind::kAanhangsel: return NodeKind::kAanhangsel;
    case CitationKind::kHandelingen: return NodeKind::kHandelingen;
    case CitationKind::kZaak: return NodeKind::kZaak;
    case CitationKind::kTkDocument: return NodeKind::kTkDocument;
    default: return NodeKind::kExternal;
  }
}

}  // namespace

CitationGraph BuildCitationGraph(const Corpus& corpus) {
  CitationGraph graph;
  std::vector<int> doc_node(corpus.documents.size());
  for (int d = 0; d < static_cast<int>(corpus.documents.size()); ++d) {
    const Document& doc = corpus.documents[d];
    Node n;
    n.id = doc.id;
    n.kind = NodeKind::kDocument;
    n.in_corpus = true;
    n.document = d;
    n.doc_kind = std::string(DocumentKindName(doc.kind));
    n.label = doc.title.empty() ? doc.id : doc.title;
    doc_node[d] = graph.AddNode(n);
  }
  for (const MotionRecord& m : corpus.motions) {
    Node n;
    n.id = m.id;
    n.kind = NodeKind::kMotion;
    n.in_corpus = m.document >= 0;
    n.document = m.document;
    n.label = "Motie " + m.id;
    int v = graph.AddNode(n);
    if (m.document >= 0) {
      graph.AddEdge(doc_node[m.document], v, EdgeKind::kSubmits,
                    corpus.documents[m.document].motions[m.motion].line, false);
    }
  }
  for (int d = 0; d < static_cast<int>(corpus.documents.size()); ++d) {
    for (const Citation& c : corpus.documents[d].citations) {
      if (!c.resolved || c.target.empty()) continue;
      Node n;
      n.id = c.target;
      n.kind = NodeKindFor(c.kind);
      n.label = c.target;
      int v = graph.AddNode(n);
      if (v == doc_node[d]) continue;
      graph.AddEdge(doc_node[d], v, EdgeKind::kCites, c.line, !c.footnote.empty());
    }
  }
  return graph;
}

}  // namespace kamergraaf

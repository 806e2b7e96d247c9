// BuildCitationGraph: corpus documents, their motions and everything they cite, one node per thing.
//
// Identity is settled before any node is made: an alias table maps every other id of a thing to the one
// id its node carries (a tweedekamer.nl URL → its document number, a Kamervragen zaak → the Aanhangsel it
// was published as → the corpus document answering it). Then nodes are added in a fixed order (documents,
// motions, cited ids), so that the graph does not depend on thread count or file order.
#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "graph/node_identity.h"
#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

// Two citations this close (bytes between them) name the same matter when one is an Aanhangsel and the
// other a zaak: "Aanhangsel van de Handelingen, nr. 597 (Kamervragen 2025Z19066)".
constexpr std::size_t kPairGap = 16;

class AliasTable {
 public:
  // Makes `alias` another id of `id`; the first mapping of an alias wins.
  void Add(const std::string& alias, const std::string& id) {
    if (alias != id && Resolve(id) != alias) to_.emplace(alias, id);
  }
  // The id `id` stands for, following chains of aliases.
  std::string Resolve(const std::string& id) const {
    std::string current = id;
    for (int hops = 0; hops < 8; ++hops) {
      auto it = to_.find(current);
      if (it == to_.end()) break;
      current = it->second;
    }
    return current;
  }

 private:
  std::unordered_map<std::string, std::string> to_;
};

bool IsPairKind(CitationKind a, CitationKind b) {
  return a == CitationKind::kAanhangsel && b == CitationKind::kZaak;
}

AliasTable CollectAliases(const Corpus& corpus) {
  AliasTable aliases;
  std::unordered_map<std::string, std::vector<int>> answered_by;  // zaak → documents answering it
  for (int d = 0; d < static_cast<int>(corpus.documents.size()); ++d) {
    const Document& doc = corpus.documents[d];
    const std::vector<Citation>& cs = doc.citations;
    for (std::size_t i = 0; i < cs.size(); ++i) {
      if (!cs[i].resolved || cs[i].target.empty()) continue;
      if (cs[i].kind == CitationKind::kUrl) {
        std::string id = ParliamentaryIdOfUrl(cs[i].target);
        if (!id.empty()) aliases.Add(cs[i].target, id);
      }
      if (i + 1 < cs.size() && cs[i + 1].resolved && !cs[i + 1].target.empty()) {
        const Citation& a = cs[i];
        const Citation& b = cs[i + 1];
        bool close = b.start <= a.end + kPairGap;
        if (close && IsPairKind(a.kind, b.kind)) aliases.Add(b.target, a.target);
        if (close && IsPairKind(b.kind, a.kind)) aliases.Add(a.target, b.target);
      }
    }
    for (const std::string& id : doc.answers_to) {
      if (NodeKindForId(id) == NodeKind::kZaak) answered_by[id].push_back(d);
    }
  }
  // "https://gac.icann.org/" and "https://gac.icann.org" are one page when both are cited.
  std::unordered_map<std::string, bool> urls;
  for (const Document& doc : corpus.documents)
    for (const Citation& c : doc.citations)
      if (c.kind == CitationKind::kUrl && c.resolved) urls[c.target] = true;
  for (const auto& [url, unused] : urls) {
    std::string bare = url;
    while (bare.size() > 4 && bare.back() == '/') bare.pop_back();
    if (bare != url && urls.count(bare)) aliases.Add(url, bare);
  }
  // A zaak answered by exactly one corpus document is that document (and so is its Aanhangsel), unless
  // the zaak is a corpus document of its own (the questions themselves).
  std::unordered_map<std::string, bool> doc_ids;
  for (const Document& doc : corpus.documents) doc_ids[doc.id] = true;
  for (const auto& [zaak, docs] : answered_by) {
    if (docs.size() != 1 || doc_ids.count(zaak)) continue;
    const std::string& doc_id = corpus.documents[docs.front()].id;
    std::string published = aliases.Resolve(zaak);
    if (published != zaak) aliases.Add(published, doc_id);
    aliases.Add(zaak, doc_id);
  }
  return aliases;
}

// The kind of node a citation of `id` (cited as `cited_as`, with the citation's own kind `kind`) stands for.
NodeKind CitedKind(const std::string& id, NodeKind kind, const std::string& cited_as) {
  // The id's form decides when the citation was of another id of the thing (a zaak standing for its
  // Aanhangsel) or names no specific kind; a citation as a motion stays a motion.
  const NodeKind by_form = NodeKindForId(id);
  const bool aliased = !cited_as.empty() && cited_as != id;
  if ((aliased && by_form != NodeKind::kExternal) || kind == NodeKind::kExternal ||
      (kind == NodeKind::kKamerstuk && by_form != NodeKind::kKamerstuk)) {
    return by_form;
  }
  return kind;
}

// The node a cited id stands for, before merging into what already exists.
Node CitedNode(const std::string& id, NodeKind kind, const std::string& cited_as) {
  Node n;
  n.id = id;
  n.kind = CitedKind(id, kind, cited_as);
  n.label = n.kind == NodeKind::kMotion ? MotionLabel(id, {}) : LabelForId(id);
  n.dossier = DossierOfId(id);
  if (n.kind == NodeKind::kAmendement && !n.dossier.empty()) {
    n.label = "Amendement (" + n.dossier.str() + ", nr. " + NumberOfId(id) + ")";
  }
  // A whole dossier (kst-15430) belongs to the dossier it names, like each of its papers.
  if (n.kind == NodeKind::kDossier && id.rfind("kst-", 0) == 0) {
    n.dossier = id.substr(4);
    n.label = "Dossier " + id.substr(4);
  }
  if (!cited_as.empty() && cited_as != id) n.aliases.push_back(cited_as);
  return n;
}

// The node of a cited id. A corpus document keeps what the corpus says about it (a citation of the zaak
// it answers must not turn it into a zaak); the cited id just becomes another name of it.
int AddCited(const std::string& id, NodeKind kind, const std::string& cited_as, CitationGraph* graph) {
  int v = graph->Find(id);
  if (v >= 0 && graph->node(v).in_corpus) {
    if (cited_as != id) graph->AddAlias(cited_as, v);
    return v;
  }
  // Most citations name a node made before from the same id and kind: merging it again would change
  // nothing (AddNode keeps a label, kind and dossier that are there), so skip making its label.
  if (v >= 0) {
    const Node& n = graph->node(v);
    if (n.id == id && (cited_as.empty() || cited_as == id) && n.kind == CitedKind(id, kind, cited_as) &&
        !n.label.empty() && (!n.dossier.empty() || id.rfind("kst-", 0) != 0)) {
      return v;
    }
  }
  return graph->AddNode(CitedNode(id, kind, cited_as));
}

// For each answer of `doc` that sends the reader elsewhere, the line range [first, last] it covers.
std::vector<std::pair<int, int>> DeferringAnswers(const Document& doc) {
  std::vector<int> starts;
  for (const Question& q : doc.questions) starts.push_back(q.line);
  for (const Answer& a : doc.answers) starts.push_back(a.line);
  std::sort(starts.begin(), starts.end());
  std::vector<std::pair<int, int>> ranges;
  for (const Answer& a : doc.answers) {
    std::string text = a.text;
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text.find("verwijs") == std::string::npos && text.find("verwezen naar") == std::string::npos) continue;
    auto next = std::upper_bound(starts.begin(), starts.end(), a.line);
    ranges.emplace_back(a.line, next == starts.end() ? INT_MAX : *next - 1);
  }
  return ranges;
}

bool InRanges(const std::vector<std::pair<int, int>>& ranges, int line) {
  for (auto [first, last] : ranges)
    if (line >= first && line <= last) return true;
  return false;
}

}  // namespace

CitationGraph BuildCitationGraph(const Corpus& corpus) {
  const AliasTable aliases = CollectAliases(corpus);
  const int num_docs = static_cast<int>(corpus.documents.size());
  CitationGraph graph;

  // 1. Corpus documents.
  std::vector<int> doc_node(num_docs);
  for (int d = 0; d < num_docs; ++d) {
    const Document& doc = corpus.documents[d];
    Node n;
    n.id = doc.id;
    n.kind = doc.kind == DocumentKind::kMotie        ? NodeKind::kMotion
             : doc.kind == DocumentKind::kAmendement ? NodeKind::kAmendement
                                                     : NodeKind::kDocument;
    if (doc.has_official_id && NodeKindForId(doc.id) != NodeKind::kExternal && n.kind == NodeKind::kDocument) {
      n.kind = NodeKindForId(doc.id);
    }
    n.in_corpus = true;
    n.document = d;
    n.doc_kind = std::string(DocumentKindName(doc.kind));
    n.label = DocumentLabel(doc);
    n.dossier = DossierOfId(doc.id);
    doc_node[d] = graph.AddNode(n);
  }
  // Ids merged into a document (its answered zaak, that zaak's Aanhangsel) become its aliases.
  for (const Document& doc : corpus.documents) {
    for (const std::string& id : doc.answers_to) {
      if (aliases.Resolve(id) == doc.id) graph.AddAlias(id, graph.Find(doc.id));
    }
  }

  // 2. Motions: submitted in a corpus debate (with a submits edge) or only cited.
  std::map<std::string, const MotionRecord*> submitted;  // ordered: edges come out the same every run
  for (const MotionRecord& m : corpus.motions) {
    const Motion* text = m.document >= 0 ? &corpus.documents[m.document].motions[m.motion] : nullptr;
    Node n;
    n.id = aliases.Resolve(m.id);
    n.kind = text != nullptr && text->amendment ? NodeKind::kAmendement : NodeKind::kMotion;
    n.in_corpus = text != nullptr;
    n.document = m.document;
    n.label = MotionLabel(m.id, text != nullptr ? text->submitters : std::vector<std::string>{});
    n.dossier = DossierOfId(m.id);
    int v = graph.AddNode(n);
    if (text != nullptr) {
      if (doc_node[m.document] != v) graph.AddEdge(doc_node[m.document], v, EdgeKind::kSubmits, text->line, false);
      submitted.emplace(n.id, &m);
      // A gewijzigde motie replaces an earlier number: both stay nodes, linked.
      if (!text->replaces.empty() && aliases.Resolve(text->replaces) != n.id) {
        int w = AddCited(aliases.Resolve(text->replaces), n.kind, text->replaces, &graph);
        graph.AddEdge(v, w, EdgeKind::kReplaces, text->line, false);
      }
    }
  }

  // 3. What each document cites, is about and answers: gathered first and added in one go (AddEdges),
  // which for millions of citations is several times faster and smaller than AddEdge one by one.
  std::vector<Edge> pending;
  auto add = [&pending](int from, int to, EdgeKind kind, int line, bool via_footnote) {
    Edge e;
    e.source = from;
    e.target = to;
    e.kind = kind;
    e.via_footnote = via_footnote;
    if (line > 0) e.lines.Insert(line);
    pending.push_back(std::move(e));
  };
  std::set<std::pair<int, int>> followed_up;  // (document node, motion node) with a kFollowsUp edge
  for (int d = 0; d < num_docs; ++d) {
    const Document& doc = corpus.documents[d];
    const int from = doc_node[d];
    const auto deferring = DeferringAnswers(doc);
    for (const Citation& c : doc.citations) {
      if (!c.resolved || c.target.empty()) continue;
      int v = AddCited(aliases.Resolve(c.target), NodeKindForCitation(c.kind), c.target, &graph);
      if (v == from) continue;
      const bool footnote = !c.footnote.empty();
      add(from, v, EdgeKind::kCites, c.line, footnote);
      auto m = submitted.find(graph.node(v).id);
      if (m != submitted.end() && std::binary_search(m->second->followed_up_by.begin(),
                                                     m->second->followed_up_by.end(), d)) {
        add(from, v, EdgeKind::kFollowsUp, c.line, footnote);
        followed_up.emplace(from, v);
      }
      const int context = c.context_line > 0 ? c.context_line : c.line;
      if (InRanges(deferring, context)) add(from, v, EdgeKind::kDefersTo, c.line, footnote);
    }
    for (const auto& [ids, kind] : {std::pair{&doc.about, EdgeKind::kAbout}, {&doc.answers_to, EdgeKind::kAnswers}}) {
      for (const std::string& raw : *ids) {
        std::string id = aliases.Resolve(raw);
        int v = AddCited(id, NodeKindForId(id), raw, &graph);
        if (v != from) add(from, v, kind, 0, false);
      }
    }
  }

  // 4. Follow-ups the resolver found without a citation the scanner resolved (a named motion).
  for (const auto& [id, m] : submitted) {
    int v = graph.Find(id);
    for (int d : m->followed_up_by) {
      if (doc_node[d] != v && followed_up.emplace(doc_node[d], v).second) {
        add(doc_node[d], v, EdgeKind::kFollowsUp, 0, false);
      }
    }
  }
  graph.AddEdges(std::move(pending));
  graph.ShrinkToFit();
  return graph;
}

}  // namespace kamergraaf

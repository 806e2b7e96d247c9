// BuildCitationGraph on small hand-made corpora: one node per thing, typed edges, labels and links.
#include <catch2/catch.hpp>

#include "graph/node_identity.h"
#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

Citation Cite(CitationKind kind, std::string target, int line, std::size_t start, std::size_t end,
              std::string footnote = "") {
  Citation c;
  c.kind = kind;
  c.target = std::move(target);
  c.line = line;
  c.context_line = line;
  c.start = start;
  c.end = end;
  c.footnote = std::move(footnote);
  return c;
}

Document Doc(std::string path, DocumentKind kind) {
  Document d;
  d.path = path;
  d.id = std::move(path);
  d.kind = kind;
  return d;
}

// Edges of `kind` from `source` to `target` (ids).
int CountEdges(const CitationGraph& g, std::string_view source, std::string_view target, EdgeKind kind) {
  int n = 0;
  for (int e = 0; e < g.num_edges(); ++e) {
    const Edge& edge = g.edge(e);
    if (g.node(edge.source).id == source && g.node(edge.target).id == target && edge.kind == kind) ++n;
  }
  return n;
}

// Seed 003 submits motion 26643-1317 in a debate; seed 001 cites it as a Kamerstuk while acting on it.
Corpus MotionCorpus() {
  Corpus corpus;
  Document later = Doc("seeds/001_brief.txt", DocumentKind::kKamerbrief);
  later.citations.push_back(Cite(CitationKind::kKamerstuk, "kst-26643-1317", 12, 400, 425, "4"));
  later.citations.push_back(Cite(CitationKind::kKamerstuk, "kst-26643-1329", 40, 900, 925));
  Document debate = Doc("seeds/003_debat.txt", DocumentKind::kHandelingen);
  Motion m;
  m.id = "kst-26643-1317";
  m.dossier = "26643";
  m.number = "1317";
  m.line = 2045;
  m.submitters = {"Kathmann", "Six Dijkstra", "Buijsse"};
  debate.motions.push_back(m);
  corpus.documents = {later, debate};
  MotionRecord rec;
  rec.id = "kst-26643-1317";
  rec.document = 1;
  rec.motion = 0;
  rec.cited_by = {0};
  rec.followed_up_by = {0};
  corpus.motions = {rec};
  corpus.Reindex();
  return corpus;
}

TEST_CASE("A motion submitted in a debate and cited elsewhere is one motie node", "[graph]") {
  CitationGraph g = BuildCitationGraph(MotionCorpus());
  int v = g.Find("kst-26643-1317");
  REQUIRE(v >= 0);
  int motions = 0;
  for (int u = 0; u < g.num_nodes(); ++u) motions += g.node(u).id == "kst-26643-1317";
  CHECK(motions == 1);
  const Node& n = g.node(v);
  CHECK(n.kind == NodeKind::kMotion);
  CHECK(n.in_corpus);
  CHECK(n.document == 1);
  CHECK(n.label == "Motie Kathmann c.s. (26643, nr. 1317)");
  CHECK(n.dossier == "26643");
  CHECK(NodeUrl(n) == "https://zoek.officielebekendmakingen.nl/kst-26643-1317.html");
  CHECK(CountEdges(g, "seeds/003_debat.txt", "kst-26643-1317", EdgeKind::kSubmits) == 1);
  CHECK(CountEdges(g, "seeds/001_brief.txt", "kst-26643-1317", EdgeKind::kCites) == 1);
  CHECK(CountEdges(g, "seeds/001_brief.txt", "kst-26643-1317", EdgeKind::kFollowsUp) == 1);
  int cites = g.FindEdge(g.Find("seeds/001_brief.txt"), v, EdgeKind::kCites);
  CHECK(g.edge(cites).via_footnote);
  CHECK(g.edge(cites).lines == std::vector<int>{12});
  CHECK(g.edge(g.FindEdge(g.Find("seeds/003_debat.txt"), v, EdgeKind::kSubmits)).lines == std::vector<int>{2045});
  // The other citation stays a plain Kamerstuk.
  CHECK(g.node(g.Find("kst-26643-1329")).kind == NodeKind::kKamerstuk);
  CHECK(g.node(g.Find("kst-26643-1329")).label == "Kamerstuk 26643, nr. 1329");
  CHECK(g.node(g.Find("seeds/003_debat.txt")).label == "Handelingen: 003_debat.txt");
  CHECK(g.node(g.Find("seeds/003_debat.txt")).doc_kind == "handelingen");
}

TEST_CASE("A corpus document is labelled by title, id or kind, never by a serial or hash file name", "[graph]") {
  struct Row {
    std::string path, id, title, date;
    bool official;
    DocumentKind kind;
    std::string label;
  };
  const std::vector<Row> rows = {
      {"old/sgd-0000123456.txt", "old/sgd-0000123456.txt", "", "1903-11-07", false, DocumentKind::kKamerstuk,
       "Kamerstuk, 1903-11-07"},
      {"old/sgd-0000123457.txt", "old/sgd-0000123457.txt", "", "", false, DocumentKind::kHandelingen, "Handelingen"},
      {"dl/9f3a07c2e1b4.pdf", "dl/9f3a07c2e1b4.pdf", "", "1987", false, DocumentKind::kUnknown, "Document, 1987"},
      // A title that is only the paper's type gets its date: a historical corpus holds many of them.
      {"old/sgd-0000123458.txt", "old/sgd-0000123458.txt", "VOORLOPIG VERSLAG", "1981-02-11", false,
       DocumentKind::kVoorlopigVerslag, "VOORLOPIG VERSLAG (1981-02-11)"},
      {"old/sgd-0000123460.txt", "kst-9020-3", "MEMORIE VAN TOELICHTING", "1968-05-02", true,
       DocumentKind::kMemorieVanToelichting, "MEMORIE VAN TOELICHTING"},
      {"brieven/b1.txt", "brieven/b1.txt", "Voortgang van de aanpak van laaggeletterdheid", "2026-02-01", false,
       DocumentKind::kKamerbrief, "Voortgang van de aanpak van laaggeletterdheid"},
      {"old/sgd-0000123459.txt", "kst-16400-XI-82", "", "", true, DocumentKind::kVoorlopigVerslag,
       "Kamerstuk 16400-XI, nr. 82"},
      {"notes/debat-havens.txt", "notes/debat-havens.txt", "", "2024-03-01", false, DocumentKind::kHandelingen,
       "Handelingen: debat-havens.txt"},
  };
  for (const Row& r : rows) {
    INFO(r.path);
    Document doc;
    doc.path = r.path;
    doc.id = r.id;
    doc.title = r.title;
    doc.date = r.date;
    doc.has_official_id = r.official;
    doc.kind = r.kind;
    CHECK(DocumentLabel(doc) == r.label);
  }
}

TEST_CASE("A motion cited as a motion keeps the label its debate gave it", "[graph]") {
  Corpus corpus = MotionCorpus();
  Citation by_name = Cite(CitationKind::kMotie, "kst-26643-1317", 20, 600, 640);
  Citation other = Cite(CitationKind::kMotie, "kst-26643-1315", 21, 700, 740);
  corpus.documents[0].citations.push_back(by_name);
  corpus.documents[0].citations.push_back(other);
  MotionRecord cited_only;
  cited_only.id = "kst-26643-1315";
  cited_only.cited_by = {0};
  corpus.motions.insert(corpus.motions.begin(), cited_only);
  corpus.Reindex();
  CitationGraph g = BuildCitationGraph(corpus);
  CHECK(g.node(g.Find("kst-26643-1317")).label == "Motie Kathmann c.s. (26643, nr. 1317)");
  const Node& m = g.node(g.Find("kst-26643-1315"));
  CHECK(m.kind == NodeKind::kMotion);
  CHECK_FALSE(m.in_corpus);
  CHECK(m.label == "Motie (26643, nr. 1315)");
  // A motion that is only cited has no follow-up edge: it was not submitted in the corpus.
  CHECK(CountEdges(g, "seeds/001_brief.txt", "kst-26643-1315", EdgeKind::kFollowsUp) == 0);
  CHECK(g.edge(g.FindEdge(g.Find("seeds/001_brief.txt"), g.Find("kst-26643-1317"), EdgeKind::kCites)).count == 2);
}

TEST_CASE("An Aanhangsel and the zaak of its Kamervragen are one node", "[graph]") {
  Corpus corpus;
  Document d = Doc("a.txt", DocumentKind::kKamerbrief);
  // "Kamerstukken II 2025/26, Aanhangsel van de Handelingen, nr. 597 (Kamervragen 2025Z19066)"
  d.citations.push_back(Cite(CitationKind::kAanhangsel, "ah-tk-20252026-597", 5, 100, 163));
  d.citations.push_back(Cite(CitationKind::kZaak, "2025Z19066", 5, 165, 187));
  // The zaak again, before its Aanhangsel: still the Aanhangsel's node and kind.
  d.citations.insert(d.citations.begin(), Cite(CitationKind::kZaak, "2025Z19066", 2, 10, 20));
  // A zaak far away from any Aanhangsel stays its own node.
  d.citations.push_back(Cite(CitationKind::kZaak, "2026Z03911", 9, 400, 410));
  Document e = Doc("b.txt", DocumentKind::kKamerbrief);
  e.citations.push_back(Cite(CitationKind::kZaak, "2025Z19066", 3, 10, 20));
  corpus.documents = {d, e};
  corpus.Reindex();
  CitationGraph g = BuildCitationGraph(corpus);
  int v = g.Find("ah-tk-20252026-597");
  REQUIRE(v >= 0);
  CHECK(g.Find("2025Z19066") == v);
  CHECK(g.node(v).kind == NodeKind::kAanhangsel);
  CHECK(g.node(v).label == "Aanhangsel 2025/26 nr. 597");
  CHECK(g.node(v).aliases == std::vector<std::string>{"2025Z19066"});
  CHECK(CountEdges(g, "b.txt", "ah-tk-20252026-597", EdgeKind::kCites) == 1);
  CHECK(g.edge(g.FindEdge(g.Find("a.txt"), v, EdgeKind::kCites)).count == 3);
  CHECK(g.Find("2026Z03911") != v);
  CHECK(g.num_nodes() == 4);
}

TEST_CASE("A tweedekamer.nl URL is the document number it names", "[graph]") {
  Corpus corpus;
  Document d = Doc("a.txt", DocumentKind::kKamerbrief);
  const std::string url =
      "url:https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024Z20614&did=2024D48680";
  d.citations.push_back(Cite(CitationKind::kUrl, url, 3, 10, 90));
  d.citations.push_back(Cite(CitationKind::kTkDocument, "2024D48680", 8, 200, 210));
  d.citations.push_back(Cite(CitationKind::kUrl, "url:https://www.nu.nl/tech/artikel-over-iets", 9, 300, 340));
  corpus.documents = {d};
  corpus.Reindex();
  CitationGraph g = BuildCitationGraph(corpus);
  int v = g.Find("2024D48680");
  REQUIRE(v >= 0);
  CHECK(g.Find(url) == v);
  CHECK(g.node(v).kind == NodeKind::kTkDocument);
  CHECK(g.node(v).label == "TK-document 2024D48680");
  CHECK(NodeUrl(g.node(v)) == "https://www.tweedekamer.nl/kamerstukken/detail?did=2024D48680");
  CHECK(g.edge(g.FindEdge(g.Find("a.txt"), v, EdgeKind::kCites)).lines == std::vector<int>{3, 8});
  CHECK(g.node(g.Find("url:https://www.nu.nl/tech/artikel-over-iets")).label == "nu.nl/tech/artikel-over-iets");
  CHECK(g.num_nodes() == 3);
}

TEST_CASE("A corpus document is the node of the id it carries or the zaak it answers", "[graph]") {
  Corpus corpus;
  Document answers = Doc("kamervragen.txt", DocumentKind::kKamervragenAntwoorden);
  answers.title = "Beantwoording Kamervragen over quantum";
  answers.answers_to = {"2026Z03911"};
  Document paper = Doc("kst-36800-73.txt", DocumentKind::kKamerstuk);
  paper.id = "kst-36800-73";
  paper.has_official_id = true;
  Document consult = Doc("so.txt", DocumentKind::kSchriftelijkOverleg);
  consult.about = {"kst-21501-33-1195"};
  consult.citations.push_back(Cite(CitationKind::kZaak, "2026Z03911", 4, 10, 20));
  consult.citations.push_back(Cite(CitationKind::kKamerstuk, "kst-36800-73", 6, 50, 70));
  corpus.documents = {answers, paper, consult};
  corpus.Reindex();
  CitationGraph g = BuildCitationGraph(corpus);
  int a = g.Find("kamervragen.txt");
  CHECK(g.Find("2026Z03911") == a);
  CHECK(g.node(a).label == "Beantwoording Kamervragen over quantum");
  CHECK(g.node(a).kind == NodeKind::kDocument);
  CHECK(g.node(a).doc_kind == "kamervragen-antwoorden");
  CHECK(CountEdges(g, "so.txt", "kamervragen.txt", EdgeKind::kCites) == 1);
  int p = g.Find("kst-36800-73");
  CHECK(g.node(p).in_corpus);
  CHECK(g.node(p).kind == NodeKind::kKamerstuk);
  CHECK(g.node(p).label == "Kamerstuk 36800, nr. 73");
  CHECK(CountEdges(g, "so.txt", "kst-36800-73", EdgeKind::kCites) == 1);
  CHECK(CountEdges(g, "so.txt", "kst-21501-33-1195", EdgeKind::kAbout) == 1);
  CHECK(g.node(g.Find("kst-21501-33-1195")).dossier == "21501-33");
  CHECK(g.num_nodes() == 4);
}

TEST_CASE("A zaak that is a corpus document of its own is not merged into its answer", "[graph]") {
  Corpus corpus;
  Document questions = Doc("2026Z03911.txt", DocumentKind::kUnknown);
  questions.id = "2026Z03911";
  questions.has_official_id = true;
  Document answers = Doc("antwoord.txt", DocumentKind::kKamervragenAntwoorden);
  answers.answers_to = {"2026Z03911"};
  corpus.documents = {questions, answers};
  corpus.Reindex();
  CitationGraph g = BuildCitationGraph(corpus);
  CHECK(g.num_nodes() == 2);
  CHECK(g.Find("2026Z03911") != g.Find("antwoord.txt"));
  CHECK(g.node(g.Find("2026Z03911")).kind == NodeKind::kZaak);
  CHECK(CountEdges(g, "antwoord.txt", "2026Z03911", EdgeKind::kAnswers) == 1);
}

TEST_CASE("A citation inside an answer that refers elsewhere is a defers-to edge", "[graph]") {
  Corpus corpus;
  Document d = Doc("antwoorden.txt", DocumentKind::kCommissievragenAntwoorden);
  Question q1, q2;
  q1.number = "19", q1.line = 148;
  q2.number = "20", q2.line = 160;
  Answer a1;
  a1.number = "19", a1.line = 151;
  a1.text = "Voor het antwoord op deze vraag verwijs ik u naar de antwoorden op de Kamervragen.";
  d.questions = {q1, q2};
  d.answers = {a1};
  d.citations.push_back(Cite(CitationKind::kZaak, "2026Z08236", 152, 10, 20));
  d.citations.push_back(Cite(CitationKind::kZaak, "2026Z00001", 161, 30, 40));
  corpus.documents = {d};
  corpus.Reindex();
  CitationGraph g = BuildCitationGraph(corpus);
  CHECK(CountEdges(g, "antwoorden.txt", "2026Z08236", EdgeKind::kDefersTo) == 1);
  CHECK(CountEdges(g, "antwoorden.txt", "2026Z00001", EdgeKind::kDefersTo) == 0);
  CHECK(CountEdges(g, "antwoorden.txt", "2026Z00001", EdgeKind::kCites) == 1);
}

TEST_CASE("A whole dossier is a node of its dossier; an amendment is an amendement node", "[graph]") {
  Corpus corpus;
  Document letter = Doc("brief.txt", DocumentKind::kKamerbrief);
  letter.citations.push_back(Cite(CitationKind::kDossier, "kst-36410", 3, 10, 30));
  letter.citations.push_back(Cite(CitationKind::kAmendement, "kst-36410-17", 4, 40, 60));
  letter.citations.push_back(Cite(CitationKind::kKamerstuk, "kst-36410-2", 5, 70, 90));
  corpus.documents = {letter};
  CitationGraph g = BuildCitationGraph(corpus);
  int dossier = g.Find("kst-36410");
  REQUIRE(dossier >= 0);
  CHECK(g.node(dossier).kind == NodeKind::kDossier);
  CHECK(g.node(dossier).label == "Dossier 36410");
  // Membership: the dossier node and every paper of the dossier carry the same dossier, no extra edges.
  CHECK(g.node(dossier).dossier == "36410");
  int amendment = g.Find("kst-36410-17");
  REQUIRE(amendment >= 0);
  CHECK(g.node(amendment).kind == NodeKind::kAmendement);
  CHECK(g.node(amendment).label == "Amendement (36410, nr. 17)");
  CHECK(g.node(amendment).dossier == "36410");
  CHECK(g.node(g.Find("kst-36410-2")).dossier == "36410");
  CHECK(g.num_edges() == 3);
  CHECK(CountEdges(g, "brief.txt", "kst-36410", EdgeKind::kCites) == 1);
  CHECK(NodeKindName(NodeKind::kDossier) == "dossier");
  CHECK(CitationKindName(CitationKind::kDossier) == "dossier");
  CHECK(CitationKindName(CitationKind::kAmendement) == "amendement");
}

TEST_CASE("Ids say what they are", "[graph]") {
  struct Case {
    std::string id;
    NodeKind kind;
    std::string label;
    std::string url;
  };
  const std::vector<Case> cases = {
      {"kst-26643-1329", NodeKind::kKamerstuk, "Kamerstuk 26643, nr. 1329",
       "https://zoek.officielebekendmakingen.nl/kst-26643-1329.html"},
      {"kst-35300-VII-5", NodeKind::kKamerstuk, "Kamerstuk 35300-VII, nr. 5",
       "https://zoek.officielebekendmakingen.nl/kst-35300-VII-5.html"},
      {"kst-35925-E", NodeKind::kKamerstuk, "Kamerstuk 35925, nr. E",
       "https://zoek.officielebekendmakingen.nl/kst-35925-E.html"},
      {"ah-tk-20252026-597", NodeKind::kAanhangsel, "Aanhangsel 2025/26 nr. 597",
       "https://zoek.officielebekendmakingen.nl/ah-tk-20252026-597.html"},
      {"h-tk-20192020-45-12", NodeKind::kHandelingen, "Handelingen II 2019/20, nr. 45, item 12",
       "https://zoek.officielebekendmakingen.nl/h-tk-20192020-45-12.html"},
      {"2026Z03911", NodeKind::kZaak, "Zaak 2026Z03911", "https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z03911"},
      {"stb-2020-123", NodeKind::kExternal, "Stb. 2020, 123", "https://zoek.officielebekendmakingen.nl/stb-2020-123.html"},
      {"eu-case-C-355/10", NodeKind::kExternal, "HvJ EU C-355/10", ""},
      {"ECLI:NL:HR:2019:2006", NodeKind::kExternal, "ECLI:NL:HR:2019:2006",
       "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2019:2006"},
      {"url:https://www.volkskrant.nl/wetenschap/brussel-wil-een-heel-lang-pad~b123/", NodeKind::kExternal,
       "volkskrant.nl/wetenschap/brussel-wil-een-…", "https://www.volkskrant.nl/wetenschap/brussel-wil-een-heel-lang-pad~b123/"},
      {"url:javascript:alert(1)", NodeKind::kExternal, "javascript:alert(1)", ""},
  };
  for (const Case& c : cases) {
    INFO(c.id);
    CHECK(NodeKindForId(c.id) == c.kind);
    CHECK(LabelForId(c.id) == c.label);
    CHECK(UrlForId(c.id) == c.url);
  }
  CHECK(MotionLabel("kst-26643-1317", {"Kathmann"}) == "Motie Kathmann (26643, nr. 1317)");
  CHECK(MotionLabel("kst-26643-1317", {}) == "Motie (26643, nr. 1317)");
  CHECK(ParliamentaryIdOfUrl("url:https://zoek.officielebekendmakingen.nl/kst-26643-1317.html") == "kst-26643-1317");
  CHECK(ParliamentaryIdOfUrl("url:https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z20614") == "2024Z20614");
  CHECK(ParliamentaryIdOfUrl("url:https://example.org/?did=2024D48680").empty());
}

}  // namespace
}  // namespace kamergraaf

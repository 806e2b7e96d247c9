// _kamergraaf: the pybind11 binding under the `kamergraaf` Python package (python/kamergraaf/__init__.py).
//
// A thin layer over the library, like the command line: it loads, calls the pipeline and hands results to
// Python as plain objects. Records are dicts with the keys of the JSON contract (shared/docs/contract.md;
// unknown values are None), so that a DataFrame of them has the columns of the CLI's JSON.
//
// Threads: every long call (LoadCorpus, BuildCitationGraph + ComputeCentrality, FindReferrals, Graphviz,
// ParseDocument) runs with the GIL released. The loaded Corpus is read-only and shared (std::shared_ptr)
// by the documents and graphs made from it, so they stay valid as long as any of them lives.
// Nothing here throws into Python except what pybind11 raises for bad argument types and the ValueError
// of bad options; input problems are diagnostics.
#include <Python.h>
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/node_selection.h"
#include "output/selection_caption.h"
#include "kamergraaf/pipeline.h"
#include "output/map_writer.h"

namespace py = pybind11;

namespace kamergraaf::python {
namespace {

// A Python str of UTF-8 bytes; invalid sequences (which the source stage should have repaired already)
// become U+FFFD instead of raising.
py::str Str(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (o == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

// None for an empty string, as the JSON contract writes null.
py::object StrOrNone(std::string_view s) { return s.empty() ? py::object(py::none()) : py::object(Str(s)); }
py::object LineOrNone(int line) { return line > 0 ? py::object(py::int_(line)) : py::object(py::none()); }

py::list StrList(const std::vector<std::string>& v) {
  py::list out;
  for (const std::string& s : v) out.append(Str(s));
  return out;
}

py::list IntList(const std::vector<int>& v) {
  py::list out;
  for (int i : v) out.append(i);
  return out;
}

const char* SeverityName(Diagnostic::Severity s) {
  switch (s) {
    case Diagnostic::Severity::kError:
      return "error";
    case Diagnostic::Severity::kNote:
      return "note";
    default:
      return "warning";
  }
}

// (path, line, severity, message, the line the CLI prints); the package makes them Diagnostic tuples.
py::list DiagnosticList(const Diagnostics& diagnostics) {
  py::list out;
  for (const Diagnostic& d : diagnostics) {
    out.append(py::make_tuple(Str(d.path), d.line, SeverityName(d.severity), Str(d.message), Str(d.ToString())));
  }
  return out;
}

py::dict CitationDict(const Document& doc, const Citation& c) {
  py::dict j;
  j["doc"] = Str(doc.path);
  j["line"] = c.line;
  j["column"] = c.column;
  j["start"] = c.start;
  j["end"] = c.end;
  j["kind"] = Str(CitationKindName(c.kind));
  j["target"] = StrOrNone(c.target);
  j["text"] = Str(c.text);
  j["footnote"] = StrOrNone(c.footnote);
  j["resolved"] = c.resolved;
  j["context_line"] = c.context_line;
  j["chamber"] = StrOrNone(c.chamber);
  j["vergaderjaar"] = StrOrNone(c.vergaderjaar);
  j["page"] = StrOrNone(c.page);
  j["mention"] = StrOrNone(c.mention_name);
  j["doc_id"] = Str(doc.id);
  return j;
}

py::dict MotionDict(const Motion& m) {
  py::dict j;
  j["id"] = StrOrNone(m.id);
  j["line"] = LineOrNone(m.line);
  j["dossier"] = StrOrNone(m.dossier);
  j["number"] = StrOrNone(m.number);
  j["submitters"] = StrList(m.submitters);
  j["verdict"] = StrOrNone(m.verdict);
  j["verdict_line"] = LineOrNone(m.verdict_line);
  j["considerations"] = StrList(m.considerations);
  j["requests"] = StrList(m.requests);
  j["title"] = StrOrNone(m.title);
  j["date"] = StrOrNone(m.date);
  j["outcome"] = StrOrNone(m.outcome);
  j["outcome_line"] = LineOrNone(m.outcome_line);
  j["outcome_date"] = StrOrNone(m.outcome_date);
  j["replaces"] = StrOrNone(m.replaces);
  j["zaak"] = StrOrNone(m.zaak);
  py::list votes;
  for (const Motion::Vote& v : m.votes) {
    py::dict vote;
    vote["party"] = Str(v.party);
    vote["seats"] = v.seats;
    vote["side"] = Str(v.side);
    votes.append(vote);
  }
  j["votes"] = votes;
  j["amendment"] = m.amendment;
  return j;
}

py::list Footnotes(const Document& doc) {
  py::list out;
  for (const Footnote& f : doc.footnotes) {
    py::dict j;
    j["number"] = Str(f.number);
    j["line"] = f.line;
    j["marker_line"] = LineOrNone(f.marker_line);
    j["text"] = Str(f.text);
    out.append(j);
  }
  return out;
}

py::list Questions(const Document& doc) {
  py::list out;
  for (const Question& q : doc.questions) {
    py::dict j;
    j["number"] = StrOrNone(q.number);
    j["line"] = q.line;
    j["fractie"] = StrOrNone(q.fractie);
    j["answered"] = q.answered;
    j["answer"] = q.answer >= 0 ? py::object(py::int_(q.answer)) : py::object(py::none());
    j["text"] = Str(q.text);
    j["end_line"] = LineOrNone(q.end_line);
    out.append(j);
  }
  return out;
}

py::list Answers(const Document& doc) {
  py::list out;
  for (const Answer& a : doc.answers) {
    py::dict j;
    j["number"] = StrOrNone(a.number);
    j["line"] = a.line;
    j["text"] = Str(a.text);
    j["end_line"] = LineOrNone(a.end_line);
    j["questions"] = IntList(a.questions);
    out.append(j);
  }
  return out;
}

py::list Motions(const Document& doc) {
  py::list out;
  for (const Motion& m : doc.motions) out.append(MotionDict(m));
  return out;
}

py::list Speeches(const Document& doc) {
  py::list out;
  for (const Speech& s : doc.speeches) {
    py::dict j;
    j["line"] = s.line;
    j["speaker"] = Str(s.speaker);
    j["role"] = Str(SpeechRoleName(s.role));
    j["party"] = StrOrNone(s.party);
    j["end_line"] = LineOrNone(s.end_line);
    out.append(j);
  }
  return out;
}

py::list Commitments(const Document& doc) {
  py::list out;
  for (const Commitment& c : doc.commitments) {
    py::dict j;
    j["line"] = c.line;
    j["speaker"] = StrOrNone(c.speaker);
    j["deadline"] = StrOrNone(c.deadline);
    j["text"] = Str(c.text);
    j["related"] = StrOrNone(c.related);
    j["deadline_date"] = StrOrNone(c.deadline_date);
    j["deadline_rule"] = StrOrNone(c.deadline_rule);
    out.append(j);
  }
  return out;
}

py::list Citations(const Document& doc) {
  py::list out;
  for (const Citation& c : doc.citations) out.append(CitationDict(doc, c));
  return out;
}

// Everything of one document as plain Python values (picklable, for Spark/Dask): the keys of
// `kamergraaf show --format json`, the structure lists in full and the citations.
py::dict DocumentDict(const Document& doc) {
  py::dict j;
  j["doc"] = Str(doc.path);
  j["id"] = Str(doc.id);
  j["official_id"] = doc.has_official_id;
  j["kind"] = Str(DocumentKindName(doc.kind));
  j["kind_evidence"] = StrOrNone(doc.kind_evidence);
  j["title"] = StrOrNone(doc.title);
  j["date"] = StrOrNone(doc.date);
  j["date_evidence"] = StrOrNone(doc.date_evidence);
  j["signer"] = StrOrNone(doc.signer);
  j["addressee"] = StrOrNone(doc.addressee);
  j["about"] = StrList(doc.about);
  j["answers_to"] = StrList(doc.answers_to);
  j["bytes"] = doc.bytes;
  j["lines"] = doc.lines;
  j["format"] = Str(doc.format);
  j["footnotes"] = Footnotes(doc);
  j["questions"] = Questions(doc);
  j["answers"] = Answers(doc);
  j["motions"] = Motions(doc);
  j["speeches"] = Speeches(doc);
  j["commitments"] = Commitments(doc);
  j["citations"] = Citations(doc);
  py::list diagnostics;
  for (const Diagnostic& d : doc.diagnostics) {
    py::dict dj;
    dj["line"] = d.line;
    dj["severity"] = SeverityName(d.severity);
    dj["message"] = Str(d.message);
    diagnostics.append(dj);
  }
  j["diagnostics"] = diagnostics;
  return j;
}

// One document, read-only. Points into the corpus it came from (or owns the parse of parse_document) and
// keeps it alive.
struct DocumentView {
  std::shared_ptr<const Document> doc;
};

// A loaded corpus with the status of its load.
struct CorpusHandle {
  std::shared_ptr<const Corpus> corpus;
  std::string status;   // "ok", "partial" or "invalid-argument"
  std::string message;  // Status::message(), empty when ok
};

// The citation graph of a corpus with its centrality, built once.
struct GraphHandle {
  std::shared_ptr<const Corpus> corpus;
  CitationGraph graph;
  Centrality centrality;
};

py::dict NodeDict(const GraphHandle& g, int v) {
  const Node& n = g.graph.node(v);
  const Centrality& c = g.centrality;
  py::dict j;
  j["id"] = Str(n.id);
  j["kind"] = Str(NodeKindName(n.kind));
  j["in_corpus"] = n.in_corpus;
  j["label"] = Str(n.label);
  j["doc_kind"] = StrOrNone(n.doc_kind);
  j["dossier"] = StrOrNone(n.dossier);
  j["url"] = StrOrNone(NodeUrl(n));
  j["doc"] = n.in_corpus && n.document >= 0 && g.corpus != nullptr &&
                     n.document < static_cast<int>(g.corpus->documents.size())
                 ? py::object(Str(g.corpus->documents[n.document].path))
                 : py::object(py::none());
  j["aliases"] = StrList(n.aliases);
  j["pagerank"] = c.pagerank[v];
  j["in_degree"] = c.in_degree[v];
  j["out_degree"] = c.out_degree[v];
  j["betweenness"] = c.betweenness[v];
  j["hub"] = c.hub[v];
  j["authority"] = c.authority[v];
  j["weak_component"] = c.weak_component[v];
  j["strong_component"] = c.strong_component[v];
  return j;
}

py::list Nodes(const GraphHandle& g, const std::vector<int>& order) {
  py::list out;
  for (int v : order) out.append(NodeDict(g, v));
  return out;
}

py::list Edges(const GraphHandle& g) {
  py::list out;
  for (int e = 0; e < g.graph.num_edges(); ++e) {
    const Edge& edge = g.graph.edge(e);
    py::dict j;
    j["source"] = Str(g.graph.node(edge.source).id);
    j["target"] = Str(g.graph.node(edge.target).id);
    j["kind"] = Str(EdgeKindName(edge.kind));
    j["count"] = edge.count;
    j["via_footnote"] = edge.via_footnote;
    j["lines"] = IntList(edge.lines.ToVector());
    out.append(j);
  }
  return out;
}

py::list ReferralList(const std::vector<Referral>& referrals) {
  py::list out;
  for (const Referral& r : referrals) {
    py::dict j;
    j["category"] = Str(ReferralCategoryName(r.category));
    j["doc"] = StrOrNone(r.doc);
    j["line"] = LineOrNone(r.line);
    j["question"] = StrOrNone(r.question);
    j["fractie"] = StrOrNone(r.fractie);
    j["speaker"] = StrOrNone(r.speaker);
    j["target"] = StrOrNone(r.target);
    j["deadline"] = StrOrNone(r.deadline);
    j["verdict"] = StrOrNone(r.verdict);
    j["text"] = StrOrNone(r.text);
    j["date"] = StrOrNone(r.date);
    j["deadline_date"] = StrOrNone(r.deadline_date);
    j["deadline_rule"] = StrOrNone(r.deadline_rule);
    j["age_days"] = r.age_days >= 0 ? py::object(py::int_(r.age_days)) : py::object(py::none());
    j["overdue_days"] = r.overdue_days >= 0 ? py::object(py::int_(r.overdue_days)) : py::object(py::none());
    // Uniform columns for a DataFrame: what only some categories have is None for the others.
    const bool missing = r.category == ReferralCategory::kMissingDocument;
    j["citations"] = missing ? py::object(py::int_(r.citations)) : py::object(py::none());
    j["cited_by"] = missing ? py::object(StrList(r.cited_by)) : py::object(py::none());
    j["score"] = missing ? py::object(py::float_(r.score)) : py::object(py::none());
    j["submitters"] = r.category == ReferralCategory::kMotionWithoutFollowUp ? py::object(StrList(r.submitters))
                                                                            : py::object(py::none());
    out.append(j);
  }
  return out;
}

// Graphviz keeps global state: one map at a time, whichever Python thread asks.
std::mutex& GraphvizMutex() {
  static std::mutex mu;
  return mu;
}

std::string Map(const GraphHandle& g, bool svg, const std::string& focus, int depth, int top, int min_degree,
                const std::string& layout, const std::optional<std::string>& title) {
  std::string out;
  Status st;
  {
    py::gil_scoped_release release;
    NodeSelection selection = MapSelection(g.graph, NodeSelection{focus, depth, top, min_degree});
    std::vector<int> nodes = SelectNodes(g.graph, g.centrality, selection);
    if (!focus.empty() && nodes.empty()) {
      st = Status::InvalidArgument("--focus " + focus + ": no such node in the graph");
    } else {
      MapOptions map;
      map.layout = layout;
      map.highlight = focus;
      if (title) map.title = *title;
      map.caption = SelectionCaption(SummarizeSelection(g.graph, selection, nodes), map.lang);  // as the command line's map
      map.progress = false;
      std::lock_guard<std::mutex> lock(GraphvizMutex());
      st = svg ? RenderSvg(g.graph, g.centrality, nodes, map, &out) : WriteDot(g.graph, g.centrality, nodes, map, &out);
    }
  }
  if (st.code() == Status::Code::kInvalidArgument) throw py::value_error(st.message());
  if (!st.ok()) throw std::runtime_error(st.message());
  return out;
}

std::shared_ptr<CorpusHandle> Load(const std::vector<std::string>& inputs, int jobs,
                                   const std::vector<std::string>& include,
                                   const std::vector<std::string>& exclude, const std::string& db,
                                   std::size_t max_file_bytes, const py::object& progress) {
  LoadOptions options;
  options.jobs = jobs;
  options.include = include;
  options.exclude = exclude;
  options.db = db;
  options.relative_paths = true;  // as the command line: no output shows a local folder
  options.max_file_bytes = max_file_bytes;
  // The callback runs on a worker thread: it takes the GIL for the call. The first exception it raises
  // (KeyboardInterrupt included) stops further calls and is raised once the load is done.
  std::optional<py::error_already_set> failure;
  bool stopped = false;
  if (!progress.is_none()) {
    options.progress = [&](std::size_t done, std::size_t total, std::size_t bytes) {
      if (stopped) return;
      py::gil_scoped_acquire acquire;
      try {
        progress(done, total, bytes);
        if (PyErr_CheckSignals() != 0) throw py::error_already_set();
      } catch (py::error_already_set& e) {
        failure.emplace(std::move(e));
        stopped = true;
      }
    };
  }
  auto corpus = std::make_shared<Corpus>();
  Status st;
  {
    py::gil_scoped_release release;
    st = LoadCorpus(inputs, options, corpus.get());
  }
  if (failure) throw std::move(*failure);
  auto handle = std::make_shared<CorpusHandle>();
  handle->corpus = std::move(corpus);
  handle->status = st.ok() ? "ok" : st.code() == Status::Code::kPartial ? "partial" : "invalid-argument";
  handle->message = st.ok() ? "" : st.message();
  return handle;
}

DocumentView ParseOne(py::object text, const std::string& path) {
  std::string bytes;
  if (py::isinstance<py::bytes>(text)) {
    bytes = text.cast<std::string>();
  } else if (py::isinstance<py::str>(text)) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (data == nullptr) throw py::error_already_set();
    bytes.assign(data, static_cast<std::size_t>(size));
  } else {
    throw py::type_error("parse_document: text must be str or bytes");
  }
  auto doc = std::make_shared<Document>();
  {
    py::gil_scoped_release release;
    *doc = ParseDocument(path, bytes);
  }
  return DocumentView{std::move(doc)};
}

}  // namespace
}  // namespace kamergraaf::python

PYBIND11_MODULE(_kamergraaf, m) {
  using namespace kamergraaf;
  using namespace kamergraaf::python;
  m.doc() = "The C++ core of the kamergraaf package; use the kamergraaf module, not this one.";
  m.attr("__version__") = KAMERGRAAF_VERSION;

  py::class_<DocumentView>(m, "Document", "One parsed document (read-only). Lists hold one dict per item.")
      .def_property_readonly("path", [](const DocumentView& d) { return Str(d.doc->path); },
                             "The path as given to load() ('-' for parse_document without a path).")
      .def_property_readonly("id", [](const DocumentView& d) { return Str(d.doc->id); },
                             "Canonical id (kst-26643-1317, ah-tk-…) or, without an official one, the path.")
      .def_property_readonly("official_id", [](const DocumentView& d) { return d.doc->has_official_id; })
      .def_property_readonly("kind", [](const DocumentView& d) { return Str(DocumentKindName(d.doc->kind)); },
                             "'handelingen', 'kamerbrief', 'motie', … or 'unknown'.")
      .def_property_readonly("kind_evidence", [](const DocumentView& d) { return StrOrNone(d.doc->kind_evidence); })
      .def_property_readonly("title", [](const DocumentView& d) { return StrOrNone(d.doc->title); })
      .def_property_readonly("date", [](const DocumentView& d) { return StrOrNone(d.doc->date); },
                             "ISO date (YYYY-MM-DD, YYYY-MM or YYYY), or None when unknown.")
      .def_property_readonly("date_evidence", [](const DocumentView& d) { return StrOrNone(d.doc->date_evidence); })
      .def_property_readonly("signer", [](const DocumentView& d) { return StrOrNone(d.doc->signer); })
      .def_property_readonly("addressee", [](const DocumentView& d) { return StrOrNone(d.doc->addressee); })
      .def_property_readonly("about", [](const DocumentView& d) { return StrList(d.doc->about); })
      .def_property_readonly("answers_to", [](const DocumentView& d) { return StrList(d.doc->answers_to); })
      .def_property_readonly("format", [](const DocumentView& d) { return Str(d.doc->format); },
                             "'text', 'pdf', 'xml' or 'html'.")
      .def_property_readonly("bytes", [](const DocumentView& d) { return d.doc->bytes; })
      .def_property_readonly("lines", [](const DocumentView& d) { return d.doc->lines; })
      .def_property_readonly("citations", [](const DocumentView& d) { return Citations(*d.doc); },
                             "Citation dicts, in order of position (the keys of `kamergraaf scan --format json`).")
      .def_property_readonly("footnotes", [](const DocumentView& d) { return Footnotes(*d.doc); })
      .def_property_readonly("questions", [](const DocumentView& d) { return Questions(*d.doc); })
      .def_property_readonly("answers", [](const DocumentView& d) { return Answers(*d.doc); })
      .def_property_readonly("motions", [](const DocumentView& d) { return Motions(*d.doc); })
      .def_property_readonly("speeches", [](const DocumentView& d) { return Speeches(*d.doc); })
      .def_property_readonly("commitments", [](const DocumentView& d) { return Commitments(*d.doc); })
      .def_property_readonly("diagnostics", [](const DocumentView& d) { return DiagnosticList(d.doc->diagnostics); })
      .def("to_dict", [](const DocumentView& d) { return DocumentDict(*d.doc); },
           "Every field as plain, picklable Python values.")
      .def("__repr__", [](const DocumentView& d) {
        return py::str("<kamergraaf.Document {} ({}, {} citations)>")
            .format(Str(d.doc->id), Str(DocumentKindName(d.doc->kind)), d.doc->citations.size());
      });

  py::class_<CorpusHandle, std::shared_ptr<CorpusHandle>>(m, "CorpusCore")
      .def_readonly("status", &CorpusHandle::status)
      .def_readonly("message", &CorpusHandle::message)
      .def_property_readonly("files_failed", [](const CorpusHandle& c) { return c.corpus->files_failed; })
      .def_property_readonly("bytes", [](const CorpusHandle& c) { return c.corpus->bytes; })
      .def("__len__", [](const CorpusHandle& c) { return c.corpus->documents.size(); })
      .def("documents",
           [](const CorpusHandle& c) {
             py::list out;
             for (const Document& d : c.corpus->documents) {
               out.append(DocumentView{std::shared_ptr<const Document>(c.corpus, &d)});
             }
             return out;
           })
      .def("diagnostics", [](const CorpusHandle& c) { return DiagnosticList(c.corpus->diagnostics); })
      .def("citations",
           [](const CorpusHandle& c) {
             py::list out;
             for (const Document& doc : c.corpus->documents)
               for (const Citation& cit : doc.citations) out.append(CitationDict(doc, cit));
             return out;
           })
      .def("motions",
           [](const CorpusHandle& c) {
             const Corpus& corpus = *c.corpus;
             py::list out;
             for (const MotionRecord& rec : corpus.motions) {
               const Motion* mo = rec.document >= 0 ? &corpus.documents[rec.document].motions[rec.motion] : nullptr;
               py::dict j = mo ? MotionDict(*mo) : MotionDict(Motion{});
               j["id"] = Str(rec.id);
               j["doc"] = rec.document >= 0 ? py::object(Str(corpus.documents[rec.document].path)) : py::object(py::none());
               py::list cited, followed;
               for (int d : rec.cited_by) cited.append(Str(corpus.documents[d].path));
               for (int d : rec.followed_up_by) followed.append(Str(corpus.documents[d].path));
               j["cited_by"] = cited;
               j["followed_up_by"] = followed;
               out.append(j);
             }
             return out;
           })
      .def("graph",
           [](const CorpusHandle& c, double damping, double tolerance, int samples, std::uint64_t seed, int threads) {
             auto g = std::make_shared<GraphHandle>();
             g->corpus = c.corpus;
             CentralityOptions options;
             options.damping = damping;
             options.tolerance = tolerance;
             options.samples = samples;
             options.seed = seed;
             options.threads = threads;
             py::gil_scoped_release release;
             g->graph = BuildCitationGraph(*c.corpus);
             g->centrality = ComputeCentrality(g->graph, options);
             return g;
           },
           py::arg("damping"), py::arg("tolerance"), py::arg("samples"), py::arg("seed"), py::arg("threads"));

  py::class_<GraphHandle, std::shared_ptr<GraphHandle>>(m, "GraphCore")
      .def_property_readonly("num_nodes", [](const GraphHandle& g) { return g.graph.num_nodes(); })
      .def_property_readonly("num_edges", [](const GraphHandle& g) { return g.graph.num_edges(); })
      .def_property_readonly("num_weak_components", [](const GraphHandle& g) { return g.centrality.num_weak_components; })
      .def_property_readonly("num_strong_components",
                             [](const GraphHandle& g) { return g.centrality.num_strong_components; })
      .def("nodes",
           [](const GraphHandle& g) {
             std::vector<int> all(g.graph.num_nodes());
             for (int v = 0; v < g.graph.num_nodes(); ++v) all[v] = v;
             return Nodes(g, all);
           })
      .def("rank", [](const GraphHandle& g) { return Nodes(g, RankOrder(g.graph, g.centrality)); })
      .def("edges", [](const GraphHandle& g) { return Edges(g); })
      .def("dossiers",
           [](const GraphHandle& g) {
             py::list out;
             for (const DossierStats& d : AggregateByDossier(g.graph, g.centrality)) {
               py::dict j;
               j["dossier"] = Str(d.dossier);
               j["nodes"] = d.nodes;
               j["in_corpus"] = d.in_corpus;
               j["citations_in"] = d.citations_in;
               j["pagerank"] = d.pagerank;
               out.append(j);
             }
             return out;
           })
      .def(
          "referrals",
          [](const GraphHandle& g, const std::string& as_of) {
            std::vector<Referral> referrals;
            {
              py::gil_scoped_release release;
              referrals = FindReferrals(*g.corpus, g.graph, g.centrality, ReferralOptions{as_of, ""});
            }
            return ReferralList(referrals);
          },
          py::arg("as_of") = "")
      .def("map",
           [](const GraphHandle& g, bool svg, const std::string& focus, int depth, int top, int min_degree,
              const std::string& layout, const std::optional<std::string>& title) {
             return Map(g, svg, focus, depth, top, min_degree, layout, title);
           },
           py::arg("svg"), py::arg("focus"), py::arg("depth"), py::arg("top"), py::arg("min_degree"),
           py::arg("layout"), py::arg("title"));

  m.def("load", &Load, py::arg("inputs"), py::arg("jobs"), py::arg("include"), py::arg("exclude"), py::arg("db"),
        py::arg("max_file_bytes"), py::arg("progress"));
  m.def("parse_document", &ParseOne, py::arg("text"), py::arg("path"));
  m.def("available_layouts", &AvailableLayouts);
  m.attr("document_kinds") = [] {
    py::list out;
    for (int k = 0; k <= static_cast<int>(kLastDocumentKind); ++k) out.append(Str(DocumentKindName(static_cast<DocumentKind>(k))));
    return out;
  }();
}

#include "output/json_writer.h"

#include "analysis/coverage.h"

#include <nlohmann/json.hpp>

#include "output/output_guard.h"

#include <charconv>
#include <string_view>

#include "corpus/input_root.h"
#include "output/csv_writer.h"

namespace kamergraaf {
namespace {

using json = nlohmann::ordered_json;

json StringOrNull(std::string_view s) { return s.empty() ? json(nullptr) : json(s); }
json LineOrNull(int line) { return line > 0 ? json(line) : json(nullptr); }

std::string Dump(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

// An empty object with room for `keys` members. An ordered_json object is a vector of (const key, value)
// pairs, and a const key cannot be moved: each time the vector grows, every member is copied, deeply. A
// report's top level was copied twice over with all its documents, nodes and referrals in it.
json ObjectWithRoom(std::size_t keys) {
  json j = json::object();
  j.get_ref<json::object_t&>().reserve(keys);
  return j;
}

json CitationObject(const Document& doc, const Citation& c) {
  json j = ObjectWithRoom(16);
  j["doc"] = doc.path;
  j["line"] = c.line;
  j["column"] = c.column;
  j["start"] = c.start;
  j["end"] = c.end;
  j["kind"] = std::string(CitationKindName(c.kind));
  j["target"] = StringOrNull(c.target);
  j["text"] = c.text;
  j["footnote"] = StringOrNull(c.footnote);
  j["resolved"] = c.resolved;
  j["context_line"] = c.context_line;
  j["chamber"] = StringOrNull(c.chamber);
  j["vergaderjaar"] = StringOrNull(c.vergaderjaar);
  j["page"] = StringOrNull(c.page);
  j["mention"] = StringOrNull(c.mention_name);
  return j;
}

// The fields of issue 15: advice (`verdict`) and vote (`outcome`) kept apart; title, date, what a
// gewijzigde motie replaces, and the per-party votes when open data gave them.
void AddMotionDetails(const Motion& m, json* j) {
  (*j)["kind"] = m.amendment ? "amendement" : "motie";
  (*j)["title"] = StringOrNull(m.title);
  (*j)["date"] = StringOrNull(m.date);
  (*j)["outcome"] = StringOrNull(m.outcome);
  (*j)["outcome_line"] = LineOrNull(m.outcome_line);
  (*j)["outcome_date"] = StringOrNull(m.outcome_date);
  (*j)["replaces"] = StringOrNull(m.replaces);
  (*j)["zaak"] = StringOrNull(m.zaak);
  json votes = json::array();
  for (const Motion::Vote& v : m.votes) {
    votes.push_back({{"party", v.party.str()}, {"seats", v.seats}, {"side", v.side.str()}});
  }
  (*j)["votes"] = votes;
}

json MotionObject(const Corpus& corpus, const MotionRecord& rec) {
  json j = ObjectWithRoom(32);
  j["id"] = rec.id;
  const Motion* m = nullptr;
  if (rec.document >= 0) m = &corpus.documents[rec.document].motions[rec.motion];
  j["doc"] = rec.document >= 0 ? json(corpus.documents[rec.document].path) : json(nullptr);
  j["line"] = m ? LineOrNull(m->line) : json(nullptr);
  j["dossier"] = m ? StringOrNull(m->dossier) : json(nullptr);
  j["number"] = m ? StringOrNull(m->number) : json(nullptr);
  j["submitters"] = m ? json(m->submitters) : json::array();
  j["verdict"] = m ? StringOrNull(m->verdict) : json(nullptr);
  j["verdict_line"] = m ? LineOrNull(m->verdict_line) : json(nullptr);
  j["considerations"] = m ? json(m->considerations) : json::array();
  j["requests"] = m ? json(m->requests) : json::array();
  if (m != nullptr) {
    AddMotionDetails(*m, &j);
  } else {
    AddMotionDetails(Motion{}, &j);
  }
  json cited = json::array();
  for (int d : rec.cited_by) cited.push_back(corpus.documents[d].path);
  j["cited_by"] = cited;
  json followed = json::array();
  for (int d : rec.followed_up_by) followed.push_back(corpus.documents[d].path);
  j["followed_up_by"] = followed;
  // Fields filled from the text or from open data (issue 19); kept when another writer already set them.
  auto put = [&j](const char* key, json value) {
    if (!j.contains(key)) j[key] = std::move(value);
  };
  put("title", m ? StringOrNull(m->title) : json(nullptr));
  put("date", m ? StringOrNull(m->date) : json(nullptr));
  put("zaak", m ? StringOrNull(m->zaak) : json(nullptr));
  put("outcome", m ? StringOrNull(m->outcome) : json(nullptr));
  put("outcome_date", m ? StringOrNull(m->outcome_date) : json(nullptr));
  json votes = json::array();
  if (m) {
    for (const Motion::Vote& v : m->votes) votes.push_back({{"party", v.party.str()}, {"seats", v.seats}, {"side", v.side.str()}});
  }
  put("votes", std::move(votes));
  return j;
}

json ReferralObject(const Referral& r) {
  json j = ObjectWithRoom(24);
  j["category"] = std::string(ReferralCategoryName(r.category));
  j["doc"] = StringOrNull(r.doc);
  j["line"] = LineOrNull(r.line);
  j["question"] = StringOrNull(r.question);
  j["fractie"] = StringOrNull(r.fractie);
  j["speaker"] = StringOrNull(r.speaker);
  j["target"] = StringOrNull(r.target);
  j["deadline"] = StringOrNull(r.deadline);
  j["verdict"] = StringOrNull(r.verdict);
  if (r.category == ReferralCategory::kMotionWithoutFollowUp) j["outcome"] = StringOrNull(r.outcome);
  j["text"] = StringOrNull(r.text);
  j["date"] = StringOrNull(r.date);
  j["deadline_date"] = StringOrNull(r.deadline_date);
  j["deadline_rule"] = StringOrNull(r.deadline_rule);
  j["age_days"] = r.age_days >= 0 ? json(r.age_days) : json(nullptr);
  j["overdue_days"] = r.overdue_days >= 0 ? json(r.overdue_days) : json(nullptr);
  if (r.category == ReferralCategory::kMissingDocument) {
    j["citations"] = r.citations;
    j["cited_by"] = r.cited_by;
    j["score"] = r.score;
  }
  if (r.category == ReferralCategory::kMotionWithoutFollowUp) j["submitters"] = r.submitters;
  return j;
}

json NodeObject(const CitationGraph& graph, const Centrality* c, int v, const Corpus* corpus = nullptr) {
  const Node& n = graph.node(v);
  json j = ObjectWithRoom(24);
  j["id"] = n.id;
  j["kind"] = std::string(NodeKindName(n.kind));
  j["in_corpus"] = n.in_corpus;
  j["label"] = n.label;
  j["doc_kind"] = StringOrNull(n.doc_kind);
  j["dossier"] = StringOrNull(n.dossier);
  j["url"] = StringOrNull(NodeUrl(n));
  if (corpus != nullptr) {
    const Document* d = NodeDocument(n, corpus);
    j["title"] = StringOrNull(d ? std::string_view(d->title) : std::string_view());
    j["date"] = StringOrNull(d ? std::string_view(d->date) : std::string_view());
  }
  if (c != nullptr) {
    j["pagerank"] = c->pagerank[v];
    j["in_degree"] = c->in_degree[v];
    j["out_degree"] = c->out_degree[v];
    j["betweenness"] = c->betweenness[v];
    j["hub"] = c->hub[v];
    j["authority"] = c->authority[v];
    j["weak_component"] = c->weak_component[v];
    j["strong_component"] = c->strong_component[v];
  }
  return j;
}

}  // namespace

namespace {

// The JSON lines are written directly, not through json objects (five times faster on a large scan; a
// test checks them against CitationObject()). What follows writes what json::dump(-1, ' ', false,
// replace) writes.

// True when `s` is well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, surrogates or code points
// past U+10FFFF), which dump() passes on unchanged apart from escapes.
bool IsUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n;
    unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (end - p <= n || p[1] < lo || p[1] > hi) return false;
    for (int i = 2; i <= n; ++i) {
      if (p[i] < 0x80 || p[i] > 0xBF) return false;
    }
    p += n + 1;
  }
  return true;
}

void AppendString(std::string_view s, std::string* out) {
  if (!IsUtf8(s)) {
    // dump()'s replacement of invalid bytes has rules of its own: let it apply them.
    out->append(json(s).dump(-1, ' ', false, json::error_handler_t::replace));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  std::size_t plain = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s, plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0xF]);
    }
  }
  out->append(s, plain, s.size() - plain);
  out->push_back('"');
}

void AppendStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendString(s, out);
  }
}

template <typename Int>
void AppendInt(Int v, std::string* out) {
  char buf[24];
  out->append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// CitationObject(doc, c).dump() and a newline.
void AppendCitationLine(const Document& doc, const Citation& c, std::string* out) {
  out->append("{\"doc\":");
  AppendString(doc.path, out);
  out->append(",\"line\":");
  AppendInt(c.line, out);
  out->append(",\"column\":");
  AppendInt(c.column, out);
  out->append(",\"start\":");
  AppendInt(c.start, out);
  out->append(",\"end\":");
  AppendInt(c.end, out);
  out->append(",\"kind\":");
  AppendString(CitationKindName(c.kind), out);
  out->append(",\"target\":");
  AppendStringOrNull(c.target, out);
  out->append(",\"text\":");
  AppendString(c.text, out);
  out->append(",\"footnote\":");
  AppendStringOrNull(c.footnote, out);
  out->append(c.resolved ? ",\"resolved\":true" : ",\"resolved\":false");
  out->append(",\"context_line\":");
  AppendInt(c.context_line, out);
  out->append(",\"chamber\":");
  AppendStringOrNull(c.chamber, out);
  out->append(",\"vergaderjaar\":");
  AppendStringOrNull(c.vergaderjaar, out);
  out->append(",\"page\":");
  AppendStringOrNull(c.page, out);
  out->append(",\"mention\":");
  AppendStringOrNull(c.mention_name, out);
  out->append("}\n");
}

}  // namespace

std::string CitationsJsonLines(const Corpus& corpus) {
  // Room for every line at once (keys, numbers and the strings unescaped): growing by doubling would copy
  // the text and page-fault in every larger block again.
  std::size_t size = 0;
  for (const Document& doc : corpus.documents) {
    for (const Citation& c : doc.citations) {
      size += 256 + doc.path.size() + c.target.size() + c.text.size() + c.footnote.size() + c.chamber.size() +
              c.vergaderjaar.size() + c.page.size() + c.mention_name.size();
    }
  }
  std::string out;
  out.reserve(size);
  for (const Document& doc : corpus.documents)
    for (const Citation& c : doc.citations) AppendCitationLine(doc, c, &out);
  return out;
}

std::string CitationsJson(const Corpus& corpus) {
  json all = json::array();
  for (const Document& doc : corpus.documents)
    for (const Citation& c : doc.citations) all.push_back(CitationObject(doc, c));
  return Dump(all, 1);
}

static json MotionsValue(const Corpus& corpus) {
  json all = json::array();
  for (const MotionRecord& rec : corpus.motions) all.push_back(MotionObject(corpus, rec));
  return all;
}

std::string MotionsJson(const Corpus& corpus) { return Dump(MotionsValue(corpus), 1); }

std::string JsonLinesOf(const std::string& json_text) {
  json j = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_object() && j.size() == 1 && j.begin()->is_array()) j = *j.begin();
  if (!j.is_array()) return Dump(j, -1);
  std::string out;
  for (const json& item : j) out += Dump(item, -1);
  return out;
}

static json ReferralsValue(const std::vector<Referral>& referrals) {
  json all = json::array();
  for (const Referral& r : referrals) all.push_back(ReferralObject(r));
  return all;
}

std::string ReferralsJson(const std::vector<Referral>& referrals) {
  json j;
  j["generator"] = GeneratorMark();
  j["referrals"] = ReferralsValue(referrals);
  return Dump(j, 1);
}

std::string RankJson(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& order) {
  json all = json::array();
  for (int v : order) all.push_back(NodeObject(graph, &centrality, v));
  return Dump(all, 1);
}

// A document's object; `generator` puts the generator mark first (a file of its own).
static json DocumentValue(const Document& doc, bool generator) {
  json j = ObjectWithRoom(40);
  if (generator) j["generator"] = GeneratorMark();
  j["doc"] = doc.path;
  j["id"] = doc.id;
  j["official_id"] = doc.has_official_id;
  j["kind"] = std::string(DocumentKindName(doc.kind));
  j["kind_evidence"] = StringOrNull(doc.kind_evidence);
  j["title"] = StringOrNull(doc.title);
  j["date"] = StringOrNull(doc.date);
  j["date_evidence"] = StringOrNull(doc.date_evidence);
  j["signer"] = StringOrNull(doc.signer);
  j["addressee"] = StringOrNull(doc.addressee);
  j["format"] = std::string(doc.format.view());
  j["about"] = doc.about;
  j["answers_to"] = doc.answers_to;
  // Written questions: only on documents that ask, answer or postpone them.
  if (!doc.asked_date.empty()) j["asked_date"] = doc.asked_date;
  if (!doc.answered_date.empty()) j["answered_date"] = doc.answered_date;
  if (!doc.asker.empty()) j["asker"] = doc.asker;
  if (!doc.question_zaak.empty()) j["question_zaak"] = doc.question_zaak;
  j["bytes"] = doc.bytes;
  j["lines"] = doc.lines;
  json footnotes = json::array();
  for (const Footnote& f : doc.footnotes) {
    footnotes.push_back({{"number", f.number}, {"line", f.line}, {"marker_line", LineOrNull(f.marker_line)},
                         {"text", f.text}});
  }
  j["footnotes"] = footnotes;
  json questions = json::array();
  for (const Question& q : doc.questions) {
    questions.push_back({{"number", StringOrNull(q.number)}, {"line", q.line}, {"fractie", StringOrNull(q.fractie)},
                         {"answered", q.answered}, {"text", q.text}, {"end_line", LineOrNull(q.end_line)}});
  }
  j["questions"] = questions;
  json answers = json::array();
  for (const Answer& a : doc.answers) {
    answers.push_back({{"number", StringOrNull(a.number)}, {"line", a.line}, {"text", a.text},
                       {"end_line", LineOrNull(a.end_line)}, {"questions", a.questions}});
  }
  j["answers"] = answers;
  json motions = json::array();
  for (const Motion& m : doc.motions) {
    json o = {{"id", StringOrNull(m.id)}, {"line", m.line}, {"submitters", m.submitters},
              {"verdict", StringOrNull(m.verdict)}, {"considerations", m.considerations},
              {"requests", m.requests}, {"verdict_line", LineOrNull(m.verdict_line)}};
    AddMotionDetails(m, &o);
    motions.push_back(std::move(o));
  }
  j["motions"] = motions;
  j["speeches"] = doc.speeches.size();
  json speakers = json::array();
  for (const Speech& s : doc.speeches) {
    speakers.push_back({{"line", s.line}, {"speaker", s.speaker}, {"role", std::string(SpeechRoleName(s.role))},
                        {"party", StringOrNull(s.party)}, {"end_line", LineOrNull(s.end_line)}});
  }
  j["speech_turns"] = speakers;
  json commitments = json::array();
  for (const Commitment& c : doc.commitments) {
    commitments.push_back({{"line", c.line}, {"speaker", StringOrNull(c.speaker)},
                           {"deadline", StringOrNull(c.deadline)}, {"deadline_date", StringOrNull(c.deadline_date)},
                           {"deadline_rule", StringOrNull(c.deadline_rule)}, {"text", c.text},
                           {"related", StringOrNull(c.related)}});
  }
  j["commitments"] = commitments;
  json citations = json::array();
  for (const Citation& c : doc.citations) citations.push_back(CitationObject(doc, c));
  j["citations"] = citations;
  json diagnostics = json::array();
  for (const Diagnostic& d : doc.diagnostics) diagnostics.push_back({{"line", d.line}, {"message", d.message}});
  j["diagnostics"] = diagnostics;
  return j;
}

std::string DocumentJson(const Document& doc) { return Dump(DocumentValue(doc, true), 1); }

// The graph's object: a generator mark (when asked), its nodes and its edges.
static json GraphValue(const CitationGraph& graph, const Centrality* centrality, const Corpus* corpus, bool generator) {
  json nodes = json::array();
  for (int v = 0; v < graph.num_nodes(); ++v) nodes.push_back(NodeObject(graph, centrality, v, corpus));
  json edges = json::array();
  for (int e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(e);
    edges.push_back({{"source", graph.node(edge.source).id},
                     {"target", graph.node(edge.target).id},
                     {"kind", std::string(EdgeKindName(edge.kind))},
                     {"count", edge.count},
                     {"via_footnote", edge.via_footnote},
                     {"lines", edge.lines.ToVector()}});
  }
  json j = ObjectWithRoom(3);
  if (generator) j["generator"] = GeneratorMark();
  j["nodes"] = std::move(nodes);
  j["edges"] = std::move(edges);
  return j;
}

std::string GraphJson(const CitationGraph& graph, const Centrality* centrality, const Corpus* corpus) {
  return Dump(GraphValue(graph, centrality, corpus, true), 1);
}

static json DiagnosticsValue(const Diagnostics& diagnostics) {
  json all = json::array();
  for (const Diagnostic& d : diagnostics) {
    all.push_back({{"path", d.path}, {"line", d.line}, {"severity", d.severity == Diagnostic::Severity::kError ? "error"
                                                                    : d.severity == Diagnostic::Severity::kNote ? "note"
                                                                                                              : "warning"},
                   {"message", d.message}});
  }
  return all;
}

std::string ReportJson(const Corpus& corpus, const CitationGraph& graph, const Centrality& centrality,
                       const std::vector<Referral>& referrals, const RunInfo* run,
                       std::string_view written_questions_json) {
  json j = ObjectWithRoom(16);
  j["generator"] = GeneratorMark();
  if (run != nullptr) {
    std::size_t citations = 0;
    for (const Document& doc : corpus.documents) citations += doc.citations.size();
    j["run"] = {{"kamergraaf", run->version}, {"date", run->date},     {"as_of", run->as_of},
                {"inputs", run->inputs},      {"options", run->options}, {"coverage", run->coverage},
                {"counts", {{"documents", corpus.documents.size()}, {"citations", citations},
                            {"motions", corpus.motions.size()}, {"nodes", graph.num_nodes()},
                            {"edges", graph.num_edges()}, {"referrals", referrals.size()},
                            {"files_failed", corpus.files_failed}}}};
  }
  // Built as values, not as text parsed again: a report of thousands of documents is serialised once.
  json documents = json::array();
  for (const Document& doc : corpus.documents) documents.push_back(DocumentValue(doc, false));
  j["documents"] = std::move(documents);
  j["motions"] = MotionsValue(corpus);
  Coverage cov = MeasureCoverage(corpus);
  j["coverage"] = {{"documents", cov.documents}, {"without_official_id", cov.without_official_id},
                   {"kind_unknown", cov.kind_unknown}, {"without_title", cov.without_title},
                   {"without_date", cov.without_date}, {"self_citations", cov.self_citations},
                   {"summary", CoverageLine(cov)}};
  json g = GraphValue(graph, &centrality, &corpus, false);
  j["nodes"] = std::move(g["nodes"]);
  j["edges"] = std::move(g["edges"]);
  j["referrals"] = ReferralsValue(referrals);
  Diagnostics diagnostics = corpus.diagnostics;
  for (Diagnostic& d : diagnostics) {
    std::string under = PathUnderRoot(corpus.root, d.path);
    d.path = under != d.path ? under : RelativeToWorkingDirectory(d.path);
  }
  j["diagnostics"] = DiagnosticsValue(diagnostics);
  if (!written_questions_json.empty()) {
    j["written_questions"] = json::parse(written_questions_json, nullptr, /*allow_exceptions=*/false);
  }
  return Dump(j, 1);
}

std::string DiagnosticsJson(const Diagnostics& diagnostics) { return Dump(DiagnosticsValue(diagnostics), 1); }

}  // namespace kamergraaf

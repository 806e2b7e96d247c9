// report.html: one self-contained page that stays fast from ten to a hundred thousand documents.
//
// The page holds its tables as data (one JSON object inside the page's only script) and draws the rows
// of the current page of each table on demand, so that a large corpus gives a short page: what is still
// open comes first, then the map, the documents, the central nodes and the motions. One filter bar
// (search, kind, dossier, fractie, date range, status) works on every table; a filter that a table has no
// column for leaves that table alone. Every id links to its official page when it has one.
//
// Escaping: document text reaches the page only as JSON strings in which < > & and the line separators
// are written as \uXXXX, so it can neither end the script nor become markup; the script puts it into the
// page with textContent, never as HTML. The map is Graphviz's SVG, which escapes what it writes.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/node_selection.h"
#include "output/output_guard.h"
#include "output/csv_writer.h"
#include "output/map_writer.h"
#include "output/messages.h"
#include "output/report_page.h"
#include "output/report_writer.h"

namespace kamergraaf {
namespace {

// A JSON string safe inside a <script> element.
std::string JsonString(std::string_view s) {
  std::string out = "\"";
  out.reserve(s.size() + 2);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\u{:04x}", c);
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
          out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out += "\"";
  return out;
}

// The facets every row carries after its cells, in this order; a table names the ones it has.
enum Facet { kKind, kDossier, kFractie, kDate, kStatus, kNumFacets };
constexpr const char* kFacetNames[] = {"kind", "dossier", "fractie", "date", "status"};

struct Column {
  std::string label;
  const char* type = "text";  // text, id ([id, url]), num
  int width_em = 0;           // 0 = shares what is left
};

// One table of the page: columns, rows as JSON arrays (cells, then the five facets) and, for tables the
// map links into, the row anchors.
struct Table {
  std::string id;
  std::vector<Column> columns;
  std::vector<Facet> facets;
  std::vector<std::string> rows;
  std::vector<std::string> anchors;
  int page_size = 50;  // rows drawn at a time

  void Add(const std::vector<std::string>& cells, const std::string (&facet)[kNumFacets]) {
    std::string row = "[";
    for (const std::string& c : cells) row += c + ",";
    for (int f = 0; f < kNumFacets; ++f) row += JsonString(facet[f]) + (f + 1 < kNumFacets ? "," : "");
    row += "]";
    rows.push_back(std::move(row));
  }
};

std::string Text(std::string_view s) { return JsonString(s); }
std::string Num(std::string_view s) { return JsonString(s); }

// Everything the rows look up: a document by path, the public page of an id, a node's dossier.
class Lookup {
 public:
  explicit Lookup(const ReportInput& in) : in_(in) {}
  const Document* Doc(const std::string& path) const {
    int d = in_.corpus.FindDocument(path);
    return d >= 0 ? &in_.corpus.documents[d] : nullptr;
  }
  std::string Url(const std::string& id) const {
    int v = in_.graph.Find(id);
    return v >= 0 ? NodeUrl(in_.graph.node(v)) : std::string();
  }
  std::string Dossier(const std::string& id) const {
    int v = in_.graph.Find(id);
    return v >= 0 ? in_.graph.node(v).dossier.str() : std::string();
  }
  std::string Label(const std::string& id) const {
    int v = in_.graph.Find(id);
    return v >= 0 ? in_.graph.node(v).label : std::string();
  }
  std::string Id(const std::string& id) const { return "[" + JsonString(id) + "," + JsonString(Url(id)) + "]"; }

 private:
  const ReportInput& in_;
};

std::string_view Tr2(const ReportInput& in, std::string_view key) { return Tr(in.lang, key); }

std::vector<Column> Cols(const ReportInput& in,
                         std::initializer_list<std::tuple<const char*, const char*, int>> spec) {
  std::vector<Column> cols;
  for (const auto& [key, type, width] : spec) cols.push_back({std::string(Tr(in.lang, key)), type, width});
  return cols;
}

std::string Where(const Referral& r) {
  if (r.doc.empty()) return "";
  return r.line > 0 ? fmt::format("{}:{}", r.doc, r.line) : r.doc;
}

// The date deadlines are judged against: --as-of, else the run's date.
std::string Today(const ReportInput& in) {
  if (in.run == nullptr) return "";
  return in.run->as_of.empty() ? in.run->date : in.run->as_of;
}

// One table per referral category, the rows in FindReferrals' order (most important first), open
// commitments with a due date first, the most overdue first.
std::vector<Table> ReferralTables(const ReportInput& in, const Lookup& look) {
  std::vector<Table> tables;
  const ReferralCategory kOrder[] = {ReferralCategory::kUnansweredQuestion, ReferralCategory::kDeferredAnswer,
                                     ReferralCategory::kMotionWithoutFollowUp, ReferralCategory::kOpenCommitment,
                                     ReferralCategory::kMissingDocument};
  const std::string today = Today(in);
  for (ReferralCategory c : kOrder) {
    Table t;
    t.id = std::string(ReferralCategoryName(c));
    std::vector<const Referral*> list;
    for (const Referral& r : in.referrals)
      if (r.category == c) list.push_back(&r);
    // Due dates of open commitments, from the commitment the referral stands for.
    std::vector<std::string> due(list.size());
    if (c == ReferralCategory::kOpenCommitment) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (const Document* d = look.Doc(list[i]->doc)) {
          for (const Commitment& k : d->commitments)
            if (k.line == list[i]->line) due[i] = k.deadline_date;
        }
      }
      std::vector<std::size_t> order(list.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (due[a].empty() != due[b].empty()) return due[b].empty();
        return due[a] < due[b];
      });
      std::vector<const Referral*> sorted_list;
      std::vector<std::string> sorted_due;
      for (std::size_t i : order) sorted_list.push_back(list[i]), sorted_due.push_back(due[i]);
      list.swap(sorted_list);
      due.swap(sorted_due);
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Referral& r = *list[i];
      const Document* d = look.Doc(r.doc);
      const std::string doc_id = d ? d->id : r.doc;
      const std::string title = d ? d->title : "";
      const std::string date = d ? d->date : "";
      std::string facet[kNumFacets] = {d ? std::string(DocumentKindName(d->kind)) : "", look.Dossier(doc_id),
                                       r.fractie.str(), date, ""};
      switch (c) {
        case ReferralCategory::kUnansweredQuestion:
          t.columns = Cols(in, {{"col.where", "text", 13}, {"col.document", "id", 11}, {"col.title", "text", 0},
                                {"col.date", "text", 6}, {"col.nr", "num", 3}, {"col.fractie", "text", 8},
                                {"col.question", "text", 0}});
          facet[kStatus] = Tr2(in, "status.unanswered");
          t.Add({Text(Where(r)), look.Id(doc_id), Text(title), Text(date), Num(r.question.str()),
                 Text(r.fractie.str()), Text(r.text)},
                facet);
          break;
        case ReferralCategory::kDeferredAnswer:
          t.columns = Cols(in, {{"col.where", "text", 13}, {"col.document", "id", 11}, {"col.title", "text", 0},
                                {"col.date", "text", 6}, {"col.nr", "num", 3}, {"col.defers_to", "id", 11},
                                {"col.deadline", "text", 8}, {"col.answer", "text", 0}});
          facet[kStatus] = Tr2(in, "status.deferred");
          t.Add({Text(Where(r)), look.Id(doc_id), Text(title), Text(date), Num(r.question.str()), look.Id(r.target),
                 Text(r.deadline.str()), Text(r.text)},
                facet);
          break;
        case ReferralCategory::kMotionWithoutFollowUp: {
          t.columns = Cols(in, {{"col.motion", "id", 11}, {"col.title", "text", 0}, {"col.date", "text", 6},
                                {"col.where", "text", 13}, {"col.submitters", "text", 10},
                                {"col.verdict", "text", 7}, {"col.request", "text", 0}});
          std::string motion_title = title, motion_date = date;
          if (const MotionRecord* rec = in.corpus.FindMotion(r.target); rec != nullptr && rec->document >= 0) {
            const Motion& m = in.corpus.documents[rec->document].motions[rec->motion];
            if (!m.title.empty()) motion_title = m.title;
            if (!m.date.empty()) motion_date = m.date;
          }
          facet[kKind] = "motie";
          facet[kDossier] = look.Dossier(r.target);
          facet[kDate] = motion_date;
          facet[kStatus] = r.verdict.empty() ? std::string(Tr2(in, "status.no_follow_up")) : r.verdict.str();
          t.Add({look.Id(r.target), Text(motion_title), Text(motion_date), Text(Where(r)),
                 Text(fmt::format("{}", fmt::join(r.submitters, ", "))), Text(r.verdict.str()), Text(r.text)},
                facet);
          break;
        }
        case ReferralCategory::kOpenCommitment: {
          t.columns = Cols(in, {{"col.where", "text", 13}, {"col.document", "id", 11}, {"col.title", "text", 0},
                                {"col.date", "text", 6}, {"col.speaker", "text", 8}, {"col.deadline", "text", 8},
                                {"col.deadline_date", "text", 6}, {"col.promise", "text", 0}});
          const bool overdue = !due[i].empty() && !today.empty() && due[i] < today;
          facet[kStatus] = Tr2(in, overdue ? "status.overdue" : "status.open");
          t.Add({Text(Where(r)), look.Id(doc_id), Text(title), Text(date), Text(r.speaker.str()),
                 Text(r.deadline.str()), Text(due[i]), Text(r.text)},
                facet);
          break;
        }
        case ReferralCategory::kMissingDocument: {
          t.columns = Cols(in, {{"col.id", "id", 14}, {"col.title", "text", 0}, {"col.date", "text", 6},
                                {"col.cited", "text", 8}, {"col.first_cited_at", "text", 16}});
          const int v = in.graph.Find(r.target);
          facet[kKind] = v >= 0 ? std::string(NodeKindName(in.graph.node(v).kind)) : "";
          facet[kDossier] = look.Dossier(r.target);
          facet[kFractie] = "";
          facet[kStatus] = Tr2(in, "status.missing");
          // A missing document has no date of its own: the row shows when it was first cited.
          t.Add({look.Id(r.target), Text(look.Label(r.target)), Text(date),
                 Text(fmt::format(fmt::runtime(Tr2(in, "value.cited_by")), r.citations,
                                  CountOf(in.lang, r.cited_by.size(), "count.document", "count.documents"))),
                 Text(Where(r))},
                facet);
          break;
        }
      }
    }
    if (t.columns.empty()) {  // no rows: the columns still show what the table would hold
      t.columns = Cols(in, {{"col.where", "text", 13}, {"col.id", "id", 11}, {"col.title", "text", 0},
                            {"col.date", "text", 6}});
    }
    t.facets = {kKind, kDossier, kDate, kStatus};
    t.page_size = 20;  // five tables before the map: each shows its first rows, the rest a click away
    if (c == ReferralCategory::kUnansweredQuestion) t.facets.push_back(kFractie);
    tables.push_back(std::move(t));
  }
  return tables;
}

Table DocumentTable(const ReportInput& in, const Lookup& look) {
  Table t;
  t.id = "documents";
  t.columns = Cols(in, {{"col.file", "text", 14}, {"col.id", "id", 12}, {"col.kind", "text", 9},
                        {"col.title", "text", 0}, {"col.date", "text", 6}, {"col.citations", "num", 6},
                        {"col.questions", "num", 5}, {"col.motions", "num", 5}});
  t.facets = {kKind, kDossier, kDate};
  for (const Document& d : in.corpus.documents) {
    std::string facet[kNumFacets] = {std::string(DocumentKindName(d.kind)), look.Dossier(d.id), "", d.date, ""};
    t.Add({Text(d.path), look.Id(d.id), Text(DocumentKindName(d.kind)), Text(d.title), Text(d.date),
           Num(std::to_string(d.citations.size())), Num(std::to_string(d.questions.size())),
           Num(std::to_string(d.motions.size()))},
          facet);
  }
  return t;
}

Table CentralityTable(const ReportInput& in) {
  Table t;
  t.id = "centrality";
  t.page_size = 100;  // the map's nodes (80 by default) link to their rows: one page
  t.columns = Cols(in, {{"col.id", "id", 13}, {"col.label", "text", 0}, {"col.date", "text", 6},
                        {"col.kind", "text", 7}, {"col.in_corpus", "text", 5}, {"col.pagerank", "num", 6},
                        {"col.in", "num", 3}, {"col.out", "num", 3}, {"col.betweenness", "num", 7}});
  t.facets = {kKind, kDossier, kDate, kStatus};
  for (int v : in.map_nodes) {
    const Node& n = in.graph.node(v);
    const Document* d = n.in_corpus && n.document >= 0 ? &in.corpus.documents[n.document] : nullptr;
    const std::string date = d ? d->date : "";
    std::string facet[kNumFacets] = {std::string(NodeKindName(n.kind)), n.dossier.str(), "", date,
                                     std::string(Tr2(in, n.in_corpus ? "status.in_corpus" : "status.not_in_corpus"))};
    t.Add({"[" + JsonString(n.id) + "," + JsonString(NodeUrl(n)) + "]", Text(d && !d->title.empty() ? d->title : n.label),
           Text(date), Text(NodeKindName(n.kind)), Text(Tr2(in, n.in_corpus ? "value.yes" : "value.no")),
           Num(fmt::format("{:.4f}", in.centrality.pagerank[v])), Num(std::to_string(in.centrality.in_degree[v])),
           Num(std::to_string(in.centrality.out_degree[v])), Num(fmt::format("{:.1f}", in.centrality.betweenness[v]))},
          facet);
    t.anchors.push_back(NodeAnchor(n.id));
  }
  return t;
}

Table MotionTable(const ReportInput& in, const Lookup& look) {
  Table t;
  t.id = "motions";
  t.columns = Cols(in, {{"col.motion", "id", 11}, {"col.title", "text", 0}, {"col.date", "text", 6},
                        {"col.submitters", "text", 10}, {"col.verdict", "text", 7}, {"col.outcome", "text", 6},
                        {"col.followed_up_by", "text", 12}, {"col.request", "text", 0}});
  t.facets = {kKind, kDossier, kDate, kStatus};
  for (const MotionRecord& rec : in.corpus.motions) {
    const Motion* m = rec.document >= 0 ? &in.corpus.documents[rec.document].motions[rec.motion] : nullptr;
    const Document* holder = rec.document >= 0 ? &in.corpus.documents[rec.document] : nullptr;
    std::string followed;
    for (int d : rec.followed_up_by) followed += (followed.empty() ? "" : ", ") + in.corpus.documents[d].path;
    std::string title = m && !m->title.empty() ? m->title : look.Label(rec.id);
    std::string date = m && !m->date.empty() ? m->date : holder ? holder->date : "";
    std::string status = m ? (!m->outcome.empty() ? m->outcome : m->verdict) : "";
    std::string dossier = m && !m->dossier.empty() ? m->dossier : look.Dossier(rec.id);
    std::string facet[kNumFacets] = {"motie", dossier, "", date, status};
    t.Add({look.Id(rec.id), Text(title), Text(date), Text(m ? fmt::format("{}", fmt::join(m->submitters, ", ")) : ""),
           Text(m ? m->verdict : ""), Text(m ? m->outcome : ""), Text(followed),
           Text(m && !m->requests.empty() ? m->requests.front() : "")},
          facet);
  }
  return t;
}

std::string TableJson(const Table& t) {
  std::string out = "{\"id\":" + JsonString(t.id) + ",\"cols\":[";
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const Column& c = t.columns[i];
    out += fmt::format("{}{{\"l\":{},\"t\":\"{}\",\"w\":{}}}", i ? "," : "", JsonString(c.label), c.type, c.width_em);
  }
  out += fmt::format("],\"size\":{},\"facets\":[", t.page_size);
  for (std::size_t i = 0; i < t.facets.size(); ++i) out += fmt::format("{}\"{}\"", i ? "," : "", kFacetNames[t.facets[i]]);
  out += "],\"rows\":[\n";
  for (std::size_t i = 0; i < t.rows.size(); ++i) out += t.rows[i] + (i + 1 < t.rows.size() ? ",\n" : "\n");
  out += "]";
  if (!t.anchors.empty()) {
    out += ",\"anchors\":[";
    for (std::size_t i = 0; i < t.anchors.size(); ++i) out += (i ? "," : "") + JsonString(t.anchors[i]);
    out += "]";
  }
  out += "}";
  return out;
}

std::size_t CountCitations(const Corpus& corpus) {
  std::size_t n = 0;
  for (const Document& d : corpus.documents) n += d.citations.size();
  return n;
}

std::string Percent(std::size_t part, std::size_t whole) {
  return whole == 0 ? "-" : fmt::format("{:.0f} %", 100.0 * part / whole);
}

// What share of the documents has an official id, a known kind, a title and a date.
std::string Coverage(const ReportInput& in) {
  if (in.run != nullptr && !in.run->coverage.empty()) return in.run->coverage;
  std::size_t ids = 0, kinds = 0, titles = 0, dates = 0;
  for (const Document& d : in.corpus.documents) {
    ids += d.has_official_id;
    kinds += d.kind != DocumentKind::kUnknown;
    titles += !d.title.empty();
    dates += !d.date.empty();
  }
  const std::size_t n = in.corpus.documents.size();
  return fmt::format(fmt::runtime(Tr(in.lang, "run.coverage_text")), Percent(ids, n), Percent(kinds, n),
                     Percent(titles, n), Percent(dates, n));
}

std::string Counts(const ReportInput& in) {
  const Lang l = in.lang;
  return fmt::format("{}, {}, {}; {}, {}", CountOf(l, in.corpus.documents.size(), "count.document", "count.documents"),
                     CountOf(l, CountCitations(in.corpus), "count.citation", "count.citations"),
                     CountOf(l, in.corpus.motions.size(), "count.motion", "count.motions"),
                     CountOf(l, in.graph.num_nodes(), "count.node", "count.nodes"),
                     CountOf(l, in.graph.num_edges(), "count.edge", "count.edges"));
}

std::string RunBlock(const ReportInput& in) {
  const Lang l = in.lang;
  const RunInfo* run = in.run;
  std::string summary = fmt::format("{}: kamergraaf {}{}{} · {}", Tr(l, "section.run"), run ? run->version : "",
                                    run && !run->date.empty() ? " · " : "", run ? run->date : "",
                                    CountOf(l, in.corpus.documents.size(), "count.document", "count.documents"));
  std::string out = "<details class=\"run\" id=\"run\"><summary>" + XmlEscape(summary) + "</summary><dl>";
  auto item = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) out += "<dt>" + XmlEscape(Tr(l, key)) + "</dt><dd>" + XmlEscape(value) + "</dd>";
  };
  if (run != nullptr) {
    item("run.version", "kamergraaf " + run->version);
    item("run.date", run->date);
    item("run.as_of", run->as_of);
    item("run.inputs", fmt::format("{}", fmt::join(run->inputs, " ")));
    item("run.options", run->options.empty() ? "-" : run->options);
  }
  item("run.counts", Counts(in));
  item("run.coverage", Coverage(in));
  std::size_t diagnostics = in.corpus.diagnostics.size();
  item("run.diagnostics", Thousands(l, diagnostics));
  if (in.corpus.files_failed > 0) item("run.failed", Thousands(l, in.corpus.files_failed));
  out += "</dl></details>\n";
  return out;
}

std::string I18nJson(Lang lang) {
  std::string out = "{";
  bool first = true;
  for (std::string_view key : MessageKeys()) {
    if (key.rfind("ui.", 0) != 0) continue;
    out += (first ? "" : ",") + JsonString(key) + ":" + JsonString(Tr(lang, key));
    first = false;
  }
  return out + "}";
}

// A table's place in the page: heading and count; the script draws the rest.
std::string TableSection(const Table& t, const std::string& heading, int level, const std::string& caption) {
  std::string out = fmt::format("<section class=\"kg-table\" id=\"sec-{}\"><h{}>{} <span class=\"n\">({})</span></h{}>",
                                XmlEscape(t.id), level, XmlEscape(heading), t.rows.size(), level);
  if (!caption.empty()) out += "<p class=\"caption\">" + XmlEscape(caption) + "</p>";
  return out + "</section>\n";
}

}  // namespace

std::string ReportHtml(const ReportInput& in) {
  const Lang l = in.lang;
  Lookup look(in);
  std::vector<Table> open = ReferralTables(in, look);
  Table documents = DocumentTable(in, look);
  Table centrality = CentralityTable(in);
  Table motions = MotionTable(in, look);

  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{}</style>"
      "</head><body>\n<header><h1>{}</h1>\n",
      LangCode(l), XmlEscape(Tr(l, "report.title")), ReportPageCss(), XmlEscape(Tr(l, "report.title")));
  out += RunBlock(in);
  out += "<div class=\"cards\">";
  for (const Table& t : open) {
    out += fmt::format("<a class=\"card open\" href=\"#sec-{}\"><b>{}</b>{}</a>", t.id, Thousands(l, t.rows.size()),
                       XmlEscape(Tr(l, "category." + t.id)));
  }
  out += fmt::format("<a class=\"card\" href=\"#sec-documents\"><b>{}</b>{}</a>", Thousands(l, in.corpus.documents.size()),
                     XmlEscape(Tr(l, "count.documents")));
  out += fmt::format("<div class=\"card\"><b>{}</b>{}</div>", Thousands(l, CountCitations(in.corpus)),
                     XmlEscape(Tr(l, "count.citations")));
  out += fmt::format("<a class=\"card\" href=\"#sec-motions\"><b>{}</b>{}</a>", Thousands(l, in.corpus.motions.size()),
                     XmlEscape(Tr(l, "count.motions")));
  out += fmt::format("<div class=\"card\"><b>{}</b>{}, {}</div>", Thousands(l, in.graph.num_nodes()),
                     XmlEscape(Tr(l, "count.nodes")), CountOf(l, in.graph.num_edges(), "count.edge", "count.edges"));
  out += "</div>\n";
  out += fmt::format(
      "<nav><a href=\"#open\">{}</a><a href=\"#map-section\">{}</a><a href=\"#sec-documents\">{}</a>"
      "<a href=\"#sec-centrality\">{}</a><a href=\"#sec-motions\">{}</a><a href=\"#run\">{}</a></nav>\n</header>\n",
      XmlEscape(Tr(l, "section.open")), XmlEscape(Tr(l, "section.map")), XmlEscape(Tr(l, "section.documents")),
      XmlEscape(Tr(l, "section.centrality")), XmlEscape(Tr(l, "section.motions")), XmlEscape(Tr(l, "section.run")));
  // The filter bar: the script fills the choices from the data.
  out += fmt::format(
      "<form class=\"filters\" id=\"filters\" role=\"search\" onsubmit=\"return false\">"
      "<input type=\"search\" id=\"f-q\" placeholder=\"{0}\" aria-label=\"{0}\">"
      "<label>{1} <select id=\"f-kind\"></select></label>"
      "<label>{2} <input id=\"f-dossier\" list=\"f-dossiers\" size=\"7\"><datalist id=\"f-dossiers\"></datalist></label>"
      "<label>{3} <select id=\"f-fractie\"></select></label>"
      "<label>{4} <input type=\"date\" id=\"f-from\"></label><label>{5} <input type=\"date\" id=\"f-to\"></label>"
      "<label>{6} <select id=\"f-status\"></select></label>"
      "<button type=\"reset\" id=\"f-reset\">{7}</button></form>\n<main>\n",
      XmlEscape(Tr(l, "ui.search")), XmlEscape(Tr(l, "ui.kind")), XmlEscape(Tr(l, "ui.dossier")),
      XmlEscape(Tr(l, "ui.fractie")), XmlEscape(Tr(l, "ui.from")), XmlEscape(Tr(l, "ui.to")),
      XmlEscape(Tr(l, "ui.status")), XmlEscape(Tr(l, "ui.reset")));
  out += fmt::format("<section id=\"open\"><h2>{}</h2><p class=\"caption\">{}</p>\n", XmlEscape(Tr(l, "section.open")),
                     XmlEscape(Tr(l, "open.caption")));
  for (const Table& t : open) out += TableSection(t, std::string(Tr(l, "category." + t.id)), 3, "");
  out += "</section>\n";
  // The SVG comes from Graphviz, which escapes every label and attribute it writes; it is inlined from
  // its <svg> element on, without the XML prolog and doctype.
  std::size_t svg_start = std::min(in.map_svg.find("<svg"), in.map_svg.size());
  out += fmt::format("<section id=\"map-section\"><h2>{}</h2>\n<p class=\"caption\">{}</p>\n<div id=\"map\">",
                     XmlEscape(Tr(l, "section.map")), XmlEscape(Tr(l, "map.caption")));
  out += in.map_svg.substr(svg_start) + "</div></section>\n";
  if (!in.timeline_svg.empty()) {
    // Our own SVG (timeline_writer.h), every text in it escaped.
    std::size_t tl_start = std::min(in.timeline_svg.find("<svg"), in.timeline_svg.size());
    out += fmt::format("<section id=\"timeline\"><h2>{}</h2>\n<p class=\"caption\">{}</p>\n<div class=\"timeline\" "
                       "style=\"overflow-x:auto\">",
                       XmlEscape(Tr(l, "timeline.title")), XmlEscape(Tr(l, "timeline.caption")));
    out += in.timeline_svg.substr(tl_start) + "</div></section>\n";
  }
  out += TableSection(documents, std::string(Tr(l, "section.documents")), 2, "");
  out += TableSection(centrality, std::string(Tr(l, "section.centrality")), 2, std::string(Tr(l, "centrality.caption")));
  out += TableSection(motions, std::string(Tr(l, "section.motions")), 2, "");
  out += "</main>\n<script data-kamergraaf>\nconst KG = {\"lang\":" + JsonString(LangCode(l)) + ",\"i18n\":" + I18nJson(l) +
         ",\"tables\":[\n";
  std::vector<const Table*> all;
  for (const Table& t : open) all.push_back(&t);
  all.push_back(&documents);
  all.push_back(&centrality);
  all.push_back(&motions);
  for (std::size_t i = 0; i < all.size(); ++i) out += TableJson(*all[i]) + (i + 1 < all.size() ? ",\n" : "\n");
  out += "]};\n";
  out += ReportPageScript();
  out += "</script>\n</body></html>\n";
  MarkMarkup(&out);
  return out;
}

}  // namespace kamergraaf

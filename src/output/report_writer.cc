#include "output/report_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "output/csv_writer.h"
#include "analysis/node_selection.h"
#include "output/json_writer.h"
#include "output/map_writer.h"
#include "output/question_writer.h"
#include "output/text_table.h"

namespace kamergraaf {
namespace {

constexpr ReferralCategory kCategories[] = {
    ReferralCategory::kUnansweredQuestion, ReferralCategory::kDeferredAnswer,
    ReferralCategory::kMotionWithoutFollowUp, ReferralCategory::kOpenCommitment,
    ReferralCategory::kMissingDocument};

std::string_view CategoryTitle(ReferralCategory c) {
  switch (c) {
    case ReferralCategory::kUnansweredQuestion: return "Unanswered questions";
    case ReferralCategory::kDeferredAnswer: return "Deferred answers";
    case ReferralCategory::kMotionWithoutFollowUp: return "Motions without follow-up";
    case ReferralCategory::kOpenCommitment: return "Open commitments";
    case ReferralCategory::kMissingDocument: return "Missing documents";
  }
  return "";
}

std::string Base(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::string Where(const Referral& r) {
  if (r.doc.empty()) return "";
  return r.line > 0 ? fmt::format("{}:{}", Base(r.doc), r.line) : Base(r.doc);
}

// The columns a referral category shows: a header, a cell function and the widest the terminal shows it
// (code points; Markdown and HTML show every cell in full).
struct Column {
  const char* title;
  std::string (*cell)(const Referral&);
  std::size_t width = 40;
};

std::vector<Column> ColumnsFor(ReferralCategory c) {
  static auto where = [](const Referral& r) { return Where(r); };
  static auto question = [](const Referral& r) { return r.question.str(); };
  static auto fractie = [](const Referral& r) { return r.fractie.str(); };
  static auto target = [](const Referral& r) { return r.target; };
  static auto deadline = [](const Referral& r) { return r.deadline.str(); };
  static auto speaker = [](const Referral& r) { return r.speaker.str(); };
  static auto verdict = [](const Referral& r) { return r.verdict.str(); };
  static auto text = [](const Referral& r) { return r.text; };
  static auto submitters = [](const Referral& r) { return fmt::format("{}", fmt::join(r.submitters, ", ")); };
  static auto cited = [](const Referral& r) {
    return fmt::format("{}× by {} doc(s)", r.citations, r.cited_by.size());
  };
  switch (c) {
    case ReferralCategory::kUnansweredQuestion:
      return {{"where", where, 48}, {"nr", question, 4}, {"fractie", fractie, 16}, {"question", text, 50}};
    case ReferralCategory::kDeferredAnswer:
      return {{"where", where, 48}, {"nr", question, 4}, {"defers to", target, 20}, {"deadline", deadline, 24},
              {"answer", text, 36}};
    case ReferralCategory::kMotionWithoutFollowUp:
      return {{"motion", target, 18}, {"where", where, 48}, {"submitters", submitters, 20},
              {"verdict", verdict, 13}, {"request", text, 34}};
    case ReferralCategory::kOpenCommitment:
      return {{"where", where, 48}, {"speaker", speaker, 16}, {"deadline", deadline, 24}, {"promise", text, 44}};
    case ReferralCategory::kMissingDocument:
      return {{"id", target, 30}, {"cited", cited, 18}, {"first cited at", where, 48}};
  }
  return {};
}

std::map<ReferralCategory, std::vector<const Referral*>> Group(const std::vector<Referral>& referrals) {
  std::map<ReferralCategory, std::vector<const Referral*>> groups;
  for (const Referral& r : referrals) groups[r.category].push_back(&r);
  return groups;
}

std::string MdCell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string MdTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  std::string out = "|";
  for (const auto& h : header) out += " " + MdCell(h) + " |";
  out += "\n|";
  for (std::size_t i = 0; i < header.size(); ++i) out += " --- |";
  out += "\n";
  for (const auto& row : rows) {
    out += "|";
    for (const auto& c : row) out += " " + MdCell(c) + " |";
    out += "\n";
  }
  return out;
}

// A sortable table; `row_ids`, when given, are the rows' anchors (same length as rows).
std::string HtmlTable(const std::string& id, const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows,
                      const std::vector<std::string>& row_ids = {}) {
  std::string out = "<table class=\"sortable\" id=\"" + XmlEscape(id) + "\"><thead><tr>";
  for (const auto& h : header) out += "<th title=\"click to sort\">" + XmlEscape(h) + "</th>";
  out += "</tr></thead><tbody>\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out += r < row_ids.size() ? "<tr id=\"" + XmlEscape(row_ids[r]) + "\">" : "<tr>";
    for (const auto& c : rows[r]) out += "<td>" + XmlEscape(c) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

std::vector<std::vector<std::string>> ReferralRows(const std::vector<const Referral*>& list,
                                                   const std::vector<Column>& columns) {
  std::vector<std::vector<std::string>> rows;
  for (const Referral* r : list) {
    std::vector<std::string> row;
    for (const Column& col : columns) row.push_back(col.cell(*r));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> Headers(const std::vector<Column>& columns) {
  std::vector<std::string> h;
  for (const Column& c : columns) h.push_back(c.title);
  return h;
}

std::vector<std::vector<std::string>> DocumentRows(const Corpus& corpus) {
  std::vector<std::vector<std::string>> rows;
  for (const Document& d : corpus.documents) {
    rows.push_back({Base(d.path), d.id, std::string(DocumentKindName(d.kind)), std::to_string(d.citations.size()),
                    std::to_string(d.footnotes.size()), std::to_string(d.questions.size()),
                    std::to_string(d.answers.size()), std::to_string(d.motions.size())});
  }
  return rows;
}

const std::vector<std::string> kDocumentHeader = {"file", "id", "kind", "citations", "footnotes",
                                                  "questions", "answers", "motions"};

// The 30 most central nodes, in the order `rank` prints them.
std::vector<int> TopNodes(const CitationGraph& graph, const Centrality& c) {
  std::vector<int> order = RankOrder(graph, c);
  if (order.size() > 30) order.resize(30);
  return order;
}

std::vector<std::vector<std::string>> RankRows(const CitationGraph& graph, const Centrality& c,
                                               const std::vector<int>& nodes) {
  std::vector<std::vector<std::string>> rows;
  for (int v : nodes) {
    const Node& n = graph.node(v);
    rows.push_back({n.id, std::string(NodeKindName(n.kind)), n.in_corpus ? "yes" : "no",
                    fmt::format("{:.4f}", c.pagerank[v]), std::to_string(c.in_degree[v]),
                    std::to_string(c.out_degree[v]), fmt::format("{:.1f}", c.betweenness[v]), n.label});
  }
  return rows;
}

const std::vector<std::string> kRankHeader = {"id", "kind", "in corpus", "pagerank", "in", "out", "betweenness",
                                              "label"};

std::vector<std::vector<std::string>> MotionRows(const Corpus& corpus) {
  std::vector<std::vector<std::string>> rows;
  for (const MotionRecord& rec : corpus.motions) {
    const Motion* m = rec.document >= 0 ? &corpus.documents[rec.document].motions[rec.motion] : nullptr;
    std::string followed;
    for (int d : rec.followed_up_by) followed += (followed.empty() ? "" : ", ") + Base(corpus.documents[d].path);
    rows.push_back({rec.id, m ? fmt::format("{}", fmt::join(m->submitters, ", ")) : "", m ? m->verdict : "",
                    followed, m && !m->requests.empty() ? m->requests.front() : ""});
  }
  return rows;
}

const std::vector<std::string> kMotionHeader = {"motion", "submitters", "verdict", "followed up by", "request"};

std::size_t CountCitations(const Corpus& corpus) {
  std::size_t n = 0;
  for (const Document& d : corpus.documents) n += d.citations.size();
  return n;
}

}  // namespace

std::string ReportSummary(const ReportInput& in) {
  auto groups = Group(in.referrals);
  std::string out = fmt::format("{} documents ({:.1f} kB), {} citations, {} motions; graph of {} nodes and {} edges\n",
                                in.corpus.documents.size(), in.corpus.bytes / 1e3, CountCitations(in.corpus),
                                in.corpus.motions.size(), in.graph.num_nodes(), in.graph.num_edges());
  for (ReferralCategory c : kCategories) {
    out += fmt::format("  {:<28} {}\n", CategoryTitle(c), groups[c].size());
  }
  return out;
}

// "000_b42b.txt: 25 (PVV 9, GroenLinks-PvdA 8, NSC 8)" per document, for the unanswered questions.
std::string PerDocumentSummary(const std::vector<const Referral*>& list) {
  std::map<std::string, std::map<std::string, int>> by_doc;
  for (const Referral* r : list) ++by_doc[Base(r->doc)][r->fractie.empty() ? "?" : r->fractie.str()];
  std::string out;
  for (const auto& [doc, fracties] : by_doc) {
    int total = 0;
    std::vector<std::string> parts;
    for (const auto& [fractie, n] : fracties) {
      total += n;
      parts.push_back(fmt::format("{} {}", fractie, n));
    }
    out += fmt::format("  {}: {} ({})\n", TerminalSafe(doc, 60), total, fmt::join(parts, ", "));
  }
  return out;
}

std::string ReferralsText(const std::vector<Referral>& referrals, bool color, std::size_t max_rows) {
  auto groups = Group(referrals);
  std::string out;
  for (ReferralCategory c : kCategories) {
    const auto& list = groups[c];
    if (list.empty()) continue;
    std::string title = fmt::format("{} ({})", CategoryTitle(c), list.size());
    out += color ? "\x1b[1;4m" + title + "\x1b[0m\n" : title + "\n";
    if (c == ReferralCategory::kUnansweredQuestion) out += PerDocumentSummary(list);
    auto columns = ColumnsFor(c);
    TextTable table(Headers(columns));
    std::size_t shown = max_rows == 0 ? list.size() : std::min(max_rows, list.size());
    for (std::size_t i = 0; i < shown; ++i) {
      std::vector<std::string> row;
      for (const Column& col : columns) row.push_back(TerminalSafe(col.cell(*list[i]), col.width));
      table.AddRow(std::move(row));
    }
    out += table.Render(color, 80);
    if (shown < list.size()) {
      out += fmt::format("  … and {} more (all of them: --kind {}, or --format csv)\n", list.size() - shown,
                         ReferralCategoryName(c));
    }
    out += "\n";
  }
  if (out.empty()) out = "Nothing open.\n";
  return out;
}

std::string ReferralsMarkdown(const std::vector<Referral>& referrals) {
  auto groups = Group(referrals);
  std::string out;
  for (ReferralCategory c : kCategories) {
    const auto& list = groups[c];
    out += fmt::format("### {} ({})\n\n", CategoryTitle(c), list.size());
    if (list.empty()) {
      out += "None.\n\n";
      continue;
    }
    auto columns = ColumnsFor(c);
    out += MdTable(Headers(columns), ReferralRows(list, columns)) + "\n";
  }
  return out;
}

std::string ReportMarkdown(const ReportInput& in) {
  std::string out = "# kamergraaf report\n\n```\n" + ReportSummary(in) + "```\n\n";
  out += "![reference map](map.svg)\n\n";
  out += "## Documents\n\n" + MdTable(kDocumentHeader, DocumentRows(in.corpus)) + "\n";
  out += "## Most central nodes\n\n" + MdTable(kRankHeader, RankRows(in.graph, in.centrality, TopNodes(in.graph, in.centrality))) + "\n";
  out += "## Motions\n\n" + MdTable(kMotionHeader, MotionRows(in.corpus)) + "\n";
  out += "## What is still open\n\n" + ReferralsMarkdown(in.referrals);
  if (in.questions != nullptr) {
    out += "\n## Written questions\n\n" + QuestionsSummaryLine(SummarizeQuestionTiming(*in.questions)) +
           fmt::format(" (as of {}, term {} days).\n", in.as_of, kAnswerTermDays);
  }
  return out;
}

std::string ReportHtml(const ReportInput& in) {
  auto groups = Group(in.referrals);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>kamergraaf report</title>\n<style>\n"
      "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:96em;padding:0 1em;color:#222}\n"
      "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}\n"
      "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}\n"
      "th{background:#eee;cursor:pointer;user-select:none}th[data-dir=asc]::after{content:' \\25B2'}"
      "th[data-dir=desc]::after{content:' \\25BC'}\n"
      "tr:target{background:#fff3b0}.cards{display:flex;gap:1em;flex-wrap:wrap}"
      ".card{border:1px solid #ccc;border-radius:6px;padding:.5em 1em}.card b{font-size:1.6em;display:block}\n"
      "#map{overflow:auto;border:1px solid #ddd;max-height:80vh}#map svg{max-width:100%;height:auto}\n"
      "nav a{margin-right:1em}\n</style></head><body>\n<h1>kamergraaf report</h1>\n";
  out += "<nav><a href=\"#map\">Map</a><a href=\"#documents\">Documents</a><a href=\"#centrality\">Centrality</a>"
         "<a href=\"#motions\">Motions</a><a href=\"#open\">What is still open</a></nav>\n";
  out += "<div class=\"cards\">";
  out += fmt::format("<div class=\"card\"><b>{}</b>documents</div>", in.corpus.documents.size());
  out += fmt::format("<div class=\"card\"><b>{}</b>citations</div>", CountCitations(in.corpus));
  out += fmt::format("<div class=\"card\"><b>{}</b>motions</div>", in.corpus.motions.size());
  out += fmt::format("<div class=\"card\"><b>{}</b>nodes, {} edges</div>", in.graph.num_nodes(), in.graph.num_edges());
  for (ReferralCategory c : kCategories) {
    out += fmt::format("<div class=\"card\"><b>{}</b><a href=\"#{}\">{}</a></div>", groups[c].size(),
                       ReferralCategoryName(c), CategoryTitle(c));
  }
  out += "</div>\n";
  // The SVG comes from Graphviz, which escapes every label and attribute it writes; it is inlined from
  // its <svg> element on, without the XML prolog and doctype.
  std::size_t svg_start = std::min(in.map_svg.find("<svg"), in.map_svg.size());
  out += "<h2>Reference map</h2>\n<p>Shape and colour show the kind of node, size its PageRank; dashed edges are "
         "citations in footnotes. Click a node for its row below.</p>\n<div id=\"map\">" +
         in.map_svg.substr(svg_start) + "</div>\n";
  std::vector<std::string> doc_ids;
  for (const Document& d : in.corpus.documents) doc_ids.push_back("doc-" + NodeAnchor(d.id));
  out += "<h2>Documents</h2>\n" + HtmlTable("documents", kDocumentHeader, DocumentRows(in.corpus), doc_ids);
  std::vector<std::string> node_ids;
  for (int v : in.map_nodes) node_ids.push_back(NodeAnchor(in.graph.node(v).id));
  out += "<h2>Centrality</h2>\n<p>The nodes of the map, by PageRank.</p>\n" +
         HtmlTable("centrality", kRankHeader, RankRows(in.graph, in.centrality, in.map_nodes), node_ids);
  out += "<h2>Motions</h2>\n" + HtmlTable("motions", kMotionHeader, MotionRows(in.corpus));
  out += "<h2 id=\"open\">What is still open</h2>\n";
  for (ReferralCategory c : kCategories) {
    const auto& list = groups[c];
    out += fmt::format("<h3>{} ({})</h3>\n", CategoryTitle(c), list.size());
    auto columns = ColumnsFor(c);
    out += HtmlTable(std::string(ReferralCategoryName(c)), Headers(columns), ReferralRows(list, columns));
  }
  out +=
      "<script data-kamergraaf>\n"
      "document.querySelectorAll('table.sortable th').forEach(function(th) {\n"
      "  th.addEventListener('click', function() {\n"
      "    var table = th.closest('table'), body = table.tBodies[0];\n"
      "    var col = Array.prototype.indexOf.call(th.parentNode.children, th);\n"
      "    var asc = th.dataset.dir !== 'asc';\n"
      "    table.querySelectorAll('th').forEach(function(h) { delete h.dataset.dir; });\n"
      "    th.dataset.dir = asc ? 'asc' : 'desc';\n"
      "    var rows = Array.from(body.rows);\n"
      "    rows.sort(function(a, b) {\n"
      "      var x = a.cells[col].textContent, y = b.cells[col].textContent;\n"
      "      var nx = Number(x), ny = Number(y);\n"
      "      var r = (x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'nl');\n"
      "      return asc ? r : -r;\n"
      "    });\n"
      "    rows.forEach(function(r) { body.appendChild(r); });\n"
      "  });\n"
      "});\n"
      "</script>\n</body></html>\n";
  return out;
}

std::string ReportJson(const ReportInput& in) {
  std::string out = kamergraaf::ReportJson(in.corpus, in.graph, in.centrality, in.referrals);
  if (in.questions == nullptr) return out;
  // The written-question counts as one more top-level member.
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(out);
  j["written_questions"] = nlohmann::ordered_json::parse(QuestionsSummaryJson(SummarizeQuestionTiming(*in.questions), in.as_of));
  return j.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string ShowText(const Corpus& corpus, const CitationGraph& graph, const Centrality& centrality,
                     const std::vector<Referral>& referrals, int document, int node) {
  std::string out;
  if (node >= 0) {
    const Node& n = graph.node(node);
    out += fmt::format("{}  ({}{})\n", n.label, NodeKindName(n.kind), n.in_corpus ? ", in corpus" : ", not in corpus");
    out += fmt::format("id: {}\npagerank {:.4f}, cited by {} node(s), cites {}\n", n.id, centrality.pagerank[node],
                       centrality.in_degree[node], centrality.out_degree[node]);
    if (std::string url = NodeUrl(n); !url.empty()) out += "public page: " + url + "\n";
    // A motion: where it was submitted, by whom, what it asks, the verdict, and who acted on it.
    if (const MotionRecord* rec = corpus.FindMotion(n.id); rec != nullptr && rec->document >= 0) {
      const Motion& m = corpus.documents[rec->document].motions[rec->motion];
      out += fmt::format("\nsubmitted in {}:{} by {}\nverdict: {}\n", corpus.documents[rec->document].path, m.line,
                         fmt::join(m.submitters, ", "), m.verdict.empty() ? "(none recorded)" : m.verdict);
      for (const std::string& c : m.considerations) out += "  " + TerminalSafe(c, 200) + "\n";
      for (const std::string& r : m.requests) out += "  " + TerminalSafe(r, 200) + "\n";
      std::string followed;
      for (int d : rec->followed_up_by) followed += (followed.empty() ? "" : ", ") + corpus.documents[d].path;
      out += "followed up by: " + (followed.empty() ? std::string("nothing in the corpus") : followed) + "\n";
    }
  }
  if (document >= 0) {
    const Document& d = corpus.documents[document];
    out += fmt::format("\nfile: {}\nkind: {}{}\nlines: {}, footnotes: {}, questions: {}, answers: {}, motions: {}, "
                       "speeches: {}, commitments: {}\n",
                       d.path, DocumentKindName(d.kind), d.kind_evidence.empty() ? "" : " (" + d.kind_evidence + ")",
                       d.lines, d.footnotes.size(), d.questions.size(), d.answers.size(), d.motions.size(),
                       d.speeches.size(), d.commitments.size());
    if (!d.title.empty() || !d.date.empty()) out += fmt::format("title: {}{}\n", d.title, d.date.empty() ? "" : " (" + d.date + ")");
    if (!d.about.empty()) out += fmt::format("about: {}\n", fmt::join(d.about, ", "));
    if (!d.answers_to.empty()) out += fmt::format("answers: {}\n", fmt::join(d.answers_to, ", "));
    if (!d.questions.empty()) {
      TextTable t({"line", "question", "fractie", "answered", "text"});
      for (const Question& q : d.questions) {
        t.AddRow({std::to_string(q.line), q.number.str(), q.fractie.str(), q.answered ? "yes" : "NO", q.text});
      }
      out += "\nQuestions\n" + t.Render(false, 60);
    }
    if (!d.motions.empty()) {
      TextTable t({"line", "motion", "submitters", "verdict", "request"});
      for (const Motion& m : d.motions) {
        t.AddRow({std::to_string(m.line), m.id, fmt::format("{}", fmt::join(m.submitters, ", ")), m.verdict,
                  m.requests.empty() ? "" : m.requests.front()});
      }
      out += "\nMotions\n" + t.Render(false, 60);
    }
    if (!d.footnotes.empty()) {
      TextTable t({"note", "line", "marker", "text"});
      for (const Footnote& f : d.footnotes) {
        t.AddRow({f.number.str(), std::to_string(f.line), f.marker_line > 0 ? std::to_string(f.marker_line) : "-", f.text});
      }
      out += "\nFootnotes\n" + t.Render(false, 70);
    }
    if (!d.commitments.empty()) {
      TextTable t({"line", "speaker", "deadline", "about", "promise"});
      for (const Commitment& c : d.commitments) {
        t.AddRow({std::to_string(c.line), c.speaker.str(), c.deadline.str(), c.related.str(), c.text});
      }
      out += "\nCommitments\n" + t.Render(false, 70);
    }
  }
  if (node >= 0) {
    TextTable cites({"cites", "kind", "count", "lines"});
    for (int e : graph.OutEdges(node)) {
      const Edge& edge = graph.edge(e);
      cites.AddRow({graph.node(edge.target).id, std::string(EdgeKindName(edge.kind)), std::to_string(edge.count),
                    fmt::format("{}", fmt::join(edge.lines, ","))});
    }
    if (cites.rows() > 0) out += "\nCites\n" + cites.Render(false, 60);
    TextTable cited({"cited by", "kind", "count"});
    for (int e : graph.InEdges(node)) {
      const Edge& edge = graph.edge(e);
      cited.AddRow({graph.node(edge.source).id, std::string(EdgeKindName(edge.kind)), std::to_string(edge.count)});
    }
    if (cited.rows() > 0) out += "\nCited by\n" + cited.Render(false, 60);
    std::vector<Referral> touching;
    const std::string& id = graph.node(node).id;
    for (const Referral& r : referrals) {
      if (r.target == id || (document >= 0 && r.doc == corpus.documents[document].path)) touching.push_back(r);
    }
    if (!touching.empty()) out += "\nOpen referrals\n" + ReferralsText(touching, false, 0);
  }
  return out;
}

}  // namespace kamergraaf

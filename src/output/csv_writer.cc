#include "output/csv_writer.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "output/output_guard.h"
#include "text/control_characters.h"

namespace kamergraaf {
namespace {

// One row; its last cell is the generator mark (output_guard.h), "generator" in the header row.
std::string Row(std::initializer_list<std::string_view> cells, std::string_view last = GeneratorMark()) {
  std::string out;
  for (std::string_view c : cells) {
    out += CsvCell(c);
    out.push_back(',');
  }
  out += CsvCell(last);
  out += "\r\n";
  return out;
}

}  // namespace

const Document* NodeDocument(const Node& node, const Corpus* corpus) {
  if (corpus == nullptr || !node.in_corpus || node.document < 0 ||
      node.document >= static_cast<int>(corpus->documents.size())) {
    return nullptr;
  }
  return &corpus->documents[node.document];
}

std::string CsvCell(std::string_view text) {
  // Control characters other than line ends and tabs (ESC, BEL, CR...) written visibly: a CSV file shown on a
  // terminal must not drive it. Line ends stay, quoted, as data.
  std::string cell;
  if (std::find_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
      }) == text.end()) {
    cell.assign(text);
  } else {
    for (char c : text) {
      if (c == '\n' || c == '\t' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)) {
        cell.push_back(c);
      } else {
        cell += EscapeControlCharacters(std::string_view(&c, 1));
      }
    }
  }
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' ||
                        cell[0] == '\r')) {
    // A plain negative number is data, not a formula.
    bool number = cell.size() > 1 && cell[0] == '-' && cell.find_first_not_of("0123456789.", 1) == std::string::npos;
    if (!number) cell.insert(cell.begin(), '\'');
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // Control characters other than tab and newline are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

std::string CitationsCsv(const Corpus& corpus) {
  std::string out = Row({"doc", "line", "column", "start", "end", "kind", "target", "footnote", "resolved", "text"}, "generator");
  for (const Document& doc : corpus.documents) {
    for (const Citation& c : doc.citations) {
      out += Row({doc.path, std::to_string(c.line), std::to_string(c.column), std::to_string(c.start),
                  std::to_string(c.end), CitationKindName(c.kind), c.target, c.footnote, c.resolved ? "true" : "false",
                  c.text});
    }
  }
  return out;
}

std::string RankCsv(const CitationGraph& graph, const Centrality& c, const std::vector<int>& order) {
  std::string out = Row({"id", "kind", "in_corpus", "label", "pagerank", "in_degree", "out_degree", "betweenness",
                         "hub", "authority", "weak_component", "strong_component"}, "generator");
  for (int v : order) {
    const Node& n = graph.node(v);
    out += Row({n.id, NodeKindName(n.kind), n.in_corpus ? "true" : "false", n.label, fmt::format("{:.9g}", c.pagerank[v]),
                std::to_string(c.in_degree[v]), std::to_string(c.out_degree[v]), fmt::format("{:.9g}", c.betweenness[v]),
                fmt::format("{:.9g}", c.hub[v]), fmt::format("{:.9g}", c.authority[v]),
                std::to_string(c.weak_component[v]), std::to_string(c.strong_component[v])});
  }
  return out;
}

std::string EdgesCsv(const CitationGraph& graph) {
  std::string out = Row({"Source", "Target", "Type", "Weight", "kind", "via_footnote", "lines"}, "generator");
  for (int e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(e);
    out += Row({graph.node(edge.source).id, graph.node(edge.target).id, "Directed", std::to_string(edge.count),
                EdgeKindName(edge.kind), edge.via_footnote ? "true" : "false",
                fmt::format("{}", fmt::join(edge.lines, " "))});
  }
  return out;
}

std::string NodesCsv(const CitationGraph& graph, const Centrality& c, const Corpus* corpus) {
  std::string out = Row({"Id", "Label", "kind", "in_corpus", "doc_kind", "dossier", "title", "date", "url", "pagerank",
                         "in_degree", "out_degree", "betweenness", "hub", "authority"}, "generator");
  for (int v = 0; v < graph.num_nodes(); ++v) {
    const Node& n = graph.node(v);
    const Document* d = NodeDocument(n, corpus);
    out += Row({n.id, n.label, NodeKindName(n.kind), n.in_corpus ? "true" : "false", n.doc_kind.view(), n.dossier.view(),
                d ? d->title : "", d ? d->date : "", NodeUrl(n), fmt::format("{:.9g}", c.pagerank[v]),
                std::to_string(c.in_degree[v]), std::to_string(c.out_degree[v]), fmt::format("{:.9g}", c.betweenness[v]),
                fmt::format("{:.9g}", c.hub[v]), fmt::format("{:.9g}", c.authority[v])});
  }
  return out;
}

std::string MotionsCsv(const Corpus& corpus) {
  std::string out = Row({"id", "doc", "line", "title", "date", "submitters", "verdict", "outcome", "followed_up_by",
                         "request"}, "generator");
  for (const MotionRecord& rec : corpus.motions) {
    const Document* holder = rec.document >= 0 ? &corpus.documents[rec.document] : nullptr;
    const Motion* m = holder ? &holder->motions[rec.motion] : nullptr;
    std::string followed;
    for (int d : rec.followed_up_by) followed += (followed.empty() ? "" : " ") + corpus.documents[d].path;
    out += Row({rec.id, holder ? holder->path : "", m && m->line > 0 ? std::to_string(m->line) : "", m ? m->title : "",
                m ? m->date : "", m ? fmt::format("{}", fmt::join(m->submitters, "; ")) : "", m ? m->verdict : "",
                m ? m->outcome : "", followed, m && !m->requests.empty() ? m->requests.front() : ""});
  }
  return out;
}

std::string ReferralsCsv(const std::vector<Referral>& referrals) {
  std::string out = Row({"category", "doc", "line", "question", "fractie", "speaker", "target", "deadline", "verdict",
                         "citations", "text", "date", "deadline_date", "deadline_rule", "age_days", "overdue_days"},
                        "generator");
  auto days = [](int n) { return n >= 0 ? std::to_string(n) : std::string(); };
  for (const Referral& r : referrals) {
    out += Row({ReferralCategoryName(r.category), r.doc, r.line > 0 ? std::to_string(r.line) : "", r.question,
                r.fractie, r.speaker, r.target, r.deadline, r.verdict,
                r.citations > 0 ? std::to_string(r.citations) : "", r.text, r.date, r.deadline_date,
                r.deadline_rule, days(r.age_days), days(r.overdue_days)});
  }
  return out;
}

std::string GraphMl(const CitationGraph& graph, const Centrality& c, const Corpus* corpus) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"in_corpus\" for=\"node\" attr.name=\"in_corpus\" attr.type=\"boolean\"/>\n"
      "  <key id=\"doc_kind\" for=\"node\" attr.name=\"doc_kind\" attr.type=\"string\"/>\n"
      "  <key id=\"dossier\" for=\"node\" attr.name=\"dossier\" attr.type=\"string\"/>\n"
      "  <key id=\"url\" for=\"node\" attr.name=\"url\" attr.type=\"string\"/>\n"
      "  <key id=\"title\" for=\"node\" attr.name=\"title\" attr.type=\"string\"/>\n"
      "  <key id=\"date\" for=\"node\" attr.name=\"date\" attr.type=\"string\"/>\n"
      "  <key id=\"aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
      "  <key id=\"pagerank\" for=\"node\" attr.name=\"pagerank\" attr.type=\"double\"/>\n"
      "  <key id=\"betweenness\" for=\"node\" attr.name=\"betweenness\" attr.type=\"double\"/>\n"
      "  <key id=\"hub\" for=\"node\" attr.name=\"hub\" attr.type=\"double\"/>\n"
      "  <key id=\"authority\" for=\"node\" attr.name=\"authority\" attr.type=\"double\"/>\n"
      "  <key id=\"in_degree\" for=\"node\" attr.name=\"in_degree\" attr.type=\"int\"/>\n"
      "  <key id=\"out_degree\" for=\"node\" attr.name=\"out_degree\" attr.type=\"int\"/>\n"
      "  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n"
      "  <key id=\"via_footnote\" for=\"edge\" attr.name=\"via_footnote\" attr.type=\"boolean\"/>\n"
      "  <key id=\"lines\" for=\"edge\" attr.name=\"lines\" attr.type=\"string\"/>\n"
      "  <graph id=\"kamergraaf\" edgedefault=\"directed\">\n";
  auto optional = [](std::string_view key, std::string_view value) {
    return value.empty() ? std::string() : fmt::format("<data key=\"{}\">{}</data>", key, XmlEscape(value));
  };
  for (int v = 0; v < graph.num_nodes(); ++v) {
    const Node& n = graph.node(v);
    out += fmt::format(
        "    <node id=\"{}\"><data key=\"kind\">{}</data><data key=\"label\">{}</data>"
        "<data key=\"in_corpus\">{}</data>{}{}{}{}{}{}<data key=\"pagerank\">{:.9g}</data>"
        "<data key=\"betweenness\">{:.9g}</data><data key=\"hub\">{:.9g}</data>"
        "<data key=\"authority\">{:.9g}</data><data key=\"in_degree\">{}</data>"
        "<data key=\"out_degree\">{}</data></node>\n",
        XmlEscape(n.id), NodeKindName(n.kind), XmlEscape(n.label), n.in_corpus ? "true" : "false",
        optional("doc_kind", n.doc_kind), optional("dossier", n.dossier), optional("url", NodeUrl(n)),
        optional("title", NodeDocument(n, corpus) ? NodeDocument(n, corpus)->title : ""),
        optional("date", NodeDocument(n, corpus) ? NodeDocument(n, corpus)->date : ""),
        optional("aliases", fmt::format("{}", fmt::join(n.aliases, " "))), c.pagerank[v], c.betweenness[v], c.hub[v],
        c.authority[v], c.in_degree[v], c.out_degree[v]);
  }
  for (int e = 0; e < graph.num_edges(); ++e) {
    const Edge& edge = graph.edge(e);
    out += fmt::format(
        "    <edge source=\"{}\" target=\"{}\"><data key=\"ekind\">{}</data><data key=\"count\">{}</data>"
        "<data key=\"via_footnote\">{}</data><data key=\"lines\">{}</data></edge>\n",
        XmlEscape(graph.node(edge.source).id), XmlEscape(graph.node(edge.target).id), EdgeKindName(edge.kind),
        edge.count, edge.via_footnote ? "true" : "false", fmt::join(edge.lines, " "));
  }
  out += "  </graph>\n</graphml>\n";
  MarkMarkup(&out);
  return out;
}

}  // namespace kamergraaf

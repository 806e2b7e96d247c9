#include "output/report_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "output/csv_writer.h"
#include "analysis/coverage.h"
#include "analysis/node_selection.h"
#include "output/json_writer.h"
#include "output/map_writer.h"
#include "output/output_guard.h"
#include "output/question_writer.h"
#include "output/text_table.h"
#include "text/control_characters.h"

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

std::string Where(const Referral& r) {
  if (r.doc.empty()) return "";
  return r.line > 0 ? fmt::format("{}:{}", r.doc, r.line) : r.doc;
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
  static auto outcome = [](const Referral& r) { return r.outcome.empty() ? std::string("unknown") : r.outcome.str(); };
  static auto text = [](const Referral& r) { return r.text; };
  static auto submitters = [](const Referral& r) { return fmt::format("{}", fmt::join(r.submitters, ", ")); };
  // "2025-07-03, 515 d late", "2026-12-20" (not yet due), or "open 40 d" when no deadline is known.
  static auto when = [](const Referral& r) {
    if (!r.deadline_date.empty()) {
      return r.overdue() ? fmt::format("{}, {} d late", r.deadline_date.view(), r.overdue_days)
                         : r.deadline_date.str();
    }
    return r.age_days >= 0 ? fmt::format("open {} d", r.age_days) : std::string();
  };
  static auto cited = [](const Referral& r) {
    return fmt::format("{}× by {}", r.citations, Plural(r.cited_by.size(), "document", "documents"));
  };
  switch (c) {
    case ReferralCategory::kUnansweredQuestion:
      return {{"where", where, 48}, {"nr", question, 4}, {"fractie", fractie, 16}, {"due", when, 24},
              {"question", text, 50}};
    case ReferralCategory::kDeferredAnswer:
      return {{"where", where, 48}, {"nr", question, 4}, {"defers to", target, 20}, {"deadline", deadline, 24},
              {"due", when, 24}, {"answer", text, 36}};
    case ReferralCategory::kMotionWithoutFollowUp:
      return {{"motion", target, 18}, {"where", where, 48}, {"submitters", submitters, 20},
              {"advice", verdict, 13}, {"vote", outcome, 10}, {"due", when, 24},
              {"request", text, 34}};
    case ReferralCategory::kOpenCommitment:
      return {{"where", where, 48}, {"speaker", speaker, 16}, {"deadline", deadline, 24}, {"due", when, 24},
              {"promise", text, 44}};
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
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out += EscapeControlCharacters(std::string_view(&c, 1));  // ESC, BEL... shown, never sent to a terminal
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

// English column titles in `lang`: "followed up by" is message "col.followed_up_by".
std::vector<std::string> Translated(const std::vector<std::string>& titles, Lang lang) {
  std::vector<std::string> out;
  for (std::string t : titles) {
    std::replace(t.begin(), t.end(), ' ', '_');
    out.emplace_back(Tr(lang, "col." + t));
  }
  return out;
}

std::vector<std::string> Headers(const std::vector<Column>& columns, Lang lang) {
  return Translated(Headers(columns), lang);
}

std::vector<std::vector<std::string>> DocumentRows(const Corpus& corpus) {
  std::vector<std::vector<std::string>> rows;
  for (const Document& d : corpus.documents) {
    rows.push_back({d.path, d.id, std::string(DocumentKindName(d.kind)), d.title, d.date, std::to_string(d.citations.size()),
                    std::to_string(d.footnotes.size()), std::to_string(d.questions.size()),
                    std::to_string(d.answers.size()), std::to_string(d.motions.size())});
  }
  return rows;
}

const std::vector<std::string> kDocumentHeader = {"file", "id", "kind", "title", "date", "citations", "footnotes",
                                                  "questions", "answers", "motions"};

// The 30 most central nodes, in the order `rank` prints them.
std::vector<int> TopNodes(const CitationGraph& graph, const Centrality& c) {
  std::vector<int> order = RankOrder(graph, c);
  if (order.size() > 30) order.resize(30);
  return order;
}

std::vector<std::vector<std::string>> RankRows(const CitationGraph& graph, const Centrality& c,
                                               const std::vector<int>& nodes, Lang lang) {
  std::vector<std::vector<std::string>> rows;
  for (int v : nodes) {
    const Node& n = graph.node(v);
    rows.push_back({n.id, std::string(NodeKindName(n.kind)), std::string(Tr(lang, n.in_corpus ? "value.yes" : "value.no")),
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
    for (int d : rec.followed_up_by) followed += (followed.empty() ? "" : ", ") + corpus.documents[d].path;
    rows.push_back({rec.id, m ? fmt::format("{}", fmt::join(m->submitters, ", ")) : "", m ? m->verdict : "",
                    m ? m->outcome : "", followed, m && !m->requests.empty() ? m->requests.front() : ""});
  }
  return rows;
}

const std::vector<std::string> kMotionHeader = {"motion", "submitters", "advice", "vote", "followed up by", "request"};

std::size_t CountCitations(const Corpus& corpus) {
  std::size_t n = 0;
  for (const Document& d : corpus.documents) n += d.citations.size();
  return n;
}

}  // namespace

std::string ReportSummary(const ReportInput& in) {
  auto groups = Group(in.referrals);
  std::string out = fmt::format("{} ({:.1f} kB), {}, {}; graph of {} and {}\n",
                                Plural(in.corpus.documents.size(), "document", "documents"), in.corpus.bytes / 1e3,
                                Plural(CountCitations(in.corpus), "citation", "citations"),
                                Plural(in.corpus.motions.size(), "motion", "motions"),
                                Plural(in.graph.num_nodes(), "node", "nodes"), Plural(in.graph.num_edges(), "edge", "edges"));
  if (std::string understood = CoverageLine(MeasureCoverage(in.corpus)); !understood.empty()) {
    out += "Understood: " + understood + "\n";
  }
  for (ReferralCategory c : kCategories) {
    out += fmt::format("  {:<28} {}\n", CategoryTitle(c), groups[c].size());
  }
  return out;
}

// "000_b42b.txt: 25 (PVV 9, GroenLinks-PvdA 8, NSC 8)" per document, for the unanswered questions.
std::string PerDocumentSummary(const std::vector<const Referral*>& list) {
  std::map<std::string, std::map<std::string, int>> by_doc;
  for (const Referral* r : list) ++by_doc[r->doc][r->fractie.empty() ? "?" : r->fractie.str()];
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

std::string ReferralsText(const std::vector<Referral>& referrals, bool color, std::size_t max_rows,
                          std::size_t line_width, bool wide) {
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
      for (const Column& col : columns) row.push_back(CutCell(col.cell(*list[i]), wide ? static_cast<std::size_t>(-1) / 2 : col.width));
      table.AddRow(std::move(row));
    }
    out += table.Render(color, wide ? 0 : 80, line_width);
    if (shown < list.size()) {
      out += fmt::format("  … and {} more (all of them: --kind {}, or --format csv)\n", list.size() - shown,
                         ReferralCategoryName(c));
    }
    out += "\n";
  }
  if (out.empty()) out = "Nothing open.\n";
  return out;
}

std::string ReferralsMarkdown(const std::vector<Referral>& referrals, Lang lang) {
  auto groups = Group(referrals);
  std::string out;
  for (ReferralCategory c : kCategories) {
    const auto& list = groups[c];
    out += fmt::format("### {} ({})\n\n", Tr(lang, "category." + std::string(ReferralCategoryName(c))), list.size());
    if (list.empty()) {
      out += std::string(Tr(lang, "value.none")) + "\n\n";
      continue;
    }
    auto columns = ColumnsFor(c);
    out += MdTable(Headers(columns, lang), ReferralRows(list, columns)) + "\n";
  }
  return out;
}

std::string ReportMarkdown(const ReportInput& in) {
  const Lang l = in.lang;
  auto groups = Group(in.referrals);
  std::string out = "# " + std::string(Tr(l, "report.title")) + "\n\n";
  if (in.run != nullptr) {
    out += fmt::format("{}: kamergraaf {}, {} {}", Tr(l, "section.run"), in.run->version, Tr(l, "run.date"), in.run->date);
    if (!in.run->as_of.empty()) out += fmt::format(", {} {}", Tr(l, "run.as_of"), in.run->as_of);
    out += fmt::format("; {} `{}`", Tr(l, "run.inputs"), fmt::join(in.run->inputs, " "));
    if (!in.run->options.empty()) out += fmt::format("; {} `{}`", Tr(l, "run.options"), in.run->options);
    out += ".\n\n";
  }
  out += fmt::format("{}, {}, {}; {}, {}.\n\n", CountOf(l, in.corpus.documents.size(), "count.document", "count.documents"),
                     CountOf(l, CountCitations(in.corpus), "count.citation", "count.citations"),
                     CountOf(l, in.corpus.motions.size(), "count.motion", "count.motions"),
                     CountOf(l, in.graph.num_nodes(), "count.node", "count.nodes"),
                     CountOf(l, in.graph.num_edges(), "count.edge", "count.edges"));
  out += "## " + std::string(Tr(l, "section.open")) + "\n\n" + ReferralsMarkdown(in.referrals, l);
  out += "## " + std::string(Tr(l, "section.map")) + "\n\n![" + std::string(Tr(l, "section.map")) + "](map.svg)\n\n";
  out += "## " + std::string(Tr(l, "section.documents")) + "\n\n" +
         MdTable(Translated(kDocumentHeader, l), DocumentRows(in.corpus)) + "\n";
  out += "## " + std::string(Tr(l, "section.centrality")) + "\n\n" +
         MdTable(Translated(kRankHeader, l), RankRows(in.graph, in.centrality, TopNodes(in.graph, in.centrality), l)) + "\n";
  out += "## " + std::string(Tr(l, "section.motions")) + "\n\n" + MdTable(Translated(kMotionHeader, l), MotionRows(in.corpus)) + "\n";
  MarkMarkup(&out);
  return out;
}

std::string ReportJson(const ReportInput& in) {
  // The written-question counts as one more top-level member.
  const std::string questions =
      in.questions == nullptr ? "" : QuestionsSummaryJson(SummarizeQuestionTiming(*in.questions), in.as_of);
  return kamergraaf::ReportJson(in.corpus, in.graph, in.centrality, in.referrals, in.run, questions);
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

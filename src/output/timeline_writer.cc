#include "output/timeline_writer.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "kamergraaf/document.h"
#include "graph/node_identity.h"
#include "model/civil_date.h"
#include "output/csv_writer.h"
#include "output/output_guard.h"

namespace kamergraaf {
namespace {

constexpr int kWidth = 960;
constexpr int kLeft = 120;    // lane names
constexpr int kRight = 30;
constexpr int kTop = 36;      // title
constexpr int kLane = 46;     // height of a lane
constexpr int kAxis = 34;     // ticks and their years under the lanes
constexpr std::size_t kMaxNeighbours = 40;
constexpr std::size_t kMaxLabel = 30;

constexpr TimelineEvent::Lane kLanes[] = {TimelineEvent::Lane::kDocument, TimelineEvent::Lane::kMotion,
                                          TimelineEvent::Lane::kVote, TimelineEvent::Lane::kAnswer,
                                          TimelineEvent::Lane::kDeadline};

std::string_view LaneKey(TimelineEvent::Lane lane) {
  switch (lane) {
    case TimelineEvent::Lane::kDocument: return "timeline.document";
    case TimelineEvent::Lane::kMotion: return "timeline.motion";
    case TimelineEvent::Lane::kVote: return "timeline.vote";
    case TimelineEvent::Lane::kDeadline: return "timeline.deadline";
    case TimelineEvent::Lane::kAnswer: return "timeline.answer";
  }
  return "timeline.document";
}

// At most kMaxLabel code points, with "…" when cut.
std::string Short(std::string_view s) {
  std::string out;
  std::size_t points = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++points > kMaxLabel) return out + "…";
    out.push_back(s[i]);
  }
  return out;
}

// An official document by its id and kind; any other by the map's label (its title, or its kind and date: never
// a file name).
std::string TimelineLabel(const Document& d) {
  return d.has_official_id ? d.id + " (" + std::string(DocumentKindName(d.kind)) + ")" : DocumentLabel(d);
}

void AddDocument(const Corpus& corpus, int index, std::vector<TimelineEvent>* out) {
  const Document& d = corpus.documents[index];
  if (d.date.empty()) return;
  Node node;
  node.id = d.id;
  out->push_back({TimelineEvent::Lane::kDocument, d.date, TimelineLabel(d), d.has_official_id ? NodeUrl(node) : ""});
}

}  // namespace

std::vector<TimelineEvent> NeighbourhoodTimeline(const Corpus& corpus, const CitationGraph& graph,
                                                 const std::vector<Referral>& referrals, int document) {
  std::vector<TimelineEvent> out;
  if (document < 0 || document >= static_cast<int>(corpus.documents.size())) return out;
  const Document& doc = corpus.documents[document];
  AddDocument(corpus, document, &out);
  std::set<int> neighbours;
  if (int v = graph.Find(doc.id); v >= 0) {
    for (int e : graph.OutEdges(v)) neighbours.insert(graph.node(graph.edge(e).target).document);
    for (int e : graph.InEdges(v)) neighbours.insert(graph.node(graph.edge(e).source).document);
  }
  std::size_t added = 0;
  for (int n : neighbours) {
    if (n < 0 || n == document || n >= static_cast<int>(corpus.documents.size())) continue;
    if (++added > kMaxNeighbours) break;
    AddDocument(corpus, n, &out);
  }
  for (const Motion& m : doc.motions) {
    Node node;
    node.id = m.id;
    std::string url = m.id.empty() ? "" : NodeUrl(node);
    if (!m.date.empty()) out.push_back({TimelineEvent::Lane::kMotion, m.date, m.id.empty() ? "motie" : m.id, url});
    if (!m.outcome.empty() && !m.outcome_date.empty()) {
      out.push_back({TimelineEvent::Lane::kVote, m.outcome_date, (m.id.empty() ? "" : m.id + " ") + m.outcome, url});
    }
  }
  if (!doc.answered_date.empty()) out.push_back({TimelineEvent::Lane::kAnswer, doc.answered_date.str(), "antwoord", ""});
  for (const Referral& r : referrals) {
    if (r.doc != doc.path || r.deadline_date.empty()) continue;
    std::string label = !r.deadline.empty() ? r.deadline.str() : !r.target.empty() ? r.target : "termijn";
    out.push_back({TimelineEvent::Lane::kDeadline, r.deadline_date.str(), label, "", r.overdue()});
  }
  std::stable_sort(out.begin(), out.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.lane < b.lane;
  });
  return out;
}

std::string TimelineSvg(const std::vector<TimelineEvent>& events, std::string_view title, std::string_view as_of,
                        Lang lang) {
  const int height = kTop + kLane * static_cast<int>(std::size(kLanes)) + kAxis;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
      "font-family=\"sans-serif\" font-size=\"11\" role=\"img\">\n"
      "<title>{}</title>\n<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{}</text>\n",
      kWidth, height, kWidth, height, XmlEscape(title), XmlEscape(title));
  CivilDate first, last;
  for (const TimelineEvent& e : events) {
    CivilDate d = ParseIsoDate(e.date, true);
    if (!d.valid()) continue;
    if (!first.valid() || d < first) first = d;
    if (!last.valid() || last < d) last = d;
  }
  CivilDate today = ParseIsoDate(as_of);
  if (!first.valid()) {
    out += fmt::format("<text x=\"10\" y=\"{}\">{}</text>\n</svg>\n", kTop + 20, XmlEscape(Tr(lang, "timeline.empty")));
    MarkMarkup(&out);
    return out;
  }
  if (today.valid() && last < today) last = today;
  long d0 = first.Days() - 15, d1 = last.Days() + 15;
  const double span = static_cast<double>(std::max(1L, d1 - d0));
  auto x = [&](CivilDate d) { return kLeft + (kWidth - kLeft - kRight) * ((d.Days() - d0) / span); };
  const int axis_y = kTop + kLane * static_cast<int>(std::size(kLanes));

  // Lanes, their names and a light band each.
  for (std::size_t i = 0; i < std::size(kLanes); ++i) {
    int y = kTop + kLane * static_cast<int>(i);
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n", kLeft, y,
                       kWidth - kLeft - kRight, kLane, i % 2 ? "#ffffff" : "#f4f6f8");
    out += fmt::format("<text x=\"10\" y=\"{}\" fill=\"#333\">{}</text>\n", y + kLane / 2 + 4,
                       XmlEscape(Tr(lang, LaneKey(kLanes[i]))));
  }
  // Ticks: years, or months when the span is under two years.
  const bool months = d1 - d0 < 730;
  CivilDate tick{first.year, months ? first.month : 1, 1};
  while (tick.Days() <= d1) {
    if (tick.Days() >= d0) {
      double tx = x(tick);
      out += fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#ccc\"/>\n", tx, kTop, tx,
                         axis_y + 4);
      out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">{}</text>\n", tx,
                         axis_y + 18, months ? fmt::format("{:04d}-{:02d}", tick.year, tick.month)
                                             : std::to_string(tick.year));
    }
    tick = tick.AddMonths(months ? (d1 - d0 > 365 ? 3 : 1) : 12);
  }
  if (today.valid()) {
    double tx = x(today);
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#c62828\" "
                       "stroke-dasharray=\"4 3\"/>\n<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"end\" fill=\"#c62828\">"
                       "{} {}</text>\n",
                       tx, kTop, tx, axis_y, tx - 3, kTop - 4, XmlEscape(Tr(lang, "timeline.today")),
                       XmlEscape(as_of));
  }
  // Events: a dot each, labels alternating above and below it so that neighbours overlap less.
  int count[std::size(kLanes)] = {};
  for (const TimelineEvent& e : events) {
    CivilDate d = ParseIsoDate(e.date, true);
    if (!d.valid()) continue;
    std::size_t lane = 0;
    while (lane < std::size(kLanes) && kLanes[lane] != e.lane) ++lane;
    if (lane == std::size(kLanes)) continue;
    int y = kTop + kLane * static_cast<int>(lane) + kLane / 2;
    double ex = x(d);
    int ly = count[lane]++ % 2 ? y + 16 : y - 8;
    const char* colour = e.late ? "#c62828" : e.lane == TimelineEvent::Lane::kDeadline ? "#ef6c00" : "#1565c0";
    std::string label = fmt::format("<text x=\"{:.1f}\" y=\"{}\" fill=\"#222\">{}</text>", ex + 6, ly,
                                    XmlEscape(Short(e.label)));
    if (!e.url.empty()) label = "<a href=\"" + XmlEscape(e.url) + "\">" + label + "</a>";
    out += fmt::format("<g><title>{} {}</title><circle cx=\"{:.1f}\" cy=\"{}\" r=\"5\" fill=\"{}\"/>{}</g>\n",
                       XmlEscape(e.date), XmlEscape(e.label), ex, y, colour, label);
  }
  out += "</svg>\n";
  MarkMarkup(&out);
  return out;
}

}  // namespace kamergraaf

// The timeline SVG: lanes, ticks, the as-of line, escaped labels, late deadlines in red, and the neighbourhood
// a document's timeline gathers.
#include <catch2/catch.hpp>

#include "kamergraaf/pipeline.h"
#include "output/timeline_writer.h"

namespace kamergraaf {
namespace {

using Lane = TimelineEvent::Lane;

TEST_CASE("TimelineSvg draws lanes, ticks, the as-of line and escaped labels", "[timeline]") {
  std::vector<TimelineEvent> events = {
      {Lane::kDocument, "2026-03-12", "kst-36999-30 (kamerbrief)", "https://zoek.officielebekendmakingen.nl/kst-36999-30.html"},
      {Lane::kMotion, "2026-02", "motie <script>", ""},
      {Lane::kDeadline, "2026-07-02", "voor het zomerreces", "", true},
      {Lane::kDeadline, "2027-03-31", "in het eerste kwartaal van 2027 en nog veel meer woorden", "", false}};
  std::string svg = TimelineSvg(events, "Tijdlijn — kst-36999-30", "2026-11-30");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("kamergraaf") != std::string::npos);  // the generator mark
  for (const char* lane : {"Documenten", "Moties", "Stemmingen", "Antwoorden", "Termijnen"}) {
    CHECK(svg.find(lane) != std::string::npos);
  }
  CHECK(svg.find("peildatum 2026-11-30") != std::string::npos);
  CHECK(svg.find("motie &lt;script&gt;") != std::string::npos);
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(svg.find("fill=\"#c62828\"/>") != std::string::npos);  // the late deadline
  CHECK(svg.find("in het eerste kwartaal van 202…") != std::string::npos);  // labels cut at 30 code points
  CHECK(svg.find("href=\"https://zoek.officielebekendmakingen.nl/kst-36999-30.html\"") != std::string::npos);
  CHECK(svg.find(">2026-05<") != std::string::npos);  // quarterly month ticks for a span of one to two years
  CHECK(TimelineSvg(events, "Timeline", "2026-11-30", Lang::kEn).find("as of 2026-11-30") != std::string::npos);
}

TEST_CASE("TimelineSvg says when nothing is dated", "[timeline]") {
  std::string svg = TimelineSvg({}, "Tijdlijn", "2026-11-30");
  CHECK(svg.find("Niets in deze omgeving heeft een datum.") != std::string::npos);
  CHECK(svg.find("<circle") == std::string::npos);
}

TEST_CASE("NeighbourhoodTimeline gathers the document, its motions and votes, and open deadlines", "[timeline]") {
  Corpus corpus;
  Document d;
  d.path = "debat.txt";
  d.id = "h-tk-20252026-41-7";
  d.has_official_id = true;
  d.kind = DocumentKind::kHandelingen;
  d.date = "2026-02-11";
  Motion m;
  m.id = "kst-36999-21";
  m.date = "2026-02-11";
  m.outcome = "aangenomen";
  m.outcome_date = "2026-02-17";
  d.motions = {m};
  corpus.documents = {d};
  corpus.Reindex();
  CitationGraph graph = BuildCitationGraph(corpus);
  Referral r;
  r.category = ReferralCategory::kOpenCommitment;
  r.doc = "debat.txt";
  r.deadline = "voor het zomerreces";
  r.deadline_date = "2026-07-02";
  r.overdue_days = 151;
  std::vector<TimelineEvent> events = NeighbourhoodTimeline(corpus, graph, {r}, 0);
  REQUIRE(events.size() == 4);
  CHECK(events[0].lane == Lane::kDocument);
  CHECK(events[0].label == "h-tk-20252026-41-7 (handelingen)");
  CHECK(events[1].lane == Lane::kMotion);
  CHECK(events[2].lane == Lane::kVote);
  CHECK(events[2].label == "kst-36999-21 aangenomen");
  CHECK(events[3].lane == Lane::kDeadline);
  CHECK(events[3].late);
  CHECK(NeighbourhoodTimeline(corpus, graph, {r}, 5).empty());
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("A timeline names a document without an official id as the map does, never by its file", "[timeline]") {
  Corpus corpus;
  Document d;
  d.path = "archief/sgd-0000123456.txt";
  d.id = d.path;
  d.kind = DocumentKind::kUnknown;
  d.date = "1903-11-07";
  corpus.documents = {d};
  corpus.Reindex();
  CitationGraph graph = BuildCitationGraph(corpus);
  std::vector<TimelineEvent> events = NeighbourhoodTimeline(corpus, graph, {}, 0);
  REQUIRE(events.size() == 1);
  CHECK(events[0].label.find("sgd-") == std::string::npos);
  CHECK(events[0].label.find("1903-11-07") != std::string::npos);
}

}  // namespace
}  // namespace kamergraaf

// Deadline phrases resolved to dates: one table case per rule, with its negative cases, plus the calendar.
#include <catch2/catch.hpp>

#include <fstream>

#include "model/civil_date.h"
#include "parse/deadline_resolver.h"
#include "text/dutch_month.h"
#include "parse/recess_calendar.h"
#include "temp_dir.h"

namespace kamergraaf {
namespace {

using Kind = ResolvedDeadline::Kind;

struct Case {
  const char* text;
  const char* document_date;
  Kind kind;
  const char* date;    // expected ISO date, "" for none
  const char* phrase;  // expected phrase, "" to skip the check
};

TEST_CASE("ResolveDeadline: every rule, against the document's date", "[deadline]") {
  const Case cases[] = {
      // Recesses from the published table.
      {"Ik zal uw Kamer voor het zomerreces informeren.", "2025-03-12", Kind::kDate, "2025-07-03",
       "voor het zomerreces"},
      {"Wij informeren de Kamer voor het komend meireces.", "2025-03-12", Kind::kDate, "2025-04-24",
       "voor het komend meireces"},
      {"Wij informeren de Kamer vóór het kerstreces.", "2025-10-01", Kind::kDate, "2025-12-18", ""},
      {"voor het voorjaarsreces", "2026-01-20", Kind::kDate, "2026-02-12", ""},
      {"voor het herfstreces", "2024-09-01", Kind::kDate, "2024-10-17", ""},
      {"voor de zomer", "2026-04-14", Kind::kDate, "2026-07-02", "voor de zomer"},
      // A recess already begun or past: the next one of that kind.
      {"voor het zomerreces", "2025-08-01", Kind::kDate, "2026-07-02", ""},
      // After a recess: an estimate.
      {"Na het zomerreces ontvangt u de brief.", "2025-03-12", Kind::kEstimate, "2025-10-01", ""},
      // A year outside the table: estimated from the pattern.
      {"voor het zomerreces", "2031-01-10", Kind::kEstimate, "2031-07-03", ""},
      {"voor het zomerreces van 2030", "", Kind::kEstimate, "2030-07-04", ""},
      // Seasons.
      {"Dit najaar stuur ik u de evaluatie.", "2026-04-14", Kind::kDate, "2026-12-20", "dit najaar"},
      {"in het voorjaar van 2027", "", Kind::kDate, "2027-06-20", ""},
      {"deze zomer", "2026-10-01", Kind::kDate, "2027-09-22", ""},
      // Parts of a year.
      {"voor het einde van het jaar", "2026-04-14", Kind::kDate, "2026-12-31", ""},
      {"Later dit jaar volgt een brief.", "2026-04-14", Kind::kDate, "2026-12-31", "later dit jaar"},
      {"eind 2026", "", Kind::kDate, "2026-12-31", ""},
      {"begin 2027", "", Kind::kDate, "2027-03-31", ""},
      {"medio 2025", "", Kind::kDate, "2025-06-30", ""},
      {"voor 2027", "", Kind::kDate, "2026-12-31", ""},
      {"begin volgend jaar", "2026-04-14", Kind::kDate, "2027-03-31", ""},
      {"in het eerste kwartaal van 2026", "", Kind::kDate, "2026-03-31", "eerste kwartaal van 2026"},
      {"in het derde kwartaal", "2026-04-14", Kind::kDate, "2026-09-30", ""},
      {"in het eerste kwartaal", "2026-04-14", Kind::kDate, "2027-03-31", ""},
      {"Q2 2026", "", Kind::kDate, "2026-06-30", ""},
      // Dates.
      {"voor 1 juli", "2026-04-14", Kind::kDate, "2026-06-30", "voor 1 juli"},
      {"voor 1 juli 2027", "2026-04-14", Kind::kDate, "2027-06-30", ""},
      {"uiterlijk 15 mei", "2026-04-14", Kind::kDate, "2026-05-15", ""},
      {"voor 1 februari", "2026-04-14", Kind::kDate, "2027-01-31", ""},
      {"eind juni", "2026-04-14", Kind::kDate, "2026-06-30", ""},
      {"voor eind september", "2026-04-14", Kind::kDate, "2026-09-30", ""},
      // Relative terms.
      {"binnen zes weken", "2026-04-14", Kind::kDate, "2026-05-26", "binnen zes weken"},
      {"binnen drie maanden", "2026-01-31", Kind::kDate, "2026-04-30", ""},
      {"binnen 10 werkdagen", "2026-04-14", Kind::kDate, "2026-04-28", ""},
      {"over twee weken", "2026-04-14", Kind::kDate, "2026-04-28", ""},
      // Budget moments.
      {"voor Prinsjesdag", "2026-04-14", Kind::kDate, "2026-09-14", "voor prinsjesdag"},
      {"bij de Voorjaarsnota", "2026-04-14", Kind::kDate, "2026-06-01", ""},
      {"bij de Voorjaarsnota", "2026-07-14", Kind::kDate, "2027-06-01", ""},
      {"voor de begrotingsbehandeling", "2026-04-14", Kind::kEstimate, "2026-10-31", ""},
      // Vague terms: no date.
      {"De brief wordt op korte termijn verzonden.", "2026-04-14", Kind::kVague, "", "op korte termijn"},
      {"binnenkort", "2026-04-14", Kind::kVague, "", ""},
      {"zo spoedig mogelijk", "", Kind::kVague, "", ""},
      // A precise phrase wins over a vague one in the same sentence.
      {"Zo spoedig mogelijk, maar uiterlijk voor de zomer.", "2026-04-14", Kind::kDate, "2026-07-02", ""},
      // Needs the document's date.
      {"voor het zomerreces", "", Kind::kUndated, "", "voor het zomerreces"},
      {"binnen zes weken", "", Kind::kUndated, "", ""},
      // No deadline at all.
      {"In 2025 zijn 418 meldingen binnengekomen bij het meldpunt.", "2026-04-14", Kind::kNone, "", ""},
      {"Dit jaar hebben wij veel bereikt.", "2026-04-14", Kind::kNone, "", ""},
      {"Eind 2024 is de pilot gestart; voor het zomerreces volgt de evaluatie.", "2026-04-14", Kind::kDate,
       "2026-07-02", "voor het zomerreces"},
      {"Ik kom hierop terug.", "2026-04-14", Kind::kNone, "", ""},
      {"voor mei", "2026-04-14", Kind::kNone, "", ""},
  };
  RecessCalendar calendar;
  for (const Case& c : cases) {
    ResolvedDeadline r = ResolveDeadline(c.text, c.document_date, calendar);
    INFO(c.text << " @ " << c.document_date << " -> " << r.date << " (" << r.rule << ")");
    CHECK(r.kind == c.kind);
    CHECK(r.date == c.date);
    if (*c.phrase) CHECK(r.phrase == c.phrase);
    if (c.kind == Kind::kDate || c.kind == Kind::kEstimate) CHECK_FALSE(r.rule.empty());
  }
}

TEST_CASE("ResolveDeadline: the rule says how, and a month-precision date says it was counted from day 1",
          "[deadline]") {
  RecessCalendar calendar;
  ResolvedDeadline r = ResolveDeadline("voor het komend meireces", "2025-03", calendar);
  CHECK(r.date == "2025-04-24");
  CHECK(r.rule == "meireces 2025 starts 2025-04-25 (calendar): the day before");
  r = ResolveDeadline("binnen zes weken", "2025-03", calendar);
  CHECK(r.date == "2025-04-12");
  CHECK(r.rule == "6 weken after 2025-03-01: 2025-04-12 (the document is dated 2025-03 only: counted from 2025-03-01)");
  r = ResolveDeadline("voor het zomerreces", "2031-01-10", calendar);
  CHECK(r.rule == "zomerreces 2031 starts 2031-07-04 (estimated): the day before");
}

TEST_CASE("RecessCalendar: the estimate rule reproduces the published years", "[deadline]") {
  RecessCalendar calendar;
  for (int year = 2023; year <= 2026; ++year) {
    for (RecessKind kind : {RecessKind::kVoorjaar, RecessKind::kMei, RecessKind::kZomer, RecessKind::kHerfst,
                            RecessKind::kKerst}) {
      Recess published = calendar.Find(kind, year);
      Recess estimate = EstimateRecess(kind, year);
      INFO(RecessKindName(kind) << " " << year);
      CHECK(published.source == "calendar");
      CHECK(estimate.source == "estimate");
      CHECK(published.start.Weekday() == 4);  // Friday
      CHECK(published.end.Weekday() == 0);    // Monday
      // The pattern is a guess for other years: within a week of the published start.
      CHECK(std::abs(published.start.Days() - estimate.start.Days()) <= 7);
    }
  }
}

TEST_CASE("RecessCalendar::Load adds and overrides, and names the bad line", "[deadline]") {
  TempDir dir;
  std::string path = dir.path() + "/recess.tsv";
  {
    std::ofstream out(path);
    out << "# kind\tstart\tend\nkind\tstart\tend\nzomerreces\t2031-07-11\t2031-09-08\n";
  }
  RecessCalendar calendar;
  REQUIRE(calendar.Load(path).ok());
  Recess r = calendar.Find(RecessKind::kZomer, 2031);
  CHECK(r.start.Iso() == "2031-07-11");
  CHECK(r.source == path);
  ResolvedDeadline d = ResolveDeadline("voor het zomerreces", "2031-02-01", calendar);
  CHECK(d.date == "2031-07-10");
  CHECK(d.kind == ResolvedDeadline::Kind::kDate);
  {
    std::ofstream out(path);
    out << "zomerreces\t2031-07-11\t2031-09-08\nlentereces\t2031-03-01\t2031-03-08\n";
  }
  RecessCalendar other;
  Status s = other.Load(path);
  CHECK(s.message() == path +
                           ":2: unknown recess 'lentereces' (voorjaarsreces, meireces, zomerreces, herfstreces, "
                           "kerstreces)");
  CHECK(other.Find(RecessKind::kZomer, 2031).source == "estimate");  // nothing of a bad file is used
  CHECK(other.Load(dir.path() + "/absent.tsv").code() == Status::Code::kNotFound);
}

TEST_CASE("CivilDate: arithmetic and ISO parsing", "[deadline]") {
  CHECK(ParseIsoDate("2024-02-29").Iso() == "2024-02-29");
  CHECK_FALSE(ParseIsoDate("2025-02-29").valid());
  CHECK_FALSE(ParseIsoDate("2025-03").valid());
  CHECK(ParseIsoDate("2025-03", true).Iso() == "2025-03-01");
  CHECK(LastDayOf("2024-02").Iso() == "2024-02-29");
  CHECK(LastDayOf("2026").Iso() == "2026-12-31");
  CHECK(ParseIsoDate("2026-11-30").Days() - ParseIsoDate("2026-01-01").Days() == 333);
  CHECK(ParseIsoDate("2026-01-31").AddMonths(1).Iso() == "2026-02-28");
  CHECK(ParseIsoDate("1970-01-01").Days() == 0);
  CHECK(CivilDate::FromDays(-1).Iso() == "1969-12-31");
  CHECK(ParseIsoDate("2026-11-30").Weekday() == 0);  // a Monday
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("data/recess-calendar.tsv is the built-in table", "[deadline]") {
  RecessCalendar built_in;
  RecessCalendar from_file;
  REQUIRE(from_file.Load(std::string(KAMERGRAAF_SOURCE_DIR) + "/data/recess-calendar.tsv").ok());
  int rows = 0;
  for (int year = 2023; year <= 2026; ++year) {
    for (RecessKind kind : {RecessKind::kVoorjaar, RecessKind::kMei, RecessKind::kZomer, RecessKind::kHerfst,
                            RecessKind::kKerst}) {
      Recess a = built_in.Find(kind, year), b = from_file.Find(kind, year);
      INFO(RecessKindName(kind) << " " << year);
      CHECK(a.start == b.start);
      CHECK(a.end == b.end);
      CHECK(b.source != "calendar");  // read from the file, not fallen back
      ++rows;
    }
  }
  CHECK(rows == 20);
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("DutchMonth reads month names in any case and in old spellings", "[time]") {
  struct Case {
    std::string_view name;
    int month;
  };
  const Case cases[] = {{"januari", 1},  {"Januarij", 1}, {"FEBRUARI", 2}, {"februarij", 2}, {"maart", 3},
                        {"mei", 5},      {"Junij", 6},    {"julij", 7},    {"October", 10},  {"oktober", 10},
                        {"december", 12}, {"maartj", 0},  {"meij", 0},     {"jan", 0},       {"", 0},
                        // OCR keeps the hyphen where a name was broken over two lines.
                        {"no-vember", 11}, {"sep-tem-ber", 9}, {"-", 0}, {"ja-nu-a-ri-ja-nu-a-ri-x", 0}};
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(DutchMonth(c.name) == c.month);
  }
  CHECK(DutchMonthName(7) == "juli");
  CHECK(DutchMonthName(13).empty());
}

}  // namespace
}  // namespace kamergraaf

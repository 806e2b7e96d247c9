// RecessCalendar: the Tweede Kamer's recesses, for deadlines such as "voor het zomerreces".
//
// The built-in table holds the recess dates the Tweede Kamer published for 2023–2026 (entered by hand from
// its published "recesdata"; see data/recess-calendar.tsv for the same table as a file to copy and edit).
// For any other year the calendar estimates from the pattern those years share, and says so:
//   voorjaarsreces  Friday  8–14 February  → Monday 10 days later
//   meireces        Friday 22–28 April     → Monday 17 days later
//   zomerreces      Friday  1–7 July       → Monday 59 days later
//   herfstreces     Friday 12–18 October   → Monday 10 days later
//   kerstreces      Friday 17–23 December  → Monday 24 days later
// A file given with --calendar (LoadRecessCalendar) adds to or overrides the table per (kind, year).
#ifndef KAMERGRAAF_PARSE_RECESS_CALENDAR_H_
#define KAMERGRAAF_PARSE_RECESS_CALENDAR_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/status.h"
#include "model/civil_date.h"

namespace kamergraaf {

enum class RecessKind { kVoorjaar, kMei, kZomer, kHerfst, kKerst };

// "voorjaarsreces", "meireces", "zomerreces", "herfstreces", "kerstreces".
std::string_view RecessKindName(RecessKind kind);

struct Recess {
  RecessKind kind = RecessKind::kZomer;
  CivilDate start;  // first day without plenary sittings (a Friday)
  CivilDate end;    // last day of the recess (a Monday)
  // Where the dates come from: "calendar" (built-in published table), "estimate" (the pattern above), or
  // the path of a --calendar file.
  std::string source;
};

class RecessCalendar {
 public:
  // The built-in table.
  RecessCalendar();

  // The recess of `kind` that starts in `year` (the kerstreces of 2025 starts in December 2025). Never
  // fails: an estimate when the table has no entry.
  Recess Find(RecessKind kind, int year) const;

  // The first recess of `kind` that starts after `date`.
  Recess Next(RecessKind kind, CivilDate date) const;

  // The first recess of any kind that starts after `date`.
  Recess NextAny(CivilDate date) const;

  // Adds or replaces entries from a tab- or comma-separated file with the columns kind, start, end
  // ("zomerreces<TAB>2027-07-02<TAB>2027-08-30"); '#' starts a comment. Returns InvalidArgument with
  // "path:line: message" for the first bad line (nothing of the file is used then), NotFound when the
  // file cannot be read.
  Status Load(const std::string& path);

 private:
  std::vector<Recess> table_;
};

// The recess of `kind` that starts in `year` by the pattern above.
Recess EstimateRecess(RecessKind kind, int year);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_RECESS_CALENDAR_H_

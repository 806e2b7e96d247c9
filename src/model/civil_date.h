// CivilDate: a day of the proleptic Gregorian calendar, for ages, latencies and deadlines.
//
// Dates in the model are ISO strings ("2026-04-14", or "2026-04" / "2026" when the text gives no more);
// this is the arithmetic behind them. Days are counted from 1970-01-01, so differences are plain
// subtraction. No time zones: a parliamentary date is a calendar day.
#ifndef KAMERGRAAF_MODEL_CIVIL_DATE_H_
#define KAMERGRAAF_MODEL_CIVIL_DATE_H_

#include <string>
#include <string_view>

namespace kamergraaf {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool valid() const { return year != 0; }
  // Days since 1970-01-01 (negative before).
  long Days() const;
  static CivilDate FromDays(long days);
  // "2026-04-14".
  std::string Iso() const;
  CivilDate AddDays(long n) const { return FromDays(Days() + n); }
  // The same day n months later, clamped to the month's last day (31 January + 1 month = 28/29 February).
  CivilDate AddMonths(int n) const;
  // 0 = Monday … 6 = Sunday.
  int Weekday() const;

  friend bool operator==(const CivilDate& a, const CivilDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator<(const CivilDate& a, const CivilDate& b) { return a.Days() < b.Days(); }
};

int DaysInMonth(int year, int month);

// "YYYY-MM-DD" of a day as a text states it, checked for shape only (any day 1..31 in any month: "31
// februari" is written as read, and ParseIsoDate rejects it later); "" for a year outside 1800..2200, a month
// outside 1..12 or a day outside 1..31.
std::string IsoFromParts(int year, int month, int day);

// Reads an ISO date. "2026-04-14" gives that day. With `partial`, "2026-04" gives its first day and "2026"
// 1 January (callers that need the last day use LastDayOf). Returns an invalid date (year 0) for anything
// else, including impossible days ("2026-02-30").
CivilDate ParseIsoDate(std::string_view iso, bool partial = false);

// The last day that an ISO date of any precision covers: "2026-04" -> 2026-04-30, "2026" -> 2026-12-31.
CivilDate LastDayOf(std::string_view iso);

// Today in the local calendar (the default of --as-of).
CivilDate Today();

}  // namespace kamergraaf

#endif  // KAMERGRAAF_MODEL_CIVIL_DATE_H_

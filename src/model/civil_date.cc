#include "model/civil_date.h"

#include <ctime>

#include <fmt/format.h>

namespace kamergraaf {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Reads exactly `n` digits at s[pos]; -1 when they are not all digits.
int Digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
long CivilDate::Days() const {
  int y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilDate::FromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  CivilDate d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

std::string IsoFromParts(int year, int month, int day) {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

std::string CivilDate::Iso() const {
  if (!valid()) return "";
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

CivilDate CivilDate::AddMonths(int n) const {
  int m = year * 12 + (month - 1) + n;
  CivilDate d;
  d.year = m / 12;
  d.month = m % 12 + 1;
  d.day = std::min(day, DaysInMonth(d.year, d.month));
  return d;
}

int CivilDate::Weekday() const {
  long w = (Days() + 3) % 7;  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(w < 0 ? w + 7 : w);
}

CivilDate ParseIsoDate(std::string_view s, bool partial) {
  CivilDate d;
  int y = Digits(s, 0, 4);
  if (y < 1000) return {};
  if (s.size() == 4) {
    if (!partial) return {};
    return CivilDate{y, 1, 1};
  }
  if (s.size() < 7 || s[4] != '-') return {};
  int m = Digits(s, 5, 2);
  if (m < 1 || m > 12) return {};
  if (s.size() == 7) {
    if (!partial) return {};
    return CivilDate{y, m, 1};
  }
  if (s.size() != 10 || s[7] != '-') return {};
  int day = Digits(s, 8, 2);
  if (day < 1 || day > DaysInMonth(y, m)) return {};
  d.year = y, d.month = m, d.day = day;
  return d;
}

CivilDate LastDayOf(std::string_view iso) {
  CivilDate d = ParseIsoDate(iso, true);
  if (!d.valid()) return d;
  if (iso.size() == 4) return CivilDate{d.year, 12, 31};
  if (iso.size() == 7) return CivilDate{d.year, d.month, DaysInMonth(d.year, d.month)};
  return d;
}

CivilDate Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return CivilDate{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace kamergraaf

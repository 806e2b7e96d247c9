#include "parse/recess_calendar.h"

#include <algorithm>
#include <fstream>

namespace kamergraaf {
namespace {

struct Pattern {
  RecessKind kind;
  int month;
  int first_day;  // the Friday falls on first_day … first_day + 6
  int length;     // days from the Friday to the Monday it ends on
};

constexpr Pattern kPatterns[] = {
    {RecessKind::kVoorjaar, 2, 8, 10}, {RecessKind::kMei, 4, 22, 17},    {RecessKind::kZomer, 7, 1, 59},
    {RecessKind::kHerfst, 10, 12, 10}, {RecessKind::kKerst, 12, 17, 24},
};

const Pattern& PatternOf(RecessKind kind) {
  for (const Pattern& p : kPatterns) {
    if (p.kind == kind) return p;
  }
  return kPatterns[2];
}

Recess Make(RecessKind kind, int y1, int m1, int d1, int y2, int m2, int d2) {
  return Recess{kind, CivilDate{y1, m1, d1}, CivilDate{y2, m2, d2}, "calendar"};
}

// The Tweede Kamer's published recesses (Friday to Monday, both included).
std::vector<Recess> BuiltInTable() {
  using K = RecessKind;
  return {
      Make(K::kVoorjaar, 2023, 2, 17, 2023, 2, 27), Make(K::kMei, 2023, 4, 28, 2023, 5, 15),
      Make(K::kZomer, 2023, 7, 7, 2023, 9, 4),      Make(K::kHerfst, 2023, 10, 13, 2023, 10, 23),
      Make(K::kKerst, 2023, 12, 22, 2024, 1, 15),   Make(K::kVoorjaar, 2024, 2, 9, 2024, 2, 19),
      Make(K::kMei, 2024, 4, 26, 2024, 5, 13),      Make(K::kZomer, 2024, 7, 5, 2024, 9, 2),
      Make(K::kHerfst, 2024, 10, 18, 2024, 10, 28), Make(K::kKerst, 2024, 12, 20, 2025, 1, 13),
      Make(K::kVoorjaar, 2025, 2, 14, 2025, 2, 24), Make(K::kMei, 2025, 4, 25, 2025, 5, 12),
      Make(K::kZomer, 2025, 7, 4, 2025, 9, 1),      Make(K::kHerfst, 2025, 10, 17, 2025, 10, 27),
      Make(K::kKerst, 2025, 12, 19, 2026, 1, 12),   Make(K::kVoorjaar, 2026, 2, 13, 2026, 2, 23),
      Make(K::kMei, 2026, 4, 24, 2026, 5, 11),      Make(K::kZomer, 2026, 7, 3, 2026, 8, 31),
      Make(K::kHerfst, 2026, 10, 16, 2026, 10, 26), Make(K::kKerst, 2026, 12, 18, 2027, 1, 11),
  };
}

bool KindFromName(std::string_view name, RecessKind* kind) {
  for (RecessKind k : {RecessKind::kVoorjaar, RecessKind::kMei, RecessKind::kZomer, RecessKind::kHerfst,
                       RecessKind::kKerst}) {
    if (name == RecessKindName(k)) {
      *kind = k;
      return true;
    }
  }
  if (name == "krokusreces") {
    *kind = RecessKind::kVoorjaar;
    return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view RecessKindName(RecessKind kind) {
  switch (kind) {
    case RecessKind::kVoorjaar: return "voorjaarsreces";
    case RecessKind::kMei: return "meireces";
    case RecessKind::kZomer: return "zomerreces";
    case RecessKind::kHerfst: return "herfstreces";
    case RecessKind::kKerst: return "kerstreces";
  }
  return "reces";
}

Recess EstimateRecess(RecessKind kind, int year) {
  const Pattern& p = PatternOf(kind);
  CivilDate d{year, p.month, p.first_day};
  while (d.Weekday() != 4) d = d.AddDays(1);  // Friday
  return Recess{kind, d, d.AddDays(p.length), "estimate"};
}

RecessCalendar::RecessCalendar() : table_(BuiltInTable()) {}

Recess RecessCalendar::Find(RecessKind kind, int year) const {
  // Later entries (from --calendar files) override earlier ones.
  for (auto it = table_.rbegin(); it != table_.rend(); ++it) {
    if (it->kind == kind && it->start.year == year) return *it;
  }
  return EstimateRecess(kind, year);
}

Recess RecessCalendar::Next(RecessKind kind, CivilDate date) const {
  Recess r = Find(kind, date.year);
  if (date < r.start) return r;
  return Find(kind, date.year + 1);
}

Recess RecessCalendar::NextAny(CivilDate date) const {
  Recess best;
  bool have = false;
  for (const Pattern& p : kPatterns) {
    Recess r = Next(p.kind, date);
    if (!have || r.start < best.start) best = r, have = true;
  }
  return best;
}

Status RecessCalendar::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot read the recess calendar");
  std::vector<Recess> read;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view rest = line;
    if (std::size_t hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
    if (Trim(rest).empty()) continue;
    std::vector<std::string_view> cells;
    while (true) {
      std::size_t cut = rest.find_first_of("\t,");
      cells.push_back(Trim(rest.substr(0, cut)));
      if (cut == std::string_view::npos) break;
      rest.remove_prefix(cut + 1);
    }
    auto error = [&](std::string_view what) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) + ": " + std::string(what));
    };
    if (cells.size() != 3) return error("expected three columns: kind, start, end");
    if (cells[0] == "kind") continue;  // a header row
    Recess r;
    if (!KindFromName(cells[0], &r.kind)) {
      return error("unknown recess '" + std::string(cells[0]) +
                   "' (voorjaarsreces, meireces, zomerreces, herfstreces, kerstreces)");
    }
    r.start = ParseIsoDate(cells[1]);
    r.end = ParseIsoDate(cells[2]);
    if (!r.start.valid() || !r.end.valid()) return error("dates must be YYYY-MM-DD");
    if (r.end < r.start) return error("the recess ends before it starts");
    r.source = path;
    read.push_back(std::move(r));
  }
  table_.insert(table_.end(), read.begin(), read.end());
  return Status::Ok();
}

}  // namespace kamergraaf

#include "parse/deadline_resolver.h"

#include <array>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "text/dutch_month.h"

namespace kamergraaf {
namespace {

// Lower-case words and numbers; accented vowels folded to plain ones ("vóór" -> "voor").
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i + 1]);
      static constexpr std::string_view kFold = "aaaaaaaceeeeiiiidnooooo/ouuuuy";  // U+00E0 … U+00FD
      if (d >= 0xA0 && d < 0xA0 + kFold.size() && kFold[d - 0xA0] != '/') {
        cur.push_back(kFold[d - 0xA0]);
        ++i;
        continue;
      }
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      cur.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

int Number(const std::string& w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"};
  for (std::size_t i = 1; i < kWords.size(); ++i) {
    if (w == kWords[i]) return static_cast<int>(i);
  }
  if (w.empty() || w.size() > 3) return -1;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int Year(const std::string& w) {
  if (w.size() != 4) return 0;
  int y = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y >= 1800 && y <= 2200 ? y : 0;
}

bool IsPrep(const std::string& w) {
  return w == "voor" || w == "na" || w == "voorafgaand" || w == "tijdens" || w == "rond" || w == "in" ||
         w == "uiterlijk" || w == "bij";
}

// One match: words [begin, end) and what they resolve to.
struct Match {
  std::size_t begin = 0, end = 0;
  ResolvedDeadline::Kind kind = ResolvedDeadline::Kind::kDate;
  CivilDate date;
  std::string rule;
};

class Resolver {
 public:
  Resolver(std::vector<std::string> w, std::string_view doc_date, const RecessCalendar& calendar)
      : w_(std::move(w)), calendar_(calendar) {
    base_ = ParseIsoDate(doc_date, true);
    if (base_.valid() && doc_date.size() < 10) {
      partial_ = fmt::format(" (the document is dated {} only: counted from {})", doc_date, base_.Iso());
    }
  }

  std::optional<Match> At(std::size_t i) {
    if (auto m = RecessAt(i)) return m;
    if (auto m = SeasonAt(i)) return m;
    if (auto m = YearPartAt(i)) return m;
    if (auto m = QuarterAt(i)) return m;
    if (auto m = DateAt(i)) return m;
    if (auto m = RelativeAt(i)) return m;
    if (auto m = BudgetAt(i)) return m;
    return std::nullopt;
  }

  std::optional<Match> VagueAt(std::size_t i) const {
    static const std::vector<std::vector<std::string_view>> kVague = {
        {"op", "korte", "termijn"},  {"binnenkort"},          {"zo", "spoedig", "mogelijk"},
        {"zo", "snel", "mogelijk"},  {"zsm"},                 {"te", "zijner", "tijd"},
        {"de", "komende", "tijd"},   {"op", "een", "later", "moment"}, {"binnen", "afzienbare", "tijd"},
        {"zo", "spoedig"},           {"spoedig"},
    };
    for (const auto& v : kVague) {
      if (Is(i, v)) return Match{i, i + v.size(), ResolvedDeadline::Kind::kVague, {}, "no date: a vague term"};
    }
    return std::nullopt;
  }

  bool undated() const { return !base_.valid(); }
  bool before_document(CivilDate d) const { return base_.valid() && d < base_; }

 private:
  bool Has(std::size_t i) const { return i < w_.size(); }
  const std::string& W(std::size_t i) const {
    static const std::string kEmpty;
    return i < w_.size() ? w_[i] : kEmpty;
  }
  bool Is(std::size_t i, const std::vector<std::string_view>& seq) const {
    if (i + seq.size() > w_.size()) return false;
    for (std::size_t k = 0; k < seq.size(); ++k) {
      if (w_[i + k] != seq[k]) return false;
    }
    return true;
  }
  // Skips "het", "de", "dit", "deze", "komend(e)", "aanstaande", "eerstvolgende", "volgende" after i;
  // `next` is set when a word that points past the first occurrence was seen.
  std::size_t SkipArticles(std::size_t i, bool* next) const {
    while (Has(i)) {
      const std::string& x = W(i);
      if (x == "het" || x == "de" || x == "dit" || x == "deze" || x == "komend" || x == "komende" ||
          x == "aanstaande" || x == "eerstvolgende" || x == "a" || x == "s") {
        ++i;
      } else if (x == "volgend" || x == "volgende") {
        if (next) *next = true;
        ++i;
      } else {
        break;
      }
    }
    return i;
  }
  // "van 2026", "2026" after i: the year, and i moved past it.
  int YearAfter(std::size_t* i) const {
    if (int y = Year(W(*i))) return ++*i, y;
    if (W(*i) == "van" && Year(W(*i + 1))) {
      int y = Year(W(*i + 1));
      *i += 2;
      return y;
    }
    return 0;
  }
  std::optional<Match> NeedsDate(std::size_t b, std::size_t e) const {
    return Match{b, e, ResolvedDeadline::Kind::kUndated, {}, "needs the document's date, which is unknown"};
  }
  // The first day on or after the document's date that falls on month/day (this year or next).
  CivilDate NextMonthDay(int month, int day) const {
    CivilDate d{base_.year, month, std::min(day, DaysInMonth(base_.year, month))};
    if (d < base_) d = CivilDate{base_.year + 1, month, std::min(day, DaysInMonth(base_.year + 1, month))};
    return d;
  }

  std::optional<Match> RecessAt(std::size_t i) {
    const std::string& prep = W(i);
    if (!IsPrep(prep)) return std::nullopt;
    bool next = false;
    std::size_t j = SkipArticles(i + 1, &next);
    const std::string& x = W(j);
    std::optional<RecessKind> kind;
    bool any = false;
    if (x == "zomerreces" || x == "zomer" || x == "zomervakantie" || x == "zomerperiode") {
      // "voor de zomer" is the zomerreces; "deze zomer" is a season (SeasonAt).
      if (x == "zomer" && W(i + 1) != "de") return std::nullopt;
      kind = RecessKind::kZomer;
    } else if (x == "kerstreces" || x == "kerst" || x == "kerstvakantie") {
      kind = RecessKind::kKerst;
    } else if (x == "meireces") {
      kind = RecessKind::kMei;
    } else if (x == "voorjaarsreces" || x == "krokusreces") {
      kind = RecessKind::kVoorjaar;
    } else if (x == "herfstreces") {
      kind = RecessKind::kHerfst;
    } else if (x == "reces") {
      any = true;
    } else {
      return std::nullopt;
    }
    std::size_t end = j + 1;
    int year = YearAfter(&end);
    if (!year && undated()) return NeedsDate(i, end);
    Recess r;
    if (any) {
      r = calendar_.NextAny(base_);
    } else if (year) {
      r = calendar_.Find(*kind, year);
    } else {
      r = calendar_.Next(*kind, base_);
      if (next) r = calendar_.Find(*kind, r.start.year + 1);
    }
    std::string name = fmt::format("{} {}", RecessKindName(r.kind), r.start.year);
    std::string source = r.source == "calendar" ? "calendar" : r.source == "estimate" ? "estimated" : r.source;
    Match m{i, end, r.source == "estimate" ? ResolvedDeadline::Kind::kEstimate : ResolvedDeadline::Kind::kDate,
            {}, {}};
    if (prep == "na") {
      m.date = r.end.AddDays(30);
      m.kind = ResolvedDeadline::Kind::kEstimate;
      m.rule = fmt::format("{} ends {} ({}): after it, taken as 30 days later (estimate)", name, r.end.Iso(), source);
    } else if (prep == "tijdens" || prep == "in") {
      m.date = r.end;
      m.rule = fmt::format("{} runs {} to {} ({}): its last day", name, r.start.Iso(), r.end.Iso(), source);
    } else {
      m.date = r.start.AddDays(-1);
      m.rule = fmt::format("{} starts {} ({}): the day before", name, r.start.Iso(), source);
    }
    return m;
  }

  std::optional<Match> SeasonAt(std::size_t i) {
    const std::string& lead = W(i);
    bool this_one = lead == "dit" || lead == "deze";
    bool next = lead == "volgend" || lead == "volgende";
    bool coming = lead == "komend" || lead == "komende" || (lead == "in" && W(i + 1) == "het") ||
                  (lead == "in" && W(i + 1) == "de");
    if (!this_one && !next && !coming) return std::nullopt;
    std::size_t j = lead == "in" ? i + 2 : i + 1;
    const std::string& s = W(j);
    int month = 0, day = 0, shift = 0;
    if (s == "voorjaar" || s == "lente") {
      month = 6, day = 20;
    } else if (s == "zomer") {
      month = 9, day = 22;
    } else if (s == "najaar" || s == "herfst") {
      month = 12, day = 20;
    } else if (s == "winter") {
      month = 3, day = 20, shift = 1;
    } else {
      return std::nullopt;
    }
    std::size_t end = j + 1;
    int year = YearAfter(&end);
    CivilDate d;
    if (year) {
      d = CivilDate{year + shift, month, day};
    } else {
      if (undated()) return NeedsDate(i, end);
      d = NextMonthDay(month, day);
      if (next) d = CivilDate{d.year + 1, month, day};
    }
    return Match{i, end, ResolvedDeadline::Kind::kDate, d,
                 fmt::format("the {} ends on {}{}", s, d.Iso(), year ? "" : partial_)};
  }

  std::optional<Match> YearPartAt(std::size_t i) {
    // "voor het einde van het jaar", "voor het eind van dit jaar", "eind dit jaar", "einde van dit jaar",
    // "later dit jaar", "in de loop van dit jaar", "dit jaar", "voor de jaarwisseling", "eind 2026",
    // "in 2026", "in de loop van 2026", "begin 2027", "begin volgend jaar", "medio 2026", "voor 2027".
    std::size_t j = i;
    std::string part = "end";
    bool before = false, lead = false;
    if (W(j) == "voor" || W(j) == "uiterlijk" || W(j) == "nog") before = W(j) == "voor", lead = true, ++j;
    if (W(j) == "het" || W(j) == "de") ++j;
    if (W(j) == "jaarwisseling" && lead) {
      if (undated()) return NeedsDate(i, j + 1);
      return YearPart(i, j + 1, base_.year, part, false, true);
    }
    if (W(j) == "eind" || W(j) == "einde") {
      ++j, before = false, lead = true;
    } else if (W(j) == "begin") {
      ++j, part = "begin", before = false, lead = true;
    } else if (W(j) == "medio" || W(j) == "halverwege" || W(j) == "midden") {
      ++j, part = "mid", before = false, lead = true;
    } else if (W(j) == "later") {
      ++j, before = false, lead = true;
    } else if (W(j) == "in" && W(j + 1) == "de" && W(j + 2) == "loop") {
      j += 3, before = false, lead = true;
    } else if (W(j) == "in") {
      ++j, lead = true;
    }
    if (W(j) == "van") ++j;
    // "dit jaar" only with a word that makes it a deadline ("later dit jaar", "nog dit jaar", "dit jaar nog").
    bool this_year = (W(j) == "dit" || W(j) == "het") && W(j + 1) == "jaar";
    if (this_year && (lead || W(j + 2) == "nog")) {
      if (undated()) return NeedsDate(i, j + 2);
      return YearPart(i, j + 2 + (W(j + 2) == "nog" ? 1 : 0), base_.year, part, false, true);
    }
    if ((W(j) == "volgend" || W(j) == "volgende" || W(j) == "komend" || W(j) == "komende") && W(j + 1) == "jaar" &&
        lead) {
      if (undated()) return NeedsDate(i, j + 2);
      return YearPart(i, j + 2, base_.year + 1, part, false, true);
    }
    if (lead && Year(W(j))) {
      int y = Year(W(j));
      // "voor 2027": by the end of 2026; "in 2026", "eind 2026": by the end of 2026.
      if (before && part == "end") return YearPart(i, j + 1, y - 1, "end", true, false);
      return YearPart(i, j + 1, y, part, false, false);
    }
    return std::nullopt;
  }

  Match YearPart(std::size_t b, std::size_t e, int year, const std::string& part, bool before_year,
                 bool relative) const {
    CivilDate d{year, 12, 31};
    std::string what = fmt::format("the end of {}", year);
    if (part == "begin") d = CivilDate{year, 3, 31}, what = fmt::format("the beginning of {} (to 31 March)", year);
    if (part == "mid") d = CivilDate{year, 6, 30}, what = fmt::format("mid-{} (30 June)", year);
    if (before_year) what = fmt::format("before {}: the end of {}", year + 1, year);
    return Match{b, e, ResolvedDeadline::Kind::kDate, d, what + (relative ? partial_ : "")};
  }

  std::optional<Match> QuarterAt(std::size_t i) {
    static constexpr std::array<std::string_view, 4> kOrdinal = {"eerste", "tweede", "derde", "vierde"};
    static constexpr std::array<std::string_view, 4> kShort = {"1e", "2e", "3e", "4e"};
    static constexpr std::array<std::string_view, 4> kQ = {"q1", "q2", "q3", "q4"};
    int q = 0;
    std::size_t j = i;
    for (int k = 0; k < 4; ++k) {
      if (W(i) == kOrdinal[k] || W(i) == kShort[k]) {
        if (W(i + 1) == "kwartaal") q = k + 1, j = i + 2;
      } else if (W(i) == kQ[k]) {
        q = k + 1, j = i + 1;
      }
    }
    if (!q) return std::nullopt;
    int year = YearAfter(&j);
    if (!year) {
      if (undated()) return NeedsDate(i, j);
      year = base_.year;
      if (CivilDate{year, q * 3, DaysInMonth(year, q * 3)} < base_) ++year;
    }
    CivilDate d{year, q * 3, DaysInMonth(year, q * 3)};
    return Match{i, j, ResolvedDeadline::Kind::kDate, d, fmt::format("the last day of Q{} {}", q, year)};
  }

  std::optional<Match> DateAt(std::size_t i) {
    const std::string& prep = W(i);
    if (prep != "voor" && prep != "uiterlijk" && prep != "op" && prep != "per" && prep != "tot" && prep != "in" &&
        prep != "eind" && prep != "einde" && prep != "begin" && prep != "medio")
      return std::nullopt;
    std::size_t j = i + 1;
    if (W(j) == "de" || W(j) == "het") ++j;
    int day = 0;
    std::string pos = prep;
    if ((prep == "voor" || prep == "in") && (W(j) == "eind" || W(j) == "einde" || W(j) == "begin" || W(j) == "medio")) {
      pos = W(j), ++j;
      if (W(j) == "van") ++j;
    }
    if (int n = Number(W(j)); n >= 1 && n <= 31 && DutchMonth(W(j + 1))) day = n, ++j;
    int month = DutchMonth(W(j));
    if (!month) return std::nullopt;
    if (!day && (pos == "voor" || pos == "uiterlijk" || pos == "op" || pos == "per" || pos == "tot")) {
      return std::nullopt;  // "voor mei" is rare; "voor het meireces" is a recess
    }
    std::size_t end = j + 1;
    int year = YearAfter(&end);
    int last = 0;
    std::string what;
    if (day) {
      last = day;
    } else if (pos == "begin") {
      last = 10, what = "the beginning of ";
    } else if (pos == "medio") {
      last = 15, what = "mid-";
    } else {
      last = 31, what = "the end of ";
    }
    CivilDate d;
    if (year) {
      d = CivilDate{year, month, std::min(last, DaysInMonth(year, month))};
    } else {
      if (undated()) return NeedsDate(i, end);
      d = NextMonthDay(month, last);
    }
    std::string rule;
    if (day && (prep == "voor" || prep == "tot")) {
      rule = fmt::format("before {}: the day before", d.Iso());
      d = d.AddDays(-1);
    } else if (day) {
      rule = fmt::format("on {}", d.Iso());
    } else {
      rule = fmt::format("{}{} {}: {}", what, DutchMonth(W(j)) ? W(j) : "", d.year, d.Iso());
    }
    return Match{i, end, ResolvedDeadline::Kind::kDate, d, rule + (year ? "" : partial_)};
  }

  std::optional<Match> RelativeAt(std::size_t i) {
    const std::string& lead = W(i);
    if (lead == "volgende" && (W(i + 1) == "week" || W(i + 1) == "maand")) {
      if (undated()) return NeedsDate(i, i + 2);
      CivilDate d = W(i + 1) == "week" ? base_.AddDays(7) : base_.AddMonths(1);
      if (W(i + 1) == "maand") d.day = DaysInMonth(d.year, d.month);
      return Match{i, i + 2, ResolvedDeadline::Kind::kDate, d,
                   fmt::format("{} after {}: {}", W(i + 1) == "week" ? "a week" : "the end of the next month",
                               base_.Iso(), d.Iso()) + partial_};
    }
    if (lead != "binnen" && lead != "over") return std::nullopt;
    std::size_t j = i + 1;
    int n = Number(W(j));
    if (n < 1) return std::nullopt;
    const std::string& unit = W(j + 1);
    if (undated()) return NeedsDate(i, j + 2);
    CivilDate d;
    if (unit == "dag" || unit == "dagen") {
      d = base_.AddDays(n);
    } else if (unit == "werkdag" || unit == "werkdagen") {
      d = base_;
      for (int k = 0; k < n;) {
        d = d.AddDays(1);
        if (d.Weekday() < 5) ++k;
      }
    } else if (unit == "week" || unit == "weken") {
      d = base_.AddDays(7L * n);
    } else if (unit == "maand" || unit == "maanden") {
      d = base_.AddMonths(n);
    } else if (unit == "jaar") {
      d = base_.AddMonths(12 * n);
    } else {
      return std::nullopt;
    }
    return Match{i, j + 2, ResolvedDeadline::Kind::kDate, d,
                 fmt::format("{} {} after {}: {}", n, unit, base_.Iso(), d.Iso()) + partial_};
  }

  std::optional<Match> BudgetAt(std::size_t i) {
    const std::string& prep = W(i);
    if (prep != "voor" && prep != "op" && prep != "bij" && prep != "met" && prep != "rond" && prep != "in" &&
        prep != "tijdens")
      return std::nullopt;
    std::size_t j = i + 1;
    if (W(j) == "de" || W(j) == "het") ++j;
    const std::string& what = W(j);
    std::size_t end = j + 1;
    int year = YearAfter(&end);
    auto base_year = [&](int month, int day) {
      if (year) return CivilDate{year, month, day};
      return NextMonthDay(month, day);
    };
    auto third_tuesday = [](int y) {
      CivilDate d{y, 9, 15};
      while (d.Weekday() != 1) d = d.AddDays(1);
      return d;
    };
    if (what == "prinsjesdag" || what == "miljoenennota" || (what == "begroting" && prep != "voor")) {
      if (!year && undated()) return NeedsDate(i, end);
      int y = year ? year : base_.year;
      CivilDate d = third_tuesday(y);
      if (!year && d < base_) d = third_tuesday(y + 1);
      std::string rule = fmt::format("Prinsjesdag {} is {} (third Tuesday of September)", d.year, d.Iso());
      if (prep == "voor") d = d.AddDays(-1), rule += ": the day before";
      return Match{i, end, ResolvedDeadline::Kind::kDate, d, rule};
    }
    if (what == "voorjaarsnota" || what == "najaarsnota") {
      if (!year && undated()) return NeedsDate(i, end);
      bool spring = what == "voorjaarsnota";
      CivilDate d = base_year(spring ? 6 : 12, 1);
      return Match{i, end, ResolvedDeadline::Kind::kDate, d,
                   fmt::format("the {} is due by {} (1 {})", what, d.Iso(), spring ? "June" : "December")};
    }
    if (what == "begrotingsbehandeling" || (what == "begroting" && prep == "voor")) {
      if (!year && undated()) return NeedsDate(i, end);
      CivilDate d = base_year(10, 31);
      return Match{i, end, ResolvedDeadline::Kind::kEstimate, d,
                   fmt::format("the budget debates (October–November): taken as {} (estimate)", d.Iso())};
    }
    return std::nullopt;
  }

  std::vector<std::string> w_;
  const RecessCalendar& calendar_;
  CivilDate base_;
  std::string partial_;

 public:
  std::string Phrase(std::size_t b, std::size_t e) const {
    std::string s;
    for (std::size_t k = b; k < e && k < w_.size(); ++k) {
      if (!s.empty()) s += ' ';
      s += w_[k];
    }
    return s;
  }
  std::size_t size() const { return w_.size(); }
};

}  // namespace

ResolvedDeadline ResolveDeadline(std::string_view text, std::string_view document_date,
                                 const RecessCalendar& calendar) {
  Resolver r(Words(text), document_date, calendar);
  std::optional<Match> vague;
  for (std::size_t i = 0; i < r.size(); ++i) {
    if (std::optional<Match> m = r.At(i)) {
      // A date before the document's own is history ("in 2025 zijn … binnengekomen"), not a deadline.
      if (m->date.valid() && r.before_document(m->date)) continue;
      ResolvedDeadline out;
      out.kind = m->kind;
      out.phrase = r.Phrase(m->begin, m->end);
      if (m->date.valid()) out.date = m->date.Iso();
      out.rule = std::move(m->rule);
      return out;
    }
    if (!vague) vague = r.VagueAt(i);
  }
  ResolvedDeadline out;
  if (vague) {
    out.kind = vague->kind;
    out.phrase = r.Phrase(vague->begin, vague->end);
    out.rule = vague->rule;
  }
  return out;
}

}  // namespace kamergraaf

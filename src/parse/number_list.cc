#include "parse/number_list.h"

#include <cctype>
#include <cstdlib>

namespace kamergraaf {
namespace {

constexpr int kMaxRange = 50;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsDigit(c)) return false;
  return true;
}

bool StartsWithMonth(std::string_view s) {
  static constexpr std::string_view kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                 "juli",    "augustus", "september", "oktober", "november", "december",
                                                 "jan.",    "feb.",     "okt.",      "dec."};
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  for (std::string_view m : kMonths)
    if (s.size() >= m.size()) {
      bool eq = true;
      for (std::size_t i = 0; i < m.size() && eq; ++i) eq = std::tolower(static_cast<unsigned char>(s[i])) == m[i];
      if (eq) return true;
    }
  return false;
}

// True when `s` continues with ", nr" / " nr" (case-insensitive).
bool StartsWithNr(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == ',') ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  return i + 1 < s.size() && (s[i] | 0x20) == 'n' && ((s[i + 1] | 0x20) == 'r' || (s[i + 1] | 0x20) == 'u');
}

struct Item {
  std::size_t begin, end;
  std::string_view sep;  // separator before this item ("" for the first)
};

}  // namespace

bool ParseNumberList(std::string_view list, std::string_view following, bool singular, bool has_suffix,
                     NumberListResult* out) {
  out->numbers.clear();
  out->consumed = 0;
  out->sloppy_suffix.clear();
  std::vector<Item> items;
  std::size_t i = 0;
  std::string_view sep;
  while (i < list.size()) {
    std::size_t b = i;
    if (IsDigit(list[i])) {
      while (i < list.size() && IsDigit(list[i])) ++i;
      if (i < list.size() && std::islower(static_cast<unsigned char>(list[i]))) ++i;
    } else {
      while (i < list.size() && std::isupper(static_cast<unsigned char>(list[i]))) ++i;
    }
    if (i == b) break;
    items.push_back({b, i, sep});
    std::size_t s = i;
    while (i < list.size() && !IsDigit(list[i]) && !std::isupper(static_cast<unsigned char>(list[i]))) ++i;
    sep = list.substr(s, i - s);
  }
  auto after = [&](std::size_t pos) { return pos < list.size() ? list.substr(pos) : following; };
  std::vector<std::string> raw;
  std::size_t consumed = 0;
  for (std::size_t k = 0; k < items.size(); ++k) {
    Item& it = items[k];
    std::string_view rest = after(it.end);
    char next = rest.empty() ? ' ' : rest.front();
    std::string_view text = list.substr(it.begin, it.end - it.begin);
    if (IsDigit(next)) {
      if (k == 0) return false;
      break;
    }
    if (IsAlpha(next)) {
      if (!IsDigit(text.front())) {  // letters running into a word: not a paper
        if (k == 0) return false;
        break;
      }
      if (std::islower(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);  // "88eEerste"
    }
    if (k > 0 && it.sep.find(',') != std::string_view::npos && StartsWithMonth(rest)) break;
    if (k > 0 && StartsWithNr(rest)) break;  // "nr. 3 en 6808, nr. 5": 6808 is the next dossier
    if (k > 0 && (it.sep.find('-') != std::string_view::npos || it.sep.find("t/m") != std::string_view::npos)) {
      if (!AllDigits(text) || !AllDigits(raw.back())) break;
      long a = std::atol(raw.back().c_str());
      long b = std::atol(std::string(text).c_str());
      if (b <= a || b - a > kMaxRange) break;
      for (long n = a + 1; n <= b; ++n) raw.push_back(std::to_string(n));
    } else {
      raw.emplace_back(text);
    }
    consumed = it.begin + text.size();
  }
  if (raw.empty()) return false;
  if (singular && !has_suffix && items.size() >= 2 && raw.size() == 2 &&
      items[1].sep.find(',') != std::string_view::npos && AllDigits(raw[0]) && raw[0].size() <= 2 &&
      AllDigits(raw[1]) && raw[1].size() >= 3) {
    out->sloppy_suffix = raw[0];
    raw.erase(raw.begin());
  }
  out->numbers = std::move(raw);
  out->consumed = consumed;
  return true;
}

}  // namespace kamergraaf

#include "text/dutch_month.h"

#include <array>
#include <cstddef>

namespace kamergraaf {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                      "juli",    "augustus", "september", "oktober", "november", "december"};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `name` equals `month` ignoring ASCII case.
bool Equals(std::string_view name, std::string_view month) {
  if (name.size() != month.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (Lower(name[i]) != month[i]) return false;
  }
  return true;
}

}  // namespace

int DutchMonth(std::string_view name) {
  if (name.find('-') != std::string_view::npos) {
    char plain[16];
    std::size_t n = 0;
    for (char c : name) {
      if (c == '-') continue;
      if (n == sizeof plain) return 0;
      plain[n++] = c;
    }
    return DutchMonth(std::string_view(plain, n));
  }
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (Equals(name, kMonths[m])) return static_cast<int>(m) + 1;
  }
  // "Januarij", "Februarij", "Junij", "Julij": the modern name with "j" after its final "i".
  if (name.size() > 4 && Lower(name.back()) == 'j' && Lower(name[name.size() - 2]) == 'i') {
    int m = DutchMonth(name.substr(0, name.size() - 1));
    if (m == 1 || m == 2 || m == 6 || m == 7) return m;
  }
  if (Equals(name, "october")) return 10;
  return 0;
}

std::string_view DutchMonthName(int m) { return m >= 1 && m <= 12 ? kMonths[static_cast<std::size_t>(m - 1)] : ""; }

}  // namespace kamergraaf

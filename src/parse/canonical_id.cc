#include "parse/canonical_id.h"

#include <cctype>

namespace kamergraaf {

std::string DigitsOnly(std::string_view s) {
  std::string d;
  d.reserve(s.size());
  for (char c : s)
    if (c >= '0' && c <= '9') d.push_back(c);
  return d;
}

std::string DossierSuffix(std::string_view s) {
  constexpr std::string_view kHoofdstuk = "hoofdstuk";
  std::string out;
  std::size_t i = 0;
  while (i < s.size() && (s[i] == '-' || s[i] == ' ' || s[i] == ',')) ++i;
  if (s.size() - i >= kHoofdstuk.size()) {
    bool match = true;
    for (std::size_t k = 0; k < kHoofdstuk.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(s[i + k])) != kHoofdstuk[k]) match = false;
    if (match) i += kHoofdstuk.size();
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '-') continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

std::string KamerstukId(std::string_view dossier, std::string_view suffix, std::string_view number) {
  std::string d = DigitsOnly(dossier);
  if (d.empty() || number.empty()) return {};
  std::string id = "kst-" + d;
  if (!suffix.empty()) {
    id += '-';
    id += suffix;
  }
  id += '-';
  id += number;
  return id;
}

std::string Vergaderjaar(std::string_view first_year, std::string_view second_year) {
  std::string a = DigitsOnly(first_year);
  std::string b = DigitsOnly(second_year);
  if (a.size() != 4) return {};
  int y1 = std::stoi(a);
  int y2;
  if (b.size() == 2) {
    y2 = (y1 / 100) * 100 + std::stoi(b);
    if (y2 < y1) y2 += 100;
  } else if (b.size() == 4) {
    y2 = std::stoi(b);
  } else {
    return {};
  }
  if (y2 != y1 + 1) return {};
  return a + std::to_string(y2);
}

std::string ChamberCode(std::string_view chamber) {
  if (chamber == "II" || chamber == "TK") return "tk";
  if (chamber == "I" || chamber == "EK") return "ek";
  if (chamber.size() >= 6) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(chamber[0])));
    if (c == 't') return "tk";
    if (c == 'e') return "ek";
  }
  return {};
}

std::string ChamberRoman(std::string_view code) {
  if (code == "tk") return "II";
  if (code == "ek") return "I";
  return {};
}

std::string CleanUrl(std::string_view url, std::size_t* kept) {
  std::size_t n = url.size();
  for (;;) {
    if (n == 0) break;
    char c = url[n - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"' || c == '*') {
      --n;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      char open = c == ')' ? '(' : c == ']' ? '[' : '{';
      int balance = 0;
      for (std::size_t i = 0; i < n; ++i) {
        if (url[i] == open) ++balance;
        if (url[i] == c) --balance;
      }
      if (balance < 0) {
        --n;
        continue;
      }
    }
    break;
  }
  if (kept != nullptr) *kept = n;
  std::string out(url.substr(0, n));
  std::size_t scheme = out.find("://");
  if (scheme != std::string::npos && out.find('/', scheme + 3) == std::string::npos &&
      out.find('?', scheme + 3) == std::string::npos && out.find('#', scheme + 3) == std::string::npos) {
    out.push_back('/');
  }
  return out;
}

}  // namespace kamergraaf

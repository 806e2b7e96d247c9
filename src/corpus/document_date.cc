#include "corpus/document_date.h"

#include <string>
#include <vector>

#include "text/dutch_month.h"

namespace kamergraaf {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int Combine(int year, int month, int day) {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return year * 10000 + month * 100 + day;
}

}  // namespace

int ParseDocumentDate(std::string_view date) {
  // Tokens: digit runs and letter runs; everything else separates.
  std::vector<std::string> tokens;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) tokens.push_back(cur);
    cur.clear();
  };
  for (char c : date) {
    bool digit = IsDigit(c);
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!digit && !letter) {
      flush();
      continue;
    }
    if (!cur.empty() && IsDigit(cur.back()) != digit) flush();
    cur.push_back(letter && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  flush();
  auto number = [](const std::string& t) { return IsDigit(t[0]) && t.size() <= 4 ? std::stoi(t) : -1; };
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    int a = number(tokens[i]);
    int c = number(tokens[i + 2]);
    if (a < 0 || c < 0) continue;
    int b = number(tokens[i + 1]);
    if (b < 0) {
      if (int m = DutchMonth(tokens[i + 1]); m > 0 && tokens[i + 2].size() == 4) return Combine(c, m, a);
      continue;
    }
    if (tokens[i].size() == 4) return Combine(a, b, c);
    if (tokens[i + 2].size() == 4) return Combine(c, b, a);
  }
  return 0;
}

}  // namespace kamergraaf

#include "parse/citation_scanner.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

namespace kamergraaf {
namespace {

std::string DigitsOnly(std::string_view s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d.push_back(c);
  return d;
}

}  // namespace

struct CitationScanner::Patterns {
  // "Kamerstuk(ken) [II 2024/25,] 26 643[-suffix], nr. 1317" and "Kamerstuk 26643-885".
  RE2 kamerstuk{
      R"((?i)kamerstuk(?:ken)?\s+(?:(?:II|I|TK)\s+)?(?:\d{4}\s*[/\-–]\s*\d{2,4},?\s*)?(\d{2}\s?\d{3})(?:-(\d+))?(?:,\s*nr\.?\s*|-)(\d+))"};
  RE2 url{R"((https?://[^\s<>"\]\)]+))"};
};

CitationScanner::CitationScanner() : patterns_(std::make_unique<Patterns>()) {}
CitationScanner::~CitationScanner() = default;

const CitationScanner& CitationScanner::Default() {
  static const CitationScanner* scanner = new CitationScanner();
  return *scanner;
}

void CitationScanner::Scan(std::string_view text, const LineIndex& lines, std::vector<Citation>* out) const {
  auto emit = [&](CitationKind kind, std::string target, std::string_view match) {
    Citation c;
    c.kind = kind;
    c.target = std::move(target);
    c.start = match.data() - text.data();
    c.end = c.start + match.size();
    c.line = lines.LineOf(c.start);
    c.column = lines.ColumnOf(c.start);
    c.context_line = c.line;
    c.text = std::string(match);
    out->push_back(std::move(c));
  };
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole, dossier, suffix, number;
  while (RE2::FindAndConsume(&input, patterns_->kamerstuk, &dossier, &suffix, &number)) {
    std::string_view m(dossier.data(), number.data() + number.size() - dossier.data());
    auto sv = [](re2::StringPiece p) { return std::string_view(p.data(), p.size()); };
    std::string id = "kst-" + DigitsOnly(sv(dossier));
    if (!suffix.empty()) id += "-" + std::string(suffix);
    emit(CitationKind::kKamerstuk, id + "-" + std::string(number), m);
  }
  input = re2::StringPiece(text.data(), text.size());
  while (RE2::FindAndConsume(&input, patterns_->url, &whole)) {
    std::string_view url(whole.data(), whole.size());
    while (!url.empty() && (url.back() == '.' || url.back() == ',' || url.back() == ';')) url.remove_suffix(1);
    emit(CitationKind::kUrl, "url:" + std::string(url), url);
  }
  std::stable_sort(out->begin(), out->end(),
                   [](const Citation& a, const Citation& b) { return a.start < b.start; });
}

}  // namespace kamergraaf

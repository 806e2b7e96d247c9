#include "analysis/coverage.h"

#include <vector>

namespace kamergraaf {
namespace {

// 5023 → "5,023".
std::string Grouped(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

Coverage MeasureCoverage(const Corpus& corpus) {
  Coverage c;
  for (const Document& d : corpus.documents) {
    ++c.documents;
    c.without_official_id += !d.has_official_id;
    c.kind_unknown += d.kind == DocumentKind::kUnknown;
    c.without_title += d.title.empty();
    c.without_date += d.date.empty();
    for (const Citation& cit : d.citations) c.self_citations += d.has_official_id && cit.target == d.id;
  }
  return c;
}

std::string CoverageLine(const Coverage& c) {
  if (c.documents == 0) return "";
  std::vector<std::string> parts;
  if (c.kind_unknown > 0) parts.push_back(Grouped(c.kind_unknown) + " of " + Grouped(c.documents) + " documents: kind unknown");
  auto add = [&](std::size_t n, const char* what) {
    if (n == 0) return;
    parts.push_back(Grouped(n) + (parts.empty() ? " of " + Grouped(c.documents) + " documents" : std::string()) + " " +
                    what);
  };
  add(c.without_date, "without a date");
  add(c.without_official_id, "without an official id");
  add(c.without_title, "without a title");
  add(c.self_citations, "self-citations");
  if (parts.empty()) {
    return "all " + Grouped(c.documents) + " documents identified, typed, titled and dated";
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : "; ") + parts[i];
  return out;
}

}  // namespace kamergraaf

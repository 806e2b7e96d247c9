#include "parse/structure_overlay.h"

#include <algorithm>

#include "text/line_index.h"

namespace kamergraaf {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool IsYearLetterNumber(std::string_view id, char letter) {
  return id.size() >= 6 && id.size() <= 12 && id[4] == letter &&
         std::all_of(id.begin(), id.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
         std::all_of(id.begin() + 5, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool CitationKindOfId(std::string_view id, CitationKind* kind) {
  if (StartsWith(id, "kst-")) *kind = CitationKind::kKamerstuk;
  else if (StartsWith(id, "ah-")) *kind = CitationKind::kAanhangsel;
  else if (StartsWith(id, "h-")) *kind = CitationKind::kHandelingen;
  else if (StartsWith(id, "stb-")) *kind = CitationKind::kStb;
  else if (StartsWith(id, "stcrt-")) *kind = CitationKind::kStcrt;
  else if (StartsWith(id, "ECLI:")) *kind = CitationKind::kEcli;
  else if (StartsWith(id, "url:")) *kind = CitationKind::kUrl;
  else if (StartsWith(id, "eu-case-")) *kind = CitationKind::kEuCase;
  else if (IsYearLetterNumber(id, 'Z')) *kind = CitationKind::kZaak;
  else if (IsYearLetterNumber(id, 'D')) *kind = CitationKind::kTkDocument;
  else return false;
  return true;
}

void OverlayCitations(std::string_view text, std::vector<Citation> explicit_citations, Document* doc) {
  LineIndex lines(text);
  for (Citation& c : explicit_citations) {
    c.end = std::min(std::max(c.end, c.start), text.size());
    c.start = std::min(c.start, c.end);
    c.line = lines.LineOf(c.start);
    c.column = lines.ColumnOf(c.start);
    c.context_line = c.line;
    c.text = std::string(text.substr(c.start, c.end - c.start));
  }
  auto overlaps = [&](const Citation& c) {
    return std::any_of(explicit_citations.begin(), explicit_citations.end(), [&](const Citation& e) {
      // A link's anchor text may itself cite a paper ("<a href=…>Kamerstuk 36999, nr. 5</a>"): keep that.
      bool same_kind = e.kind != CitationKind::kUrl || c.kind == CitationKind::kUrl;
      return same_kind && c.start < std::max(e.end, e.start + 1) && e.start < std::max(c.end, c.start + 1);
    });
  };
  std::vector<Citation>& all = doc->citations;
  all.erase(std::remove_if(all.begin(), all.end(), overlaps), all.end());
  all.insert(all.end(), std::make_move_iterator(explicit_citations.begin()),
             std::make_move_iterator(explicit_citations.end()));
  std::stable_sort(all.begin(), all.end(), [](const Citation& a, const Citation& b) { return a.start < b.start; });
  for (Citation& c : all) {
    c.footnote.clear();
    c.context_line = c.line;
    for (const Footnote& f : doc->footnotes) {
      if (c.start >= f.body_start && c.start < f.body_end) {
        c.footnote = f.number;
        if (f.marker_line > 0) c.context_line = f.marker_line;
        break;
      }
    }
  }
}

std::string SuperscriptDigits(std::string_view number) {
  static constexpr const char* kDigits[10] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                              "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string out;
  for (char c : number) {
    if (c >= '0' && c <= '9') out += kDigits[c - '0'];
    else out.push_back(c);
  }
  return out;
}

}  // namespace kamergraaf

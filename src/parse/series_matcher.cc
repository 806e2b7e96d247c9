// Aanhangsel, Handelingen, Staatsblad/Staatscourant, zaak and document numbers, EU cases and ECLI.
#include "parse/citation_pattern_set.h"
#include "parse/number_list.h"

namespace kamergraaf {
namespace citation_internal {

void MatchSeries(const CitationPatterns::Compiled& re, Window& win, unsigned triggers) {
  std::string_view w = win.w;
  if (triggers & kTriggerNumber) {
    static const int ch0 = re.aanhangsel.Group("ch0"), a1 = re.aanhangsel.Group("a1"), a2 = re.aanhangsel.Group("a2"),
                     ch = re.aanhangsel.Group("ch"), b1 = re.aanhangsel.Group("b1"), b2 = re.aanhangsel.Group("b2"),
                     n = re.aanhangsel.Group("n");
    if (Contains(w, {"hangsel", "HANGSEL"}))
      ForEachMatch(re.aanhangsel, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me) || IsDigit(win.After(g[n]))) return kReject;
        std::string year = Has(g[b1])   ? Vergaderjaar(View(g[b1]), View(g[b2]))
                           : Has(g[a1]) ? Vergaderjaar(View(g[a1]), View(g[a2]))
                                        : std::string();
        if (year.empty()) return kReject;
        std::string chamber = Has(g[ch]) ? ChamberCode(View(g[ch])) : Has(g[ch0]) ? ChamberCode(View(g[ch0])) : "tk";
        ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
        win.AddCitation(h, CitationKind::kAanhangsel, Join({"ah-", chamber, "-", year, "-", View(g[n])}));
        h.citations.back().chamber = ChamberRoman(chamber);
        h.citations.back().vergaderjaar = year;
        return me;
      });
    static const int hch = re.handelingen.Group("ch"), hy1 = re.handelingen.Group("y1"),
                     hy2 = re.handelingen.Group("y2"), hn = re.handelingen.Group("n"),
                     item = re.handelingen.Group("item");
    if (Contains(w, {"andelingen", "ANDELINGEN"}))
      ForEachMatch(re.handelingen, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        std::string year = Vergaderjaar(View(g[hy1]), View(g[hy2]));
        if (year.empty()) return kReject;
        std::string chamber = Has(g[hch]) ? ChamberCode(View(g[hch])) : "tk";
        std::string id = Join({"h-", chamber, "-", year, "-", View(g[hn])});
        if (Has(g[item])) id.append(Join({"-", View(g[item])}));
        ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
        win.AddCitation(h, CitationKind::kHandelingen, std::move(id));
        h.citations.back().chamber = ChamberRoman(chamber);
        h.citations.back().vergaderjaar = year;
        return me;
      });
  }

  if (triggers & kTriggerStb) {
    static const int kw = re.stb.Group("kw"), y = re.stb.Group("y"), n = re.stb.Group("n");
    ForEachMatch(re.stb, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
      if (win.InGuard(ms, me)) return kReject;
      bool stb = View(g[kw]).substr(0, 3) == "Stb" || View(g[kw]) == "Staatsblad";
      ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
      win.AddCitation(h, stb ? CitationKind::kStb : CitationKind::kStcrt,
                      Join({stb ? "stb-" : "stcrt-", View(g[y]), "-", View(g[n])}));
      return me;
    });
  }

  if (triggers & kTriggerStb) {
    // "de wet van den 2den Mei 1863 (Staatsblad n°. 87)": the year of the law dated in the same phrase, else
    // no id (a number without its year names nothing).
    static const int n = re.stb_old.Group("n");
    static const RE2 kDated(R"((?i)\b(?:wet|besluit|decreet|verordening)(?: [a-z]+){0,3} van (?:den |de )?\d{1,2}(?:s?te|de|den|e)? [a-z]{3,9},? (1[6-9]\d\d|20\d\d)\b)");
    if (Contains(w, {"n°", "no", "nr", "N°"}))
      ForEachMatch(re.stb_old, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        std::size_t from = ms > 160 ? ms - 160 : 0;
        re2::StringPiece before(w.data() + from, ms - from);
        std::string year, last;
        while (RE2::FindAndConsume(&before, kDated, &year)) last = year;
        if (last.empty()) return kReject;
        ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
        win.AddCitation(h, CitationKind::kStb, Join({"stb-", last, "-", View(g[n])}));
        return me;
      });
  }

  if (triggers & kTriggerZaak) {
    static const int t = re.zaak.Group("t");
    ForEachMatch(re.zaak, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
      if (win.InGuard(ms, me) || IsDigit(win.After(g[0]))) return kReject;
      ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
      win.AddCitation(h, View(g[t]) == "Z" ? CitationKind::kZaak : CitationKind::kTkDocument, std::string(View(g[0])));
      return me;
    });
  }

  if (triggers & kTriggerEu) {
    ForEachMatch(re.eu, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
      if (win.InGuard(ms, me)) return kReject;
      std::size_t from = ms > 100 ? ms - 100 : 0;
      std::string low = Lower(w.substr(from, ms - from));
      if (!ContainsAny(low, {"zaak", "zaken", "case", "arrest", "hvj", "hof ", "hof van", "gerecht", "judgment",
                             "curia", "eu:c:", "uitspraak"}))
        return kReject;
      ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
      win.AddCitation(h, CitationKind::kEuCase, Join({"eu-case-", View(g[0])}));
      return me;
    });
  }

  if (triggers & kTriggerEcli) {
    ForEachMatch(re.ecli, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
      if (win.InGuard(ms, me)) return kReject;
      ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
      win.AddCitation(h, CitationKind::kEcli, std::string(View(g[0])));
      return me;
    });
  }
}

}  // namespace citation_internal
}  // namespace kamergraaf

// Kamerstuk citations: "Kamerstukken II 2024/25, 26 643, nr. 1225", "Kamerstuk 22112-4116", "Motie X, ..., 26643-1151".
#include "parse/citation_pattern_set.h"
#include "parse/number_list.h"

namespace kamergraaf {
namespace citation_internal {

void MatchKamerstukken(const CitationPatterns::Compiled& re, Window& win, unsigned triggers) {
  std::string_view w = win.w;
  std::string_view original = win.original;
  if (triggers & (kTriggerNumber | kTriggerStuk)) {
    static const int kw = re.kst.Group("kw"), ch = re.kst.Group("ch"), y1 = re.kst.Group("y1"), y2 = re.kst.Group("y2"),
                     d1 = re.kst.Group("d1"), s1 = re.kst.Group("s1"), nrkw = re.kst.Group("nrkw"),
                     list = re.kst.Group("list"), page = re.kst.Group("page"), d2 = re.kst.Group("d2"),
                     s2 = re.kst.Group("s2");
    ForEachMatch(re.kst, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
      if (win.InGuard(ms, me)) return kReject;
      bool preamble = Has(g[kw]) || Has(g[ch]) || Has(g[y1]) || win.Pos(g[d1]) > ms;
      char before = win.Before(g[d1]);
      if (IsDigit(before)) return kReject;
      // A year where the dossier should be ("Zitting 1977, nr. 11", "Kamerstukken II, 1989-1990"): no dossier.
      if (!Has(g[y1]) && IsYearLike(View(g[d1]))) return kReject;
      // "11056\nNrs.\n11089": a column of numbers under a "Nrs" heading, or a document header; a citation
      // puts a comma or at least no line break between the dossier and "nr.".
      std::size_t dossier_end = win.Pos(g[d1]) + g[d1].size();
      if (Has(g[s1])) dossier_end = std::max(dossier_end, win.Pos(g[s1]) + g[s1].size());
      if (Has(g[d2])) dossier_end = std::max(dossier_end, win.Pos(g[d2]) + g[d2].size());
      if (Has(g[s2])) dossier_end = std::max(dossier_end, win.Pos(g[s2]) + g[s2].size());
      std::size_t nr_start = win.Pos(g[nrkw]);
      if (nr_start > dossier_end && w.substr(dossier_end, nr_start - dossier_end).find(',') == std::string_view::npos &&
          std::memchr(original.data() + win.Orig(dossier_end), '\n', win.Orig(nr_start) - win.Orig(dossier_end)) !=
              nullptr)
        return kReject;
      if (!preamble) {
        if (before == '.' || before == ',' || before == '/' || before == '-' || IsAsciiAlpha(before)) return kReject;
        std::string prev = WordBefore(w, ms);
        static constexpr std::string_view kNotDossier[] = {
            "blz.", "p.",  "pag.", "pagina", "artikel",   "art.", "postbus",  "€",      "eur",
            "euro", "lid", "nr.",  "nummer", "bladzijde", "tel.", "telefoon", "kenmerk"};
        for (std::string_view word : kNotDossier)
          if (prev == word) return kReject;
      }
      NumberListResult numbers;
      if (!ParseNumberList(View(g[list]), w.substr(win.Pos(g[list]) + g[list].size()), Lower(View(g[nrkw])) == "nr",
                           Has(g[s1]), &numbers))
        return kReject;
      std::string suffix = Has(g[s1]) ? DossierSuffix(View(g[s1])) : numbers.sloppy_suffix;
      std::string lowkw = Has(g[kw]) ? Lower(View(g[kw])) : std::string();
      const CitationKind kind = PaperKind(w, ms, lowkw.find("motie") != std::string::npos);
      std::size_t end = win.Pos(g[list]) + numbers.consumed;
      if (Has(g[page]) && numbers.consumed == g[list].size()) end = me;
      me = end;
      ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, end);
      std::string chamber = Has(g[ch]) ? ChamberCode(View(g[ch])) : ChamberCode(lowkw);
      for (const std::string& n : numbers.numbers) {
        win.AddCitation(h, kind, KamerstukId(View(g[d1]), suffix, n));
        Citation& c = h.citations.back();
        c.chamber = ChamberRoman(chamber);
        SetYearMeta(g[y1], g[y2], &c);
        if (Has(g[page])) c.page = std::string(View(g[page]));
      }
      return me;
    });
  }

  if (triggers & kTriggerStuk) {
    static const int ch = re.kst_dash.Group("ch"), y1 = re.kst_dash.Group("y1"), y2 = re.kst_dash.Group("y2"),
                     d1 = re.kst_dash.Group("d1"), s1 = re.kst_dash.Group("s1"), n = re.kst_dash.Group("n");
    if (Contains(w, {"stuk", "STUK", "kst"}))
      ForEachMatch(re.kst_dash, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        char after = win.After(g[n]);
        if (IsDigit(after) || after == '-' || after == '/') return kReject;
        if (IsYearLike(View(g[d1]))) return kReject;  // "Kamerstukken II, 1989-1990"
        std::string number(View(g[n]));
        if (IsAsciiAlpha(after) && !IsDigit(number.back())) return kReject;
        if (IsAsciiAlpha(after) && std::islower(static_cast<unsigned char>(number.back()))) {
          number.pop_back();
          --me;
        }
        ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
        win.AddCitation(h, PaperKind(w, ms, false),
                        KamerstukId(View(g[d1]), Has(g[s1]) ? DossierSuffix(View(g[s1])) : "", number));
        Citation& c = h.citations.back();
        if (Has(g[ch])) c.chamber = ChamberRoman(ChamberCode(View(g[ch])));
        SetYearMeta(g[y1], g[y2], &c);
        return me;
      });
  }

  if (triggers & (kTriggerStuk | kTriggerMotie)) {
    static const int d1 = re.bare_dash.Group("d1"), s1 = re.bare_dash.Group("s1"), n = re.bare_dash.Group("n");
    if (Contains(w, {"otie", "stuk", "kst", "OTIE", "STUK", " - "}))
      ForEachMatch(re.bare_dash, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        char before = ms > 0 ? w[ms - 1] : ' ';
        if (before == '-' || before == '/' || before == '.' || before == ',' || before == '+') return kReject;
        char after = win.After(g[n]);
        if (after == '-' || after == '/' || (after == ',' && me + 1 < w.size() && IsDigit(w[me + 1]))) return kReject;
        std::size_t from = ms > 150 ? ms - 150 : 0;
        std::string low = Lower(w.substr(from, ms - from));
        // A list entry ("… Raad Buitenlandse Zaken van 12 mei 2031 - 21501-02-2301", one per line in a "Lijst
        // van ingekomen stukken") ends in its paper's number after " - ": no keyword needed there.
        bool list_entry = false;
        if (ms >= 3 && w.substr(ms - 3, 3) == " - ") {
          std::size_t o = win.Orig(me);
          while (o < original.size() && (original[o] == ' ' || original[o] == '\t')) ++o;
          list_entry = o == original.size() || original[o] == '\n' || original[o] == '\r';
        }
        // "kst" as a word, not inside "tekst".
        if (!list_entry && !ContainsAny(low, {"motie", "kamerstuk", " kst", "(kst"}) && low.rfind("kst", 0) != 0)
          return kReject;
        std::string prev = WordBefore(w, ms);
        if (prev == "€" || prev == "eur" || prev == "tussen" || prev == "postbus") return kReject;
        ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
        win.AddCitation(h, PaperKind(w, ms, false),
                        KamerstukId(View(g[d1]), Has(g[s1]) ? DossierSuffix(View(g[s1])) : "", View(g[n])));
        return me;
      });
  }

  // A whole dossier: "kamerstuk 15 430", "wetsvoorstel 36 410", "dossier 36410" — only when no paper number,
  // suffix or second dossier follows ("Kamerstuk 26643, nr. 1329", "22112-4116", "20 800, hoofdstuk XVI",
  // "36 200 VII", "33 694 en 26 643, nr. 47" are papers or other forms).
  if (triggers & (kTriggerStuk | kTriggerDossier | kTriggerNumber)) {  // "voorstel van wet nr. 19 309": "nr"
    static const int d1 = re.dossier.Group("d1"), kw = re.dossier.Group("kw");
    // Only around a keyword followed by a space and a digit (or "nr"), and only on a short slice there: most
    // windows of this family are "Kamerstuk 26643, nr. 1329" citations, which must cost little here.
    // Which keywords a window can hold follows from its anchors: "Kamerstuk" (kTriggerStuk), "wetsvoorstel" and
    // "dossier" (kTriggerDossier), "voorstel van wet nr." (kTriggerNumber).
    // Fixed arrays: this runs for every Kamerstuk window and must not allocate.
    std::string_view literals[6];
    std::size_t num_literals = 0;
    auto want = [&](std::initializer_list<std::string_view> words) {
      for (std::string_view word : words) literals[num_literals++] = word;
    };
    if (triggers & (kTriggerStuk | kTriggerDossier)) want({"tuk", "TUK"});
    if (triggers & kTriggerDossier) want({"OORSTEL", "ossier", "OSSIER"});
    if (triggers & (kTriggerDossier | kTriggerNumber)) want({"oorstel"});
    std::size_t at[16];
    std::size_t num_at = 0;
    for (std::size_t l = 0; l < num_literals; ++l) {
      std::string_view lit = literals[l];
      for (std::size_t pos = w.find(lit); pos != std::string_view::npos; pos = w.find(lit, pos + 1)) {
        std::size_t e = pos + lit.size();
        while (e < w.size() && IsAsciiAlpha(w[e])) ++e;  // "stukken", "voorstellen", "dossiernummer"
        if (e + 1 >= w.size() || w[e] != ' ') continue;
        const char c = w[e + 1];
        if (!IsDigit(c) && c != '(' && (c | 0x20) != 'n' && (c | 0x20) != 'v') continue;  // v: "voorstel van wet"
        // "Kamerstuk 26643, nr. 1329", "Kamerstuk 22112-4116": a paper, settled without the pattern.
        std::size_t q = e + 1;
        while (q < w.size() && (IsDigit(w[q]) || (w[q] == ' ' && q > e + 1 && q + 1 < w.size() && IsDigit(w[q + 1]))))
          ++q;
        if (q > e + 1 && q < w.size() && (w[q] == '-' || (w[q] == ',' && q + 2 < w.size() && (w[q + 2] | 0x20) == 'n')))
          continue;
        if (num_at < std::size(at)) at[num_at++] = pos;
      }
    }
    std::sort(at, at + num_at);
    auto each = [&](auto fn) {
      StringPiece text(w.data(), w.size());
      StringPiece g[kMaxGroups];
      std::size_t done = 0;
      for (std::size_t a = 0; a < num_at; ++a) {
        const std::size_t pos = at[a];
        std::size_t from = pos > 16 ? pos - 16 : 0;
        if (from < done) from = done;
        std::size_t to = std::min(w.size(), pos + 64);
        if (from >= to || !re.dossier.re->Match(text, from, to, RE2::UNANCHORED, g, re.dossier.groups + 1)) continue;
        std::size_t ms = g[0].data() - w.data();
        std::size_t me = ms + g[0].size();
        std::size_t next = fn(g, ms, me);
        done = std::max(done, next != kReject ? next : ms + 1);
      }
    };
    if (num_at > 0)
      each([&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        std::string_view rest = w.substr(me);
        std::size_t k = 0;
        while (k < rest.size() && (rest[k] == ' ' || rest[k] == ',' || rest[k] == ')')) ++k;
        std::string next = Lower(rest.substr(k, 12));
        if (!rest.empty() && (rest[0] == '-' || rest[0] == '/' || IsDigit(rest[0]) || IsAsciiAlpha(rest[0])))
          return kReject;
        for (std::string_view word : {"nr", "nummer", "hoofdstuk", "(r"})
          if (next.rfind(word, 0) == 0) return kReject;
        for (std::string_view joint : {"en ", "& ", "- "})
          if (next.rfind(joint, 0) == 0 && next.size() > joint.size() && IsDigit(next[joint.size()])) return kReject;
        if (!next.empty() && (next[0] == '-' || next[0] == '&' || IsDigit(next[0]))) return kReject;
        // A suffix after a space: a Roman numeral with at most one letter ("36 200 VII", "36 200 IXB") or one
        // capital ("35 300 A"); "WETSVOORSTEL 19441 IS" is a word.
        auto roman = [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; };
        std::size_t e = k;
        while (e < rest.size() && roman(rest[e])) ++e;
        if (e < rest.size() && rest[e] >= 'A' && rest[e] <= 'Z' && (e == k || e - k >= 2)) ++e;
        if (rest.substr(0, k).find(',') == std::string_view::npos && e > k && e - k <= 7 &&
            (e == rest.size() || !IsAsciiAlpha(rest[e])))
          return kReject;
        // "Kamerstukken\n36 800": the header of a paper of that dossier, not a citation of it.
        std::string keyword = Lower(View(g[kw]));
        if (keyword.size() > 2 && keyword.compare(keyword.size() - 2, 2, "en") == 0 &&
            std::memchr(original.data() + win.Orig(win.Pos(g[kw]) + g[kw].size()), '\n',
                        win.Orig(win.Pos(g[d1])) - win.Orig(win.Pos(g[kw]) + g[kw].size())) != nullptr)
          return kReject;
        std::string digits;
        for (char c : View(g[d1]))
          if (IsDigit(c)) digits += c;
        ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
        win.AddCitation(h, CitationKind::kDossier, "kst-" + digits);
        return me;
      });
  }
}

}  // namespace citation_internal
}  // namespace kamergraaf

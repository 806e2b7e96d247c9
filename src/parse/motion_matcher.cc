// Motions: "Zij krijgt nr. 21 (36999).", "op stuk nr. 21", "de motie-Six Dijkstra", "Deze motie is voorgesteld door
// ...".
#include "parse/citation_pattern_set.h"
#include "parse/number_list.h"

namespace kamergraaf {
namespace citation_internal {

void MatchMotions(const CitationPatterns::Compiled& re, Window& win, unsigned triggers) {
  std::string_view w = win.w;
  std::string_view original = win.original;
  if (triggers & kTriggerNumber) {
    static const int dn = re.definition.Group("n"), dd = re.definition.Group("d1"), ds = re.definition.Group("s1"),
                     dw = re.definition.Group("was");
    if (Contains(w, {"rijgt", "RIJGT"}))
      ForEachMatch(re.definition, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        ScanHit& h = win.NewHit(ScanHit::Type::kMotionDefinition, ms, me);
        win.AddCitation(h, CitationKind::kMotie,
                        KamerstukId(View(g[dd]), Has(g[ds]) ? DossierSuffix(View(g[ds])) : "", View(g[dn])));
        h.numbers.emplace_back(View(g[dn]));
        // "Zij krijgt nr. 812, was nr. 805 (32813)": the renumbered motion is cited as well.
        if (Has(g[dw]))
          win.AddCitation(h, CitationKind::kMotie,
                          KamerstukId(View(g[dd]), Has(g[ds]) ? DossierSuffix(View(g[ds])) : "", View(g[dw])));
        return me;
      });
    static const int sk = re.short_ref.Group("nrkw"), sl = re.short_ref.Group("list"), sd = re.short_ref.Group("d1");
    if (Contains(w, {"p stuk", "P STUK", "p Stuk"}))
      ForEachMatch(re.short_ref, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        NumberListResult numbers;
        if (!ParseNumberList(View(g[sl]), w.substr(win.Pos(g[sl]) + g[sl].size()), false, false, &numbers))
          return kReject;
        std::size_t end = Has(g[sd]) ? me : win.Pos(g[sl]) + numbers.consumed;
        me = end;
        if (Has(g[sd])) {
          ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, end);
          for (const std::string& number : numbers.numbers)
            win.AddCitation(h, CitationKind::kMotie, KamerstukId(View(g[sd]), "", number));
        } else {
          ScanHit& h = win.NewHit(ScanHit::Type::kShortReference, ms, end);
          h.numbers = std::move(numbers.numbers);
        }
        (void)sk;
        return me;
      });
  }

  if (triggers & kTriggerMotie) {
    static const int td = re.tvv.Group("d1"), ts = re.tvv.Group("s1"), tn = re.tvv.Group("n");
    if (Contains(w, {"t.v.v", "T.V.V", "t. v. v"}))
      ForEachMatch(re.tvv, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
        win.AddCitation(h, CitationKind::kMotie,
                        KamerstukId(View(g[td]), Has(g[ts]) ? DossierSuffix(View(g[ts])) : "", View(g[tn])));
        return me;
      });
    for (const Pattern* p : {&re.mention, &re.submitters}) {
      const int name_group = p->Group("name");
      const bool is_mention = p == &re.mention;
      if (!Contains(w, is_mention ? std::initializer_list<std::string_view>{"otie", "OTIE"}
                                  : std::initializer_list<std::string_view>{"voorgesteld door"}))
        continue;
      ForEachMatch(*p, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
        if (win.InGuard(ms, me)) return kReject;
        std::size_t ns = win.Pos(g[name_group]);
        std::string_view name = View(g[name_group]);
        // A line break between "motie" and the name (space form) or inside the name ends the reference.
        if (is_mention && w[ns - 1] == ' ' && ns - ms == 6 &&
            std::memchr(original.data() + win.Orig(ns - 1), '\n', win.Orig(ns) - win.Orig(ns - 1)) != nullptr)
          return kReject;
        // Cut a second capitalised word that is a stop word or stands on the next line.
        std::size_t last_space = name.rfind(' ');
        if (last_space != std::string_view::npos) {
          std::string_view second = name.substr(last_space + 1);
          std::size_t sp = ns + last_space;
          bool newline = std::memchr(original.data() + win.Orig(sp), '\n', win.Orig(sp + 1) - win.Orig(sp)) != nullptr;
          if (IsStopName(second) || newline) name = name.substr(0, last_space);
        }
        while (!name.empty() && (name.back() == '-' || name.back() == '\'')) name.remove_suffix(1);
        // The first word after the tussenvoegsels must not be a stop word.
        std::string_view head = name;
        while (true) {
          std::size_t sp = head.find(' ');
          if (sp == std::string_view::npos || !IsTussenvoegsel(head.substr(0, sp))) break;
          head.remove_prefix(sp + 1);
        }
        head = head.substr(0, head.find(' '));
        if (name.empty() || head.empty() || std::islower(static_cast<unsigned char>(head[0])) || IsStopName(head))
          return kReject;
        // "motie van Orde", "motie van de Bond": a lowercase tussenvoegsel right after "motie " is not a name.
        if (is_mention && w[ns - 1] == ' ' && ns - ms == 6 && std::islower(static_cast<unsigned char>(name[0])))
          return kReject;
        ScanHit& h =
            win.NewHit(is_mention ? ScanHit::Type::kMention : ScanHit::Type::kSubmitters, ms, ns + name.size());
        h.name = std::string(name);
        return me;
      });
    }
  }
}

}  // namespace citation_internal
}  // namespace kamergraaf

#include "parse/citation_patterns.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "parse/canonical_id.h"
#include "parse/number_list.h"

namespace kamergraaf {
namespace {

using re2::StringPiece;
constexpr int kMaxGroups = 24;
constexpr std::size_t kReject = 0;

// Pattern pieces (normalised text: one space for any white space, '-' for any dash).
std::string Vj(const char* first, const char* second) {
  return std::string("(?P<") + first + R"(>(?:1[89]|20)\d{2}) ?[/-] ?(?P<)" + second + R"(>(?:1[89]|20)?\d{2}))";
}
constexpr char kDossier[] = R"(\d{2} ?\d{3}|\d{4})";
// Toevoeging: "-33", "-a", " VII", "-VII", " hoofdstuk XI", "-A", " B".
constexpr char kSuffix[] = R"(-\d{1,3}\b|-[a-z]\b|-? ?(?:(?i:hoofdstuk) )?(?:[IVXLC]{1,6}[A-Z]?|[A-Z]{1,2})\b)";
constexpr char kNum[] = R"((?:\d{1,5}[a-z]?|[A-Z]{1,2}\b))";
std::string NumberList() {
  return std::string("(?:") + kNum + "(?:(?: ?, ?| en | ?& ?| t/m | ?- ?)" + kNum + ")*)";
}
constexpr char kRoleWords[] = R"((?i:het (?:kamer)?lid|de leden|de heer|mevrouw|collega))";
constexpr char kName[] =
    R"((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n|'t|'s) )*\p{Lu}\p{Ll}[\p{L}'-]*(?: \p{Lu}\p{Ll}[\p{L}'-]*)?)";
constexpr char kVjWord[] = R"((?i:vergader-? ?jaar|zit-? ?ting))";

std::string S(std::string_view a) { return std::string(a); }

// Concatenation without operator+ chains (GCC 12 warns falsely about those with -Wrestrict).
std::string Join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

std::unique_ptr<RE2> Compile(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok() || re->NumberOfCapturingGroups() + 1 > kMaxGroups) {
    std::fprintf(stderr, "kamergraaf: bad citation pattern: %s\n%s\n", re->error().c_str(), pattern.c_str());
    std::abort();
  }
  return re;
}

// A compiled pattern with its named groups resolved once.
struct Pattern {
  std::unique_ptr<RE2> re;
  int groups = 0;
  explicit Pattern(const std::string& p) : re(Compile(p)), groups(re->NumberOfCapturingGroups()) {}
  int Group(const char* name) const {
    auto it = re->NamedCapturingGroups().find(name);
    if (it == re->NamedCapturingGroups().end()) {
      std::fprintf(stderr, "kamergraaf: no group %s\n", name);
      std::abort();
    }
    return it->second;
  }
};

std::string_view View(const StringPiece& p) { return std::string_view(p.data(), p.size()); }
bool Has(const StringPiece& p) { return p.data() != nullptr; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Runs `re` over w[0, size) and calls fn(groups, match_start, match_end) for each leftmost match. fn returns
// where the search goes on: the end of what it accepted (which may be shorter than the match), or 0 to reject
// the match, after which the search resumes one byte after the match start (so a rejected long match does
// not hide a shorter one inside it).
template <typename Fn>
void ForEachMatch(const Pattern& p, std::string_view w, Fn fn) {
  StringPiece text(w.data(), w.size());
  StringPiece g[kMaxGroups];
  std::size_t pos = 0;
  while (pos < w.size() && p.re->Match(text, pos, w.size(), RE2::UNANCHORED, g, p.groups + 1)) {
    std::size_t ms = g[0].data() - w.data();
    std::size_t me = ms + g[0].size();
    std::size_t next = fn(g, ms, me);
    pos = std::max(next, ms + 1);
  }
}

// A 4-digit number between 1800 and 2099: in citation position, a year rather than a dossier.
bool IsYearLike(std::string_view digits) {
  if (digits.size() != 4) return false;
  int value = std::atoi(std::string(digits).c_str());
  return value >= 1800 && value <= 2099;
}

// The word (lowercased, letters, digits and '.', '€') that ends right before w[pos] (skipping one space).
std::string WordBefore(std::string_view w, std::size_t pos) {
  std::size_t e = pos;
  if (e > 0 && w[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && w[b - 1] != ' ' && w[b - 1] != '(' && w[b - 1] != ',') --b;
  return Lower(w.substr(b, e - b));
}

// True when a word "motie" stands before w[pos] in the same clause: within 80 bytes, with no sentence end,
// semicolon or closing parenthesis between.
bool MotieBefore(std::string_view w, std::size_t pos) {
  std::size_t from = pos > 80 ? pos - 80 : 0;
  std::string low = Lower(w.substr(from, pos - from));
  std::size_t m = low.rfind("motie");
  if (m == std::string::npos) return false;
  std::size_t k = m + 5;
  if (k < low.size() && low[k] == 's') return false;
  for (; k < low.size(); ++k) {
    char c = low[k];
    if (c == ';' || c == ')' || c == '?' || c == '!' || c == ':') return false;
    if (c == '.') {
      bool cs = (k >= 3 && low.compare(k - 3, 4, "c.s.") == 0) || (k >= 2 && low.compare(k - 2, 3, "cs.") == 0) ||
                (k >= 1 && k + 2 < low.size() && low.compare(k - 1, 4, "c.s.") == 0);
      if (!cs) return false;
    }
  }
  return true;
}

// Cheap literal gates: a pattern family only runs on a window that contains one of its literals.
bool Contains(std::string_view w, std::initializer_list<std::string_view> literals) {
  for (std::string_view l : literals)
    if (w.find(l) != std::string_view::npos) return true;
  return false;
}

bool ContainsAny(std::string_view low, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words)
    if (low.find(word) != std::string_view::npos) return true;
  return false;
}

bool IsTussenvoegsel(std::string_view word) {
  std::string low = Lower(word);
  for (std::string_view t : {"van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "'s"})
    if (low == t) return true;
  return false;
}

bool IsStopName(std::string_view word) {
  static constexpr std::string_view kStop[] = {
      "De",     "Het",    "Een",   "Dit",   "Deze",    "Die",     "Dat",  "Ik",     "Wij",   "We",
      "Zij",    "Hij",    "In",    "Op",    "Over",    "Voor",    "Om",   "Is",     "Wordt", "Kamer",
      "Mevrouw", "Minister", "Staatssecretaris", "Voorzitter", "Dank", "Dan", "En", "Maar", "Ook", "Als",
      "Zoals",  "Met",    "Bij",   "Naar",    "Uit",     "Tot",  "Ja",     "Nee",   "Volgens",
      "Er",     "Wat",    "Waar",  "Welke", "Hoe",     "Tweede",  "Eerste", "Regering", "Kabinet", "Motie",
      "Zie",    "Heer",   "Orde",   "Zo",    "Nu",    "Daarom",  "Verzoekt", "Constaterende", "Overwegende"};
  for (std::string_view s : kStop)
    if (word == s) return true;
  return false;
}

}  // namespace

struct CitationPatterns::Compiled {
  Pattern kst, kst_dash, bare_dash, aanhangsel, handelingen, definition, short_ref, stb, zaak, eu, ecli,
      mention, submitters;

  Compiled()
      : kst(S(R"((?:(?P<kw>(?i:kamer-? ?stukken|kamer-? ?stuk|kst\.?|(?:tweede|eerste) ?kamer(?: ?-? ?zitting)?|)"
              R"((?:motie )?(?:op )?stuk nummer)),? ?)?(?:(?P<ch>II|I|TK|EK)[ ,] ?)?(?:)") +
            kVjWord + ",? ?)?(?:" + Vj("y1", "y2") + R"( ?[,.]? ?(?:- ?)?)?(?P<d1>)" + kDossier + ")(?P<s1>" +
            kSuffix + R"()?(?: ?\(R ?\d{2,4}\))?(?: (?i:enz)\.?)?(?:(?: ?[/&] ?| en )(?P<d2>)" + kDossier +
            ")(?P<s2>" + kSuffix + R"()?)?,? ?(?P<nrkw>(?i:nrs?|nummers?))\.? ?(?P<list>)" + NumberList() +
            R"()(?:,? ?(?P<page>(?i:p|pp|blz|pag)\. ?\d+(?: ?- ?\d+)?))?(?: ?\((?i:bijlage) [^)]{1,20}\))?)"),
        kst_dash(S(R"((?P<kw>(?i:kamer-? ?stukken|kamer-? ?stuk|kst))(?:[ -]?(?P<ch>II|I|TK|EK)[ ,])?(?:,? ?)") +
                 Vj("y1", "y2") + R"(,?)?[ -]?(?P<d1>)" + kDossier + R"()(?P<s1>-\d{1,3}|-[A-Z]{1,4})? ?- ?(?P<n>\d{1,5}[a-z]?|[A-Z]{1,2}\b))"),
        bare_dash(R"(\b(?P<d1>\d{5})(?P<s1>-\d{1,3})? ?- ?(?P<n>\d{1,4})\b)"),
        aanhangsel(S(R"((?:(?i:kamerstukken)(?: (?P<ch0>II|I|TK|EK))?,? )") + Vj("a1", "a2") +
                   R"(,? )?(?i:aan-? ?hangsel)(?: (?i:van|bij|der) (?i:de))?(?: (?i:handelingen))?(?: (?P<ch>II|I|TK|EK|(?i:tweede|eerste) (?i:kamer))\b)?(?:,? (?:)" +
                   kVjWord + " )?" + Vj("b1", "b2") + R"()?,? (?i:nr|nummer)\.? ?(?P<n>\d{1,6}))"),
        handelingen(S(R"((?i:handelingen)(?: (?P<ch>II|I|TK|EK)\b)?,? (?:)") + kVjWord + " )?" + Vj("y1", "y2") +
                    R"(,? (?i:nr|nummer)\.? ?(?P<n>\d{1,4})(?:,? (?i:item) (?P<item>\d{1,3}))?)"),
        definition(S(R"((?i:krijgt) (?i:nr|nummer)\.? ?(?P<n>\d{1,5}) ?\((?P<d1>)") + kDossier +
                   R"()(?P<s1>-\d{1,3}|-?[A-Z]{1,4}| [IVXLC]{1,6})?\))"),
        short_ref(S(R"((?:\b(?i:motie)s?,? )?\b(?i:op stuk(?:ken)?) (?P<nrkw>(?i:nrs?|nummers?))\.? ?(?P<list>)") +
                  NumberList() + R"()(?: ?\((?P<d1>)" + kDossier + R"()\))?)"),
        stb(R"(\b(?P<kw>Stb|Staatsblad|Stcrt|Staatscourant)\.? ?(?P<y>(?:1[89]|20)\d{2}),? (?:(?i:nr)\.? ?)?(?P<n>\d{1,6})\b)"),
        zaak(R"(\b(?P<y>(?:19|20)\d{2})(?P<t>[ZD])(?P<n>\d{5}))"),
        eu(R"(\b(?P<t>[CTF])-(?P<n>\d{1,4})/(?P<y>\d{2})\b)"),
        ecli(R"(\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{0,24}[A-Z0-9])"),
        mention(S(R"(\b(?i:motie)(?:-|(?: (?i:van) )") + kRoleWords + R"()? )(?P<name>)" + kName + ")"),
        submitters(S(R"((?i:deze motie is voorgesteld door) (?i:de leden|het lid) (?P<name>)") + kName + ")") {}
};

CitationPatterns::CitationPatterns() : re_(std::make_unique<Compiled>()) {}
CitationPatterns::~CitationPatterns() = default;

namespace {

// Context shared by the per-family matchers of one window.
struct Window {
  std::string_view original;
  const NormalizedText& norm;
  std::string_view w;
  std::size_t guard_front, guard_back;
  std::vector<ScanHit>* hits;

  bool InGuard(std::size_t ms, std::size_t me) const {
    return ms < guard_front || me + guard_back > w.size();
  }
  std::size_t Orig(std::size_t i) const { return norm.Original(i); }
  ScanHit& NewHit(ScanHit::Type type, std::size_t ms, std::size_t me) {
    hits->emplace_back();
    ScanHit& h = hits->back();
    h.type = type;
    h.start = Orig(ms);
    h.end = Orig(me);
    return h;
  }
  void AddCitation(ScanHit& h, CitationKind kind, std::string target) {
    Citation c;
    c.kind = kind;
    c.target = std::move(target);
    c.start = h.start;
    c.end = h.end;
    h.citations.push_back(std::move(c));
  }
  std::size_t Pos(const StringPiece& p) const { return p.data() - w.data(); }
  char After(const StringPiece& p) const {
    std::size_t e = Pos(p) + p.size();
    return e < w.size() ? w[e] : ' ';
  }
  char Before(const StringPiece& p) const {
    std::size_t b = Pos(p);
    return b > 0 ? w[b - 1] : ' ';
  }
};

void SetYearMeta(const StringPiece& y1, const StringPiece& y2, Citation* c) {
  if (Has(y1) && Has(y2)) c->vergaderjaar = Vergaderjaar(View(y1), View(y2));
}

}  // namespace

void CitationPatterns::MatchWindow(std::string_view original, const NormalizedText& window, unsigned triggers,
                                   std::size_t guard_front, std::size_t guard_back,
                                   std::vector<ScanHit>* hits) const {
  Window win{original, window, window.text, guard_front, guard_back, hits};
  std::string_view w = win.w;
  const Compiled& re = *re_;

  if (triggers & (kTriggerNumber | kTriggerStuk)) {
    static const int kw = re.kst.Group("kw"), ch = re.kst.Group("ch"), y1 = re.kst.Group("y1"),
                     y2 = re.kst.Group("y2"), d1 = re.kst.Group("d1"), s1 = re.kst.Group("s1"),
                     nrkw = re.kst.Group("nrkw"), list = re.kst.Group("list"), page = re.kst.Group("page"),
                     d2 = re.kst.Group("d2"), s2 = re.kst.Group("s2");
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
        static constexpr std::string_view kNotDossier[] = {"blz.", "p.", "pag.", "pagina", "artikel", "art.",
                                                           "postbus", "€", "eur", "euro", "lid", "nr.", "nummer",
                                                           "bladzijde", "tel.", "telefoon", "kenmerk"};
        for (std::string_view word : kNotDossier)
          if (prev == word) return kReject;
      }
      NumberListResult numbers;
      if (!ParseNumberList(View(g[list]), w.substr(win.Pos(g[list]) + g[list].size()),
                           Lower(View(g[nrkw])) == "nr", Has(g[s1]), &numbers))
        return kReject;
      std::string suffix = Has(g[s1]) ? DossierSuffix(View(g[s1])) : numbers.sloppy_suffix;
      std::string lowkw = Has(g[kw]) ? Lower(View(g[kw])) : std::string();
      bool motie = lowkw.find("motie") != std::string::npos || MotieBefore(w, ms);
      std::size_t end = win.Pos(g[list]) + numbers.consumed;
      if (Has(g[page]) && numbers.consumed == g[list].size()) end = me;
      me = end;
      ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, end);
      std::string chamber = Has(g[ch]) ? ChamberCode(View(g[ch])) : ChamberCode(lowkw);
      for (const std::string& n : numbers.numbers) {
        win.AddCitation(h, motie ? CitationKind::kMotie : CitationKind::kKamerstuk, KamerstukId(View(g[d1]), suffix, n));
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
    if (Contains(w, {"stuk", "STUK", "kst"})) ForEachMatch(re.kst_dash, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
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
      bool motie = MotieBefore(w, ms);
      win.AddCitation(h, motie ? CitationKind::kMotie : CitationKind::kKamerstuk,
                      KamerstukId(View(g[d1]), Has(g[s1]) ? DossierSuffix(View(g[s1])) : "", number));
      Citation& c = h.citations.back();
      if (Has(g[ch])) c.chamber = ChamberRoman(ChamberCode(View(g[ch])));
      SetYearMeta(g[y1], g[y2], &c);
      return me;
    });
  }

  if (triggers & (kTriggerStuk | kTriggerMotie)) {
    static const int d1 = re.bare_dash.Group("d1"), s1 = re.bare_dash.Group("s1"), n = re.bare_dash.Group("n");
    if (Contains(w, {"otie", "stuk", "kst", "OTIE", "STUK"})) ForEachMatch(re.bare_dash, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
      if (win.InGuard(ms, me)) return kReject;
      char before = ms > 0 ? w[ms - 1] : ' ';
      if (before == '-' || before == '/' || before == '.' || before == ',' || before == '+') return kReject;
      char after = win.After(g[n]);
      if (after == '-' || after == '/' || (after == ',' && me + 1 < w.size() && IsDigit(w[me + 1]))) return kReject;
      std::size_t from = ms > 150 ? ms - 150 : 0;
      std::string low = Lower(w.substr(from, ms - from));
      if (!ContainsAny(low, {"motie", "kamerstuk", "kst"})) return kReject;
      std::string prev = WordBefore(w, ms);
      if (prev == "€" || prev == "eur" || prev == "tussen" || prev == "postbus") return kReject;
      ScanHit& h = win.NewHit(ScanHit::Type::kCitation, ms, me);
      win.AddCitation(h, MotieBefore(w, ms) ? CitationKind::kMotie : CitationKind::kKamerstuk,
                      KamerstukId(View(g[d1]), Has(g[s1]) ? DossierSuffix(View(g[s1])) : "", View(g[n])));
      return me;
    });
  }

  if (triggers & kTriggerNumber) {
    static const int ch0 = re.aanhangsel.Group("ch0"), a1 = re.aanhangsel.Group("a1"), a2 = re.aanhangsel.Group("a2"),
                     ch = re.aanhangsel.Group("ch"), b1 = re.aanhangsel.Group("b1"), b2 = re.aanhangsel.Group("b2"),
                     n = re.aanhangsel.Group("n");
    if (Contains(w, {"hangsel", "HANGSEL"})) ForEachMatch(re.aanhangsel, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
      if (win.InGuard(ms, me) || IsDigit(win.After(g[n]))) return kReject;
      std::string year = Has(g[b1]) ? Vergaderjaar(View(g[b1]), View(g[b2]))
                                    : Has(g[a1]) ? Vergaderjaar(View(g[a1]), View(g[a2])) : std::string();
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
    if (Contains(w, {"andelingen", "ANDELINGEN"})) ForEachMatch(re.handelingen, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
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
    static const int dn = re.definition.Group("n"), dd = re.definition.Group("d1"), ds = re.definition.Group("s1");
    if (Contains(w, {"rijgt", "RIJGT"})) ForEachMatch(re.definition, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
      if (win.InGuard(ms, me)) return kReject;
      ScanHit& h = win.NewHit(ScanHit::Type::kMotionDefinition, ms, me);
      win.AddCitation(h, CitationKind::kMotie,
                      KamerstukId(View(g[dd]), Has(g[ds]) ? DossierSuffix(View(g[ds])) : "", View(g[dn])));
      h.numbers.emplace_back(View(g[dn]));
      return me;
    });
    static const int sk = re.short_ref.Group("nrkw"), sl = re.short_ref.Group("list"), sd = re.short_ref.Group("d1");
    if (Contains(w, {"p stuk", "P STUK", "p Stuk"})) ForEachMatch(re.short_ref, w, [&](StringPiece* g, std::size_t ms, std::size_t me) {
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

  if (triggers & kTriggerMotie) {
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
        ScanHit& h = win.NewHit(is_mention ? ScanHit::Type::kMention : ScanHit::Type::kSubmitters, ms,
                                ns + name.size());
        h.name = std::string(name);
        return me;
      });
    }
  }
}

}  // namespace kamergraaf

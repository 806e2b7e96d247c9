#include "parse/citation_pattern_set.h"

namespace kamergraaf {
namespace {

// Pattern pieces (normalised text: one space for any white space, '-' for any dash).
std::string Vj(const char* first, const char* second) {
  return std::string("(?P<") + first + R"(>(?:1[89]|20)\d{2}) ?[/-] ?(?P<)" + second + R"(>(?:1[89]|20)?\d{2}))";
}
constexpr char kDossier[] = R"(\d{2} ?\d{3}|\d{4})";
// Toevoeging: "-33", "-a", " VII", "-VII", " hoofdstuk XI", "-A", " B".
constexpr char kSuffix[] = R"(-\d{1,3}\b|-[a-z]\b|-? ?(?:(?i:hoofdstuk) )?(?:[IVXLC]{1,6}[A-Z]?|[A-Z]{1,2})\b)";
constexpr char kNum[] = R"((?:\d{1,5}[a-z]?|[A-Z]{1,2}\b))";
std::string NumberList() { return std::string("(?:") + kNum + "(?:(?: ?, ?| en | ?& ?| t/m | ?- ?)" + kNum + ")*)"; }
constexpr char kRoleWords[] = R"((?i:het (?:kamer)?lid|de leden|de heer|mevrouw|collega))";
constexpr char kName[] =
    R"((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n|'t|'s) )*\p{Lu}\p{Ll}[\p{L}'-]*(?: \p{Lu}\p{Ll}[\p{L}'-]*)?)";
constexpr char kVjWord[] = R"((?i:vergader-? ?jaar|zit-? ?ting))";

std::string S(std::string_view a) { return std::string(a); }

}  // namespace

using citation_internal::Pattern;

CitationPatterns::Compiled::Compiled()
    : kst(S(R"((?:(?P<kw>(?i:kamer-? ?stukken|kamer-? ?stuk|kst\.?|(?:tweede|eerste) ?kamer(?: ?-? ?zitting)?|)"
            R"((?:motie )?(?:op )?stuk nummer)),? ?)?(?:(?P<ch>II|I|TK|EK)[ ,] ?)?(?:)") +
          kVjWord + ",? ?)?(?:" + Vj("y1", "y2") + R"( ?[,.]? ?(?:- ?)?)?(?P<d1>)" + kDossier + ")(?P<s1>" + kSuffix +
          R"()?(?: ?\(R ?\d{2,4}\))?(?: (?i:enz)\.?)?(?:(?: ?[/&] ?| en )(?P<d2>)" + kDossier + ")(?P<s2>" + kSuffix +
          R"()?)?,? ?(?P<nrkw>(?i:nrs?|nummers?))\.? ?(?P<list>)" + NumberList() +
          R"()(?:,? ?(?P<page>(?i:p|pp|blz|pag)\. ?\d+(?: ?- ?\d+)?))?(?: ?\((?i:bijlage) [^)]{1,20}\))?)"),
      kst_dash(S(R"((?P<kw>(?i:kamer-? ?stukken|kamer-? ?stuk|kst))(?:[ -]?(?P<ch>II|I|TK|EK)[ ,])?(?:,? ?)") +
               Vj("y1", "y2") + R"(,?)?[ -]?(?P<d1>)" + kDossier +
               R"()(?P<s1>-\d{1,3}|-[A-Z]{1,4})? ?- ?(?P<n>\d{1,5}[a-z]?|[A-Z]{1,2}\b))"),
      bare_dash(R"(\b(?P<d1>\d{5})(?P<s1>-\d{1,3})? ?- ?(?P<n>\d{1,4})\b)"),
      aanhangsel(
          S(R"((?:(?i:kamerstukken)(?: (?P<ch0>II|I|TK|EK))?,? )") + Vj("a1", "a2") +
          R"(,? )?(?i:aan-? ?hangsel)(?: (?i:van|bij|der) (?i:de))?(?: (?i:han-? ?de-? ?lin-? ?gen))?(?: (?P<ch>II|I|TK|EK|(?i:tweede|eerste) (?i:kamer))\b)?(?:,? (?:)" +
          kVjWord + " )?" + Vj("b1", "b2") + R"()?,? (?i:nr|nummer)\.? ?(?P<n>\d{1,6}))"),
      handelingen(S(R"((?i:handelingen)(?: (?P<ch>II|I|TK|EK)\b)?,? (?:)") + kVjWord + " )?" + Vj("y1", "y2") +
                  R"(,? (?i:nr|nummer)\.? ?(?P<n>\d{1,4})(?:,? (?i:item) (?P<item>\d{1,3}))?)"),
      definition(S(R"((?i:krijgt) (?i:nr|nummer)\.? ?(?P<n>\d{1,5})(?:, ?(?i:was) (?i:nr)\.? ?(?P<was>\d{1,5}))? ?\((?P<d1>)") + kDossier +
                 R"()(?P<s1>-\d{1,3}|-?[A-Z]{1,4}| [IVXLC]{1,6})?\))"),
      short_ref(S(R"((?:\b(?i:motie)s?,? )?\b(?i:op stuk(?:ken)?) (?P<nrkw>(?i:nrs?|nummers?))\.? ?(?P<list>)") +
                NumberList() + R"()(?: ?\((?P<d1>)" + kDossier + R"()\))?)"),
      stb(R"(\b(?P<kw>Stb|Staatsblad|Stcrt|Staatscourant)\.? ?(?P<y>(?:1[89]|20)\d{2}),? (?:(?i:nr)\.? ?)?(?P<n>\d{1,6})\b)"),
      zaak(R"(\b(?P<y>(?:19|20)\d{2})(?P<t>[ZD])(?P<n>\d{5}))"),
      eu(R"(\b(?P<t>[CTF])-(?P<n>\d{1,4})/(?P<y>\d{2})\b)"),
      ecli(R"(\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{0,24}[A-Z0-9])"),
      mention(S(R"(\b(?i:motie)(?:-|(?: (?i:van) )") + kRoleWords + R"()? )(?P<name>)" + kName + ")"),
      submitters(S(R"((?i:deze motie is voorgesteld door) (?i:de leden|het lid) (?P<name>)") + kName + ")"),
      // Historical "(Staatsblad n°. 87)", "Stbl. n°. 6": the year comes from the cited law's date before it.
      stb_old(R"(\b(?:Staatsblad|Stbl?)\.? ?(?:n°|no|nr|N°)\.? ?(?P<n>\d{1,4})\b)"),
      // "gewijzigde motie … (t.v.v. 36200-XV-47)": the motion a gewijzigde motie replaces.
      tvv(S(R"(\b(?i:t\. ?v\. ?v\.?) (?P<d1>)") + kDossier + R"()(?P<s1>-\d{1,3}|-[IVXLC]{1,6}[A-Z]?)?-(?P<n>\d{1,5})\b)"),
      // A whole dossier: "kamerstuk 15 430", "wetsvoorstel 36 410", "dossier 36410", "dossiernummer 36 410",
      // "het voorstel van wet nr. 19 309" (five digits only: four are a year as often as a dossier). What
      // follows decides (kamerstuk_matcher.cc).
      dossier(R"(\b(?P<kw>(?i:kamer-? ?stuk(?:ken)?|wets-? ?voorstel(?:len)?|voorstel van wet|dossier(?:nummer|nr\.?)?))(?: (?i:nr\.?|nummer))? \(?(?P<d1>\d{2} ?\d{3})\b)") {}

CitationPatterns::CitationPatterns() : re_(std::make_unique<Compiled>()) {}
CitationPatterns::~CitationPatterns() = default;

void CitationPatterns::MatchWindow(std::string_view original, const NormalizedText& window, unsigned triggers,
                                   std::size_t guard_front, std::size_t guard_back, std::vector<ScanHit>* hits) const {
  citation_internal::Window win{original, window, window.text, guard_front, guard_back, hits};
  citation_internal::MatchKamerstukken(*re_, win, triggers);
  citation_internal::MatchSeries(*re_, win, triggers);
  citation_internal::MatchMotions(*re_, win, triggers);
}

}  // namespace kamergraaf

#include "graph/node_identity.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace kamergraaf {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    parts.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return parts;
}

// "2026Z03911" (letter 'Z') or "2024D48680" (letter 'D').
bool IsTkNumber(std::string_view id, char letter) {
  return id.size() == 10 && AllDigits(id.substr(0, 4)) && id[4] == letter && AllDigits(id.substr(5));
}

// "20252026" → "2025/26".
std::string SessionYear(std::string_view eight) {
  if (eight.size() != 8 || !AllDigits(eight)) return std::string(eight);
  return fmt::format("{}/{}", eight.substr(0, 4), eight.substr(6, 2));
}

// ah-tk-20252026-597 / h-tk-20192020-45-12: {chamber, year, number, item}.
struct ChamberId {
  bool ok = false;
  std::string_view chamber, year, number, item;
};

ChamberId ParseChamberId(std::string_view id) {
  ChamberId r;
  std::vector<std::string_view> p = Split(id, '-');
  if (p.size() < 4 || p.size() > 5 || (p[1] != "tk" && p[1] != "ek")) return r;
  r.chamber = p[1];
  r.year = p[2];
  r.number = p[3];
  if (p.size() == 5) r.item = p[4];
  r.ok = AllDigits(r.year) && !r.number.empty();
  return r;
}

// The value of query parameter `name` in `url`, or empty.
std::string_view QueryValue(std::string_view url, std::string_view name) {
  std::size_t q = url.find('?');
  if (q == std::string_view::npos) return {};
  for (std::string_view kv : Split(url.substr(q + 1), '&')) {
    std::size_t eq = kv.find('=');
    if (eq != std::string_view::npos && kv.substr(0, eq) == name) return kv.substr(eq + 1);
  }
  return {};
}

std::string_view HostOf(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  return rest.substr(0, rest.find_first_of("/?#"));
}

std::string ShortUrl(std::string_view url) {
  std::string_view host = HostOf(url);
  if (host.empty()) return std::string(url);
  if (StartsWith(host, "www.")) host.remove_prefix(4);
  std::string_view path = url.substr(url.find(host) + host.size());
  std::size_t cut = path.find_first_of("?#");
  if (cut != std::string_view::npos) path = path.substr(0, cut);
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  constexpr std::size_t kMaxPath = 28;
  std::string label(host);
  if (path.size() > kMaxPath) {
    // Keep whole UTF-8 characters: do not cut inside a continuation byte.
    std::size_t n = kMaxPath;
    while (n > 0 && (static_cast<unsigned char>(path[n]) & 0xC0) == 0x80) --n;
    label += std::string(path.substr(0, n)) + "…";
  } else {
    label += path;
  }
  return label;
}

std::string_view KindInWords(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kSchriftelijkOverleg: return "Schriftelijk overleg";
    case DocumentKind::kCommissievragenAntwoorden: return "Antwoorden commissievragen";
    case DocumentKind::kKamervragenAntwoorden: return "Beantwoording Kamervragen";
    case DocumentKind::kHandelingen: return "Handelingen";
    case DocumentKind::kMotie: return "Motie";
    case DocumentKind::kKamerbrief: return "Kamerbrief";
    case DocumentKind::kBncFiche: return "BNC-fiche";
    case DocumentKind::kKamerstuk: return "Kamerstuk";
    case DocumentKind::kAmendement: return "Amendement";
    case DocumentKind::kMemorieVanToelichting: return "Memorie van toelichting";
    case DocumentKind::kMemorieVanAntwoord: return "Memorie van antwoord";
    case DocumentKind::kNotaNaarAanleidingVanVerslag: return "Nota naar aanleiding van het verslag";
    case DocumentKind::kVerslag: return "Verslag";
    case DocumentKind::kVoorlopigVerslag: return "Voorlopig verslag";
    case DocumentKind::kEindverslag: return "Eindverslag";
    case DocumentKind::kNotaVanWijziging: return "Nota van wijziging";
    case DocumentKind::kVoorstelVanWet: return "Voorstel van wet";
    case DocumentKind::kAdviesRaadVanState: return "Advies Raad van State";
    case DocumentKind::kSchriftelijkeVragen: return "Schriftelijke vragen";
    case DocumentKind::kUitstelbericht: return "Uitstelbericht";
    case DocumentKind::kVerslagCommissiedebat: return "Verslag commissiedebat";
    case DocumentKind::kLijstIngekomenStukken: return "Lijst van ingekomen stukken";
    case DocumentKind::kBesluitenlijst: return "Besluitenlijst";
    case DocumentKind::kHandelingenCommissie: return "Handelingen (commissie)";
    case DocumentKind::kUnknown: break;
  }
  return "Document";
}

}  // namespace

NodeKind NodeKindForCitation(CitationKind kind) {
  switch (kind) {
    case CitationKind::kKamerstuk: return NodeKind::kKamerstuk;
    case CitationKind::kMotie: return NodeKind::kMotion;
    case CitationKind::kAanhangsel: return NodeKind::kAanhangsel;
    case CitationKind::kHandelingen: return NodeKind::kHandelingen;
    case CitationKind::kZaak: return NodeKind::kZaak;
    case CitationKind::kTkDocument: return NodeKind::kTkDocument;
    case CitationKind::kDossier: return NodeKind::kDossier;
    case CitationKind::kAmendement: return NodeKind::kAmendement;
    default: return NodeKind::kExternal;
  }
}

NodeKind NodeKindForId(std::string_view id) {
  if (StartsWith(id, "kst-")) return NodeKind::kKamerstuk;
  if (StartsWith(id, "ah-")) return NodeKind::kAanhangsel;
  if (StartsWith(id, "h-")) return NodeKind::kHandelingen;
  if (IsTkNumber(id, 'Z')) return NodeKind::kZaak;
  if (IsTkNumber(id, 'D')) return NodeKind::kTkDocument;
  return NodeKind::kExternal;
}

std::string DossierOfId(std::string_view id) {
  if (!StartsWith(id, "kst-")) return {};
  std::vector<std::string_view> p = Split(id.substr(4), '-');
  if (p.size() < 2 || !AllDigits(p[0])) return {};
  std::string dossier(p[0]);
  for (std::size_t i = 1; i + 1 < p.size(); ++i) dossier += "-" + std::string(p[i]);
  return dossier;
}

std::string NumberOfId(std::string_view id) {
  if (DossierOfId(id).empty()) return {};
  return std::string(id.substr(id.rfind('-') + 1));
}

std::string LabelForId(std::string_view id) {
  if (std::string dossier = DossierOfId(id); !dossier.empty()) {
    return fmt::format("Kamerstuk {}, nr. {}", dossier, NumberOfId(id));
  }
  if (StartsWith(id, "ah-")) {
    ChamberId c = ParseChamberId(id);
    if (c.ok && c.item.empty()) {
      return fmt::format("Aanhangsel {}{} nr. {}", c.chamber == "ek" ? "EK " : "", SessionYear(c.year), c.number);
    }
  }
  if (StartsWith(id, "h-")) {
    ChamberId c = ParseChamberId(id);
    if (c.ok) {
      std::string label = fmt::format("Handelingen {} {}, nr. {}", c.chamber == "ek" ? "I" : "II",
                                      SessionYear(c.year), c.number);
      if (!c.item.empty()) label += fmt::format(", item {}", c.item);
      return label;
    }
  }
  if (IsTkNumber(id, 'Z')) return fmt::format("Zaak {}", id);
  if (IsTkNumber(id, 'D')) return fmt::format("TK-document {}", id);
  for (auto [prefix, name] : {std::pair<std::string_view, std::string_view>{"stb-", "Stb."}, {"stcrt-", "Stcrt."}}) {
    if (!StartsWith(id, prefix)) continue;
    std::vector<std::string_view> p = Split(id.substr(prefix.size()), '-');
    if (p.size() == 2) return fmt::format("{} {}, {}", name, p[0], p[1]);
  }
  if (StartsWith(id, "eu-case-")) return fmt::format("HvJ EU {}", id.substr(8));
  if (StartsWith(id, "url:")) return ShortUrl(id.substr(4));
  return std::string(id);
}

std::string MotionLabel(std::string_view id, const std::vector<std::string>& submitters) {
  std::string where = DossierOfId(id).empty() ? std::string(id)
                                              : fmt::format("{}, nr. {}", DossierOfId(id), NumberOfId(id));
  if (submitters.empty()) return fmt::format("Motie ({})", where);
  return fmt::format("Motie {}{} ({})", submitters.front(), submitters.size() > 1 ? " c.s." : "", where);
}

namespace {

// "sgd-0000360214", "9f3a07c2e1": a serial number or a hash tells a reader nothing.
bool IsOpaqueFileName(std::string_view stem) {
  int run = 0, longest = 0, digits = 0;
  for (char c : stem) {
    run = std::isxdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    longest = std::max(longest, run);
    digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  return longest >= 6 && digits >= 4;
}

}  // namespace

std::string DocumentLabel(const Document& doc) {
  std::string_view kind = KindInWords(doc.kind);
  if (!doc.title.empty()) {  // its kind travels beside it (doc_kind)
    const bool bare_type = std::count(doc.title.begin(), doc.title.end(), ' ') < 4;
    return doc.has_official_id || doc.date.empty() || !bare_type ? doc.title
                                                                  : fmt::format("{} ({})", doc.title, doc.date);
  }
  std::string_view base = doc.path;
  if (std::size_t slash = base.find_last_of('/'); slash != std::string_view::npos) base.remove_prefix(slash + 1);
  if (doc.has_official_id) return LabelForId(doc.id);
  if (IsOpaqueFileName(base.substr(0, base.find_last_of('.')))) {
    return doc.date.empty() ? std::string(kind) : fmt::format("{}, {}", kind, doc.date);
  }
  return fmt::format("{}: {}", kind, base);
}

std::string UrlForId(std::string_view id) {
  constexpr std::string_view kOfficial = "https://zoek.officielebekendmakingen.nl/";
  if (!DossierOfId(id).empty() || StartsWith(id, "ah-") || StartsWith(id, "h-") || StartsWith(id, "stb-") ||
      StartsWith(id, "stcrt-")) {
    return fmt::format("{}{}.html", kOfficial, id);
  }
  if (IsTkNumber(id, 'Z')) return fmt::format("https://www.tweedekamer.nl/kamerstukken/detail?id={}", id);
  if (IsTkNumber(id, 'D')) return fmt::format("https://www.tweedekamer.nl/kamerstukken/detail?did={}", id);
  if (StartsWith(id, "ECLI:NL:")) return fmt::format("https://uitspraken.rechtspraak.nl/details?id={}", id);
  if (StartsWith(id, "url:https://") || StartsWith(id, "url:http://")) return std::string(id.substr(4));
  return {};
}

std::string NodeUrl(const Node& node) {
  if (!node.url.empty()) return node.url.str();
  return UrlForId(node.id);
}

std::string ParliamentaryIdOfUrl(std::string_view url_id) {
  if (!StartsWith(url_id, "url:")) return {};
  std::string_view url = url_id.substr(4);
  std::string host(HostOf(url));
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host == "www.tweedekamer.nl" || host == "tweedekamer.nl") {
    if (std::string_view did = QueryValue(url, "did"); IsTkNumber(did, 'D')) return std::string(did);
    if (std::string_view zid = QueryValue(url, "id"); IsTkNumber(zid, 'Z')) return std::string(zid);
    return {};
  }
  if (host == "zoek.officielebekendmakingen.nl" || host == "officielebekendmakingen.nl") {
    std::string_view path = url.substr(url.find(host) + host.size());
    if (!path.empty() && path.front() == '/') path.remove_prefix(1);
    path = path.substr(0, path.find_first_of("?#"));
    if (path.size() > 5 && path.substr(path.size() - 5) == ".html") path.remove_suffix(5);
    if (path.find('/') != std::string_view::npos) return {};
    bool chamber = (StartsWith(path, "ah-") || StartsWith(path, "h-")) && ParseChamberId(path).ok;
    if (!DossierOfId(path).empty() || chamber) return std::string(path);
  }
  return {};
}

}  // namespace kamergraaf

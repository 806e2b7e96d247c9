#include "corpus/opendata_join.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "corpus/vote_placement.h"
#include "parse/canonical_id.h"

namespace kamergraaf {
namespace {

// "2024-01-17T00:00:00+01:00" → "2024-01-17" (the API's local date).
std::string DatePart(std::string_view timestamp) {
  if (timestamp.size() < 10 || timestamp[4] != '-' || timestamp[7] != '-') return {};
  return std::string(timestamp.substr(0, 10));
}

// True when `text` begins with the heading `prefix`, case folded for ASCII and for the accented capitals
// of UTF-8's Latin-1 block ("Motie van het lid Kröger c.s. over …" begins with "MOTIE VAN HET LID KRÖGER
// C.S."); a heading's " ter vervanging van …" (said as "(t.v.v. …)" in the subject) is not compared.
bool StartsWithFolded(std::string_view text, std::string_view prefix) {
  auto fold = [](std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(out[i]);
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
      if (c == 0xC3 && i + 1 < out.size()) {
        unsigned char d = static_cast<unsigned char>(out[i + 1]);
        if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
        ++i;
      }
    }
    return out;
  };
  std::string head = fold(prefix), body = fold(text);
  if (std::size_t tvv = head.find(" ter vervanging van "); tvv != std::string::npos) head.resize(tvv);
  if (head.size() > 5 && head.compare(head.size() - 5, 5, " c.s.") == 0) head.resize(head.size() - 5);
  return !head.empty() && body.compare(0, head.size(), head) == 0;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

// File name without folder and extension.
std::string_view Stem(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  std::size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return path;
}

DocumentKind KindFromSoort(std::string_view soort) {
  static const std::pair<std::string_view, DocumentKind> kKinds[] = {
      {"Motie", DocumentKind::kMotie},
      {"Motie (gewijzigd/nader)", DocumentKind::kMotie},
      {"Amendement", DocumentKind::kAmendement},
      {"Gewijzigd amendement", DocumentKind::kAmendement},
      {"Brief regering", DocumentKind::kKamerbrief},
      {"Schriftelijke vragen", DocumentKind::kSchriftelijkeVragen},
      {"Antwoord schriftelijke vragen", DocumentKind::kKamervragenAntwoorden},
      {"Mededeling (uitstel antwoord)", DocumentKind::kUitstelbericht},
      {"Voorstel van wet", DocumentKind::kVoorstelVanWet},
      {"Koninklijke boodschap", DocumentKind::kVoorstelVanWet},
      {"Memorie van toelichting", DocumentKind::kMemorieVanToelichting},
      {"Memorie van antwoord", DocumentKind::kMemorieVanAntwoord},
      {"Nota n.a.v. het (nader/tweede nader/enz.) verslag", DocumentKind::kNotaNaarAanleidingVanVerslag},
      {"Nota van wijziging", DocumentKind::kNotaVanWijziging},
      {"Verslag van een schriftelijk overleg", DocumentKind::kSchriftelijkOverleg},
      {"Verslag van een commissiedebat", DocumentKind::kVerslagCommissiedebat},
      {"Lijst van ingekomen stukken", DocumentKind::kLijstIngekomenStukken},
      {"Besluitenlijst procedurevergadering", DocumentKind::kBesluitenlijst},
      {"Advies Afdeling advisering Raad van State", DocumentKind::kAdviesRaadVanState},
      {"Advies Afdeling advisering Raad van State en Nader rapport", DocumentKind::kAdviesRaadVanState},
      {"Stenogram", DocumentKind::kHandelingen},
  };
  for (const auto& [s, k] : kKinds) {
    if (soort == s) return k;
  }
  return DocumentKind::kUnknown;
}

// Names in a Zaak's Onderwerp: "Motie van het lid Van Vroonhoven over …", "Gewijzigde motie van de leden
// Koekkoek en Podt ter vervanging van …", "… van het lid Bikker c.s. over …".
std::vector<std::string> NamesInOnderwerp(std::string_view onderwerp) {
  std::vector<std::string> out;
  std::size_t start = std::string_view::npos;
  for (std::string_view lead : {"van het lid ", "van de leden "}) {
    std::size_t at = onderwerp.find(lead);
    if (at != std::string_view::npos && at < start) start = at + lead.size();
  }
  if (start == std::string_view::npos) return out;
  std::string_view rest = onderwerp.substr(start);
  std::size_t end = rest.size();
  for (std::string_view stop : {" over ", " ter vervanging", " (t.v.v.", " inzake ", " om ", " ten "}) {
    end = std::min(end, rest.find(stop));
  }
  rest = rest.substr(0, end);
  // Split on ", " and " en ".
  while (!rest.empty()) {
    std::size_t comma = rest.find(", ");
    std::size_t en = rest.find(" en ");
    std::size_t cut = std::min(comma, en);
    std::string name = Trim(rest.substr(0, cut));
    if (name.size() > 5 && name.compare(name.size() - 5, 5, " c.s.") == 0) name.resize(name.size() - 5);
    if (!name.empty()) out.push_back(name);
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + (cut == comma ? 2 : 4));
  }
  return out;
}

// True when `text_id` is `kst` without the dossier's toevoeging ("kst-36410-64" for "kst-36410-VIII-64"): the
// text said less than the data, not something else.
bool LacksToevoeging(std::string_view text_id, std::string_view kst) {
  auto [text_dossier, text_number] = SplitKstId(text_id);
  auto [dossier, number] = SplitKstId(kst);
  return !text_dossier.empty() && text_number >= 0 && text_number == number &&
         dossier.size() > text_dossier.size() + 1 && dossier.compare(0, text_dossier.size(), text_dossier) == 0 &&
         dossier[text_dossier.size()] == '-';
}

class Joiner {
 public:
  Joiner(const OpenData& data, Corpus* corpus, Diagnostics* diagnostics)
      : data_(data), corpus_(corpus), diagnostics_(diagnostics) {}

  OpenDataJoinStats Run() {
    IndexDocuments();
    vote_of_ = PlaceVotes(data_, diagnostics_);
    LinkStemmingen();
    for (Document& doc : corpus_->documents) JoinDocument(&doc);
    // Motions inside other documents (a debate's motions, by their kst id).
    for (Document& doc : corpus_->documents) {
      for (Motion& m : doc.motions) {
        if (!m.zaak.empty() || m.id.empty()) continue;
        auto it = by_id_.find(m.id);
        if (it == by_id_.end()) continue;
        if (const OdZaak* zaak = MotionZaak(*it->second)) JoinMotion(&doc, *zaak, *it->second, &m);
      }
    }
    return stats_;
  }

 private:
  void IndexDocuments() {
    for (const auto& [id, d] : data_.documents) {
      by_name_.emplace(id, &d);
      for (const OdPublicatie& p : d.publicaties) by_name_.emplace(p.id, &d);
      if (!d.nummer.empty()) by_name_.emplace(d.nummer, &d), by_id_.emplace(d.nummer, &d);
      std::string kst = KstIdOf(d);
      if (!kst.empty()) by_name_.emplace(kst, &d), by_id_.emplace(kst, &d);
    }
    for (const auto& [id, z] : data_.zaken) {
      for (const std::string& did : z.documents) zaken_of_[did].push_back(&z);
    }
    for (const auto& [id, d] : data_.documents) {
      for (const std::string& zid : d.zaken) {
        auto it = data_.zaken.find(zid);
        if (it == data_.zaken.end()) continue;
        auto& v = zaken_of_[id];
        if (std::find(v.begin(), v.end(), &it->second) == v.end()) v.push_back(&it->second);
      }
    }
  }

  void LinkStemmingen() {
    for (const auto& [id, s] : data_.stemmingen) {
      if (!s.besluit.empty()) stemmingen_of_[s.besluit].push_back(&s);
    }
  }

  const OdDocument* FindOdDocument(const Document& doc) const {
    auto it = by_name_.find(std::string(Stem(doc.path)));
    if (it != by_name_.end()) return it->second;
    if (!doc.id.empty()) {
      auto jt = by_id_.find(doc.id);
      if (jt != by_id_.end()) return jt->second;
    }
    return nullptr;
  }

  void Warn(Document* doc, const std::string& message) {
    Diagnostic d{doc->path, 0, Diagnostic::Severity::kWarning, message};
    doc->diagnostics.push_back(d);
    diagnostics_->push_back(std::move(d));
  }

  void JoinDocument(Document* doc) {
    const OdDocument* od = FindOdDocument(*doc);
    if (od == nullptr) return;
    ++stats_.documents;
    const std::string kst = KstIdOf(*od);
    const std::string official = !kst.empty() ? kst : od->nummer;
    const std::string source = "open data (Document " + (od->nummer.empty() ? od->id : od->nummer) + ")";
    if (!official.empty()) {
      if (!doc->has_official_id || LacksToevoeging(doc->id, official)) {
        doc->id = official;
        doc->has_official_id = true;
      } else if (doc->id != official && doc->id != od->nummer) {
        Warn(doc, source + " gives id " + official + " where the text gives " + doc->id);
      }
    }
    DocumentKind kind = KindFromSoort(od->soort);
    if (kind != DocumentKind::kUnknown) {
      if (doc->kind == DocumentKind::kUnknown || doc->kind == DocumentKind::kKamerstuk) {
        doc->kind = kind;
        doc->kind_evidence = source + ": Soort '" + od->soort + "'";
      } else if (doc->kind != kind) {
        Warn(doc, source + " gives kind " + std::string(DocumentKindName(kind)) + " where the text gives " +
                      std::string(DocumentKindName(doc->kind)));
      }
    }
    if (doc->title.empty()) doc->title = Trim(!od->onderwerp.empty() ? od->onderwerp : od->titel);
    std::string date = DatePart(od->datum);
    if (!date.empty()) {
      if (doc->date.empty()) {
        doc->date = date;
        doc->date_evidence = source + ": Datum";
      } else if (doc->date.size() == 10 && doc->date != date) {
        Warn(doc, source + " gives date " + date + " where the text gives " + doc->date);
      }
    }

    const OdZaak* zaak = MotionZaak(*od);
    if (zaak == nullptr) return;
    // The motion of this document: the one with the Document's kst id, or the only one.
    Motion* m = nullptr;
    for (Motion& x : doc->motions) {
      if (!kst.empty() && LacksToevoeging(x.id, kst)) {
        x.id = kst;
        x.dossier = SplitKstId(kst).first;
      }
      if (!kst.empty() && x.id == kst) m = &x;
    }
    if (m == nullptr && doc->motions.size() == 1) {
      m = &doc->motions.front();
      if (m->id.empty()) {
        m->id = kst;
        auto [dossier, number] = SplitKstId(kst);
        if (m->dossier.empty()) m->dossier = dossier;
        if (m->number.empty() && number >= 0) m->number = std::to_string(number);
      } else if (!kst.empty() && m->id != kst && m->id != doc->id) {  // a document id mismatch is said above
        Warn(doc, "open data (Zaak " + zaak->nummer + ") gives motion id " + kst + " where the text gives " + m->id);
      }
    }
    if (m == nullptr && doc->motions.empty() && !kst.empty()) {
      Motion made;
      made.id = kst;
      auto [dossier, number] = SplitKstId(kst);
      made.dossier = dossier;
      made.number = number >= 0 ? std::to_string(number) : std::string();
      made.line = 1;
      doc->motions.push_back(std::move(made));
      m = &doc->motions.back();
    }
    if (m == nullptr) return;
    JoinMotion(doc, *zaak, *od, m);
  }

  // The Motie Zaak of an open-data Document, or nullptr.
  const OdZaak* MotionZaak(const OdDocument& od) const {
    auto zit = zaken_of_.find(od.id);
    if (zit == zaken_of_.end()) return nullptr;
    for (const OdZaak* z : zit->second) {
      if (z->soort == "Motie") return z;
    }
    return nullptr;
  }

  void JoinMotion(Document* doc, const OdZaak& zaak, const OdDocument& od, Motion* m) {
    ++stats_.motions;
    const std::string source = "open data (Zaak " + zaak.nummer + ")";
    if (m->zaak.empty()) m->zaak = zaak.nummer;
    // The text's title line is often only its heading ("MOTIE VAN HET LID BIKKER C.S."); the zaak's subject
    // says the same and what the motion is about, so it replaces a heading it begins with.
    if (m->title.empty() || StartsWithFolded(Trim(zaak.onderwerp), m->title)) m->title = Trim(zaak.onderwerp);
    std::string date = DatePart(od.datum);
    if (m->date.empty()) {
      m->date = date;
    } else if (!date.empty() && m->date != date) {
      Warn(doc, source + " gives date " + date + " for " + m->id + " where the text gives " + m->date);
    }
    if (m->submitters.empty()) {
      for (const std::string& name : zaak.indieners) {
        if (name.rfind("persoon:", 0) != 0) {
          m->submitters.push_back(name);
          continue;
        }
        auto p = data_.personen.find(name.substr(8));
        std::string resolved = p != data_.personen.end() ? PersoonName(p->second) : "";
        if (!resolved.empty()) m->submitters.push_back(resolved);
      }
      if (m->submitters.empty()) m->submitters = NamesInOnderwerp(zaak.onderwerp);
    }
    std::string_view advice = VerdictFromAppreciatie(zaak.kabinetsappreciatie);
    if (!advice.empty()) {
      // An outcome word in `verdict` says nothing about the advice.
      if (m->verdict.empty() || m->verdict == "aangenomen" || m->verdict == "verworpen") {
        m->verdict = std::string(advice);
        m->verdict_line = 0;
        ++stats_.verdicts;
      } else if (m->verdict != advice) {
        Warn(doc, source + " gives the cabinet's advice '" + zaak.kabinetsappreciatie + "' for " + m->id +
                      " where the text gives " + m->verdict);
      }
    }
    auto vit = vote_of_.find(zaak.id);
    if (vit == vote_of_.end()) return;
    const OdBesluit& b = *vit->second;
    std::string_view outcome = OutcomeFromBesluitSoort(b.soort);
    if (outcome.empty()) return;
    if (m->outcome.empty()) {
      m->outcome = std::string(outcome);
      m->outcome_line = 0;
      ++stats_.outcomes;
    } else if (m->outcome != outcome) {
      Warn(doc, source + " gives the vote '" + b.soort + "' for " + m->id + " where the text gives " + m->outcome);
      return;
    }
    if (m->outcome_date.empty()) {
      std::string when;
      auto ait = data_.agendapunten.find(b.agendapunt);
      if (ait != data_.agendapunten.end()) {
        auto act = data_.activiteiten.find(ait->second.activiteit);
        if (act != data_.activiteiten.end()) when = DatePart(act->second.datum);
      }
      m->outcome_date = !when.empty() ? when : DatePart(b.gewijzigd_op);
    }
    if (m->votes.empty()) m->votes = Votes(b);
  }

  std::vector<Motion::Vote> Votes(const OdBesluit& b) const {
    std::vector<Motion::Vote> out;
    auto it = stemmingen_of_.find(b.id);
    if (it == stemmingen_of_.end()) return out;
    bool hoofdelijk = b.stemmingssoort == "Hoofdelijk";
    std::map<std::pair<std::string, std::string>, int> seats;  // (fractie, side) → seats
    for (const OdStemming* s : it->second) {
      std::string side = s->soort;
      std::transform(side.begin(), side.end(), side.begin(), [](unsigned char c) { return std::tolower(c); });
      seats[{s->fractie, side}] += (hoofdelijk || !s->persoon.empty()) ? 1 : s->fractie_grootte;
    }
    for (const auto& [key, n] : seats) {
      Motion::Vote v;
      v.party = key.first;
      v.side = key.second;
      v.seats = n;
      out.push_back(std::move(v));
    }
    return out;
  }

  const OpenData& data_;
  Corpus* corpus_;
  Diagnostics* diagnostics_;
  OpenDataJoinStats stats_;
  std::unordered_map<std::string, const OdDocument*> by_name_;  // file stem → Document
  std::unordered_map<std::string, const OdDocument*> by_id_;    // kst id / DocumentNummer → Document
  std::unordered_map<std::string, std::vector<const OdZaak*>> zaken_of_;  // Document id → Zaken
  std::unordered_map<std::string, const OdBesluit*> vote_of_;             // Zaak id → vote Besluit
  std::unordered_map<std::string, std::vector<const OdStemming*>> stemmingen_of_;  // Besluit id → votes
};

}  // namespace

std::string_view VerdictFromAppreciatie(std::string_view a) {
  if (a == "Ontraden") return "ontraden";
  if (a == "Oordeel Kamer") return "oordeel Kamer";
  if (a == "Overgenomen") return "overgenomen";
  if (a == "Verzocht motie aan te houden") return "aangehouden";
  return {};
}

std::string_view OutcomeFromBesluitSoort(std::string_view soort) {
  if (soort == "Stemmen - aangenomen") return "aangenomen";
  if (soort == "Stemmen - verworpen") return "verworpen";
  return {};
}

std::string KstIdOf(const OdDocument& doc) {
  if (doc.externe_identifier.rfind("kst-", 0) == 0) return doc.externe_identifier;
  if (!doc.dossier_nummer.empty() && !doc.volgnummer.empty()) {
    return KamerstukId(doc.dossier_nummer, DossierSuffix(doc.dossier_toevoeging), doc.volgnummer);
  }
  return {};
}

OpenDataJoinStats JoinOpenData(const OpenData& data, Corpus* corpus, Diagnostics* diagnostics) {
  return Joiner(data, corpus, diagnostics).Run();
}

}  // namespace kamergraaf

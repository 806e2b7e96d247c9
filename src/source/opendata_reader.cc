#include "source/opendata_reader.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace kamergraaf {
namespace {

using json = nlohmann::json;

enum class Entity { kUnknown, kZaak, kDocument, kBesluit, kStemming, kAgendapunt, kActiviteit, kPersoon, kFractie,
                    kOther };

Entity EntityByName(std::string_view name) {
  static const std::pair<std::string_view, Entity> kNames[] = {
      {"Zaak", Entity::kZaak},         {"Document", Entity::kDocument},     {"Besluit", Entity::kBesluit},
      {"Stemming", Entity::kStemming}, {"Agendapunt", Entity::kAgendapunt}, {"Activiteit", Entity::kActiviteit},
      {"Persoon", Entity::kPersoon},   {"Fractie", Entity::kFractie}};
  for (const auto& [n, e] : kNames) {
    if (name == n) return e;
  }
  return Entity::kOther;
}

// "https://…/$metadata#Stemming(Besluit(…))" → Stemming; "…#Zaak/$entity" → Zaak; "…#Zaak" → Zaak.
Entity EntityFromContext(std::string_view context) {
  std::size_t hash = context.find("$metadata#");
  if (hash == std::string_view::npos) return Entity::kUnknown;
  std::string_view rest = context.substr(hash + 10);
  std::size_t end = rest.find_first_of("(/");
  return EntityByName(rest.substr(0, end));
}

// The entity set of a record without context, by the fields only it has.
Entity EntityFromFields(const json& r) {
  if (!r.is_object()) return Entity::kUnknown;
  if (r.contains("BesluitSoort") || r.contains("AgendapuntZaakBesluitVolgorde")) return Entity::kBesluit;
  if (r.contains("FractieGrootte") || r.contains("ActorFractie")) return Entity::kStemming;
  if (r.contains("DocumentNummer")) return Entity::kDocument;
  if (r.contains("Kabinetsappreciatie") || (r.contains("Nummer") && r.contains("GestartOp"))) return Entity::kZaak;
  if (r.contains("Achternaam")) return Entity::kPersoon;
  if (r.contains("AantalZetels") || (r.contains("Afkorting") && r.contains("NaamNL"))) return Entity::kFractie;
  if (r.contains("Voortouwnaam") || r.contains("DatumSoort")) return Entity::kActiviteit;
  if (r.contains("Rubriek") && r.contains("Volgorde")) return Entity::kAgendapunt;
  // Another entity set of the API (Vergadering, Kamerstukdossier, …): a GUID Id and the API's timestamps.
  if (r.contains("Id") && (r.contains("ApiGewijzigdOp") || r.contains("GewijzigdOp"))) return Entity::kOther;
  return Entity::kUnknown;
}

std::string Str(const json& r, const char* key) {
  auto it = r.find(key);
  if (it == r.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

long long Int(const json& r, const char* key, long long fallback) {
  auto it = r.find(key);
  if (it == r.end() || !it->is_number()) return fallback;
  return it->get<long long>();
}

// The expanded navigation property `key` as a list of objects (one object or an array of them).
std::vector<const json*> Nav(const json& r, const char* key) {
  std::vector<const json*> out;
  auto it = r.find(key);
  if (it == r.end()) return out;
  if (it->is_object()) out.push_back(&*it);
  if (it->is_array()) {
    for (const json& x : *it) {
      if (x.is_object()) out.push_back(&x);
    }
  }
  return out;
}

}  // namespace

std::string PersoonName(const OdPersoon& p) {
  if (p.achternaam.empty()) return {};
  std::string t = p.tussenvoegsel;
  if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
  return t.empty() ? p.achternaam : t + " " + p.achternaam;
}

namespace {

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}
void Fill(std::string* into, const std::string& from) {
  if (into->empty()) *into = from;
}

class Reader {
 public:
  explicit Reader(OpenData* out) : out_(out) {}

  // Reads a record of entity `e` and returns its Id ("" when it has none).
  std::string Read(Entity e, const json& r) {
    if (!r.is_object()) return {};
    switch (e) {
      case Entity::kZaak: return ReadZaak(r);
      case Entity::kDocument: return ReadDocument(r);
      case Entity::kBesluit: return ReadBesluit(r);
      case Entity::kStemming: return ReadStemming(r);
      case Entity::kAgendapunt: return ReadAgendapunt(r);
      case Entity::kActiviteit: return ReadActiviteit(r);
      case Entity::kPersoon: return ReadPersoon(r);
      case Entity::kFractie: return ReadFractie(r);
      case Entity::kOther:
      case Entity::kUnknown: return Str(r, "Id");
    }
    return {};
  }

 private:
  std::string ReadZaak(const json& r) {
    std::string id = Str(r, "Id");
    if (id.empty()) return id;
    OdZaak& z = out_->zaken[id];
    z.id = id;
    Fill(&z.nummer, Str(r, "Nummer"));
    Fill(&z.soort, Str(r, "Soort"));
    Fill(&z.onderwerp, Str(r, "Onderwerp"));
    Fill(&z.titel, Str(r, "Titel"));
    Fill(&z.kabinetsappreciatie, Str(r, "Kabinetsappreciatie"));
    Fill(&z.gestart_op, Str(r, "GestartOp"));
    for (const json* d : Nav(r, "Document")) {
      std::string did = ReadDocument(*d);
      if (did.empty()) continue;
      AddUnique(&out_->zaken[id].documents, did);
      AddUnique(&out_->documents[did].zaken, id);
    }
    for (const json* b : Nav(r, "Besluit")) {
      std::string bid = ReadBesluit(*b);
      if (bid.empty()) continue;
      AddUnique(&out_->zaken[id].besluiten, bid);
      AddUnique(&out_->besluiten[bid].zaken, id);
    }
    for (const json* a : Nav(r, "ZaakActor")) {
      std::string relatie = Str(*a, "Relatie");
      if (relatie != "Indiener" && relatie != "Medeindiener") continue;
      std::string name;
      for (const json* p : Nav(*a, "Persoon")) {
        std::string pid = ReadPersoon(*p);
        if (!pid.empty()) name = PersoonName(out_->personen[pid]);
      }
      if (name.empty() && !Str(*a, "Persoon_Id").empty()) name = "persoon:" + Str(*a, "Persoon_Id");
      if (name.empty()) name = Str(*a, "ActorNaam");
      AddUnique(&out_->zaken[id].indieners, name);
    }
    for (const json* k : Nav(r, "Kamerstukdossier")) {
      OdZaak& zz = out_->zaken[id];
      Fill(&zz.dossier_nummer, Str(*k, "Nummer"));
      Fill(&zz.dossier_toevoeging, Str(*k, "Toevoeging"));
    }
    return id;
  }

  std::string ReadDocument(const json& r) {
    std::string id = Str(r, "Id");
    if (id.empty()) return id;
    OdDocument& d = out_->documents[id];
    d.id = id;
    Fill(&d.nummer, Str(r, "DocumentNummer"));
    Fill(&d.soort, Str(r, "Soort"));
    Fill(&d.titel, Str(r, "Titel"));
    Fill(&d.onderwerp, Str(r, "Onderwerp"));
    Fill(&d.datum, Str(r, "Datum"));
    Fill(&d.volgnummer, Str(r, "Volgnummer"));
    Fill(&d.content_type, Str(r, "ContentType"));
    if (d.content_length < 0) d.content_length = Int(r, "ContentLength", -1);
    for (const json* v : Nav(r, "HuidigeDocumentVersie")) {
      Fill(&d.externe_identifier, Str(*v, "ExterneIdentifier"));
      for (const json* p : Nav(*v, "DocumentPublicatie")) {
        OdPublicatie pub{Str(*p, "Id"), Str(*p, "FileName"), Str(*p, "DocumentType"), Str(*p, "ContentType"),
                         Int(*p, "ContentLength", -1)};
        if (pub.id.empty()) continue;
        bool known = std::any_of(d.publicaties.begin(), d.publicaties.end(),
                                 [&](const OdPublicatie& q) { return q.id == pub.id; });
        if (!known) d.publicaties.push_back(std::move(pub));
      }
    }
    for (const json* k : Nav(r, "Kamerstukdossier")) {
      Fill(&d.dossier_nummer, Str(*k, "Nummer"));
      Fill(&d.dossier_toevoeging, Str(*k, "Toevoeging"));
    }
    for (const json* z : Nav(r, "Zaak")) {
      std::string zid = ReadZaak(*z);
      if (zid.empty()) continue;
      AddUnique(&out_->documents[id].zaken, zid);
      AddUnique(&out_->zaken[zid].documents, id);
    }
    return id;
  }

  std::string ReadBesluit(const json& r) {
    std::string id = Str(r, "Id");
    if (id.empty()) return id;
    OdBesluit& b = out_->besluiten[id];
    b.id = id;
    Fill(&b.agendapunt, Str(r, "Agendapunt_Id"));
    Fill(&b.soort, Str(r, "BesluitSoort"));
    Fill(&b.tekst, Str(r, "BesluitTekst"));
    Fill(&b.stemmingssoort, Str(r, "StemmingsSoort"));
    Fill(&b.gewijzigd_op, Str(r, "GewijzigdOp"));
    if (b.volgorde == 0) b.volgorde = static_cast<int>(Int(r, "AgendapuntZaakBesluitVolgorde", 0));
    for (const json* a : Nav(r, "Agendapunt")) {
      std::string aid = ReadAgendapunt(*a);
      if (!aid.empty()) Fill(&out_->besluiten[id].agendapunt, aid);
    }
    for (const json* z : Nav(r, "Zaak")) {
      std::string zid = ReadZaak(*z);
      if (zid.empty()) continue;
      AddUnique(&out_->besluiten[id].zaken, zid);
      AddUnique(&out_->zaken[zid].besluiten, id);
    }
    for (const json* s : Nav(r, "Stemming")) {
      std::string sid = ReadStemming(*s);
      if (!sid.empty()) Fill(&out_->stemmingen[sid].besluit, id);
    }
    return id;
  }

  std::string ReadStemming(const json& r) {
    std::string id = Str(r, "Id");
    if (id.empty()) return id;
    OdStemming& s = out_->stemmingen[id];
    s.id = id;
    Fill(&s.besluit, Str(r, "Besluit_Id"));
    Fill(&s.soort, Str(r, "Soort"));
    Fill(&s.fractie, Str(r, "ActorFractie"));
    Fill(&s.actor_naam, Str(r, "ActorNaam"));
    Fill(&s.persoon, Str(r, "Persoon_Id"));
    if (s.fractie_grootte == 0) s.fractie_grootte = static_cast<int>(Int(r, "FractieGrootte", 0));
    auto v = r.find("Vergissing");
    if (v != r.end() && v->is_boolean()) s.vergissing = v->get<bool>();
    for (const json* b : Nav(r, "Besluit")) {
      std::string bid = ReadBesluit(*b);
      if (!bid.empty()) Fill(&out_->stemmingen[id].besluit, bid);
    }
    for (const json* f : Nav(r, "Fractie")) {
      std::string fid = ReadFractie(*f);
      OdStemming& ss = out_->stemmingen[id];
      if (!fid.empty() && ss.fractie.empty()) ss.fractie = out_->fracties[fid].afkorting;
    }
    for (const json* p : Nav(r, "Persoon")) {
      std::string pid = ReadPersoon(*p);
      if (!pid.empty()) Fill(&out_->stemmingen[id].persoon, pid);
    }
    return id;
  }

  std::string ReadAgendapunt(const json& r) {
    std::string id = Str(r, "Id");
    if (id.empty()) return id;
    OdAgendapunt& a = out_->agendapunten[id];
    a.id = id;
    Fill(&a.nummer, Str(r, "Nummer"));
    Fill(&a.onderwerp, Str(r, "Onderwerp"));
    Fill(&a.activiteit, Str(r, "Activiteit_Id"));
    for (const json* z : Nav(r, "Zaak")) {
      std::string zid = ReadZaak(*z);
      if (!zid.empty()) AddUnique(&out_->agendapunten[id].zaken, zid);
    }
    for (const json* act : Nav(r, "Activiteit")) {
      std::string aid = ReadActiviteit(*act);
      if (!aid.empty()) Fill(&out_->agendapunten[id].activiteit, aid);
    }
    return id;
  }

  std::string ReadActiviteit(const json& r) {
    std::string id = Str(r, "Id");
    if (id.empty()) return id;
    OdActiviteit& a = out_->activiteiten[id];
    a.id = id;
    Fill(&a.nummer, Str(r, "Nummer"));
    Fill(&a.soort, Str(r, "Soort"));
    Fill(&a.onderwerp, Str(r, "Onderwerp"));
    Fill(&a.datum, Str(r, "Datum"));
    for (const json* ap : Nav(r, "Agendapunt")) {
      std::string aid = ReadAgendapunt(*ap);
      if (!aid.empty()) Fill(&out_->agendapunten[aid].activiteit, id);
    }
    return id;
  }

  std::string ReadPersoon(const json& r) {
    std::string id = Str(r, "Id");
    if (id.empty()) return id;
    OdPersoon& p = out_->personen[id];
    p.id = id;
    Fill(&p.achternaam, Str(r, "Achternaam"));
    Fill(&p.tussenvoegsel, Str(r, "Tussenvoegsel"));
    Fill(&p.roepnaam, Str(r, "Roepnaam"));
    Fill(&p.initialen, Str(r, "Initialen"));
    return id;
  }

  std::string ReadFractie(const json& r) {
    std::string id = Str(r, "Id");
    if (id.empty()) return id;
    OdFractie& f = out_->fracties[id];
    f.id = id;
    Fill(&f.afkorting, Str(r, "Afkorting"));
    Fill(&f.naam, Str(r, "NaamNL"));
    if (f.zetels == 0) f.zetels = static_cast<int>(Int(r, "AantalZetels", 0));
    return id;
  }

  OpenData* out_;
};

void MergeLinks(std::vector<std::string>* into, const std::vector<std::string>& from) {
  for (const std::string& s : from) AddUnique(into, s);
}

void MergeRecord(OdZaak* a, OdZaak&& b) {
  for (auto [x, y] : {std::pair{&a->nummer, &b.nummer}, {&a->soort, &b.soort}, {&a->onderwerp, &b.onderwerp},
                      {&a->titel, &b.titel}, {&a->kabinetsappreciatie, &b.kabinetsappreciatie},
                      {&a->gestart_op, &b.gestart_op}, {&a->dossier_nummer, &b.dossier_nummer},
                      {&a->dossier_toevoeging, &b.dossier_toevoeging}}) {
    Fill(x, *y);
  }
  MergeLinks(&a->documents, b.documents);
  MergeLinks(&a->besluiten, b.besluiten);
  MergeLinks(&a->indieners, b.indieners);
}
void MergeRecord(OdDocument* a, OdDocument&& b) {
  for (auto [x, y] : {std::pair{&a->nummer, &b.nummer}, {&a->soort, &b.soort}, {&a->titel, &b.titel},
                      {&a->onderwerp, &b.onderwerp}, {&a->datum, &b.datum}, {&a->volgnummer, &b.volgnummer},
                      {&a->externe_identifier, &b.externe_identifier}, {&a->dossier_nummer, &b.dossier_nummer},
                      {&a->dossier_toevoeging, &b.dossier_toevoeging}, {&a->content_type, &b.content_type}}) {
    Fill(x, *y);
  }
  if (a->content_length < 0) a->content_length = b.content_length;
  if (a->publicaties.empty()) a->publicaties = std::move(b.publicaties);
  MergeLinks(&a->zaken, b.zaken);
}
void MergeRecord(OdBesluit* a, OdBesluit&& b) {
  for (auto [x, y] : {std::pair{&a->agendapunt, &b.agendapunt}, {&a->soort, &b.soort}, {&a->tekst, &b.tekst},
                      {&a->stemmingssoort, &b.stemmingssoort}, {&a->gewijzigd_op, &b.gewijzigd_op}}) {
    Fill(x, *y);
  }
  if (a->volgorde == 0) a->volgorde = b.volgorde;
  MergeLinks(&a->zaken, b.zaken);
}
void MergeRecord(OdStemming* a, OdStemming&& b) {
  for (auto [x, y] : {std::pair{&a->besluit, &b.besluit}, {&a->soort, &b.soort}, {&a->fractie, &b.fractie},
                      {&a->actor_naam, &b.actor_naam}, {&a->persoon, &b.persoon}}) {
    Fill(x, *y);
  }
  if (a->fractie_grootte == 0) a->fractie_grootte = b.fractie_grootte;
}
void MergeRecord(OdAgendapunt* a, OdAgendapunt&& b) {
  for (auto [x, y] : {std::pair{&a->nummer, &b.nummer}, {&a->onderwerp, &b.onderwerp},
                      {&a->activiteit, &b.activiteit}}) {
    Fill(x, *y);
  }
  MergeLinks(&a->zaken, b.zaken);
}
void MergeRecord(OdActiviteit* a, OdActiviteit&& b) {
  for (auto [x, y] : {std::pair{&a->nummer, &b.nummer}, {&a->soort, &b.soort}, {&a->onderwerp, &b.onderwerp},
                      {&a->datum, &b.datum}}) {
    Fill(x, *y);
  }
}
void MergeRecord(OdPersoon* a, OdPersoon&& b) {
  for (auto [x, y] : {std::pair{&a->achternaam, &b.achternaam}, {&a->tussenvoegsel, &b.tussenvoegsel},
                      {&a->roepnaam, &b.roepnaam}, {&a->initialen, &b.initialen}}) {
    Fill(x, *y);
  }
}
void MergeRecord(OdFractie* a, OdFractie&& b) {
  Fill(&a->afkorting, b.afkorting);
  Fill(&a->naam, b.naam);
  if (a->zetels == 0) a->zetels = b.zetels;
}

template <typename Map>
void MergeMap(Map* into, Map&& from) {
  for (auto& [id, rec] : from) {
    auto [it, inserted] = into->try_emplace(id, std::move(rec));
    if (inserted) continue;
    MergeRecord(&it->second, std::move(rec));
  }
}

}  // namespace

void OpenData::Merge(OpenData&& other) {
  MergeMap(&zaken, std::move(other.zaken));
  MergeMap(&documents, std::move(other.documents));
  MergeMap(&besluiten, std::move(other.besluiten));
  MergeMap(&stemmingen, std::move(other.stemmingen));
  MergeMap(&agendapunten, std::move(other.agendapunten));
  MergeMap(&activiteiten, std::move(other.activiteiten));
  MergeMap(&personen, std::move(other.personen));
  MergeMap(&fracties, std::move(other.fracties));
  files += other.files;
}

bool LooksLikeJson(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t i = bytes.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && (bytes[i] == '{' || bytes[i] == '[');
}

OpenDataShape ReadOpenData(std::string_view path, std::string_view bytes, OpenData* out) {
  (void)path;
  if (!LooksLikeJson(bytes)) return OpenDataShape::kNone;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  json doc = json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return OpenDataShape::kNone;

  // The third-party text extraction: {"content": "…", "source": {"publication_id": …}}.
  if (doc.is_object() && doc.contains("content") && doc["content"].is_string() && doc.contains("source") &&
      doc["source"].is_object()) {
    return OpenDataShape::kDerivedText;
  }
  OpenData read;
  Reader reader(&read);
  const json* records = nullptr;
  Entity entity = Entity::kUnknown;
  if (doc.is_object() && doc.contains("@odata.context")) {
    entity = EntityFromContext(Str(doc, "@odata.context"));
    if (entity == Entity::kUnknown) return OpenDataShape::kNone;
    if (doc.contains("value") && doc["value"].is_array()) {
      records = &doc["value"];
    } else {
      reader.Read(entity, doc);  // a single entity ("…#Zaak/$entity")
    }
  } else if (doc.is_array()) {
    if (doc.empty()) return OpenDataShape::kNone;
    entity = EntityFromFields(doc.front());
    if (entity == Entity::kUnknown) return OpenDataShape::kNone;
    records = &doc;
  } else {
    entity = EntityFromFields(doc);
    if (entity == Entity::kUnknown) return OpenDataShape::kNone;
    reader.Read(entity, doc);
  }
  if (records != nullptr) {
    for (const json& r : *records) {
      // Records of a bare array are told apart one by one (a page holds one entity set, but cheap to check).
      reader.Read(entity == Entity::kUnknown ? EntityFromFields(r) : entity, r);
    }
  }
  read.files = 1;
  out->Merge(std::move(read));
  return OpenDataShape::kApi;
}

}  // namespace kamergraaf

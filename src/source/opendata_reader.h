// Reading the Tweede Kamer's open data (the OData v4 "gegevensmagazijn") as metadata, never as a document.
//
// Recognised shapes, for the entity sets Zaak, Document, Besluit, Stemming, Agendapunt, Activiteit, Persoon,
// Fractie (other entity sets, e.g. Vergadering, are recognised and ignored):
//  - an API page: {"@odata.context": ".../$metadata#Stemming(Besluit(...))", "value": [records],
//    "@odata.nextLink": ...}; the entity set is read from the context;
//  - a single entity: {"@odata.context": ".../$metadata#Zaak/$entity", ...} or a bare record;
//  - a bare array of records (pages stored without their envelope).
// Without a context, a record's entity set is told by its fields (BesluitSoort → Besluit, FractieGrootte →
// Stemming, DocumentNummer → Document, Kabinetsappreciatie/GestartOp → Zaak, Achternaam → Persoon, …).
// Expanded navigation properties ($expand) are read recursively and keep their link to the parent record
// (Stemming.Besluit, Besluit.Agendapunt, Agendapunt.Zaak[], Zaak.Document[], Zaak.Besluit[], Besluit.Zaak,
// Besluit.Stemming[], Zaak.ZaakActor[], Document.HuidigeDocumentVersie(.DocumentPublicatie[]),
// Document/Zaak.Kamerstukdossier, Stemming.Fractie, Stemming.Persoon, Agendapunt.Activiteit).
// A record seen several times (a Besluit repeated in every Stemming record) is merged by Id.
#ifndef KAMERGRAAF_SOURCE_OPENDATA_READER_H_
#define KAMERGRAAF_SOURCE_OPENDATA_READER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/diagnostic.h"

namespace kamergraaf {

// Fields are the API's own strings; empty when absent or null. Ids are the API's GUIDs.
struct OdZaak {
  std::string id, nummer, soort, onderwerp, titel, kabinetsappreciatie, gestart_op;
  std::vector<std::string> documents;  // Document ids
  std::vector<std::string> besluiten;  // Besluit ids (Zaak.Besluit expanded)
  // ZaakActor with Relatie "Indiener"/"Medeindiener", in order: the Persoon's name when the Persoon is
  // expanded ("Van der Staaij": Tussenvoegsel capitalised, Achternaam), else "persoon:<Persoon_Id>" when only
  // its id is given (resolved against Persoon records by the join), else ActorNaam as written.
  std::vector<std::string> indieners;
  std::string dossier_nummer, dossier_toevoeging;  // Kamerstukdossier, when expanded
};

struct OdPublicatie {  // DocumentPublicatie: one published form of the document
  std::string id, file_name /* "kst-36196-9.xml" */, document_type /* "Xml", "Pdf" */, content_type;
  long long content_length = -1;
};

struct OdDocument {
  std::string id, nummer /* DocumentNummer */, soort, titel, onderwerp, datum, volgnummer;
  std::string externe_identifier;                  // HuidigeDocumentVersie.ExterneIdentifier ("kst-36196-9")
  std::string dossier_nummer, dossier_toevoeging;  // Kamerstukdossier, when expanded
  std::string content_type;                        // of the Document resource ("application/pdf")
  long long content_length = -1;
  std::vector<OdPublicatie> publicaties;
  std::vector<std::string> zaken;  // Zaak ids (Document.Zaak expanded, or the Zaak it was expanded from)
};

struct OdBesluit {
  std::string id, agendapunt, soort /* BesluitSoort */, tekst, stemmingssoort, gewijzigd_op;
  int volgorde = 0;  // AgendapuntZaakBesluitVolgorde; 0 when absent
  std::vector<std::string> zaken;  // Besluit.Zaak expanded, or the Zaak it was expanded from
};

struct OdStemming {
  std::string id, besluit, soort, fractie /* ActorFractie */, actor_naam, persoon;
  int fractie_grootte = 0;
  bool vergissing = false;
};

struct OdAgendapunt {
  std::string id, nummer, onderwerp, activiteit;
  std::vector<std::string> zaken;  // in the order the API lists them (not the Besluit order)
};

struct OdActiviteit {
  std::string id, nummer, soort, onderwerp, datum;
};

struct OdPersoon {
  std::string id, achternaam, tussenvoegsel, roepnaam, initialen;
};

struct OdFractie {
  std::string id, afkorting, naam;
  int zetels = 0;
};

// Everything read from the open-data inputs of one run, keyed by Id (std::map: iteration is by Id, so
// joins do not depend on file order).
struct OpenData {
  std::map<std::string, OdZaak> zaken;
  std::map<std::string, OdDocument> documents;
  std::map<std::string, OdBesluit> besluiten;
  std::map<std::string, OdStemming> stemmingen;
  std::map<std::string, OdAgendapunt> agendapunten;
  std::map<std::string, OdActiviteit> activiteiten;
  std::map<std::string, OdPersoon> personen;
  std::map<std::string, OdFractie> fracties;
  int files = 0;  // files read into this set

  bool empty() const { return files == 0; }
  // Adds `other`'s records; a record known on both sides keeps this side's non-empty fields and the union
  // of the links.
  void Merge(OpenData&& other);
};

// A member's surname as a motion's title names them: "Van der Staaij" (Tussenvoegsel capitalised), "Jansen".
std::string PersoonName(const OdPersoon& persoon);

enum class OpenDataShape {
  kNone,         // not open data: read the file as a document
  kApi,          // an API page or entity: metadata
  kDerivedText,  // {content, source{document_id, publication_id, …}}: a third party's text extraction of a
                 // publication (the publication itself is the document): skipped
};

// Reads `bytes` (the whole file) when it is open-data JSON. Returns kNone (and leaves *out alone) for
// anything else, including JSON of other shapes and invalid JSON. Records of entity sets kamergraaf does
// not use are counted in no field. Thread-safe.
OpenDataShape ReadOpenData(std::string_view path, std::string_view bytes, OpenData* out);

// True when the bytes start (after a byte-order mark and whitespace) with '{' or '[': worth trying
// ReadOpenData on. Cheap.
bool LooksLikeJson(std::string_view bytes);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_OPENDATA_READER_H_

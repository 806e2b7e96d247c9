// Open-data JSON as metadata (source/opendata_reader.h) and its join to documents (corpus/opendata_join.h),
// on small records written for these tests in the API's shapes.
#include <catch2/catch.hpp>

#include "corpus/opendata_join.h"
#include "source/opendata_reader.h"

namespace kamergraaf {
namespace {

TEST_CASE("ReadOpenData tells the shapes apart", "[opendata]") {
  struct Case {
    const char* name;
    const char* json;
    OpenDataShape shape;
  };
  const Case cases[] = {
      {"page with envelope",
       R"({"@odata.context":"https://x/OData/v4/2.0/$metadata#Besluit","value":[{"Id":"b1","BesluitSoort":"Stemmen - verworpen"}]})",
       OpenDataShape::kApi},
      {"single entity", R"({"@odata.context":"https://x/OData/v4/2.0/$metadata#Zaak/$entity","Id":"z1","Nummer":"2099Z00001"})",
       OpenDataShape::kApi},
      {"bare array of records", R"([{"Id":"s1","Soort":"Voor","ActorFractie":"Partij A","FractieGrootte":5}])",
       OpenDataShape::kApi},
      {"bare record", R"({"Id":"p1","Achternaam":"Jansen","GewijzigdOp":"2024-01-01T00:00:00+01:00"})", OpenDataShape::kApi},
      {"another entity set", R"([{"Id":"v1","VergaderingNummer":3,"ApiGewijzigdOp":"2024-01-01T00:00:00Z"}])",
       OpenDataShape::kApi},
      {"third-party text", R"({"content":"Motie van het lid Jansen","source":{"publication_id":"p"}})",
       OpenDataShape::kDerivedText},
      {"other JSON", R"({"name":"kamergraaf","version":1})", OpenDataShape::kNone},
      {"array of numbers", "[1, 2, 3]", OpenDataShape::kNone},
      {"empty array", "[]", OpenDataShape::kNone},
      {"invalid JSON", R"({"Id": "x",)", OpenDataShape::kNone},
      {"plain text", "Kamerstuk 36999, nr. 12", OpenDataShape::kNone},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    OpenData data;
    CHECK(ReadOpenData("t.json", c.json, &data) == c.shape);
    CHECK(data.files == (c.shape == OpenDataShape::kApi ? 1 : 0));
  }
}

TEST_CASE("Kabinetsappreciatie and BesluitSoort map to verdict and outcome", "[opendata]") {
  const std::pair<const char*, const char*> advice[] = {
      {"Ontraden", "ontraden"},
      {"Oordeel Kamer", "oordeel Kamer"},
      {"Overgenomen", "overgenomen"},
      {"Verzocht motie aan te houden", "aangehouden"},
      {"Niet beschikbaar bij gewijzigde moties en/of amendementen", ""},
      {"Geen (expliciete) appreciatie", ""},
      {"Nog te ontvangen", ""},
      {"", ""},
  };
  for (const auto& [in, out] : advice) CHECK(VerdictFromAppreciatie(in) == out);
  CHECK(OutcomeFromBesluitSoort("Stemmen - aangenomen") == "aangenomen");
  CHECK(OutcomeFromBesluitSoort("Stemmen - verworpen") == "verworpen");
  CHECK(OutcomeFromBesluitSoort("Stemmen - aangehouden").empty());
  CHECK(OutcomeFromBesluitSoort("Agenderen - commissiedebat").empty());
}

TEST_CASE("KstIdOf: ExterneIdentifier, else dossier and volgnummer", "[opendata]") {
  OdDocument d;
  d.externe_identifier = "kst-36999-VII-12";
  CHECK(KstIdOf(d) == "kst-36999-VII-12");
  d.externe_identifier.clear();
  d.dossier_nummer = "36999";
  d.dossier_toevoeging = "VII";
  d.volgnummer = "12";
  CHECK(KstIdOf(d) == "kst-36999-VII-12");
  d.dossier_toevoeging.clear();
  CHECK(KstIdOf(d) == "kst-36999-12");
  d.volgnummer.clear();
  CHECK(KstIdOf(d).empty());
}

// A motion document as the parser would leave it: id and requests, nothing from the data.
Document MotionDocument(const std::string& path, const std::string& id, std::string verdict = "") {
  Document doc;
  doc.path = path;
  doc.id = id;
  doc.has_official_id = true;
  doc.kind = DocumentKind::kMotie;
  Motion m;
  m.id = id;
  m.line = 10;
  m.verdict = std::move(verdict);
  m.requests = {"verzoekt de regering een plan te maken"};
  doc.motions.push_back(m);
  return doc;
}

// A Zaak expanded with its Document and its vote Besluit with two Stemmingen (written for this test).
const char* kZaak = R"J({
  "@odata.context": "https://x/OData/v4/2.0/$metadata#Zaak(Document(HuidigeDocumentVersie()),Besluit(Stemming()))",
  "value": [{
    "Id": "z-1", "Nummer": "2099Z00012", "Soort": "Motie", "Kabinetsappreciatie": "Oordeel Kamer",
    "Onderwerp": "Motie van de leden Jansen en De Vries over een plan ",
    "Document": [{"Id": "d-1", "DocumentNummer": "2099D00012", "Soort": "Motie", "Datum": "2099-03-14T00:00:00+01:00",
                  "Volgnummer": 12, "Onderwerp": "Motie van de leden Jansen en De Vries over een plan",
                  "HuidigeDocumentVersie": {"Id": "v-1", "ExterneIdentifier": "kst-36999-12",
                    "DocumentPublicatie": [{"Id": "pub-1", "DocumentType": "Xml", "FileName": "kst-36999-12.xml"}]}}],
    "Besluit": [{"Id": "b-1", "BesluitSoort": "Stemmen - aangenomen", "StemmingsSoort": "Met handopsteken",
                 "GewijzigdOp": "2099-03-19T15:00:00+01:00",
                 "Stemming": [{"Id": "s-1", "Soort": "Voor", "ActorFractie": "Partij A", "FractieGrootte": 80},
                              {"Id": "s-2", "Soort": "Tegen", "ActorFractie": "Partij B", "FractieGrootte": 70}]}]
  }]})J";

TEST_CASE("JoinOpenData fills a motion from its Zaak where the text says nothing", "[opendata]") {
  OpenData data;
  REQUIRE(ReadOpenData("zaak.json", kZaak, &data) == OpenDataShape::kApi);
  for (const char* path : {"corpus/kst-36999-12.xml", "corpus/pub-1.xml", "corpus/2099D00012.pdf"}) {
    INFO(path);
    Corpus corpus;
    corpus.documents.push_back(MotionDocument(path, "kst-36999-12"));
    Diagnostics diagnostics;
    OpenDataJoinStats stats = JoinOpenData(data, &corpus, &diagnostics);
    CHECK(stats.documents == 1);
    CHECK(stats.motions == 1);
    const Document& doc = corpus.documents[0];
    CHECK(doc.date == "2099-03-14");
    CHECK(doc.title == "Motie van de leden Jansen en De Vries over een plan");
    const Motion& m = doc.motions[0];
    CHECK(m.zaak == "2099Z00012");
    CHECK(m.verdict == "oordeel Kamer");
    CHECK(m.verdict_line == 0);
    CHECK(m.outcome == "aangenomen");
    CHECK(m.outcome_line == 0);
    CHECK(m.outcome_date == "2099-03-19");
    CHECK(m.date == "2099-03-14");
    CHECK(m.title == "Motie van de leden Jansen en De Vries over een plan");
    CHECK(m.submitters == std::vector<std::string>{"Jansen", "De Vries"});
    REQUIRE(m.votes.size() == 2);
    CHECK(m.votes[0].party == "Partij A");
    CHECK(m.votes[0].seats == 80);
    CHECK(m.votes[0].side == "voor");
    CHECK(m.votes[1].side == "tegen");
    CHECK(diagnostics.empty());
  }
}

TEST_CASE("JoinOpenData takes submitters from ZaakActor and Persoon", "[opendata]") {
  const char* zaak = R"J({"@odata.context": "https://x/$metadata#Zaak(Document(HuidigeDocumentVersie()),ZaakActor(Persoon()))",
    "value": [{"Id": "z-2", "Nummer": "2099Z00013", "Soort": "Motie", "Onderwerp": "Motie van het lid Staaij over iets",
      "Document": [{"Id": "d-2", "HuidigeDocumentVersie": {"ExterneIdentifier": "kst-36999-13"}}],
      "ZaakActor": [{"Relatie": "Indiener", "ActorNaam": "Staaij van der, K.",
                     "Persoon": {"Id": "p-1", "Achternaam": "Staaij", "Tussenvoegsel": "van der"}},
                    {"Relatie": "Medeindiener", "ActorNaam": "x", "Persoon_Id": "p-2"},
                    {"Relatie": "Volgcommissie", "ActorNaam": "commissie"}]}]})J";
  const char* personen = R"J([{"Id": "p-2", "Achternaam": "Dijk", "Tussenvoegsel": "van", "GewijzigdOp": "2099-01-01"}])J";
  OpenData data;
  REQUIRE(ReadOpenData("zaak.json", zaak, &data) == OpenDataShape::kApi);
  REQUIRE(ReadOpenData("personen.json", personen, &data) == OpenDataShape::kApi);
  Corpus corpus;
  corpus.documents.push_back(MotionDocument("c/kst-36999-13.xml", "kst-36999-13"));
  Diagnostics diagnostics;
  JoinOpenData(data, &corpus, &diagnostics);
  CHECK(corpus.documents[0].motions[0].submitters == std::vector<std::string>{"Van der Staaij", "Van Dijk"});
}

TEST_CASE("JoinOpenData joins a motion submitted in a debate by its kst id", "[opendata]") {
  OpenData data;
  REQUIRE(ReadOpenData("zaak.json", kZaak, &data) == OpenDataShape::kApi);
  Corpus corpus;
  Document debate = MotionDocument("corpus/handelingen.txt", "kst-36999-12");
  debate.id = "ah-tk-20982099-55-7";
  debate.kind = DocumentKind::kHandelingen;
  debate.motions[0].submitters = {"Jansen"};
  corpus.documents.push_back(debate);
  Diagnostics diagnostics;
  JoinOpenData(data, &corpus, &diagnostics);
  const Document& doc = corpus.documents[0];
  CHECK(doc.id == "ah-tk-20982099-55-7");  // the debate keeps its identity
  CHECK(doc.kind == DocumentKind::kHandelingen);
  CHECK(doc.motions[0].zaak == "2099Z00012");
  CHECK(doc.motions[0].verdict == "oordeel Kamer");
  CHECK(doc.motions[0].outcome == "aangenomen");
  CHECK(doc.motions[0].submitters == std::vector<std::string>{"Jansen"});  // the text's, kept
}

TEST_CASE("JoinOpenData keeps the text's verdict and reports the disagreement", "[opendata]") {
  OpenData data;
  REQUIRE(ReadOpenData("zaak.json", kZaak, &data) == OpenDataShape::kApi);
  Corpus corpus;
  corpus.documents.push_back(MotionDocument("corpus/kst-36999-12.xml", "kst-36999-12", "ontraden"));
  Diagnostics diagnostics;
  JoinOpenData(data, &corpus, &diagnostics);
  CHECK(corpus.documents[0].motions[0].verdict == "ontraden");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        "corpus/kst-36999-12.xml: open data (Zaak 2099Z00012) gives the cabinet's advice 'Oordeel Kamer' for "
        "kst-36999-12 where the text gives ontraden");
}

TEST_CASE("JoinOpenData leaves documents the data does not name alone", "[opendata]") {
  OpenData data;
  REQUIRE(ReadOpenData("zaak.json", kZaak, &data) == OpenDataShape::kApi);
  Corpus corpus;
  corpus.documents.push_back(MotionDocument("corpus/other.xml", "kst-36999-13"));
  Diagnostics diagnostics;
  CHECK(JoinOpenData(data, &corpus, &diagnostics).documents == 0);
  CHECK(corpus.documents[0].motions[0].verdict.empty());
  CHECK(corpus.documents[0].motions[0].zaak.empty());
}

// Vote Besluiten placed by their position on an Agendapunt: the motions ordered by dossier and number, a
// gewijzigde motie in the place of the one it replaces.
TEST_CASE("JoinOpenData places votes by AgendapuntZaakBesluitVolgorde", "[opendata]") {
  const char* zaken = R"J([
    {"Id": "za", "Nummer": "2099Z00001", "Soort": "Motie", "GestartOp": "2099-01-01", "Onderwerp": "Motie van het lid A over x",
     "Document": [{"Id": "da", "DocumentNummer": "2099D00001", "HuidigeDocumentVersie": {"ExterneIdentifier": "kst-36999-5"}}]},
    {"Id": "zb", "Nummer": "2099Z00002", "Soort": "Motie", "GestartOp": "2099-01-01",
     "Onderwerp": "Gewijzigde motie van het lid B over y (t.v.v. 36999-3)",
     "Document": [{"Id": "db", "DocumentNummer": "2099D00002", "HuidigeDocumentVersie": {"ExterneIdentifier": "kst-36999-9"}}]},
    {"Id": "zc", "Nummer": "2099Z00003", "Soort": "Motie", "GestartOp": "2099-01-01", "Onderwerp": "Motie van het lid C over z",
     "Document": [{"Id": "dc", "DocumentNummer": "2099D00003", "HuidigeDocumentVersie": {"ExterneIdentifier": "kst-36999-4"}}]}
  ])J";
  // Positions: 1 = kst-36999-9 (in the place of nr. 3), 2 = kst-36999-4, 3 = kst-36999-5.
  const char* stemmingen = R"J({"@odata.context": "https://x/$metadata#Stemming(Besluit(Agendapunt(Zaak())))", "value": [
    {"Id": "s1", "Besluit_Id": "b1", "Soort": "Voor", "ActorFractie": "P", "FractieGrootte": 90,
     "Besluit": {"Id": "b1", "Agendapunt_Id": "ap", "BesluitSoort": "Stemmen - aangenomen", "AgendapuntZaakBesluitVolgorde": 1,
                 "GewijzigdOp": "2099-02-01T10:00:00+01:00",
                 "Agendapunt": {"Id": "ap", "Nummer": "2099P00001", "Zaak": [{"Id": "za", "Soort": "Motie"},
                                {"Id": "zb", "Soort": "Motie"}, {"Id": "zc", "Soort": "Motie"}]}}},
    {"Id": "s2", "Besluit_Id": "b3", "Soort": "Tegen", "ActorFractie": "P", "FractieGrootte": 90,
     "Besluit": {"Id": "b3", "Agendapunt_Id": "ap", "BesluitSoort": "Stemmen - verworpen", "AgendapuntZaakBesluitVolgorde": 3,
                 "GewijzigdOp": "2099-02-01T10:00:00+01:00"}}
  ]})J";
  OpenData data;
  REQUIRE(ReadOpenData("zaken.json", zaken, &data) == OpenDataShape::kApi);
  REQUIRE(ReadOpenData("stemmingen.json", stemmingen, &data) == OpenDataShape::kApi);
  Corpus corpus;
  for (const char* id : {"kst-36999-4", "kst-36999-5", "kst-36999-9"}) {
    corpus.documents.push_back(MotionDocument(std::string("c/") + id + ".xml", id));
  }
  Diagnostics diagnostics;
  JoinOpenData(data, &corpus, &diagnostics);
  CHECK(corpus.documents[0].motions[0].outcome.empty());           // kst-36999-4: position 2, no vote
  CHECK(corpus.documents[1].motions[0].outcome == "verworpen");    // kst-36999-5: position 3
  CHECK(corpus.documents[2].motions[0].outcome == "aangenomen");   // kst-36999-9: position 1
  CHECK(corpus.documents[1].motions[0].submitters == std::vector<std::string>{"A"});
}

}  // namespace
}  // namespace kamergraaf

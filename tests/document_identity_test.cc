// Identity, kind, title, date and signer of published documents of every era, read from their own heads
// and feet (issue 14). Every text here is written for the test in the published layouts; none is copied.
#include "parse/document_identity.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analysis/coverage.h"
#include "corpus/document_reader.h"
#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

struct Case {
  std::string name;
  std::string text;
  std::string id;     // "" = the path stays the id
  DocumentKind kind;
  std::string title;
  std::string date;
  std::string date_evidence;
};

TEST_CASE("A document's head and foot give its id, kind, title and date, in every era", "[identity]") {
  const std::vector<Case> cases = {
      {"modern motion head",
       "Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 2023–2024\n40 123\nVeilige wegen\nNr. 17\n"
       "MOTIE VAN HET LID DE BOER\nVoorgesteld 14 maart 2024\nDe Kamer,\ngehoord de beraadslaging,\n"
       "verzoekt de regering, de wegen te verbeteren,\nen gaat over tot de orde van de dag.\nDe Boer\n",
       "kst-40123-17", DocumentKind::kMotie, "MOTIE VAN HET LID DE BOER", "2024-03-14", "Voorgesteld 14 maart 2024"},
      {"kst foot line wins, own number never cited",
       "Veilige wegen\nGEWIJZIGDE MOTIE VAN DE LEDEN JANSEN EN DE VRIES TER\nVERVANGING VAN DIE GEDRUKT ONDER NR. 16\n"
       "Voorgesteld 20 maart 2024\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering, op te schieten,\n"
       "en gaat over tot de orde van de dag.\nkst-40123-18\nISSN 0921 - 7371\n's-Gravenhage 2024\n"
       "Tweede Kamer, vergaderjaar 2023–2024, 40 123, nr. 18\n",
       "kst-40123-18", DocumentKind::kMotie,
       "GEWIJZIGDE MOTIE VAN DE LEDEN JANSEN EN DE VRIES TER VERVANGING VAN DIE GEDRUKT ONDER NR. 16", "2024-03-20",
       "Voorgesteld 20 maart 2024"},
      {"historical head with a chapter",
       "Tweede Kamer der Staten-Generaal\n2\nZitting 1979-1980\nRijksbegroting voor het jaar 1980\n15800\n"
       "Hoofdstuk VII Binnenlandse Zaken\nNr.12\nMEMORIE VAN ANTWOORD Ontvangen 3 maart 1980\nVraag 1\nWaarom?\n",
       "kst-15800-VII-12", DocumentKind::kMemorieVanAntwoord, "MEMORIE VAN ANTWOORD", "1980-03-03",
       "Ontvangen 3 maart 1980"},
      {"session line before the dossier, OCR noise in the chamber",
       "Eerste Kamer der Staten Generaal\n1\nZitting 1976-1977 Nr. 84a\n14 175\nIets over havens\n"
       "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VERKEER1\nVastgesteld 9 mei 1977\n",
       "kst-14175-84a", DocumentKind::kVoorlopigVerslag, "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VERKEER",
       "1977-05-09", "Vastgesteld 9 mei 1977"},
      {"old head without a chamber line",
       "ZITTING 1960—1961 — 6123\nWijziging van een grens\nNOTA VAN WIJZIGING\nNr. 7\nIn artikel 1 vervalt lid 2.\n",
       "kst-6123-7", DocumentKind::kNotaVanWijziging, "NOTA VAN WIJZIGING", "1960",
       "ZITTING 1960—1961 (vergaderjaar only: the year it began)"},
      {"Aanhangsel item",
       "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n2\nAanhangsel van de Handelingen\n"
       "Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n1234\n"
       "Vragen van het lid Bakker (SP) aan de Minister van Financiën over\nde kosten van bruggen (ingezonden 2 mei 2024).\n"
       "Antwoord van Minister Visser (Financiën) (ontvangen 23 mei 2024).\nVraag 1\nKlopt het?\nAntwoord 1\nJa.\n",
       "ah-tk-20232024-1234", DocumentKind::kKamervragenAntwoorden,
       "Vragen van het lid Bakker (SP) aan de Minister van Financiën over de kosten van bruggen", "2024-05-23",
       "ontvangen 23 mei 2024"},
      {"written questions by their zaak",
       "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n"
       "2024Z12345\nVragen van het lid Smit (D66) aan de Minister van Defensie over\nkazernes(ingezonden 4 november 2024)\n"
       "Vraag 1\nHoeveel?\n",
       "2024Z12345", DocumentKind::kSchriftelijkeVragen,
       "Vragen van het lid Smit (D66) aan de Minister van Defensie over kazernes", "2024-11-04",
       "ingezonden 4 november 2024"},
      {"postponement with its Aanhangsel number",
       "AH 321\n2024Z22222\nMededeling van minister Visser (Financiën) (ontvangen 12 november 2024)\n"
       "De vragen kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.\n",
       "ah-tk-20242025-321", DocumentKind::kUitstelbericht, "", "2024-11-12", "ontvangen 12 november 2024"},
      {"sitting of 1957",
       "Tweede Kamer\n71ste VERGADERING\nVERGADERING VAN DINSDAG 25 JUNI 1957\nVoorzitter: Kortenhorst\n",
       "h-tk-19561957-71", DocumentKind::kHandelingen, "", "1957-06-25", "VERGADERING VAN DINSDAG 25 JUNI 1957"},
      {"advice of the Raad van State without a number is letter A",
       "Tweede Kamer der Staten-Generaal\n2\nZitting 1980-1981\n16 599\nIntrekking van iets\n"
       "ADVIES VAN DE RAAD VAN STATE\n's-Gravenhage, 11 augustus 1980\n",
       "kst-16599-A", DocumentKind::kAdviesRaadVanState, "ADVIES VAN DE RAAD VAN STATE", "1980-08-11",
       "'s-Gravenhage, 11 augustus 1980"},
      {"a text that says nothing", "Wat losse aantekeningen zonder kop.\n", "", DocumentKind::kUnknown, "", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Document doc;
    Diagnostics diags;
    REQUIRE(ReadDocument("notes/" + c.name + ".txt", c.text, &diags, &doc).ok());
    if (c.id.empty()) {
      CHECK_FALSE(doc.has_official_id);
    } else {
      CHECK(doc.id == c.id);
      CHECK(doc.has_official_id);
    }
    CHECK(DocumentKindName(doc.kind) == DocumentKindName(c.kind));
    CHECK(doc.title == c.title);
    CHECK(doc.date == c.date);
    CHECK(doc.date_evidence == c.date_evidence);
    for (const Citation& cit : doc.citations) CHECK(cit.target != doc.id);  // its own number is not a citation
  }
}

TEST_CASE("Signer and addressee of letters, answers and written questions", "[identity]") {
  Document letter = ParseDocument(
      "brief.txt",
      "Aan de Voorzitter van de Tweede Kamer\nDatum 3 april 2026\nBetreft Stand van zaken bruggen\n"
      "Geachte voorzitter,\nIk zal uw Kamer voor het zomerreces informeren over de bruggen.\n"
      "De Minister van Infrastructuur en Waterstaat,\nA.B. de Vries\n");
  CHECK(letter.kind == DocumentKind::kKamerbrief);
  CHECK(letter.title == "Stand van zaken bruggen");
  CHECK(letter.date == "2026-04-03");
  CHECK(letter.date_evidence == "Datum 3 april 2026");
  CHECK(letter.signer == "De Minister van Infrastructuur en Waterstaat, A.B. de Vries");
  REQUIRE(letter.commitments.size() == 1);
  CHECK(letter.commitments[0].speaker == "A.B. de Vries");  // not an anonymous "bewindspersoon"
  Document questions = ParseDocument(
      "vragen.txt", "2025Z00001\nVragen van het lid Smit (D66) aan de Staatssecretaris van Financiën over\n"
                    "belastingen (ingezonden 6 januari 2025).\nVraag 1\nWaarom?\n");
  CHECK(questions.addressee == "de Staatssecretaris van Financiën");
}

TEST_CASE("The coverage line says what was not understood", "[identity][coverage]") {
  Coverage c;
  CHECK(CoverageLine(c).empty());
  c.documents = 5023;
  c.kind_unknown = 1228;
  c.without_date = 5023;
  CHECK(CoverageLine(c) == "1,228 of 5,023 documents: kind unknown; 5,023 without a date");
  c.kind_unknown = 0;
  c.without_official_id = 12;
  CHECK(CoverageLine(c) == "5,023 of 5,023 documents without a date; 12 without an official id");
  Coverage all;
  all.documents = 12;
  CHECK(CoverageLine(all) == "all 12 documents identified, typed, titled and dated");
}

}  // namespace
}  // namespace kamergraaf

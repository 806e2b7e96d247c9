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
      {"OCR keeps the hyphen of a month broken over two lines",
       "AH 322\n2024Z22223\nMededeling van minister Visser (Financiën) (ontvangen 13 no-vember 2024)\n"
       "De vragen kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.\n",
       "ah-tk-20242025-322", DocumentKind::kUitstelbericht, "", "2024-11-13", "ontvangen 13 no-vember 2024"},
      {"sitting of 1957",
       "Tweede Kamer\n71ste VERGADERING\nVERGADERING VAN DINSDAG 25 JUNI 1957\nVoorzitter: Kortenhorst\n",
       "h-tk-19561957-71", DocumentKind::kHandelingen, "", "1957-06-25", "VERGADERING VAN DINSDAG 25 JUNI 1957"},
      {"advice of the Raad van State without a number is letter A",
       "Tweede Kamer der Staten-Generaal\n2\nZitting 1980-1981\n16 599\nIntrekking van iets\n"
       "ADVIES VAN DE RAAD VAN STATE\n's-Gravenhage, 11 augustus 1980\n",
       "kst-16599-A", DocumentKind::kAdviesRaadVanState, "ADVIES VAN DE RAAD VAN STATE", "1980-08-11",
       "'s-Gravenhage, 11 augustus 1980"},
      {"advice of the Raad van State with its letter on a line of its own",
       "Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1990-1991\n21 888\nRegels over het beheer van dijken\nB\n"
       "ADVIES RAAD VAN STATE\nAan de Koningin\n's-Gravenhage, 4 mei 1991\nBij Kabinetsmissive van 1 maart 1991 …\n",
       "kst-21888-B", DocumentKind::kAdviesRaadVanState, "ADVIES RAAD VAN STATE", "1991-05-04",
       "'s-Gravenhage, 4 mei 1991"},
      {"foot with a letter and no nr.",
       "ADVIES RAAD VAN STATE\nAan de Koningin\n's-Gravenhage, 9 juni 1992\nDe Raad heeft geen bezwaar.\n"
       "Tweede Kamer, vergaderjaar 1991-1992, 22 999, B\n",
       "kst-22999-B", DocumentKind::kAdviesRaadVanState, "ADVIES RAAD VAN STATE", "1992-06-09",
       "'s-Gravenhage, 9 juni 1992"},
      {"foot with an OCR'd chapter",
       "BRIEF VAN DE MINISTER VAN DEFENSIE\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
       "Den Haag, 2 maart 1989\nHierbij zend ik u een rapport.\n"
       "Tweede Kamer, vergaderjaar 1988-1989, 20 800 hfdst. XIM, nr. 41\n",
       "kst-20800-XIII-41", DocumentKind::kKamerbrief, "BRIEF VAN DE MINISTER VAN DEFENSIE", "1989-03-02",
       "Den Haag, 2 maart 1989"},
      {"foot of joint dossiers with a speck of OCR after the number",
       "EINDVERSLAG VAN HET COLLEGE VAN SENIOREN\nVastgesteld 6 maart 1979\nHet college stelt voor de ontwerpen zonder "
       "beraadslaging af te doen.\nEerste Kamer, zitting 1978-1979,15 222 (R 1111) enz., nr. 31 't\n",
       "kst-15222-31", DocumentKind::kEindverslag, "EINDVERSLAG VAN HET COLLEGE VAN SENIOREN", "1979-03-06",
       "Vastgesteld 6 maart 1979"},
      {"session line whose second year OCR lost",
       "Zitting 1968-9123\nRegeling van de havengelden\nEINDVERSLAG\nNr. 4\nDe commissie heeft geen opmerkingen.\n"
       "Vastgesteld 3 mei 1968.\n",
       "kst-9123-4", DocumentKind::kEindverslag, "EINDVERSLAG", "1968-05-03", "Vastgesteld 3 mei 1968"},
      {"OCR'd 'VAN' in the type line",
       "Eerste Kamer der Staten-Generaal\n1\nVergaderjaar 1990-1991 Nr. 12b\n21 777\nRegels over de jacht\n"
       "MEMORIE VAIM ANTWOORD Ontvangen 4 maart 1991\nDe regering dankt de leden voor hun vragen.\n",
       "kst-21777-12b", DocumentKind::kMemorieVanAntwoord, "MEMORIE VAN ANTWOORD", "1991-03-04",
       "Ontvangen 4 maart 1991"},
      {"joint paper listing its dossiers one a line",
       "Eerste Kamer der Staten-Generaal\nZitting 1982-1983 Nr. 7\n1\n17 101\n17 102\n17 103\n17 104\n17 105\n"
       "17 106\n17 107\n17 108\n17 109\n17 110\n17 111\n17 112\nNaturalisatie van Aap, Bert en 20 anderen\n"
       "Naturalisatie van Bos, Carla en 21 anderen\nNaturalisatie van Cor, Daan en 22 anderen\n"
       "Naturalisatie van Dam, Eva en 23 anderen\nNaturalisatie van Ek, Fien en 24 anderen\n"
       "Naturalisatie van Fok, Gijs en 25 anderen\nNaturalisatie van Gans, Hans en 26 anderen\n"
       "Naturalisatie van Hek, Ina en 27 anderen\nNaturalisatie van Ijs, Jan en 28 anderen\n"
       "Naturalisatie van Kok, Kees en 29 anderen\nNaturalisatie van Lam, Lies en 30 anderen\n"
       "Naturalisatie van Mol, Mies en 31 anderen\nEINDVERSLAG VAN HET COLLEGE VAN SENIOREN\n"
       "Vastgesteld 1 februari 1983\n",
       "kst-17101-7", DocumentKind::kEindverslag, "EINDVERSLAG VAN HET COLLEGE VAN SENIOREN", "1983-02-01",
       "Vastgesteld 1 februari 1983"},
      {"Eerste Kamer sitting named at the page foot",
       "Wetsontwerpen\n12de vergadering -9 december '60\n12DE VERGADERING\nVERGADERING VAN DINSDAG 9 DECEMBER 1960\n"
       "Voorzitter: de heer Mulder\nAan de orde is de behandeling van het wetsontwerp over havens.\n"
       "De Voorzitter: Het wetsontwerp wordt aangenomen.\nDe heer Bos: Dank u.\nDeel II Zitting 1960—1961\nEERSTE KAMER\n",
       "h-ek-19601961-12", DocumentKind::kHandelingen, "Wetsontwerpen", "1960-12-09",
       "VERGADERING VAN DINSDAG 9 DECEMBER 1960"},
      {"a page of a budget's memorie van toelichting that prints only its foot",
       "Tabel 3 Uitgaven\nartikel 1 12,5\nartikel 2 7,0\n"
       "Tweede Kamer, vergaderjaar 2020–2021, 35 570 VII, nr. 2 14\n",
       "kst-35570-VII-2", DocumentKind::kMemorieVanToelichting, "", "2020",
       "vergaderjaar 2020–2021 (vergaderjaar only: the year it began)"},
      {"Aanhangsel heading run on by OCR, hyphens of broken lines",
       "Tweede Kamer der Staten-Generaal\n2\nZitting 1978-1979\nAanhangsel van de Handelingen\n"
       "Vragen gesteld door leden van de Kamer, met de daarop door de Regering gegeven antwoorden\n812\n"
       "Vragen van de leden Bos-Smit en Kok (beiden P.v.d.A.) over het onder-houd van dijken in Zee-land. "
       "(lngezon-den3 mei 1979) 1 Is het onderhoud van de dijken in Zeeland op orde?\n"
       "Antwoord van Minister Tuin (Verkeer en Waterstaat). (Ontvangen 20 mei 1979)\n1 Ja.\n",
       "ah-tk-19781979-812", DocumentKind::kKamervragenAntwoorden,
       "Vragen van de leden Bos-Smit en Kok (beiden P.v.d.A.) over het onderhoud van dijken in Zeeland", "1979-05-20",
       "Ontvangen 20 mei 1979"},
      {"questions heading through 'c.s.' and with a date it speaks of",
       "2024Z10001\nVragen van het lid De Wit (SP) aan de Minister van Financiën over de motie van het lid De Wit c.s.\n"
       "over de brief van 5 maart 2024 (ingezonden 3 juni 2024).\nVraag 1\nWaarom?\n",
       "2024Z10001", DocumentKind::kSchriftelijkeVragen,
       "Vragen van het lid De Wit (SP) aan de Minister van Financiën over de motie van het lid De Wit c.s. over de "
       "brief van 5 maart 2024",
       "2024-06-03", "ingezonden 3 juni 2024"},
      {"a Word transcript: the heading, then the title over 'Aan de orde is'",
       "Dijkbeheer\nDijkbeheer\n\nAan de orde is het tweeminutendebat Dijkbeheer (CD d.d. 3/4).\n"
       "De voorzitter:\nIk geef het woord aan de heer Smit.\nDe heer Smit (VVD):\nDank u wel.\n",
       "", DocumentKind::kHandelingen, "Dijkbeheer", "", ""},
      {"an answer letter's heading over its questions",
       "Antwoorden van de minister van Financiën op Kamervragen\nvan het lid Smit (D66) over de belasting op bruggen.\n"
       "Vraag 1\nHoe hoog is de belasting?\nAntwoord op vraag 1\nLaag.\n",
       "", DocumentKind::kKamervragenAntwoorden,
       "Antwoorden van de minister van Financiën op Kamervragen van het lid Smit (D66) over de belasting op bruggen.", "",
       ""},
      {"official XML's Voorgesteld and its date on lines of their own",
       "MOTIE VAN HET LID BOS\nVoorgesteld\n6 maart 2025\nDe Kamer,\ngehoord de beraadslaging,\nconstaterende dat "
       "de brief van 24 maart 2025 laat komt,\nverzoekt de regering, op te schieten,\nen gaat over tot de orde van de "
       "dag.\nBos\n",
       "", DocumentKind::kMotie, "MOTIE VAN HET LID BOS", "2025-03-06", "Voorgesteld 6 maart 2025"},
      {"a historical answer dated 'Ingezonden' like its questions, a glued year",
       "Eerste Kamer der Staten-Generaal\n1\nVergaderjaar 1987-1988\nAanhangsel van de Handelingen\n"
       "Vragen van de heer Bos (C.D.A.) inzake sluizen. (Ingezonden 3 juni 1987)\n1 Waarom?\n"
       "Antwoord van de heer Kok, minister van Verkeer. (Ingezonden 9 oktober1987)\n1 Daarom.\n",
       "", DocumentKind::kKamervragenAntwoorden, "Vragen van de heer Bos (C.D.A.) inzake sluizen", "1987-10-09",
       "Ingezonden 9 oktober1987"},
      {"historical Aanhangsel item numbered before its questions",
       "Aanhangsel tot het Verslag van de Handelingen der Eerste Kamer\n21\nVRAGEN, door de leden der Kamer gesteld, "
       "en de daarop door de Regering gegeven antwoorden\n9. VRAGEN van de heer Kok, met betrekking tot de dijken "
       "bij Kampen. (Ingezonden 4 februari 1958.)\n1. Is de Minister bekend met de toestand?\n"
       "ANTWOORD van de heer Bos, Minister van Verkeer. (Ingezonden 20 februari 1958.)\n1. Ja.\n",
       "ah-ek-19571958-9", DocumentKind::kKamervragenAntwoorden,
       "VRAGEN van de heer Kok, met betrekking tot de dijken bij Kampen", "1958-02-20", "Ingezonden 20 februari 1958"},
      {"an answer of early September belongs to the session before Prinsjesdag",
       "AH 1801\n2024Z11111\nAntwoord van minister Visser (Financiën) (ontvangen 5 september 2024)\nVraag 1\n"
       "Klopt het?\nAntwoord 1\nJa.\n",
       "ah-tk-20232024-1801", DocumentKind::kKamervragenAntwoorden, "", "2024-09-05", "ontvangen 5 september 2024"},
      {"a ministry's note under its letterhead",
       "Ministerie van Verkeer\n\nAan de minister\n\nBeslisnota onderhoud van de sluizen\n\nAanleiding\n"
       "De sluizen zijn oud en moeten worden hersteld.\n",
       "", DocumentKind::kUnknown, "Beslisnota onderhoud van de sluizen", "", ""},
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

TEST_CASE("Date phrases found where their words stand: line starts, blank lines, anchored gaps", "[identity]") {
  struct Row {
    std::string name, text, date, evidence;
  };
  const std::vector<Row> rows = {
      {"place and date after blank lines and indentation", "Aan de Voorzitter\n\n   \n   Den Haag, 4 juni 2024\nBetreft x\n",
       "2024-06-04", "Den Haag, 4 juni 2024"},
      {"a place cited inside a line does not date the letter, the one on its own line does",
       "Het rapport (Den Haag, 1 mei 2020) zegt\n's-Gravenhage, 9 juli 2021\n", "2021-07-09",
       "'s-Gravenhage, 9 juli 2021"},
      {"voorgesteld with words before the date", "MOTIE\nVoorgesteld in de vergadering van 3 april 2024\n", "2024-04-03",
       "Voorgesteld in de vergadering van 3 april 2024"},
      {"the second voorgesteld carries the date", "voorgesteld.\n\nVOORGESTELD 5 mei 2023\n", "2023-05-05",
       "VOORGESTELD 5 mei 2023"},
      {"an answer's date in an Aanhangsel",
       "Vragen van het lid A (ingezonden 1 maart 1988)\nAntwoord van de heer B, minister van C. (Ingezonden 30 maart "
       "1988)\n",
       "1988-03-30", "Ingezonden 30 maart 1988"},
      // RE2 folds "ſ" to s: the prefilters must not hide the first phrase from the pattern.
      {"a long s (OCR of old print) matches as s", "Voorgeſteld 6 juni 1901\nVoorgesteld 7 juni 1901\n", "1901-06-06",
       "Voorgeſteld 6 juni 1901"},
  };
  for (const Row& r : rows) {
    INFO(r.name);
    Document doc = ParseDocument("date.txt", r.text);
    CHECK(doc.date == r.date);
    CHECK(doc.date_evidence == r.evidence);
  }
}

TEST_CASE("A committee's transcript is told by its running foot, which also gives the item's title", "[identity]") {
  Document doc = ParseDocument(
      "ucv.txt",
      "59ste vergadering:\nMaandag 4 juni 1990\nAanvang 10.00 uur\nVoorzitter: Jansen\n"
      "Aan de orde is de behandeling van: de brieven inzake dijken (21000, nrs. 3 en 4).\n"
      "De voorzitter: Ik open de vergadering.\nDe heer Smit (CDA): Mijnheer de voorzitter! Dank u.\n"
      "Vaste commissie voor Verkeer en Waterstaat\nDijkversterking\n4 juni 1990 UCV59\n59-3\n");
  CHECK(DocumentKindName(doc.kind) == DocumentKindName(DocumentKind::kHandelingenCommissie));
  CHECK(doc.title == "Dijkversterking");
  CHECK_FALSE(doc.has_official_id);  // meeting 59 of a committee is not plenary sitting 59
  Document plenary = ParseDocument(
      "tk.txt",
      "55ste vergadering\nDonderdag 5 maart 1987\nVoorzitter: Dolman\nAan de orde is het wetsvoorstel over havens.\n"
      "De voorzitter: Ik open de vergadering.\nDe heer Knol (PvdA): Dank u.\nTweede Kamer\nHavens\n"
      "5 maart 1987 TK55\n55-2901\n");
  CHECK(DocumentKindName(plenary.kind) == DocumentKindName(DocumentKind::kHandelingen));
  CHECK(plenary.title == "Havens");
  CHECK(plenary.id == "h-tk-19861987-55");
}

TEST_CASE("Signatures of every era: ministries with commas, initials, OCR glue, historical answers", "[identity]") {
  struct Row {
    std::string name, text, signer;
  };
  const std::vector<Row> rows = {
      {"a ministry with commas, the name lines below",
       "Geachte voorzitter,\nIk zal u informeren.\nHoogachtend,\n\nde minister van Onderwijs, Cultuur en "
       "Wetenschap,\n\n\nK. Jansen\n",
       "de minister van Onderwijs, Cultuur en Wetenschap, K. Jansen"},
      {"no comma after the ministry",
       "Hoogachtend,\nDe staatssecretaris van Landbouw, Natuur en Voedselkwaliteit\n\nP. Bakker\n",
       "De staatssecretaris van Landbouw, Natuur en Voedselkwaliteit, P. Bakker"},
      {"two ministers, the first signs, a ministry with commas",
       "BRIEF VAN DE MINISTERS VAN FINANCIËN EN VAN DEFENSIE\nHierbij.\nDe Minister van Wonen, Ruimte en Milieu, "
       "A. B. Smit\nDe Minister van Defensie, C. D. Bos\n",
       "De Minister van Wonen, Ruimte en Milieu, A. B. Smit"},
      {"the name from its initials",
       "BRIEF VAN DE MINISTER-PRESIDENT\nHierbij.\nDe Minister-President, Minister van Algemene Zaken A. B. de Groot\n",
       "De Minister-President, Minister van Algemene Zaken, A. B. de Groot"},
      {"OCR glue in the role", "NOTA VAN WIJZIGING\nArtikel 1 vervalt.\nDe Ministervan Defensie, H. Bos\n",
       "De Ministervan Defensie, H. Bos"},
      {"a historical answer by name",
       "Aanhangsel tot het Verslag van de Handelingen der Eerste Kamer\n3. VRAGEN van de heer Kok over dijken. "
       "(Ingezonden 2 maart 1958.)\n1. Waarom?\nANTWOORD van de heer Bos, Minister voor Defensie. (Ingezonden 9 "
       "maart 1958.)\n1. Daarom.\n",
       "Minister Bos (Defensie)"},
      {"a sentence is no signature",
       "Geachte voorzitter,\nDe minister van Financiën heeft besloten\nJansen te benoemen.\n", ""},
  };
  for (const Row& r : rows) {
    INFO(r.name);
    Document doc = ParseDocument("s.txt", r.text);
    CHECK(doc.signer == r.signer);
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

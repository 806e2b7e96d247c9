#include "parse/structure_parser.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "kamergraaf/pipeline.h"
#include "parse/metadata_file.h"
#include "parse/commitment_parser.h"
#include "parse/motion_parser.h"
#include "parse/qa_parser.h"

namespace kamergraaf {
namespace {

TEST_CASE("ClassifyKind names the kind and the line that decided it", "[structure]") {
  struct Case {
    std::string text;
    DocumentKind kind;
    std::string evidence;
  };
  const std::vector<Case> cases = {
      {" Binnen de vaste commissie voor Financiën hebben enkele fracties de behoefte\nom vragen te stellen.\n",
       DocumentKind::kSchriftelijkOverleg, "line 1: 'Binnen de vaste commissie voor Financiën hebben enkele…'"},
      {"Inleiding.\n\nAntwoorden op de vragen van de SP fractie\n1) Waarom?\nAntwoord\nDaarom.\n",
       DocumentKind::kCommissievragenAntwoorden, "line 3: 'Antwoorden op de vragen van de SP fractie'"},
      {"Uw kenmerk\n2025Z01234\n\nBetreft Beantwoording Kamervragen over vissen\n\n1\n\nVraag?\n\nAntwoord\n\nJa.\n",
       DocumentKind::kKamervragenAntwoorden, "line 4: 'Betreft Beantwoording Kamervragen over vissen'"},
      {"De voorzitter:\nWelkom.\n\nDe heer Jansen (SP):\nDank.\n", DocumentKind::kHandelingen,
       "line 1: 'De voorzitter:'"},
      {"De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering iets,\n\nen gaat over tot de orde van de dag.\n",
       DocumentKind::kMotie, "line 1: 'De Kamer,', line 3: 'gehoord de beraadslaging,'"},
      {"Aan de Voorzitter van de Tweede Kamer\n\nGeachte Voorzitter,\n\nHierbij.\n", DocumentKind::kKamerbrief,
       "line 1: 'Aan de Voorzitter van de Tweede Kamer'"},
      {"Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1990-1991\nAanhangsel van de Handelingen\nVragen\n",
       DocumentKind::kKamervragenAntwoorden, "line 4: 'Aanhangsel van de Handelingen'"},
      {"Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1989-1990\n21406\nNr. 3\nMEMORIE VAN TOELICHTING\n",
       DocumentKind::kMemorieVanToelichting, "line 6: 'MEMORIE VAN TOELICHTING'"},
      {"Bijlagen.\nTweede Kamer.\nWijziging van de begrooting.\n(37. 6.) MEMORIE VAN ANTWOORD.\n",
       DocumentKind::kMemorieVanAntwoord, "line 4: '(37. 6.) MEMORIE VAN ANTWOORD.'"},
      {"Zitting 1967-1968 -9699\nVerslagen over 1967\nBRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN\n",
       DocumentKind::kKamerbrief, "line 3: 'BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN'"},
      {"Aanhangsel tot bet Verslag van de Handelingen der Eerste Kamer\n12\n3. VRAGEN van de heer Bos.\n",
       DocumentKind::kKamervragenAntwoorden, "line 1: 'Aanhangsel tot bet Verslag van de Handelingen der Eerste…'"},
      {"Vragen van het leden Bos en Kok (beiden VVD) aan de minister van Financiën over bruggen.\n\nWaarom?\n",
       DocumentKind::kSchriftelijkeVragen,
       "line 1: 'Vragen van het leden Bos en Kok (beiden VVD) aan de minister…'"},
      {"3 Vragenuur Vragenuur Vragen Bos Vragen van het lid Bos over dijken. De voorzitter: Welkom. Mevrouw Bos "
       "(D66): Voorzitter. Waarom? Minister Kok: Daarom.\n",
       DocumentKind::kHandelingen, "line 1: '3 Vragenuur Vragenuur Vragen Bos Vragen van het lid Bos over…'"},
      {"Tweede Kamer der Staten-Generaal\n2\nZitting 1976-1977\n14 000\nNr. 4\nDe vaste commissie voor "
       "verkeer, belast met het onderzoek van dit voorstel, heeft de eer van haar voorlopige bevindingen als volgt "
       "verslag te doen.\n",
       DocumentKind::kVoorlopigVerslag, "line 6: 'De vaste commissie voor verkeer, belast met het onderzoek…'"},
      {"De vaste Commissie voor Verkeer heeft het nodig geacht met de Minister mondeling van gedachten te "
       "wisselen over de dijken.\nAlgemeen\n",
       DocumentKind::kVerslagCommissiedebat, "line 1: 'De vaste Commissie voor Verkeer heeft het nodig geacht met…'"},
      {"Gewone tekst zonder kenmerken.\n", DocumentKind::kUnknown, ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Document doc = ParseDocument("t.txt", c.text);
    CHECK(doc.kind == c.kind);
    CHECK(doc.kind_evidence == c.evidence);
  }
}

TEST_CASE("NormalizeFractie spells fracties the long way", "[structure]") {
  CHECK(NormalizeFractie("GL-PvdA") == "GroenLinks-PvdA");
  CHECK(NormalizeFractie("GL-PvdA-fractie") == "GroenLinks-PvdA");
  CHECK(NormalizeFractie("D66 fractie") == "D66");
  CHECK(NormalizeFractie("CU") == "ChristenUnie");
  CHECK(NormalizeFractie("NSC") == "NSC");
  // Several askers of one fractie, as a title writes them: "(beiden VVD)", "(allen D66)".
  CHECK(NormalizeFractie("beiden VVD") == "VVD");
  CHECK(NormalizeFractie("allen D66") == "D66");
  CHECK(NormalizeFractie("beide GL-PvdA") == "GroenLinks-PvdA");
  CHECK(NormalizeFractie("beiden") == "beiden");  // nothing after it: left as written
  CHECK(FractieOfAsker("Kok en Mulder (beiden CDA)") == "CDA");
  CHECK(FractieOfAsker("Bos (GL-PvdA-fractie)") == "GroenLinks-PvdA");
  CHECK(FractieOfAsker("Kok").empty());
  CHECK(FractieOfAsker("Kok (CDA").empty());
}

TEST_CASE("Numbered commission questions each get their Antwoord", "[structure]") {
  const std::string text =
      "Antwoorden op de vragen van de SP fractie\n"
      "De leden van de SP-fractie hebben kennisgenomen van de agenda.\n"
      "1)Zij vragen waarom de brief laat is. Kan het sneller?\n"
      "Antwoord\n"
      "Het kabinet zal uw Kamer voor de zomer per brief informeren.\n"
      "\n"
      "[bookmark: OLE_LINK1]2) Zij vragen ook naar de kosten?\n"
      "\n"
      "Antwoord: \n"
      "De kosten zijn laag.\n"
      "1) Eerst dit;\n"
      "2) dan dat.\n"
      "Antwoorden op de vragen van de GL-PvdA fractie\n"
      "3) Deze leden vragen iets.\n"
      "Antwoord\n"
      "Ja.\n";
  Document doc = ParseDocument("t.txt", text);
  REQUIRE(doc.questions.size() == 3);
  REQUIRE(doc.answers.size() == 3);
  CHECK(doc.questions[0].number == "1");
  CHECK(doc.questions[0].line == 3);
  CHECK(doc.questions[0].fractie == "SP");
  CHECK(doc.questions[0].text == "Zij vragen waarom de brief laat is. Kan het sneller?");
  CHECK(doc.questions[1].number == "2");
  CHECK(doc.questions[1].line == 7);
  CHECK(doc.questions[2].fractie == "GroenLinks-PvdA");
  for (const Question& q : doc.questions) CHECK(q.answered);
  CHECK(doc.answers[1].line == 9);
  CHECK(doc.answers[1].text == "De kosten zijn laag. 1) Eerst dit; 2) dan dat.");
  CHECK(doc.answers[1].questions == std::vector<int>{1});
  REQUIRE(doc.commitments.size() == 1);
  CHECK(doc.commitments[0].line == 5);
  CHECK(doc.commitments[0].deadline == "voor de zomer");
  CHECK(doc.commitments[0].related == "1");
  CHECK(doc.commitments[0].speaker.empty());
}

TEST_CASE("Answered written questions: bare numbers, Antwoord, letter head", "[structure]") {
  const std::string text =
      "Uw kenmerk\n2025Z01234\n\nDatum 3 maart 2025\nBetreft Beantwoording Kamervragen over vissen\n\n"
      "Hierbij de antwoorden op de vragen van het lid De Vries (GL-PvdA) (kenmerk: 2025Z01234).\n\n"
      "1\n\nKent u het bericht?\n\nAntwoord\n\nJa.\n\n"
      "2\n\nWat gaat u doen?\n\nAntwoord\n\nOp korte termijn ontvangt de Tweede Kamer een brief.\n\n7\n";
  Document doc = ParseDocument("t.txt", text);
  CHECK(doc.kind == DocumentKind::kKamervragenAntwoorden);
  CHECK(doc.answers_to == std::vector<std::string>{"2025Z01234"});
  CHECK(doc.date == "2025-03-03");
  CHECK(doc.title == "Beantwoording Kamervragen over vissen");
  REQUIRE(doc.questions.size() == 2);
  REQUIRE(doc.answers.size() == 2);
  CHECK(doc.questions[1].number == "2");
  CHECK(doc.questions[1].text == "Wat gaat u doen?");
  CHECK(doc.questions[1].fractie == "GroenLinks-PvdA");
  CHECK(doc.answers[1].text == "Op korte termijn ontvangt de Tweede Kamer een brief.");
  REQUIRE(doc.commitments.size() == 1);
  CHECK(doc.commitments[0].deadline == "Op korte termijn");
}

TEST_CASE("Aanhangsel answers: numbered and grouped Vraag/Antwoord headings", "[structure]") {
  struct Row {
    std::string name, body;
    std::vector<std::string> numbers;  // the questions, in text order
    std::vector<bool> answered;
  };
  const std::string head =
      "Vragen van het lid Smit (D66) aan de Minister van Financiën over bruggen (ingezonden 2 mei 2024).\n"
      "Antwoord van Minister Visser (Financiën) (ontvangen 23 mei 2024).\n";
  const std::vector<Row> rows = {
      {"numbered answers", "Vraag 1\nKlopt het?\nAntwoord 1\nJa.\nVraag 2\nWaarom?\nAntwoord 2\nOmdat het moet.\n",
       {"1", "2"}, {true, true}},
      {"answer on the question's number",
       "Vraag 1\nKlopt het?\nAntwoord op vraag 1\nJa.\nVraag 2\nWaarom?\nAntwoord op vraag 2:\nDaarom.\n", {"1", "2"},
       {true, true}},
      {"grouped questions and answers",
       "Vraag 1\nKlopt het?\nAntwoord 1\nJa.\nVraag 2 en 3\nWaarom? En wanneer?\nAntwoord 2 en 3\nStraks.\n"
       "Vraag 4 t/m 6\nHoe? Wie? Waar?\nAntwoord 4 t/m 6\nZie de brief.\n",
       {"1", "2", "3", "4", "5", "6"}, {true, true, true, true, true, true}},
      {"a grouped heading out of order",
       "Vraag 1\nKlopt het?\nAntwoord 1\nJa.\nVraag 2, 4 en 5\nWaarom?\nAntwoord 2, 4 en 5\nDaarom.\n"
       "Vraag 3\nWanneer?\nAntwoord 3\nMorgen.\n",
       {"1", "2", "4", "5", "3"}, {true, true, true, true, true}},
      {"a grouped heading with a comma missing",
       "Vraag 1\nKlopt het?\nAntwoord 1\nJa.\nVraag 2, 3 4 en 5\nWaarom?\nAntwoord 2, 3 4 en 5\nDaarom.\n",
       {"1", "2", "3", "4", "5"}, {true, true, true, true, true}},
      {"footnote numbers after 'Vraag' headings are no questions",
       "Vraag 1\nKlopt het?\nAntwoord 1\nJa, zie de website.\n2\nhttps://www.example.org/bruggen\n3\nBruggenrapport "
       "2023, waarom nu?\n",
       {"1"}, {true}},
      {"dotted questions, 'Antwoord vraag N:'",
       "1. Kent u het bericht over bruggen?\n\nAntwoord vraag 1:\nJa.\n\n2. Wat gaat u doen om de bruggen\nte "
       "herstellen?\n\nAntwoord vraag 2:\nWij doen het volgende:\n1. De bruggen worden geverfd.\n2. De sluizen ook.\n",
       {"1", "2"}, {true, true}},
      {"an answer answers every question since the previous answer",
       "Vraag 1\nKlopt het?\nVraag 2\nWaarom?\nAntwoord 2\nDaarom.\n", {"1", "2"}, {true, true}},
  };
  for (const Row& r : rows) {
    INFO(r.name);
    Document doc = ParseDocument("ah.txt", head + r.body);
    CHECK(doc.kind == DocumentKind::kKamervragenAntwoorden);
    REQUIRE(doc.questions.size() == r.numbers.size());
    for (std::size_t i = 0; i < r.numbers.size(); ++i) {
      CHECK(doc.questions[i].number == r.numbers[i]);
      CHECK(doc.questions[i].answered == r.answered[i]);
    }
  }
}

TEST_CASE("Questions answered by a letter the Aanhangsel names are answered, not postponed", "[structure]") {
  Document doc = ParseDocument(
      "ah.txt",
      "Aanhangsel van de Handelingen\n2001\nVragen van het lid Bos (D66) aan de Minister van Financiën over "
      "bruggen (ingezonden 3 mei 2024).\nMededeling van Minister Kok (Financiën) (ontvangen 10 mei 2024).\n"
      "Vraag 1\nKlopt het?\nVraag 2\nWaarom?\nMededeling\nDe schriftelijke vragen van het lid Bos over bruggen "
      "zijn beantwoord middels een brief over bruggen (40 123-5) op 10 mei 2024.\n");
  CHECK(doc.kind == DocumentKind::kKamervragenAntwoorden);
  REQUIRE(doc.questions.size() == 2);
  CHECK(doc.questions[0].answered);
  CHECK(doc.questions[1].answered);
  Document later = ParseDocument(
      "uitstel.txt",
      "Aanhangsel van de Handelingen\n2002\nVragen van het lid Bos (D66) aan de Minister van Financiën over "
      "sluizen (ingezonden 3 mei 2024).\nMededeling van Minister Kok (Financiën) (ontvangen 20 mei 2024).\n"
      "De vragen kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.\n");
  CHECK(later.kind == DocumentKind::kUitstelbericht);
  // A notice that prints the questions it postpones: they are read, none is answered.
  Document printed = ParseDocument(
      "uitstel-vragen.txt",
      "Aanhangsel van de Handelingen\n2003\nVragen van het lid Bos (D66) aan de Minister van Financiën over "
      "tunnels (ingezonden 3 mei 2024).\nMededeling van Minister Kok (Financiën) (ontvangen 24 mei 2024).\n"
      "Vraag 1\nHoeveel tunnels zijn er?\nVraag 2\nWanneer worden zij hersteld?\n");
  CHECK(printed.kind == DocumentKind::kUitstelbericht);
  REQUIRE(printed.questions.size() == 2);
  CHECK(printed.questions[1].number == "2");
  CHECK_FALSE(printed.questions[0].answered);
  CHECK(printed.answers.empty());
}

TEST_CASE("Historical Aanhangsel items: answers after all the questions", "[structure]") {
  const std::string head =
      "Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer\n88\n"
      "12. VRAGEN van de heer Kok (P.v.d.A.) over de dijken. (Ingezonden 2 maart 1962.)\n"
      "1. Is de Minister bekend met de toestand van de dijken?\n2. Is hij bereid ze te herstellen?\n";
  struct Row {
    std::string name, answers;
    std::vector<bool> answered;
  };
  const std::vector<Row> rows = {
      {"an ANTWOORD heading answers them all",
       "ANTWOORD van de heer Bos, Minister van Verkeer. (Ingezonden 20 maart 1962.)\n1. Ja.\n2. Daartoe is hij "
       "bereid.\n",
       {true, true}},
      {"an ANTWOORD in the old spelling answers them all in one text",
       "ANTWOORD van den heer Bos, Minister van Waterstaat. (Ingezonden 20 Maart 1912.)\nDe ondergeteekende "
       "antwoordt op beide vragen bevestigend.\n",
       {true, true}},
      {"the answers numbered again from 1",
       "1. Het antwoord op deze vraag luidt bevestigend.\n2. Het herstel begint dit jaar.\n", {true, true}},
      {"only the first answered", "1. Ja, de Minister is daarmee bekend.\n", {true, false}},
  };
  for (const Row& r : rows) {
    INFO(r.name);
    Document doc = ParseDocument("ah.txt", head + r.answers);
    CHECK(doc.kind == DocumentKind::kKamervragenAntwoorden);
    REQUIRE(doc.questions.size() == r.answered.size());
    for (std::size_t i = 0; i < r.answered.size(); ++i) CHECK(doc.questions[i].answered == r.answered[i]);
  }
}

TEST_CASE("Written questions as submitted: numbered, or one asking paragraph each", "[structure]") {
  struct Row {
    std::string name, text;
    std::size_t questions;
  };
  const std::vector<Row> rows = {
      {"unnumbered paragraphs, a footnote quoting a question",
       "2024Z20001\n\n(ingezonden 2 december 2024)\n\nVragen van het lid Smit (D66) aan de minister van "
       "Financiën over bruggen\n\nKent u het bericht 'Bruggen te koop?'? [1]\n\nKlopt het dat de bruggen\n"
       "verkocht worden?\n\nWilt u deze vragen snel beantwoorden?\n\n\xc2\xa0\n\n[1]\xc2\xa0Krant van 1 "
       "december, 'Bruggen te koop?'\n",
       3},
      {"misspelt heading, footnote '1)'",
       "2024Z20002\n\n(ingezonden 3 december 2024)\n\nVragen van het leden Bos en Kok (beiden VVD) aan de "
       "staatssecretaris van Financiën over sluizen.\n\nKunt u de brief delen? 1)\n\nKunt u reageren?\n\n"
       "1) Bijlage vertrouwelijk meegezonden\n",
       2},
      {"numbered, one question introducing sub-questions",
       "2024Z20003\n\n(ingezonden 4 december 2024)\n\nVragen van de leden Bos (CDA) en Kok (D66) aan de minister "
       "van Financiën over dijken\n\n1. Kunt u in uw brief ook de volgende vragen beantwoorden:\n\nHoe hoog zijn "
       "de dijken?\n\nWie betaalt ze?\n\n2. Kunt u de rapporten delen?\n",
       2},
  };
  for (const Row& r : rows) {
    INFO(r.name);
    Document doc = ParseDocument("vragen.txt", r.text);
    CHECK(doc.kind == DocumentKind::kSchriftelijkeVragen);
    CHECK(doc.questions.size() == r.questions);
    CHECK(doc.answers.empty());
  }
}

TEST_CASE("Written consultation with an empty part II leaves every question open", "[structure]") {
  const std::string text =
      " Binnen de vaste commissie voor Binnenlandse Zaken hebben enkele fracties de behoefte om\n"
      "vragen voor te leggen over de brief (Kamerstuk 12345, nr. 67).\n"
      "\n"
      "Vragen en opmerkingen van de leden van de GL-PvdA-fractie\n"
      "\n"
      "De leden van de GroenLinks-PvdA-fractie hebben kennisgenomen van de brief.\n"
      "\n"
      "Deze leden vragen wat de minister gaat doen aan de kosten.1 Graag een \n"
      "\n"
      "1 Zie Kamerstuk 11111, nr. 2.\n"
      " toelichting.\n"
      "\n"
      "Zij vragen ook of de planning haalbaar is? Zij noemen drie punten:\n"
      "1) de kosten;\n"
      "2) de baten.\n"
      "\n"
      "Vragen en opmerkingen van de leden van de NSC-fractie\n"
      "\n"
      "De leden van de NSC-fractie verzoeken het kabinet de risico's te beschrijven.\n"
      "\n"
      "II         Antwoord/reactie van de bewindspersoon\n"
      "\n"
      "3\n";
  Document doc = ParseDocument("t.txt", text);
  CHECK(doc.about == std::vector<std::string>{"kst-12345-67"});
  REQUIRE(doc.footnotes.size() == 1);
  CHECK(doc.footnotes[0].marker_line == 8);
  REQUIRE(doc.questions.size() == 3);
  CHECK(doc.answers.empty());
  CHECK(doc.questions[0].fractie == "GroenLinks-PvdA");
  CHECK(doc.questions[0].line == 8);
  CHECK(doc.questions[0].end_line == 11);  // the footnote block inside does not split it
  CHECK(doc.questions[2].fractie == "NSC");
  for (const Question& q : doc.questions) CHECK_FALSE(q.answered);
  CHECK(QuestionAtLine(doc, doc.footnotes[0].marker_line) == 0);
  // The citation in the note body belongs to the sentence with the marker.
  bool found = false;
  for (const Citation& c : doc.citations) {
    if (c.target != "kst-11111-2") continue;
    found = true;
    CHECK(c.footnote == "1");
    CHECK(c.line == 10);
    CHECK(c.context_line == 8);
  }
  CHECK(found);
  CHECK(QuestionAtLine(doc, 4) == -1);
}

TEST_CASE("Written consultation whose part II has text answers the questions as a whole", "[structure]") {
  const std::string text =
      " Binnen de vaste commissie voor Financiën hebben de fracties vragen.\n"
      "\n"
      "Vragen en opmerkingen van de leden van de SP-fractie\n"
      "\n"
      "Wat kost het?\n"
      "\n"
      "II Antwoord/reactie van de bewindspersoon\n"
      "\n"
      "Het kost weinig, zo laat de begroting zien, en de kosten worden de komende jaren ook niet hoger dan "
      "nu is voorzien in de ramingen.\n"
      "\n"
      "III Volledige agenda\n"
      "\n"
      "Een brief.\n";
  Document doc = ParseDocument("t.txt", text);
  REQUIRE(doc.questions.size() == 1);
  REQUIRE(doc.answers.size() == 1);
  CHECK(doc.questions[0].answered);
  CHECK(doc.answers[0].line == 7);
  CHECK(doc.answers[0].end_line == 9);
  CHECK(doc.answers[0].questions == std::vector<int>{0});
}

TEST_CASE("Written consultation with interleaved numbered answers", "[structure]") {
  const std::string text =
      " Binnen de vaste commissie voor Buitenlandse Zaken hebben de fracties vragen.\n"
      "\n"
      "Vragen en opmerkingen van de leden van de PVV-fractie\n"
      "\n"
      "De leden van de PVV-fractie hebben kennisgenomen van de brief.\n"
      "Wat is de inzet?\n"
      "\n"
      "1. Antwoord van het kabinet\n"
      "De inzet is helder.\n"
      "\n"
      "Meer uitleg over de inzet.\n"
      "\n"
      "Waarom nu? \n"
      "\n"
      "En waarom zo?\n"
      " 2. Antwoord van het kabinet\n"
      "Omdat het moet.\n"
      "\n"
      "II Antwoord/ Reactie van de minister\n";
  Document doc = ParseDocument("t.txt", text);
  REQUIRE(doc.answers.size() == 2);
  REQUIRE(doc.questions.size() == 3);
  CHECK(doc.questions[0].line == 5);
  CHECK(doc.questions[0].number == "1");
  CHECK(doc.questions[1].line == 13);
  CHECK(doc.questions[2].line == 15);
  CHECK(doc.answers[1].questions == std::vector<int>{1, 2});
  CHECK(doc.answers[0].text == "De inzet is helder. Meer uitleg over de inzet.");
  CHECK(doc.answers[0].end_line == 11);
  for (const Question& q : doc.questions) CHECK(q.answered);
}

const char* kDebate =
    "De voorzitter:\n"
    "Ik geef het woord aan mevrouw Jansen.\n"
    "\n"
    "Mevrouw Jansen (GroenLinks-PvdA):\n"
    "Ik heb een motie.\n"
    "\n"
    "De Kamer,\n"
    "\n"
    "gehoord de beraadslaging,\n"
    "\n"
    "constaterende dat de cloud\n"
    "duur is;\n"
    "\n"
    "verzoekt de regering de kosten te halveren,\n"
    "\n"
    "en gaat over tot de orde van de dag.\n"
    "\n"
    "De voorzitter:\n"
    "Deze motie is voorgesteld door de leden Jansen, Van der Berg en\n"
    "De Vries.\n"
    "\n"
    "Zij krijgt nr. 101 (12345).\n"
    "\n"
    "De Kamer,\n"
    "\n"
    "gehoord de beraadslaging,\n"
    "\n"
    "spreekt uit dat data hier horen,\n"
    "\n"
    "en gaat over tot de orde van de dag.\n"
    "\n"
    "De voorzitter:\n"
    "Deze motie is voorgesteld door het lid Jansen.\n"
    "\n"
    "Zij krijgt nr. 102 (12 345).\n"
    "\n"
    "De heer Six\n"
    "Dijkstra (NSC):\n"
    "Een vraag. Kan de minister toezeggen dat hij de Kamer informeert?\n"
    "\n"
    "Staatssecretaris Pietersen:\n"
    "De motie op stuk nr. 101 geef ik oordeel Kamer. Ik kan u toezeggen dat we voor het zomerreces\n"
    "een update geven. Dan de motie op stuk nr. 102. Die ontraad ik.\n"
    "\n"
    "De voorzitter:\n"
    "De motie op stuk nr. 101 wordt meeondertekend door de heer Smit. De motie wordt ontraden.\n"
    "\n"
    "Minister Smit:\n"
    "De motie op stuk nr. 102 is overgenomen, zou ik willen zeggen.\n"
    "De staatssecretaris geeft aan: zo niet.\n"
    "\n"
    "De heer Knol (PvdA): Mijnheer de Voorzitter! Ik zeg het kort.\n"
    "Voorzitter: Deetman\n"
    "De heer de Jong: Mijnheer de Voorzitter! Kort.\n"
    "Minister d'Ancona: Dank.\n"
    "De heer Donner, Minister van Justitie: Ik antwoord.\n"
    "Minister van Financiën: Ook ik.\n";

TEST_CASE("Debate: speaker turns with roles and parties", "[structure]") {
  Document doc = ParseDocument("t.txt", kDebate);
  CHECK(doc.kind == DocumentKind::kHandelingen);
  REQUIRE(doc.speeches.size() == 13);
  CHECK(doc.speeches[1].speaker == "Jansen");
  CHECK(doc.speeches[1].party == "GroenLinks-PvdA");
  CHECK(doc.speeches[1].role == Speech::Role::kMember);
  CHECK(doc.speeches[4].speaker == "Six Dijkstra");
  CHECK(doc.speeches[4].party == "NSC");
  CHECK(doc.speeches[4].line == 37);
  CHECK(doc.speeches[5].role == Speech::Role::kStateSecretary);
  CHECK(doc.speeches[5].speaker == "Pietersen");
  CHECK(doc.speeches[7].role == Speech::Role::kMinister);
  CHECK(doc.speeches[7].speaker == "Smit");
  CHECK(doc.speeches[0].role == Speech::Role::kChair);
  CHECK(doc.speeches[0].end_line == 2);
  CHECK(SpeechAtLine(doc, 42) == 5);
  // An older transcript's header with the text on the same line.
  CHECK(doc.speeches[8].speaker == "Knol");
  CHECK(doc.speeches[8].party == "PvdA");
  CHECK(doc.speeches[8].line == 52);
  CHECK(doc.speeches[8].end_line == 53);
  CHECK(doc.speeches[9].speaker == "de Jong");
  CHECK(doc.speeches[9].role == Speech::Role::kMember);
  CHECK(doc.speeches[10].speaker == "d'Ancona");
  CHECK(doc.speeches[10].role == Speech::Role::kMinister);
  CHECK(doc.speeches[11].speaker == "Donner");
  CHECK(doc.speeches[11].role == Speech::Role::kMinister);
  CHECK(doc.speeches[12].speaker.empty());
  CHECK(doc.speeches[12].role == Speech::Role::kMinister);
}

TEST_CASE("Debate: motions with submitters, clauses and authoritative verdicts", "[structure]") {
  Document doc = ParseDocument("t.txt", kDebate);
  REQUIRE(doc.motions.size() == 2);
  const Motion& a = doc.motions[0];
  CHECK(a.id == "kst-12345-101");
  CHECK(a.line == 7);
  CHECK(a.submitters == std::vector<std::string>{"Jansen", "Van der Berg", "De Vries"});
  CHECK(a.considerations == std::vector<std::string>{"constaterende dat de cloud duur is"});
  CHECK(a.requests == std::vector<std::string>{"verzoekt de regering de kosten te halveren"});
  // The chair's "De motie wordt ontraden" (after naming nr. 101) beats the state secretary's words.
  CHECK(a.verdict == "ontraden");
  CHECK(a.verdict_line == 46);
  const Motion& b = doc.motions[1];
  CHECK(b.id == "kst-12345-102");
  CHECK(b.submitters == std::vector<std::string>{"Jansen"});
  CHECK(b.requests == std::vector<std::string>{"spreekt uit dat data hier horen"});
  // No chair verdict: the government's last words on it count (issue 15: the final advice in the debate).
  CHECK(b.verdict == "overgenomen");
  CHECK(b.verdict_line == 49);
}

TEST_CASE("Debate: commitments only from the government, with deadline and motion", "[structure]") {
  Document doc = ParseDocument("t.txt", kDebate);
  REQUIRE(doc.commitments.size() == 1);
  const Commitment& c = doc.commitments[0];
  CHECK(c.speaker == "Pietersen");
  CHECK(c.line == 42);
  CHECK(c.deadline == "voor het zomerreces");
  CHECK(c.related == "kst-12345-101");
  CHECK(c.text == "Ik kan u toezeggen dat we voor het zomerreces een update geven.");
}

TEST_CASE("VerdictOf reads the verdict phrases", "[structure]") {
  struct Case {
    const char* sentence;
    const char* verdict;
  };
  const Case cases[] = {
      {"De motie op stuk nr. 1 krijgt: oordeel Kamer.", "oordeel Kamer"},
      {"Het verzoekpunt in de motie op stuk nr. 1 krijgt: oordeel Kamer.", "oordeel Kamer"},
      {"De motie op stuk nr. 1 wordt ontraden.", "ontraden"},
      {"Gezien het voorgaande ontraad ik de motie.", "ontraden"},
      {"De appreciatie van de motie op stuk nr. 2 is: overnemen.", "overgenomen"},
      {"De motie-Buijsse (26643, nr. 1322) is overgenomen.", "overgenomen"},
      {"Op verzoek van mevrouw Jansen stel ik voor haar motie aan te houden.", "aangehouden"},
      {"De motie is ingetrokken.", "ingetrokken"},
      {"De motie op stuk nr. 3 is een spreekt-uitmotie.", ""},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    CHECK(VerdictOf(c.sentence) == c.verdict);
  }
}

TEST_CASE("Commitments and deadline phrases", "[structure]") {
  struct Case {
    const char* sentence;
    bool commitment;
    const char* deadline;
  };
  const Case cases[] = {
      {"Ik kan u wel toezeggen dat ik verwacht dat we voor het zomerreces een update kunnen geven.", true,
       "voor het zomerreces"},
      {"Zoals verzocht zullen wij de Kamer hier verder over informeren voor het komend meireces.", true,
       "voor het komend meireces"},
      {"Ik zal uw Kamer in aanloop naar het Raadsakkoord per brief informeren over de stand.", true,
       "in aanloop naar het Raadsakkoord"},
      {"Op korte termijn ontvangt de Tweede Kamer een BNC-fiche over dit voorstel.", true, "Op korte termijn"},
      {"Voor het zomerreces wordt uw Kamer nader geïnformeerd over de uitkomst.", true, "Voor het zomerreces"},
      {"De minister zal uw Kamer later dit jaar informeren.", true, "later dit jaar"},
      {"Kan de bewindspersoon toezeggen dat hij de Kamer informeert?", false, ""},
      {"Dat kan ik niet toezeggen.", false, ""},
      {"Met verwijzing naar de toezegging van de minister in september jl. stuur ik u deze nota.", false, ""},
      {"Ik zeg u graag toe dat ik uw Kamer voor 1 juli een brief stuur.", true, "voor 1 juli"},
      {"Ik zeg toe dat ik uw Kamer voor de zomer een brief stuur.", true, "voor de zomer"},
      {"De minister zegt toe de Kamer voor het kerstreces te informeren.", true, "voor het kerstreces"},
      {"Wij hebben toegezegd de Kamer te informeren.", false, ""},
      {"De heer X stelde de vraag of de minister zou willen toezeggen dat hij de Kamer informeert.", false, ""},
      {"Het kabinet onderschrijft het belang van transparantie.", false, ""},
      {"Zij vragen hem om de Kamer nauw te informeren over zijn inzet.", false, ""},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    CHECK(IsCommitment(c.sentence) == c.commitment);
    if (c.commitment) CHECK(DeadlinePhrase(c.sentence) == c.deadline);
  }
}

TEST_CASE("IdentifyDocument reads official ids from file names", "[structure]") {
  struct Case {
    const char* path;
    const char* id;
    bool official;
  };
  const Case cases[] = {
      {"corpus/kst-26643-1317.txt", "kst-26643-1317", true},
      {"kst-21501-33-1195.xml", "kst-21501-33-1195", true},
      {"a/ah-tk-20252026-597.txt", "ah-tk-20252026-597", true},
      {"h-tk-20192020-45-12.txt", "h-tk-20192020-45-12", true},
      {"2024D48680.pdf", "2024D48680", true},
      {"seeds/000_b42.txt", "seeds/000_b42.txt", false},
  };
  for (const Case& c : cases) {
    INFO(c.path);
    Document doc = ParseDocument(c.path, "tekst\n");
    CHECK(doc.id == c.id);
    CHECK(doc.has_official_id == c.official);
  }
}

TEST_CASE("A motion printed as its own Kamerstuk takes the paper's id", "[structure]") {
  Document doc =
      ParseDocument("kst-21501-20-2198.txt",
                    "MOTIE VAN HET LID OMTZIGT\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
                    "verzoekt de regering iets te doen,\n\nen gaat over tot de orde van de dag.\n\nOmtzigt\n");
  CHECK(doc.kind == DocumentKind::kMotie);
  REQUIRE(doc.motions.size() == 1);
  CHECK(doc.motions[0].id == "kst-21501-20-2198");
  CHECK(doc.motions[0].dossier == "21501-20");
  CHECK(doc.motions[0].number == "2198");
  CHECK(doc.motions[0].requests == std::vector<std::string>{"verzoekt de regering iets te doen"});
}

TEST_CASE("IdentifyDocument reads the printed head of a Kamerstuk", "[structure]") {
  struct Case {
    const char* text;
    const char* id;
  };
  const Case cases[] = {
      {"Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1993-1994\n19073\nAlgemene wet\nNr. 16\nAMENDEMENT\n",
       "kst-19073-16"},
      {"Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1990-1991\n21 501-02\nRaad\nNr. 125\n", "kst-21501-02-125"},
      {"Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1993-1994\n23400 XIII\nBegroting\nNr. 25\n",
       "kst-23400-XIII-25"},
      // An Aanhangsel item's number under its head is its identity (issue 14).
      {"Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1990-1991\nAanhangsel van de Handelingen\n743\n",
       "ah-tk-19901991-743"},
      {"Een brief.\n19073\nNr. 16\n", "h.txt"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Document doc = ParseDocument("h.txt", c.text);
    CHECK(doc.id == c.id);
    CHECK(doc.has_official_id == (std::string(c.id) != "h.txt"));
  }
}

TEST_CASE("A metadata file beside the documents gives id, kind, date and title", "[structure]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "kamergraaf_metadata_test";
  fs::create_directories(dir);
  {
    std::ofstream csv(dir / ".kamergraaf-metadata.csv");
    csv << "file,kind,id,date,title\n"
        << "a.txt,kamerbrief,kst-12345-6,2025-01-02,\"Brief over \"\"iets\"\", kort\"\n"
        << "b.txt,geen-soort,,,\n";
  }
  Document a = ParseDocument((dir / "a.txt").string(), "Tekst.\n");
  CHECK(a.id == "kst-12345-6");
  CHECK(a.has_official_id);
  CHECK(a.kind == DocumentKind::kKamerbrief);
  CHECK(a.kind_evidence == ".kamergraaf-metadata.csv line 2");
  CHECK(a.date == "2025-01-02");
  CHECK(a.title == "Brief over \"iets\", kort");
  Document b = ParseDocument((dir / "b.txt").string(), "Tekst.\n");
  CHECK(b.kind == DocumentKind::kUnknown);
  CHECK_FALSE(b.has_official_id);
  fs::remove_all(dir);
}

TEST_CASE("A JSON metadata file works like the CSV one", "[structure]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "kamergraaf_metadata_json_test";
  fs::create_directories(dir);
  {
    std::ofstream json(dir / "metadata.json");
    json << R"([{"file": "c.txt", "kind": "motie", "id": "kst-12345-7", "date": "2025-03", "signer": "Jansen"},)"
         << R"( "not an object", {"file": "sub/d.txt", "title": "Nota over \"iets\""}])";
  }
  Document c = ParseDocument((dir / "c.txt").string(), "Tekst.\n");
  CHECK(c.id == "kst-12345-7");
  CHECK(c.kind == DocumentKind::kMotie);
  CHECK(c.kind_evidence == "metadata.json record 1");
  CHECK(c.date == "2025-03");
  CHECK(c.date_evidence == "metadata.json record 1");
  CHECK(c.signer == "Jansen");
  Document d = ParseDocument((dir / "d.txt").string(), "Tekst.\n");
  CHECK(d.title == "Nota over \"iets\"");
  CHECK(IsMetadataFile((dir / "metadata.json").string()));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kamergraaf

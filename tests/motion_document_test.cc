// Motions as documents, the advice in a debate and the vote: table cases in the forms of real text, written
// for these tests (no document text copied).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "corpus/document_reader.h"
#include "kamergraaf/pipeline.h"
#include "parse/motion_advice.h"
#include "parse/motion_document.h"

namespace kamergraaf {
namespace {

std::vector<RunningLine> Lines(std::string_view text) {
  std::vector<RunningLine> out;
  int n = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    out.push_back({++n, text.substr(start, nl - start), false});
    start = nl + 1;
  }
  return out;
}

TEST_CASE("NameCase writes upper-case names as they are written", "[motion]") {
  struct Case {
    const char* upper;
    const char* want;
  } cases[] = {
      {"VAN DER STAAIJ", "Van der Staaij"},   {"DIEDERIK VAN DIJK", "Diederik van Dijk"},
      {"MARTENS-AMERICA", "Martens-America"}, {"KOSTIĆ", "Kostić"},
      {"DE HOOP", "De Hoop"},                 {"GABRIËLS", "Gabriëls"},
  };
  for (const Case& c : cases) CHECK(NameCase(c.upper) == c.want);
}

TEST_CASE("SubmittersOfTitle reads the names of a motion or amendment title", "[motion]") {
  struct Case {
    const char* title;
    std::vector<std::string> want;
  } cases[] = {
      {"MOTIE VAN DE LEDEN JANSEN EN DE VRIES", {"Jansen", "De Vries"}},
      {"MOTIE VAN HET LID VAN DER WAL C.S.", {"Van der Wal"}},
      {"GEWIJZIGDE MOTIE VAN HET LID PIETERS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 12", {"Pieters"}},
      {"MOTIE VAN DE LEDEN BAKKER, VAN DEN BERG EN EL HAMDI", {"Bakker", "Van den Berg", "El Hamdi"}},
      {"Motie van het lid Van Houten over het openbaar vervoer", {"Van Houten"}},
      {"AMENDEMENT VAN HET LID DE GROOT CS.", {"De Groot"}},
      // An OCR'd head runs the date phrase into the title line.
      {"MOTIE VAN HET LID TER HORST Voorgesteld 12 maart 1985", {"Ter Horst"}},
      {"MOTIE VAN HET LID WOUTERS CS. Voorgesteld in de openbare commissievergadering van 3 mei 1987", {"Wouters"}},
      {"AMENDEMENT VAN HET LID DE WIT Ontvangen 9 september 1989", {"De Wit"}},
      {"MOTIE VAN HET LID VAN DAM Ingezonden 2 mei 1975", {"Van Dam"}},
      {"MOTIE VAN HET LID SMIT CS. Vastgesteld 4 februari 1978", {"Smit"}},
      {"GEWIJZIGDE MOTIE VAN HET LID KOK TER VERVAN-GING VAN DIE GEDRUKT ONDER NR. 8", {"Kok"}},
      {"BRIEF VAN DE MINISTER", {}},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    CHECK(SubmittersOfTitle(c.title) == c.want);
  }
}

TEST_CASE("SplitSignatureLine splits names signed on one line", "[motion]") {
  CHECK(SplitSignatureLine("Bakker Kappeyne van de Coppello De Vries Smit", {}) ==
        std::vector<std::string>{"Bakker", "Kappeyne van de Coppello", "De Vries", "Smit"});
  CHECK(SplitSignatureLine("Van der Meer Ter Horst Beckers-de Wit", {}) ==
        std::vector<std::string>{"Van der Meer", "Ter Horst", "Beckers-de Wit"});
  // A known first-name form from the title stays one name.
  CHECK(SplitSignatureLine("Anna Jansen Krul", {"Anna Jansen"}) == std::vector<std::string>{"Anna Jansen", "Krul"});
}

TEST_CASE("FirstDutchDate reads modern and historical dates", "[motion]") {
  CHECK(FirstDutchDate("Voorgesteld tijdens het Wetgevingsoverleg van 3 maart 2025") == "2025-03-03");
  CHECK(FirstDutchDate("de wet van den 2den Mei 1863") == "1863-05-02");
  CHECK(FirstDutchDate("nr. 12 van 2024") == "");
}

TEST_CASE("ReadMotionDocument: head, title, date, signatures and what a gewijzigde motie replaces", "[motion]") {
  const char* text =
      "Tweede Kamer der Staten-Generaal\n"
      "Vergaderjaar 2030-2031\n"
      "36 999\n"
      "VIII\n"
      "Vaststelling van een begroting\n"
      "Nr. 45\n"
      "GEWIJZIGDE MOTIE VAN HET LID JANSEN C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 41\n"
      "Voorgesteld\n"
      "4 februari 2031\n"
      "De Kamer,\n"
      "gehoord de beraadslaging,\n"
      "verzoekt de regering iets te doen,\n"
      "en gaat over tot de orde van de dag.\n"
      "Jansen\n"
      "Van der Berg\n"
      "Anna de Wit\n";
  Motion m;
  Diagnostics diagnostics;
  REQUIRE(ReadMotionDocument(Lines(text), &m, &diagnostics));
  CHECK(m.id == "kst-36999-VIII-45");
  CHECK(m.replaces == "kst-36999-VIII-41");
  CHECK(m.date == "2031-02-04");
  CHECK(m.submitters == std::vector<std::string>{"Jansen", "Van der Berg", "Anna de Wit"});
  CHECK_FALSE(m.amendment);
  CHECK(diagnostics.empty());

  // A signature that disagrees with the title: the title's names, and a warning.
  Motion other;
  const char* wrong =
      "36 999 Een dossier\nNr. 7\nMOTIE VAN HET LID PIETERS\nVoorgesteld 1 maart 2031\nDe Kamer,\n"
      "gehoord de beraadslaging,\nverzoekt de regering,\nen gaat over tot de orde van de dag.\nKlaassen\n";
  REQUIRE(ReadMotionDocument(Lines(wrong), &other, &diagnostics));
  CHECK(other.id == "kst-36999-7");
  CHECK(other.submitters == std::vector<std::string>{"Pieters"});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message == "motion signed by 'Klaassen', its title names 'Pieters'");

  // An amendment with its change and the foot as the id.
  Motion amendment;
  const char* amended =
      "Tweede Kamer der Staten-Generaal\nZitting 1980-1981\nNr. 12\nAMENDEMENT VAN DE LEDEN SMIT EN DE BOER\n"
      "Ontvangen 3 maart 1981\nDe ondergetekenden stellen het volgende amendement voor:\n"
      "Artikel 4, eerste lid, vervalt.\nToelichting Een uitleg.\nSmit De Boer\n"
      "Tweede Kamer, zitting 1980-1981, 16 100, nr. 12\n";
  REQUIRE(ReadMotionDocument(Lines(amended), &amendment, nullptr));
  CHECK(amendment.amendment);
  CHECK(amendment.id == "kst-16100-12");
  CHECK(amendment.date == "1981-03-03");
  CHECK(amendment.submitters == std::vector<std::string>{"Smit", "De Boer"});
  CHECK(amendment.requests == std::vector<std::string>{"Artikel 4, eerste lid, vervalt."});

  Motion none;
  CHECK_FALSE(ReadMotionDocument(Lines("BRIEF VAN DE MINISTER\nGeachte voorzitter,\n"), &none, nullptr));
}

TEST_CASE("AdviceOf reads the advice, never the vote", "[motion]") {
  struct Case {
    const char* sentence;
    const char* want;
  } cases[] = {
      {"De motie op stuk nr. 12 ontraad ik.", "ontraden"},
      {"Die laat ik aan het oordeel van de Kamer.", "oordeel Kamer"},
      {"Ik laat het oordeel over deze motie aan de Kamer.", "oordeel Kamer"},
      {"Die kan ik overnemen.", "overgenomen"},
      {"Ik verzoek de indiener om de motie aan te houden.", "aangehouden"},
      {"Ik verzoek u de motie aan te houden. Anders moet ik haar ontraden.", "ontraden"},
      {"Dan kan ik de motie niet oordeel Kamer geven.", ""},
      {"Is de motie dan ontraden?", ""},
      {"Zij willen het bedrijf overnemen.", ""},
      {"De motie is aangenomen.", ""},
      {"Ik stel voor dat de heer Smit deze motie aanhoudt en het met de minister opneemt.", "aangehouden"},
      {"Terwijl die motie aangehouden is, kan zij mee bij de motie op stuk nr. 8.", ""},
      {"Als het verzoek overnemen is, wil ik de motie op stuk nr. 9 overnemen.", "overgenomen"},
      {"Als ik 'm zo mag lezen, laat ik het oordeel aan de Kamer.", "oordeel Kamer"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    CHECK(AdviceOf(c.sentence) == c.want);
  }
}

// A debate on one line, as text extracted from a PDF by some tools.
const char* kOneLineDebate =
    "De heer Jansen (ABC): Ik dien een motie in. Motie De Kamer, gehoord de beraadslaging, constaterende dat het "
    "regent; verzoekt de regering paraplu's uit te delen, en gaat over tot de orde van de dag. De voorzitter: Deze "
    "motie is voorgesteld door de leden Jansen en Van der Berg. Naar mij blijkt, wordt de indiening ervan voldoende "
    "ondersteund. Zij krijgt nr. 21 (36999). Motie De Kamer, gehoord de beraadslaging, verzoekt de regering de zon "
    "te laten schijnen, en gaat over tot de orde van de dag. De voorzitter: Deze motie is voorgesteld door het lid "
    "Pietersen. Zij krijgt nr. 22, was nr. 20 (36999). Minister De Wit: De motie op stuk nr. 21 laat ik aan het "
    "oordeel van de Kamer. Dan de motie op stuk nr. 22. Die motie ontraad ik. De heer Jansen (ABC): Ik ontraad "
    "niets. De voorzitter: De motie op stuk nr. 22 is ontraden. In stemming komt de motie-Jansen/Van der Berg "
    "(36999, nr. 21). De voorzitter: Ik constateer dat de leden van de fracties van de ABC en DEF voor deze motie "
    "hebben gestemd en de leden van de fracties van GHI ertegen, zodat zij is aangenomen.";

TEST_CASE("Debate motions on one line: submitters, replaces, advice and vote", "[motion]") {
  Document doc = ParseDocument("debate.txt", kOneLineDebate);
  REQUIRE(doc.motions.size() == 2);
  const Motion& a = doc.motions[0];
  CHECK(a.id == "kst-36999-21");
  CHECK(a.submitters == std::vector<std::string>{"Jansen", "Van der Berg"});
  CHECK(a.requests == std::vector<std::string>{"verzoekt de regering paraplu's uit te delen"});
  CHECK(a.verdict == "oordeel Kamer");
  CHECK(a.outcome == "aangenomen");
  REQUIRE(a.votes.size() == 3);
  CHECK(a.votes[0].party == "ABC");
  CHECK(a.votes[2].side == "tegen");
  const Motion& b = doc.motions[1];
  CHECK(b.id == "kst-36999-22");
  CHECK(b.replaces == "kst-36999-20");
  CHECK(b.submitters == std::vector<std::string>{"Pietersen"});
  CHECK(b.verdict == "ontraden");
  CHECK(b.outcome.empty());
}

// The advice as real debates give it, in sentences written for this test: sentences glued by the extraction,
// a page footer inside a sentence, the chair's "…, hè?" confirmed by the minister, numbers of another dossier,
// "op stuk. 14" without its "nr.", talk turning to "de amendementen", and a describing subordinate clause.
std::string AdviceDebate() {
  std::string text = "De heer Smit (ABC): Ik dien mijn moties in. ";
  const char* who[] = {"Smit", "Smit", "Bakker", "Bakker", "Visser", "Visser"};
  for (int n = 11; n <= 16; ++n) {
    text += "Motie De Kamer, gehoord de beraadslaging, verzoekt de regering plan " + std::to_string(n) +
            " uit te voeren, en gaat over tot de orde van de dag. De voorzitter: Deze motie is voorgesteld door het "
            "lid " + who[n - 11] + ". Zij krijgt nr. " + std::to_string(n) + " (36998). ";
  }
  return text +
         "Minister De Wit: De motie op stuk nr. 11 vraagt veel. Ik laat het oordeel aan de Kamer.Dan de motie "
         "op stuk nr. 12. Die kost geld en is niet gedekt. De voorzitter: De motie op stuk nr. 12 was ook ontraden, "
         "hè? Minister De Wit: Zeker, en de motie op stuk nr. 13 is oordeel Kamer. 3 maart 2031 TK 50 50-7-12 De "
         "motie op stuk nr. 14 is ook oordeel Kamer. Dan kom ik bij de motie op stuk. 15. Om die reden ontraad ik de "
         "motie. De voorzitter: Op verzoek van het lid Jansen stel ik voor zijn motie (36111, nr. 15) aan te houden. "
         "Daartoe wordt besloten. Minister De Wit: Dan de motie op stuk nr. 16 van de heer Visser. Die geef ik "
         "oordeel Kamer. Terwijl die motie aangehouden is, kan die mee bij de motie op stuk nr. 16. De voorzitter: "
         "Dan de amendementen. Het eerste is al ontraden.";
}

TEST_CASE("Debate advice: glued sentences, footers, confirmed questions, other dossiers", "[motion]") {
  Document doc = ParseDocument("debate.txt", AdviceDebate());
  REQUIRE(doc.motions.size() >= 6);
  std::vector<std::string> want = {"oordeel Kamer", "ontraden", "oordeel Kamer", "oordeel Kamer", "ontraden",
                                   "oordeel Kamer"};
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO(doc.motions[i].id);
    CHECK(doc.motions[i].verdict == want[i]);
  }
}

TEST_CASE("Official XML: the submitters end where the chair's next sentence begins", "[motion]") {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><officiele-publicatie><handelingen><agendapunt><spreekbeurt>"
      "<spreker><voorvoegsels>De</voorvoegsels><naam><achternaam>voorzitter</achternaam></naam></spreker><tekst>"
      "<al-groep><motie id=\"M-32813-812\"><al>De Kamer,</al><al>gehoord de beraadslaging,</al>"
      "<al>verzoekt de regering iets te doen,</al><al>en gaat over tot de orde van de dag.</al></motie><motie-info>"
      "<al>Deze motie is voorgesteld door de leden Jansen en Pietersen. Naar mij blijkt, wordt de indiening ervan "
      "voldoende ondersteund.</al><al>Zij krijgt nr. 812 (32813).</al></motie-info></al-groep></tekst></spreekbeurt>"
      "</agendapunt></handelingen></officiele-publicatie>";
  Diagnostics diags;
  Document doc;
  REQUIRE(ReadDocument("h.xml", xml, &diags, &doc).ok());
  REQUIRE(doc.motions.size() == 1);
  CHECK(doc.motions[0].id == "kst-32813-812");
  CHECK(doc.motions[0].submitters == std::vector<std::string>{"Jansen", "Pietersen"});
}

}  // namespace
}  // namespace kamergraaf

// The phrases that date written questions, their answers and postponement notices (own sentences in the
// forms of the Aanhangsel, the questions as submitted and the uitstelbericht), and the timing of sets.
#include "parse/question_dates.h"

#include <catch2/catch.hpp>

#include "kamergraaf/pipeline.h"
#include "kamergraaf/question_timing.h"

namespace kamergraaf {
namespace {

TEST_CASE("DutchDateToIso reads day, Dutch month and year", "[question-dates]") {
  struct Case {
    const char* text;
    const char* want;
  };
  const Case cases[] = {
      {"7 september 1978", "1978-09-07"},
      {"14 Januari 2026", "2026-01-14"},
      {"1 mei 2026).", "2026-05-01"},
      {"31 februari 2026", "2026-02-31"},  // shape only; IsoToDays rejects it
      {"7 septembre 1978", ""},
      {"23 fe-bruari 1981", "1981-02-23"},  // OCR keeps the hyphen of a broken word
      {"september 1978", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(DutchDateToIso(c.text) == c.want);
  }
}

TEST_CASE("ReadQuestionDates finds asked and answered dates, zaak, asker and addressee", "[question-dates]") {
  struct Case {
    const char* text;
    const char* asked;
    const char* answered;
    const char* zaak;
    const char* asker;
    const char* addressee;
    bool postponement;
    bool notice;
  };
  const Case cases[] = {
      // Aanhangsel answer: header over two lines, the date broken over a line.
      {"Vergaderjaar 2025–2026 Aanhangsel van de Handelingen\n812\nVragen van het lid De Boer (VVD) aan de "
       "Minister van Infrastructuur en\nWaterstaat over sluizen (ingezonden\n3 maart 2026).\nAntwoord van Minister "
       "Smit (Infrastructuur en Waterstaat) (ontvangen 20 maart 2026).\nVraag 1\n",
       "2026-03-03", "2026-03-20", "", "De Boer (VVD)", "de Minister van Infrastructuur en Waterstaat", false, false},
      // Historical OCR keeps the hyphens of broken words: "Inge-zonden", "Ontvan-gen", "fe-bruari".
      {"VRAGEN van het lid Kok (P.v.d.A.) over de dijken. (Inge-zonden 6 fe-bruari 1973.)\n1. Kent de Minister "
       "het bericht?\nANTWOORD van de heer Smit, Minister van Verkeer. (Ontvan-gen 2 maart 1973.)\n1. Ja.\n",
       "1973-02-06", "1973-03-02", "", "Kok (P.v.d.A.)", "", false, false},
      // Questions as submitted: zaak on its own line, two askers with "beiden".
      {"Tweede Kamer\n 2026Z04321\nVragen van de leden Kok en Mulder (beiden CDA) aan de Staatssecretaris van "
       "Financiën over de btw op fietsen (ingezonden 2 april 2026).\nVraag 1\nKent u het bericht?\n",
       "2026-04-02", "", "2026Z04321", "Kok en Mulder (beiden CDA)", "de Staatssecretaris van Financiën", false,
       false},
      // Pre-publication answer with the zaak number broken by a space and no questions header.
      {"AH 700\n\n2026Z 05555\n\nAntwoord van minister Berg (Defensie) (ontvangen 9 mei 2026)\n\n1. Kent u …",
       "", "2026-05-09", "2026Z05555", "", "", false, false},
      // Aanhangsel Mededeling: postponed, questions printed without answers.
      {"Vragen van het lid Smit (SP) aan de Minister van Justitie en Veiligheid over cellen (ingezonden 1 april "
       "2026).\nMededeling van Minister Berg (Justitie en Veiligheid) (ontvangen 22 april 2026).\nDe vragen kunnen "
       "niet binnen de gebruikelijke termijn van drie weken worden beantwoord.\n",
       "2026-04-01", "2026-04-22", "", "Smit (SP)", "de Minister van Justitie en Veiligheid", true, true},
      // Uitstelbericht in its standard wording, the zaak named in the sentence.
      {"Mededeling van minister Berg (Justitie) (ontvangen 22 april 2026)\n\nDe vragen van het lid Smit (SP) over "
       "cellen (2026Z06000) kunnen niet binnen de gebruikelijke termijn worden beantwoord. De reden van het uitstel "
       "is dat de afstemming meer tijd vraagt.\n",
       "", "2026-04-22", "2026Z06000", "Smit (SP)", "", true, true},
      // "Op … jl." takes the year of the notice; a December question noticed in January is from the year before.
      {"Mededeling van staatssecretaris Kok (Financiën) (ontvangen 10 januari 2027)\n\nOp 20 december jl. hebben "
       "de leden Jansen en Visser (beiden SP) schriftelijke vragen gesteld aan de staatssecretaris van Financiën over "
       "de toeslagen. Vanwege de afstemming kunnen de vragen niet binnen de gebruikelijke termijn van drie weken "
       "worden beantwoord.\n",
       "2026-12-20", "2027-01-10", "", "Jansen en Visser (beiden SP)", "de staatssecretaris van Financiën", true,
       true},
      // A letter answering questions: "ingezonden" after the kenmerk; no Antwoord header.
      {"Datum 24 maart 2026\nGeachte Voorzitter,\nHierbij zend ik u de antwoorden op de vragen van het lid Bos "
       "(D66) over dijken (kenmerk: 2026Z01111, ingezonden 2 maart 2026).\n",
       "2026-03-02", "", "", "Bos (D66)", "", false, false},
      // Words glued by the text layer, a singular "Vraag van".
      {"Vraag van het lid Bos (D66) aan de Minister van Volksgezondheid, Welzijn en Sportover zorg(ingezonden "
       "1 oktober 2026).\nAntwoord van Minister Kok (Volksgezondheid) (ontvangen 18 november2026).",
       "2026-10-01", "2026-11-18", "", "Bos (D66)", "de Minister van Volksgezondheid, Welzijn en Sport", false,
       false},
      // A reference to other written questions in a footnote does not date this document.
      {"[2:  Kamervragen van het lid Smit (SP), ingezonden 20 januari 2026, 2026Z02222.]\n", "", "", "", "", "",
       false, false},
      {"Vragen van het lid Smit (PvdA) over dijken (Ingezonden 7 september 1978)", "1978-09-07", "", "", "Smit (PvdA)",
       "", false, false},
      // OCR of an old Aanhangsel; a bill or amendment "ingezonden" is not a set of questions.
      {"Vragen van de leden Kok (C.D.A.) en Bos (V.V.D.) over winkels. (lngezon-den27juni 1985) 1 Is het",
       "1985-06-27", "", "", "Kok (C.D.A.) en Bos (V.V.D.)", "", false, false},
      {"VOORGESTELD AMENDEMENT. (Ingezonden 26 Februari 1902.)", "", "", "", "", "", false, false},
      // The old Aanhangsel: capitals, "van den heer", "betreffende", the reply also "Ingezonden".
      {"VRAGEN van den heer Smit, betreffende dijken. (Ingezonden 23 Juni 1908.) I. Is den Minister bekend … "
       "ANTWOORD van den heer Kok, Minister van Waterstaat (Ingezonden 2 Juli 1908). Ter beantwoording",
       "1908-06-23", "1908-07-02", "", "Smit", "", false, false},
      {"VRAGEN van de heer Bos (P.v.d.A.) betreffende kerken. (Ingezonden 29 mei 1968.) 1. Kunnen … MEDEDELING "
       "van de heer Kok, Minister van Volkshuisvesting. (Ingezonden 20 juni 1968.) Hierbij bericht ik U, dat de "
       "beantwoording niet binnen de gebruikelijke termijn gereed zal kunnen zijn.",
       "1968-05-29", "1968-06-20", "", "Bos (P.v.d.A.)", "", true, true},
      // The reply's "(Ingezonden …)" is not the questions' date.
      {"VRAGEN van den heer Smit, betreffende dijken. I. Is den Minister bekend … ANTWOORD van den heer Kok, "
       "Minister (Ingezonden 2 Juli 1908).", "", "1908-07-02", "", "Smit", "", false, false},
      // Questions as sent out: the date before the title.
      {"2026Z07000\n\n(ingezonden 20 november 2026)\n\nVragen van het lid Bos (D66) aan de minister van Financiën "
       "over munten\n", "2026-11-20", "", "2026Z07000", "Bos (D66)", "de minister van Financiën", false, false},
      // Not written questions: a motion's "Ontvangen" and a date without "ingezonden".
      {"Motie van het lid Bos\nVoorgesteld 3 maart 2026\nDe Kamer, gehoord de beraadslaging,\n", "", "", "", "", "",
       false, false},
      {"", "", "", "", "", "", false, false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    QuestionDates q = ReadQuestionDates(c.text);
    CHECK(q.asked == c.asked);
    CHECK(q.answered == c.answered);
    CHECK(q.zaak == c.zaak);
    CHECK(q.asker == c.asker);
    CHECK(q.addressee == c.addressee);
    CHECK(q.postponement == c.postponement);
    CHECK(q.notice == c.notice);
  }
}

TEST_CASE("IsoToDays counts days and rejects impossible dates", "[question-dates]") {
  int a = 0, b = 0;
  REQUIRE(IsoToDays("1970-01-01", &a));
  CHECK(a == 0);
  REQUIRE(IsoToDays("2026-01-14", &a));
  REQUIRE(IsoToDays("2026-02-03", &b));
  CHECK(b - a == 20);
  REQUIRE(IsoToDays("2024-02-29", &a));
  REQUIRE(IsoToDays("2024-03-01", &b));
  CHECK(b - a == 1);
  CHECK_FALSE(IsoToDays("2026-02-29", &a));
  CHECK_FALSE(IsoToDays("2026-02-31", &a));
  CHECK_FALSE(IsoToDays("2026-13-01", &a));
  CHECK_FALSE(IsoToDays("2026-4-1", &a));
  CHECK_FALSE(IsoToDays("", &a));
}

TEST_CASE("TimeWrittenQuestions links sets and judges the three-week term", "[question-dates]") {
  Corpus corpus;
  auto add = [&](const char* path, const char* text) { corpus.documents.push_back(ParseDocument(path, text)); };
  // In time: asked 2 March, answered 20 March (18 days).
  add("a.txt",
      "Vragen van het lid De Boer (VVD) aan de Minister van Financiën over banken (ingezonden 2 maart 2026).\n"
      "Antwoord van Minister Smit (Financiën) (ontvangen 20 maart 2026).\n");
  // Late: the questions (zaak on its own line) and a later answer naming the zaak.
  add("b-vragen.txt",
      "2026Z01000\nVragen van het lid Bos (D66) aan de Minister van Financiën over pensioenen (ingezonden 2 maart "
      "2026).\n");
  add("b-antwoord.txt", "2026Z01000\nAntwoord van Minister Smit (Financiën) (ontvangen 13 april 2026).\n");
  // Postponed: questions and a notice linked by asker and asked date.
  add("c-vragen.txt",
      "Vragen van het lid Kok (CDA) aan de Minister van Financiën over munten (ingezonden 1 oktober 2026).\n");
  add("c-uitstel.txt",
      "Mededeling van Minister Smit (Financiën) (ontvangen 20 oktober 2026).\nDe vragen van het lid Kok (CDA) over "
      "munten (ingezonden 1 oktober 2026) kunnen niet binnen de gebruikelijke termijn van drie weken worden "
      "beantwoord. De reden van het uitstel is de afstemming.\n");
  // Open and overdue, and open within the term.
  add("d.txt", "Vragen van het lid Visser (SP) aan de Minister van Financiën over loon (ingezonden 2 november 2026).\n");
  add("e.txt", "Vragen van het lid Jansen (PvdD) aan de Minister van Financiën over dieren (ingezonden 20 november 2026).\n");
  // Not written questions.
  add("f.txt", "Geachte Voorzitter,\nHierbij informeer ik u over de stand van zaken.\n");
  REQUIRE(corpus.documents[4].kind == DocumentKind::kUitstelbericht);

  std::vector<QuestionSet> sets = TimeWrittenQuestions(corpus, "2026-11-30");
  REQUIRE(sets.size() == 5);
  CHECK(sets[0].key == "d.txt");
  CHECK(sets[0].status == QuestionStatus::kOverdue);
  CHECK(sets[0].age_days == 28);
  CHECK(sets[0].overdue_days == 7);
  CHECK(sets[1].key == "c-vragen.txt");
  CHECK(sets[1].status == QuestionStatus::kPostponed);
  CHECK(sets[1].postponed == "2026-10-20");
  CHECK(sets[1].notices == std::vector<std::string>{"c-uitstel.txt"});
  CHECK(sets[1].overdue_days == 39);
  CHECK(sets[2].key == "e.txt");
  CHECK(sets[2].status == QuestionStatus::kOpen);
  CHECK(sets[2].overdue_days == 0);
  CHECK(sets[3].key == "2026Z01000");
  CHECK(sets[3].status == QuestionStatus::kAnsweredLate);
  CHECK(sets[3].latency_days == 42);
  CHECK(sets[3].overdue_days == 21);
  CHECK(sets[3].fractie == "D66");
  CHECK(sets[3].questions == std::vector<std::string>{"b-vragen.txt"});
  CHECK(sets[3].answers == std::vector<std::string>{"b-antwoord.txt"});
  CHECK(sets[4].key == "a.txt");
  CHECK(sets[4].status == QuestionStatus::kAnsweredInTime);
  CHECK(sets[4].latency_days == 18);
  CHECK(sets[4].addressee == "de Minister van Financiën");

  QuestionTimingSummary s = SummarizeQuestionTiming(sets);
  CHECK(s.sets == 5);
  CHECK(s.in_time == 1);
  CHECK(s.late == 1);
  CHECK(s.postponed == 1);
  CHECK(s.open == 1);
  CHECK(s.overdue == 1);
  CHECK(s.median_latency == 30);
}

}  // namespace
}  // namespace kamergraaf

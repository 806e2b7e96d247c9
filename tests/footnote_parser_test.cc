#include "parse/footnote_parser.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/running_text.h"
#include "parse/text_util.h"
#include "text/line_index.h"

namespace kamergraaf {
namespace {

struct Expected {
  std::string number;
  int line;
  int marker_line;
  std::string text;
};

struct Case {
  const char* name;
  std::string text;
  std::vector<Expected> notes;
  std::vector<std::string> diagnostics;  // Diagnostic::ToString()
};

std::vector<Case> Cases() {
  return {
      {"pdf: glued marker, body interrupts a sentence, page resumes indented",
       "De leden vragen naar de kosten van de regeling.1 Zij willen weten wat de \n"
       "\n"
       "1 Zie Kamerstuk 12345, nr. 6.\n"
       " gevolgen zijn voor gemeenten?\n",
       {{"1", 3, 1, "Zie Kamerstuk 12345, nr. 6."}},
       {}},
      {"pdf: question mark, c.s. forms and a block of two bodies",
       "Deelt de minister die zorg2? Zie de motie van het lid Jansen c.s. 3 en de motie\n"
       "van het lid Pietersen c.s.4 over dit onderwerp.\n"
       "\n"
       "2 Bron: een krant van 1 mei.\n"
       "3 Kamerstuk 11111-22.\n"
       "4 Kamerstuk 33333-44.\n"
       "\n"
       "7\n",
       {{"2", 4, 1, "Bron: een krant van 1 mei."},
        {"3", 5, 1, "Kamerstuk 11111-22."},
        {"4", 6, 2, "Kamerstuk 33333-44."}},
       {}},
      {"pdf: a body that starts with a number and continues, links belong to the block",
       "Wat vindt de minister van de Finse winkels?1\n"
       "\n"
       "1 300 winkels voor crisissituaties, een bericht\n"
       "uit maart.\n"
       "\n"
       "https://example.org/winkels\n"
       " Volgende alinea.\n",
       {{"1", 3, 1, "300 winkels voor crisissituaties, een bericht uit maart. https://example.org/winkels"}},
       {}},
      {"pdf: a dossier number at the start of a continuation line is no new body",
       "Zie de brief.1\n"
       "\n"
       "1 Zie Kamerstukken II 2018/19,\n"
       "33 694, nr. 47.\n",
       {{"1", 3, 1, "Zie Kamerstukken II 2018/19, 33 694, nr. 47."}},
       {}},
      {"word: markers and inline bodies, restarted numbers, a marker without body",
       "De kosten.[footnoteRef:1] [1:  Waarbij baten ook tellen.]\n"
       "Zie de fiche.[footnoteRef:2] [2:  Kamerstuk 22112, nr. 1.]\n"
       "Opnieuw.[footnoteRef:1] [1:  Tweede noot met nummer een.]\n"
       "Zonder tekst.[footnoteRef:3] [3: \n"
       " losse tekst]\n",
       {{"1", 1, 1, "Waarbij baten ook tellen."},
        {"2", 2, 2, "Kamerstuk 22112, nr. 1."},
        {"1", 3, 3, "Tweede noot met nummer een."}},
       {"t.txt:4: footnote marker 3 has no body"}},
      {"superscript marker and body line",
       "Het bericht 'Een titel'\xC2\xB9 van gisteren.\n"
       "\n"
       "\xC2\xB9 Bron: Reuters.\n",
       {{"1", 3, 1, "Bron: Reuters."}},
       {}},
      {"numbered headings of a letter are no notes",
       "Geachte Voorzitter,\n\n1 Inleiding\n\nHierbij de brief.\n\n2 Achtergrond\n\nMeer tekst.\n",
       {},
       {}},
      {"a body at the foot of a page without a marker",
       "Tekst zonder verwijzing.\n\n1 Zie de bijlage.\n\n3\n\n vervolg van de tekst.\n",
       {{"1", 3, 0, "Zie de bijlage."}},
       {"t.txt:3: footnote 1 has no marker"}},
      {"pdf extraction: bodies glued to their numbers, markers glued or on a line of their own",
       "Vraag 1\n"
       "Wat weet u van de sluiting van de fabriek?1\n"
       "Vraag 2\n"
       "Wat doet u voor de werknemers?\n"
       "2\n"
       "1Dagblad, 3 maart 2025, (https://example.nl/fabriek-\n"
       "dicht)\n"
       "2Weekblad, 4 maart 2025\n"
       " \n"
       "kv-tk-2025Z01234\n"
       "3D-printers worden hier niet bedoeld.\n",
       {{"1", 6, 2, "Dagblad, 3 maart 2025, (https://example.nl/fabriek- dicht)"}, {"2", 8, 5, "Weekblad, 4 maart 2025"}},
       {}},
      {"glued bodies that are not at the foot of a page are text (numbered OCR answers)",
       "Kent u het bericht?1\nAntwoord\n1Ja, dat kennen wij.\nDe volgende vraag.\n",
       {},
       {}},
      {"a glued number without a marker is text", "Inleiding\n3Dprinting is een techniek.\n2Fasen volgen.\n", {}, {}},
      // OCR glues the numbers of questions and answers too, and ordinals: not notes, even with a "1" above.
      {"glued answer numbers and ordinals are text",
       "Zitting 1\n1STE VERGADERING\n1Kent u het bericht?\n2Deelt u de zorg van 1 mei?\nAntwoord\n1Ja.\n2Zie 1.\n",
       {},
       {}},
      {"no footnotes in a debate with numbers", "De voorzitter:\nIk geef 5 minuten.\n\n2 leden zijn er.\n", {}, {}},
  };
}

TEST_CASE("ParseFootnotes finds bodies, markers and problems in all three encodings", "[footnotes]") {
  for (const Case& c : Cases()) {
    INFO(c.name);
    LineIndex lines(c.text);
    Diagnostics diagnostics;
    std::vector<Footnote> notes = ParseFootnotes("t.txt", c.text, lines, &diagnostics);
    REQUIRE(notes.size() == c.notes.size());
    for (std::size_t i = 0; i < notes.size(); ++i) {
      CHECK(notes[i].number == c.notes[i].number);
      CHECK(notes[i].line == c.notes[i].line);
      CHECK(notes[i].marker_line == c.notes[i].marker_line);
      CHECK(notes[i].text == c.notes[i].text);
      CHECK(lines.LineOf(notes[i].body_start) == c.notes[i].line);
    }
    std::vector<std::string> got;
    for (const Diagnostic& d : diagnostics) got.push_back(d.ToString());
    CHECK(got == c.diagnostics);
  }
}

TEST_CASE("Body ranges cover exactly the body text", "[footnotes]") {
  std::string text = "Zie dit.[footnoteRef:1] [1:  Kamerstuk 1, nr. 2.] Verder.\n";
  LineIndex lines(text);
  Diagnostics d;
  auto notes = ParseFootnotes("t", text, lines, &d);
  REQUIRE(notes.size() == 1);
  CHECK(text.substr(notes[0].body_start, notes[0].body_end - notes[0].body_start) == "Kamerstuk 1, nr. 2.");
  CHECK_FALSE(IsWholeLineFootnote(text, notes[0]));
}

TEST_CASE("RunningLines takes footnote blocks and export noise out of the running text", "[footnotes]") {
  std::string pdf =
      "Een vraag die doorloopt1 op de \n"
      "\n"
      "1 Bron: iets.\n"
      " volgende pagina?\n"
      "\n"
      "Nieuwe alinea.\n";
  LineIndex lines(pdf);
  Diagnostics d;
  auto notes = ParseFootnotes("t", pdf, lines, &d);
  RunningText text = RunningLines(pdf, lines, notes);
  const std::vector<RunningLine>& running = text.lines;
  auto paragraphs = Paragraphs(running, 0, running.size());
  REQUIRE(paragraphs.size() == 2);
  Passage first = JoinLines(running, paragraphs[0].first, paragraphs[0].second);
  CHECK(first.text == "Een vraag die doorloopt1 op de volgende pagina?");
  CHECK(first.first_line == 1);
  CHECK(first.last_line == 4);

  std::string word = "[bookmark: OLE_LINK4]Tekst.[footnoteRef:1] [1:  Noot.] Meer\xEF\x82\xB7 tekst.\n";
  LineIndex wl(word);
  auto wnotes = ParseFootnotes("t", word, wl, &d);
  RunningText wtext = RunningLines(word, wl, wnotes);
  const std::vector<RunningLine>& wrun = wtext.lines;
  REQUIRE(wrun.size() >= 1);
  CHECK(wrun[0].text == "Tekst.  Meer tekst.");
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("MayContainAny is false only when no line can hold one of the words", "[footnotes]") {
  std::vector<RunningLine> lines(4);
  lines[0].text = "De minister antwoordt.";
  lines[1].text = "";
  lines[2].text = "Zie op Stuk Nr. 12.";
  lines[3].text = "Dat ge-";
  CHECK_FALSE(MayContainAny(lines, 0, 2, {"nr", "stuk"}));
  CHECK(MayContainAny(lines, 0, 3, {"nr", "stuk"}));  // any ASCII case
  CHECK(MayContainAny(lines, 3, 4, {"kamer"}));        // a hyphen at the line end may join a word
  CHECK_FALSE(MayContainAny(lines, 0, 3, {"kamer"}));
  CHECK_FALSE(MayContainAny(lines, 2, 2, {"stuk"}));  // an empty range
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("RunningText: lines are views of the document, edited lines are kept, the join is made once", "[footnotes]") {
  std::string doc = "  Eerste regel van een ge-\nvoegd woord.\n\n[bookmark: X]Tweede alinea.";
  LineIndex lines(doc);
  RunningText text = RunningLines(doc, lines, {});
  REQUIRE(text.lines.size() == 4);
  // An untouched line points into the document's own bytes: no copy per line.
  CHECK(text.lines[0].text == "Eerste regel van een ge-");
  CHECK(text.lines[0].text.data() == doc.data() + 2);
  CHECK(text.lines[0].indented);
  // An edited line (export noise cut out) lives in the RunningText, also after a move.
  RunningText moved = std::move(text);
  CHECK(moved.lines[3].text == "Tweede alinea.");
  const Passage& joined = moved.Joined();
  CHECK(joined.text == "Eerste regel van een gevoegd woord. Tweede alinea.");
  CHECK(&moved.Joined() == &joined);  // made once
  CHECK(joined.LineAt(joined.text.find("Tweede")) == 4);
  moved.lines.pop_back();
  moved.LinesChanged();
  CHECK(moved.Joined().text == "Eerste regel van een gevoegd woord.");
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("IsPageFurniture knows the lines a printed page carries around its text", "[footnotes]") {
  struct Case {
    std::string_view line;
    bool furniture;
  };
  const Case cases[] = {
      {"Tweede Kamer, vergaderjaar 2025–2026, 31 234, nr. 56", true},
      {"Tweede Kamer, vergaderjaar 2025-2026, 31 234 XV, nr. 7", true},
      {"Eerste Kamer, zitting 1979-1980, 15 123, nr. 4a", true},
      {"Tweede Kamer, zitting 1961-1962, 6 500, nr. 12", true},
      {"kst-31234-56", true},
      {"kst-36600-VIII-12", true},
      {"ah-tk-20252026-123", true},
      {"ISSN 0921 - 7371", true},
      {"ISSN 0921-7371", true},
      {"'s-Gravenhage 2025", true},
      {"\xE2\x80\x99s-Gravenhage 1984", true},
      {"Pagina 3 van 12", true},
      {"kv-tk-2024Z18438", true},
      {"Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1", true},
      // The printer's line as PDF text extraction glues it to the ISSN and the foot.
      {"ISSN 0921 - 7398\xE2\x80\x99s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1", true},
      {"\xE2\x80\x99s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1", true},
      // Text, not furniture: the foot's words inside a sentence, a dated place line, a lone number.
      {"Tweede Kamer, vergaderjaar 2025-2026, 31 234, nr. 56 is de brief die ik noemde", false},
      {"Zie ook kst-31234-56 voor de eerdere motie.", false},
      {"'s-Gravenhage, 3 april 2025", false},
      {"3", false},
      {"Het ISSN-nummer ontbreekt.", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK(IsPageFurniture(c.line) == c.furniture);
  }
}

TEST_CASE("Page furniture stays a line but is left out of the joined running text", "[footnotes]") {
  std::string doc =
      "De minister zal de Kamer voor de zomer\n"
      "Tweede Kamer, vergaderjaar 2025–2026, 31 234, nr. 56\n"
      "informeren over de voortgang.\n";
  LineIndex lines(doc);
  RunningText text = RunningLines(doc, lines, {});
  REQUIRE(text.lines.size() >= 3);
  CHECK(text.lines[1].furniture);
  CHECK(text.lines[1].line == 2);
  auto paragraphs = Paragraphs(text.lines, 0, text.lines.size());
  REQUIRE(paragraphs.size() == 1);
  CHECK(JoinLines(text.lines, paragraphs[0].first, paragraphs[0].second).text ==
        "De minister zal de Kamer voor de zomer informeren over de voortgang.");
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("SplitTrimmed and MostlyUpper, the small helpers the structure parsers share", "[text]") {
  CHECK(SplitTrimmed("A, B ,, C", ',') == std::vector<std::string_view>{"A", "B", "C"});
  CHECK(SplitTrimmed(" , ", ',').empty());
  CHECK(SplitTrimmed("Jansen", ',') == std::vector<std::string_view>{"Jansen"});
  CHECK(MostlyUpper("MEMORIE VAN ANTWOORD", 5));
  CHECK_FALSE(MostlyUpper("NOTA", 5));
  CHECK(MostlyUpper("NOTA", 4));
  CHECK_FALSE(MostlyUpper("Memorie van Antwoord", 4));
}

}  // namespace
}  // namespace kamergraaf

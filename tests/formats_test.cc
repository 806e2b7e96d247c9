// Golden tests: one small fictional document as text, as PDF (drawn by the test) and as official XML gives
// the same citations and structure; HTML pages and Aanhangsel XML carry their structure into the model.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "corpus/document_reader.h"
#include "source/pdf_reader.h"
#include "test_pdf.h"

namespace kamergraaf {
namespace {

const std::string kData = std::string(KAMERGRAAF_SOURCE_DIR) + "/tests/data/formats/";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Document Read(const std::string& path, Diagnostics* diags = nullptr) {
  Diagnostics local;
  Document doc;
  Status st = ReadDocument(path, Slurp(path), diags != nullptr ? diags : &local, &doc);
  INFO(st.ToString());
  REQUIRE(st.ok());
  return doc;
}

// The ids cited. An unresolved mention has none: in the text form "de motie van het lid Jansen¹" stays a
// mention, while the XML puts its note (which cites the motion) right after it.
std::set<std::string> Targets(const Document& doc) {
  std::set<std::string> out;
  for (const Citation& c : doc.citations) {
    if (!c.target.empty()) out.insert(c.target);
  }
  return out;
}

// A PDF drawn from the text form: page breaks at form-feed lines, footnotes at the page bottom.
std::string PdfOf(const std::string& text_fixture) {
  std::string pdf = std::filesystem::temp_directory_path() /
                    ("kamergraaf-" + std::to_string(::getpid()) + "-" +
                     std::filesystem::path(text_fixture).stem().string() + ".pdf");
  testing::WritePdf(pdf, testing::PagesOf(Slurp(text_fixture)));
  return pdf;
}

TEST_CASE("PDF text keeps lines, page-bottom footnotes and page breaks exactly as the text form", "[formats][pdf]") {
  std::string pdf = PdfOf(kData + "kst-36999-20.txt");
  std::string text;
  Diagnostics diags;
  REQUIRE(ExtractPdfText(pdf, Slurp(pdf), &text, &diags).ok());
  CHECK(diags.empty());
  CHECK(text == Slurp(kData + "kst-36999-20.txt"));
  std::filesystem::remove(pdf);
}

TEST_CASE("Text, PDF and XML forms of a letter give the same citations and footnotes", "[formats][golden]") {
  Document txt = Read(kData + "kst-36999-20.txt");
  std::string pdf_path = PdfOf(kData + "kst-36999-20.txt");
  Document pdf = Read(pdf_path);
  std::filesystem::remove(pdf_path);
  Document xml = Read(kData + "kst-36999-20.xml");

  CHECK(pdf.format == "pdf");
  CHECK(xml.format == "xml");
  CHECK(Targets(pdf) == Targets(txt));
  CHECK(Targets(xml) == Targets(txt));
  CHECK(Targets(xml) == std::set<std::string>{"kst-36999-12", "kst-36999-15", "kst-36999-18",
                                              "url:https://www.example.nl/evaluatie-pilot"});
  CHECK(pdf.footnotes.size() == txt.footnotes.size());

  // The XML says what the text parsers must work out: two notes, their markers, the id.
  CHECK(xml.id == "kst-36999-20");
  CHECK(xml.has_official_id);
  // The paper's own title in its head wins over the catalogue's DC.title (issue 14).
  CHECK(xml.title == "BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN");
  CHECK(xml.date == "2026-03-02");
  REQUIRE(xml.footnotes.size() == 2);
  CHECK(xml.footnotes[0].number == "1");
  CHECK(xml.footnotes[0].text == "Kamerstuk 36999, nr. 15.");
  CHECK(xml.footnotes[1].number == "2");
  CHECK(xml.footnotes[1].text == "Zie ook Kamerstukken II 2025/26, 36 999, nr. 18.");
  for (const Footnote& f : xml.footnotes) {
    CHECK(f.marker_line > 0);
    CHECK(f.marker_line < f.line);
  }
  for (const Citation& c : xml.citations) {
    INFO(c.target);
    if (c.target == "kst-36999-15") CHECK(c.footnote == "1");
    if (c.target == "kst-36999-18") CHECK(c.footnote == "2");
    if (c.target == "kst-36999-12") {
      CHECK(c.footnote.empty());
      CHECK(c.text == "Kamerstuk 36999, nr. 12");  // the extref's text: the markup's citation wins
    }
    if (!c.footnote.empty()) CHECK(c.context_line < c.line);
  }
}

TEST_CASE("Handelingen XML gives speeches, the motion with its number and submitters", "[formats][golden]") {
  Diagnostics diags;
  Document xml = Read(kData + "h-tk-20252026-41-7.xml", &diags);
  Document txt = Read(kData + "h-tk-20252026-41-7.txt");
  CHECK(diags.empty());  // the byte-order mark before <?xml is fine
  CHECK(xml.id == "h-tk-20252026-41-7");
  CHECK(xml.kind == DocumentKind::kHandelingen);
  REQUIRE(xml.speeches.size() == 3);
  CHECK(xml.speeches[0].role == Speech::Role::kChair);
  CHECK(xml.speeches[1].speaker == "Jansen");
  CHECK(xml.speeches[1].party == "GroenLinks-PvdA");
  CHECK(xml.speeches[1].role == Speech::Role::kMember);
  CHECK(xml.speeches[2].speaker == "De Vries");
  CHECK(xml.speeches[2].role == Speech::Role::kMinister);
  REQUIRE(xml.motions.size() == 1);
  const Motion& m = xml.motions[0];
  CHECK(m.id == "kst-36999-21");
  CHECK(m.dossier == "36999");
  CHECK(m.number == "21");
  CHECK(m.submitters == std::vector<std::string>{"Jansen", "De Boer"});
  CHECK(m.considerations.size() == 1);
  REQUIRE(m.requests.size() == 1);
  CHECK(m.requests[0] == "verzoekt de regering, de pilot uit te breiden naar alle gemeenten,");
  CHECK(Targets(xml) == std::set<std::string>{"kst-36999-20", "kst-36999-21"});
  // Whatever the text scanner finds in the text form, the XML has too.
  for (const std::string& t : Targets(txt)) CHECK(Targets(xml).count(t) == 1);
  bool motie_kind = std::any_of(xml.citations.begin(), xml.citations.end(), [](const Citation& c) {
    return c.target == "kst-36999-21" && c.kind == CitationKind::kMotie;
  });
  CHECK(motie_kind);
  // The rendered text has the speaker lines the text form has, at the same place.
  CHECK(xml.speeches[1].line == 5);
  CHECK(xml.speeches[2].line == 14);

  std::string pdf_path = PdfOf(kData + "h-tk-20252026-41-7.txt");
  Document pdf = Read(pdf_path);
  std::filesystem::remove(pdf_path);
  CHECK(Targets(pdf) == Targets(txt));
  CHECK(pdf.speeches.size() == txt.speeches.size());
  CHECK(pdf.motions.size() == txt.motions.size());
}

TEST_CASE("Official XML behind a double-encoded byte-order mark line reads as XML, namespace URLs cite nothing",
          "[formats][golden]") {
  // The file starts with "ï»¿" (a BOM decoded as Latin-1 and saved as UTF-8 again), CRLF and a blank line,
  // and its root carries xmlns:xsi and a schema location.
  Diagnostics diags;
  Document xml = Read(kData + "h-tk-20252026-41-7-bom-line.xml", &diags);
  Document clean = Read(kData + "h-tk-20252026-41-7.xml");
  CHECK(xml.format == "xml");
  CHECK(xml.id == clean.id);
  CHECK(xml.kind == DocumentKind::kHandelingen);
  CHECK(xml.speeches.size() == clean.speeches.size());
  REQUIRE(xml.motions.size() == 1);
  CHECK(xml.motions[0].id == "kst-36999-21");
  CHECK(Targets(xml) == Targets(clean));
  for (const Citation& c : xml.citations) CHECK(c.kind != CitationKind::kUrl);
}

TEST_CASE("A Word 97-2003 .doc is refused with advice, never read as text", "[formats]") {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole += std::string(512, '\0') + "Kamerstuk 36999, nr. 1";
  Diagnostics diags;
  Document doc;
  Status st = ReadDocument("motie.doc", ole, &diags, &doc);
  CHECK_FALSE(st.ok());
  CHECK(st.message() == "motie.doc: a Word 97-2003 .doc file, which kamergraaf cannot read; convert it to .docx or PDF");
}

TEST_CASE("Aanhangsel XML gives numbered questions and answers, unanswered ones open", "[formats]") {
  Document xml = Read(kData + "ah-tk-20252026-597.xml");
  CHECK(xml.id == "ah-tk-20252026-597");
  CHECK(xml.kind == DocumentKind::kKamervragenAntwoorden);
  REQUIRE(xml.questions.size() == 3);
  REQUIRE(xml.answers.size() == 2);
  CHECK(xml.questions[0].number == "1");
  CHECK(xml.questions[0].text == "Kent u het bericht over de pilot digitale weerbaarheid?");
  CHECK(xml.questions[0].answered);
  CHECK(xml.questions[1].answer == 1);
  CHECK_FALSE(xml.questions[2].answered);
  CHECK(xml.answers[1].questions == std::vector<int>{1});
  CHECK(Targets(xml).count("kst-36999-20") == 1);
}

TEST_CASE("HTML pages: blocks as lines, links as URL citations, footnote sections as footnotes", "[formats][html]") {
  Document html = Read(kData + "kamerbrief.html");
  CHECK(html.format == "html");
  CHECK(html.title == "Voortgang programma digitale weerbaarheid | Tweede Kamer der Staten-Generaal");
  std::set<std::string> t = Targets(html);
  CHECK(t.count("url:https://www.example.nl/evaluatie-pilot") == 1);
  CHECK(t.count("url:https://www.tweedekamer.nl/downloads/document?id=2026D09877") == 1);  // relative link
  CHECK(t.count("url:https://www.tweedekamer.nl/") == 0);       // navigation is not text
  CHECK(t.count("url:https://www.tweedekamer.nl/contact") == 0);  // nor the footer
  CHECK(t.count("url:https://tracker.example.com/") == 0);       // nor scripts
  for (const std::string& target : t) CHECK(target.find("share") == std::string::npos);  // nor share buttons
  CHECK(t.count("kst-36999-12") == 1);
  for (const Citation& c : html.citations) {
    if (c.target == "url:https://www.example.nl/evaluatie-pilot") CHECK(c.text == "de site van het programma");
  }
  REQUIRE(html.footnotes.size() == 2);
  CHECK(html.footnotes[0].number == "1");
  CHECK(html.footnotes[0].text == "Kamerstuk 36999, nr. 15.");
  CHECK(html.footnotes[0].marker_line > 0);
  CHECK(html.footnotes[1].marker_line > html.footnotes[0].marker_line);
  for (const Citation& c : html.citations) {
    if (c.target == "kst-36999-15") CHECK(c.footnote == "1");
    if (c.target == "kst-36999-18") CHECK(c.footnote == "2");
  }
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("A motion as its own Kamerstuk: signatures as submitters, a notes section linked by nootref",
          "[formats][xml]") {
  Document xml = Read(kData + "kst-36999-21.xml");
  CHECK(xml.kind == DocumentKind::kMotie);
  REQUIRE(xml.motions.size() == 1);
  CHECK(xml.motions[0].id == "kst-36999-21");
  CHECK(xml.motions[0].submitters == std::vector<std::string>{"Jansen", "De Boer"});
  CHECK(xml.motions[0].requests.size() == 1);
  REQUIRE(xml.footnotes.size() == 1);
  CHECK(xml.footnotes[0].number == "1");
  CHECK(xml.footnotes[0].text == "Zie Kamerstuk 36999, nr. 20.");
  CHECK(xml.footnotes[0].marker_line > 0);
  CHECK(xml.footnotes[0].marker_line < xml.footnotes[0].line);
  REQUIRE(xml.citations.size() == 1);
  CHECK(xml.citations[0].target == "kst-36999-20");
  CHECK(xml.citations[0].footnote == "1");
  CHECK(xml.citations[0].context_line == xml.footnotes[0].marker_line);
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("XML without DC.identifier takes its id from dossier and ondernummer; links to publications cite them",
          "[formats][xml]") {
  std::string xml =
      "<officiele-publicatie><metadata><meta name=\"OVERHEIDop.dossiernummer\" content=\"36 999\"/>"
      "<meta name=\"OVERHEIDop.ondernummer\" content=\"22\"/></metadata><kamerstuk><al>Zie "
      "<extref doc=\"https://zoek.officielebekendmakingen.nl/kst-36999-20.html\">de brief</extref> en "
      "<extref doc=\"https://www.example.nl/rapport.pdf\">het rapport</extref>.</al></kamerstuk>"
      "</officiele-publicatie>";
  Diagnostics diags;
  Document doc;
  REQUIRE(ReadDocument("x.xml", xml, &diags, &doc).ok());
  CHECK(doc.id == "kst-36999-22");
  CHECK(doc.has_official_id);
  CHECK(Targets(doc) == std::set<std::string>{"kst-36999-20", "url:https://www.example.nl/rapport.pdf"});
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("HTML exported by Word and LibreOffice: their footnote markup gives footnotes", "[formats][html]") {
  std::string word =
      "<html><body><p>Zie de brief<a href=\"#_ftn1\" name=\"_ftnref1\"><span class=MsoFootnoteReference>[1]"
      "</span></a>.</p><div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>"
      "<p class=MsoFootnoteText><a href=\"#_ftnref1\" name=\"_ftn1\">[1]</a> Kamerstuk 36999, nr. 15.</p></div>"
      "</div></body></html>";
  std::string libre =
      "<html><body><p>Zie de brief<a class=\"sdfootnoteanc\" name=\"sdfootnote1anc\" href=\"#sdfootnote1sym\">"
      "<sup>1</sup></a>.</p><div id=\"sdfootnote1\"><p><a class=\"sdfootnotesym\" name=\"sdfootnote1sym\" "
      "href=\"#sdfootnote1anc\">1</a> Kamerstuk 36999, nr. 15.</p></div></body></html>";
  for (const std::string& page : {word, libre}) {
    Diagnostics diags;
    Document doc;
    REQUIRE(ReadDocument("export.html", page, &diags, &doc).ok());
    REQUIRE(doc.footnotes.size() == 1);
    CHECK(doc.footnotes[0].number == "1");
    CHECK(doc.footnotes[0].text == "Kamerstuk 36999, nr. 15.");
    CHECK(doc.footnotes[0].marker_line == 1);
    REQUIRE(doc.citations.size() == 1);
    CHECK(doc.citations[0].target == "kst-36999-15");
    CHECK(doc.citations[0].footnote == "1");
  }
}

TEST_CASE("A saved page's own DC.identifier beats a number its text quotes", "[formats][html]") {
  std::string page =
      "<html><head><meta name=\"DC.identifier\" content=\"h-tk-20052006-4321-4321\"/>"
      "<meta name=\"DC.type\" content=\"Handeling\"/></head><body><p>Stemmingen over moties over havens</p>"
      "<p>De motie-Bos (19999, nr. 50) is in die zin gewijzigd dat zij thans luidt:</p>"
      "<p>De Kamer,</p><p>gehoord de beraadslaging,</p><p>verzoekt de regering, de havens te verdiepen,</p>"
      "<p>en gaat over tot de orde van de dag.</p><p>kst-19999-55</p></body></html>";
  Diagnostics diags;
  Document doc;
  REQUIRE(ReadDocument("stemmingen.html", page, &diags, &doc).ok());
  CHECK(doc.id == "h-tk-20052006-4321-4321");
  CHECK(doc.has_official_id);
  CHECK(doc.kind == DocumentKind::kHandelingen);
}

}  // namespace
}  // namespace kamergraaf

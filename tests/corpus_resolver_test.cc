// ResolveCorpus on hand-built documents: motion registry, named motions, follow-ups.
#include <catch2/catch.hpp>

#include "corpus/document_date.h"
#include "corpus/motion_mentions.h"
#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

Citation Cite(CitationKind kind, std::string target, int line, std::string text = "") {
  Citation c;
  c.kind = kind;
  c.target = std::move(target);
  c.resolved = true;
  c.line = line;
  c.context_line = line;
  c.text = std::move(text);
  return c;
}

Citation Mention(std::string name, int line, std::string text) {
  Citation c = Cite(CitationKind::kMention, "", line, std::move(text));
  c.resolved = false;
  c.mention_name = std::move(name);
  return c;
}

Motion MakeMotion(std::string number, std::vector<std::string> submitters, std::string request) {
  Motion m;
  m.id = "kst-36999-" + number;
  m.dossier = "36999";
  m.number = std::move(number);
  m.line = 10;
  m.submitters = std::move(submitters);
  m.requests = {std::move(request)};
  return m;
}

// A debate with motions 21 (Jansen, De Vries), 22 (Jansen) and 23 (De Vries), dated 11 februari 2026.
Document Debate() {
  Document d;
  d.path = "a/h-tk-20252026-41-7.txt";
  d.id = "h-tk-20252026-41-7";
  d.kind = DocumentKind::kHandelingen;
  d.date = "11 februari 2026";
  d.motions = {MakeMotion("21", {"Jansen", "De Vries"}, "verzoekt de regering één meldformulier in te voeren"),
               MakeMotion("22", {"Jansen"}, "verzoekt de regering waterschappen te steunen"),
               MakeMotion("23", {"De Vries"}, "verzoekt de regering de termijn te verkorten")};
  d.citations = {Cite(CitationKind::kMotie, "kst-36999-21", 50, "de motie op stuk nr. 21")};
  return d;
}

Document Letter(std::string path, std::string date, std::vector<Citation> citations) {
  Document d;
  d.path = std::move(path);
  d.id = d.path;
  d.kind = DocumentKind::kKamerbrief;
  d.date = std::move(date);
  d.citations = std::move(citations);
  return d;
}

Corpus MakeCorpus(std::vector<Document> docs) {
  Corpus c;
  c.documents = std::move(docs);
  std::sort(c.documents.begin(), c.documents.end(),
            [](const Document& a, const Document& b) { return a.path < b.path; });
  ResolveCorpus(&c);
  return c;
}

TEST_CASE("ResolveCorpus registers the motions of the corpus, sorted by id", "[corpus]") {
  Corpus c = MakeCorpus({Debate()});
  REQUIRE(c.motions.size() == 3);
  CHECK(c.motions[0].id == "kst-36999-21");
  CHECK(c.motions[0].document == 0);
  CHECK(c.motions[0].motion == 0);
  CHECK(c.motions[2].id == "kst-36999-23");
  CHECK(c.motions[2].motion == 2);
  // The debate's own reference to motion 21 is no follow-up.
  CHECK(c.motions[0].cited_by.empty());
  CHECK(c.motions[0].followed_up_by.empty());
  REQUIRE(c.FindMotion("kst-36999-22") != nullptr);
  CHECK(c.FindMotion("kst-36999-99") == nullptr);
}

TEST_CASE("A later letter citing a motion follows it up; its Kamerstuk citation becomes a motie", "[corpus]") {
  Corpus c = MakeCorpus(
      {Debate(), Letter("b/brief.txt", "14 april 2026", {Cite(CitationKind::kKamerstuk, "kst-36999-21", 20)})});
  const MotionRecord* m = c.FindMotion("kst-36999-21");
  REQUIRE(m != nullptr);
  int letter = c.FindDocument("b/brief.txt");
  CHECK(m->cited_by == std::vector<int>{letter});
  CHECK(m->followed_up_by == std::vector<int>{letter});
  CHECK(c.documents[letter].citations[0].kind == CitationKind::kMotie);
  CHECK(c.FindMotion("kst-36999-22")->followed_up_by.empty());
}

TEST_CASE("An older document citing a motion is no follow-up; unknown dates are not held against it", "[corpus]") {
  Corpus c = MakeCorpus({Debate(), Letter("b/old.txt", "2026-01-05", {Cite(CitationKind::kMotie, "kst-36999-22", 3)}),
                         Letter("b/undated.txt", "", {Cite(CitationKind::kMotie, "kst-36999-23", 3)})});
  const MotionRecord* m22 = c.FindMotion("kst-36999-22");
  CHECK(m22->cited_by == std::vector<int>{c.FindDocument("b/old.txt")});
  CHECK(m22->followed_up_by.empty());
  CHECK(c.FindMotion("kst-36999-23")->followed_up_by == std::vector<int>{c.FindDocument("b/undated.txt")});
}

TEST_CASE("A named motion resolves only when exactly one corpus motion has that first submitter", "[corpus]") {
  Corpus c = MakeCorpus(
      {Debate(),
       Letter("b/stand.txt", "20 mei 2026",
              {Mention("De Vries", 32, "De motie-De Vries"), Mention("Jansen", 43, "De motie-Jansen"),
               Mention("De Vries", 50, "de brief van De Vries"), Mention("Kathmann", 51, "de motie-Kathmann")})});
  const Document& letter = c.documents[c.FindDocument("b/stand.txt")];
  // De Vries is first submitter of motion 23 only (on motion 21 he is second).
  CHECK(letter.citations[0].kind == CitationKind::kMotie);
  CHECK(letter.citations[0].target == "kst-36999-23");
  CHECK(letter.citations[0].resolved);
  CHECK(letter.citations[0].mention_name == "De Vries");
  // Jansen submitted 21 and 22 first: ambiguous, never guessed.
  CHECK(letter.citations[1].kind == CitationKind::kMention);
  CHECK(letter.citations[1].target.empty());
  CHECK_FALSE(letter.citations[1].resolved);
  // Not about a motion, and a name with no corpus motion.
  CHECK(letter.citations[2].kind == CitationKind::kMention);
  CHECK(letter.citations[3].kind == CitationKind::kMention);
  CHECK(c.FindMotion("kst-36999-23")->followed_up_by == std::vector<int>{c.FindDocument("b/stand.txt")});
  CHECK(c.FindMotion("kst-36999-21")->followed_up_by.empty());
  CHECK(c.FindMotion("kst-36999-22")->followed_up_by.empty());
}

TEST_CASE("ResolveCorpus is idempotent", "[corpus]") {
  Corpus c = MakeCorpus({Debate(), Letter("b/stand.txt", "",
                                          {Mention("De Vries", 32, "De motie-De Vries"),
                                           Cite(CitationKind::kMotie, "kst-11111-5", 40)})});
  std::vector<MotionRecord> before = c.motions;
  ResolveCorpus(&c);
  REQUIRE(c.motions.size() == before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    CHECK(c.motions[i].id == before[i].id);
    CHECK(c.motions[i].cited_by == before[i].cited_by);
    CHECK(c.motions[i].followed_up_by == before[i].followed_up_by);
  }
}

TEST_CASE("A motion that is only cited gets a record without text", "[corpus]") {
  Corpus c = MakeCorpus(
      {Letter("b/brief.txt", "",
              {Cite(CitationKind::kMotie, "kst-26643-1317", 7), Cite(CitationKind::kKamerstuk, "kst-26643-1329", 8)})});
  REQUIRE(c.motions.size() == 1);
  CHECK(c.motions[0].id == "kst-26643-1317");
  CHECK(c.motions[0].document == -1);
  CHECK(c.motions[0].cited_by == std::vector<int>{0});
}

TEST_CASE("A document answering a motion follows it up", "[corpus]") {
  Document answer = Letter("b/antwoord.txt", "", {});
  answer.answers_to = {"kst-36999-22"};
  Corpus c = MakeCorpus({Debate(), answer});
  CHECK(c.FindMotion("kst-36999-22")->followed_up_by == std::vector<int>{c.FindDocument("b/antwoord.txt")});
}

TEST_CASE("NormalizeSubmitterName", "[corpus]") {
  CHECK(NormalizeSubmitterName("Six  Dijkstra c.s.") == "six dijkstra");
  CHECK(NormalizeSubmitterName("het lid Kathmann") == "kathmann");
  CHECK(NormalizeSubmitterName(" De Vries ") == "de vries");
}

TEST_CASE("ParseDocumentDate", "[corpus]") {
  struct Case {
    const char* text;
    int want;
  };
  const Case cases[] = {
      {"2026-04-14", 20260414},
      {"14-04-2026", 20260414},
      {"14 april 2026", 20260414},
      {"Den Haag, 3 Februari 2026", 20260203},
      {"", 0},
      {"Datum onbekend", 0},
      {"31 foo 2026", 0},
      {"2026-13-01", 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ParseDocumentDate(c.text) == c.want);
  }
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

TEST_CASE("A mention before a motion in the same debate does not name that motion", "[corpus]") {
  Document debate = Debate();  // motion 23 (De Vries) has its text at line 10
  debate.citations.push_back(Mention("De Vries", 5, "vorige week is de motie-De Vries aangenomen"));
  debate.citations.push_back(Mention("De Vries", 60, "de motie-De Vries"));
  Corpus c = MakeCorpus({debate});
  const Document& d = c.documents[0];
  CHECK(d.citations[1].kind == CitationKind::kMention);
  CHECK(d.citations[2].kind == CitationKind::kMotie);
  CHECK(d.citations[2].target == "kst-36999-23");
  CHECK(c.FindMotion("kst-36999-23")->followed_up_by.empty());
}

}  // namespace
}  // namespace kamergraaf

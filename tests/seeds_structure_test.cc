// Document structure on the real seed documents of ../shared/corpus/seeds (read at run time, never copied).
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "kamergraaf/pipeline.h"
#include "parse/structure_parser.h"

namespace kamergraaf {
namespace {

const std::string kSeeds = KAMERGRAAF_SOURCE_DIR "/../shared/corpus/seeds/";

// Parses seed `name`; false (with a warning) when the shared corpus is not beside the checkout.
bool LoadSeed(const std::string& name, Document* doc) {
  std::ifstream in(kSeeds + name, std::ios::binary);
  if (!in) {
    WARN("seed " << kSeeds + name << " not found: skipped");
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  *doc = ParseDocument(name, ss.str());
  return true;
}

const Motion* FindMotion(const Document& doc, const std::string& id) {
  for (const Motion& m : doc.motions) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

const Commitment* FindCommitment(const Document& doc, const std::string& deadline_part) {
  for (const Commitment& c : doc.commitments) {
    if (c.deadline.view().find(deadline_part) != std::string::npos) return &c;
  }
  return nullptr;
}

TEST_CASE("Seeds: kind, footnotes, questions and answers per document", "[seeds]") {
  struct Expected {
    std::string file;
    DocumentKind kind;
    std::size_t footnotes;
    std::size_t questions;
    std::size_t answers;
    std::size_t unanswered;
  };
  const Expected expected[] = {
      {"000_b42be04fb1aa9989.txt", DocumentKind::kSchriftelijkOverleg, 5, 23, 0, 23},
      {"001_6751bf33f558afb4.txt", DocumentKind::kSchriftelijkOverleg, 18, 71, 71, 0},
      {"002_493631c0037f4311.txt", DocumentKind::kCommissievragenAntwoorden, 24, 26, 26, 0},
      {"003_e1fdd3e42f699a5c.txt", DocumentKind::kHandelingen, 0, 0, 0, 0},
      {"004_683764c8dba5c6ba.txt", DocumentKind::kKamervragenAntwoorden, 1, 6, 6, 0},
  };
  for (const Expected& e : expected) {
    INFO(e.file);
    Document doc;
    if (!LoadSeed(e.file, &doc)) return;
    CHECK(doc.kind == e.kind);
    CHECK_FALSE(doc.kind_evidence.empty());
    CHECK(doc.footnotes.size() == e.footnotes);
    CHECK(doc.questions.size() == e.questions);
    CHECK(doc.answers.size() == e.answers);
    std::size_t unanswered =
        std::count_if(doc.questions.begin(), doc.questions.end(), [](const Question& q) { return !q.answered; });
    CHECK(unanswered == e.unanswered);
    for (const Footnote& f : doc.footnotes) {
      INFO("footnote " << f.number);
      CHECK(f.marker_line > 0);
      CHECK(f.body_end > f.body_start);
    }
  }
}

TEST_CASE("Seed 000: three fracties ask, nothing is answered, about the BNC-fiche", "[seeds]") {
  Document doc;
  if (!LoadSeed("000_b42be04fb1aa9989.txt", &doc)) return;
  CHECK(doc.about == std::vector<std::string>{"kst-22112-4102"});
  std::set<std::string> fracties;
  for (const Question& q : doc.questions) fracties.insert(q.fractie.str());
  CHECK(fracties == std::set<std::string>{"PVV", "GroenLinks-PvdA", "NSC"});
  // Footnote 2's citations belong to the GroenLinks-PvdA question that carries marker 2.
  REQUIRE(doc.footnotes.size() >= 2);
  const Footnote& note2 = doc.footnotes[1];
  CHECK(note2.number == "2");
  CHECK(note2.line == 110);
  CHECK(note2.marker_line == 89);
  std::set<std::string> targets;
  for (const Citation& c : doc.citations) {
    if (c.footnote != "2") continue;
    targets.insert(c.target);
    CHECK(c.context_line == 89);
    int q = QuestionAtLine(doc, c.context_line);
    REQUIRE(q >= 0);
    CHECK(doc.questions[q].fractie == "GroenLinks-PvdA");
    CHECK(doc.questions[q].line == 88);
  }
  CHECK(targets == std::set<std::string>{"kst-26643-1329", "kst-36574-17"});
  // The question interrupted by footnote 1's block is one question.
  int q = QuestionAtLine(doc, 59);
  REQUIRE(q >= 0);
  CHECK(doc.questions[q].line == 53);
  CHECK(doc.questions[q].end_line == 61);
}

TEST_CASE("Seed 001: 71 numbered answers, subject Kamerstuk", "[seeds]") {
  Document doc;
  if (!LoadSeed("001_6751bf33f558afb4.txt", &doc)) return;
  CHECK(doc.about == std::vector<std::string>{"kst-26643-1252"});
  REQUIRE(doc.answers.size() == 71);
  for (std::size_t i = 0; i < doc.answers.size(); ++i) CHECK(doc.answers[i].number == std::to_string(i + 1));
  REQUIRE(doc.footnotes.size() == 18);
  CHECK(doc.footnotes[7].text.rfind("300 crisis-situation", 0) == 0);
}

TEST_CASE("Seed 002: Word notes, marker 16 without body, commitment in answer 18", "[seeds]") {
  Document doc;
  if (!LoadSeed("002_493631c0037f4311.txt", &doc)) return;
  std::vector<std::string> messages;
  for (const Diagnostic& d : doc.diagnostics) messages.push_back(std::to_string(d.line) + ": " + d.message);
  CHECK(messages == std::vector<std::string>{"134: footnote marker 16 has no body"});
  std::set<std::string> fracties;
  for (const Question& q : doc.questions) fracties.insert(q.fractie.str());
  CHECK(fracties == std::set<std::string>{"D66", "VVD", "GroenLinks-PvdA", "CDA", "BBB"});
  const Commitment* c = FindCommitment(doc, "in aanloop naar het Raadsakkoord");
  REQUIRE(c != nullptr);
  CHECK(c->related == "18");
  CHECK(c->text.rfind("Ik zal uw Kamer in aanloop naar het Raadsakkoord per brief informeren", 0) == 0);
}

TEST_CASE("Seed 003: nine motions, their submitters and the chair's verdicts", "[seeds]") {
  Document doc;
  if (!LoadSeed("003_e1fdd3e42f699a5c.txt", &doc)) return;
  REQUIRE(doc.motions.size() == 9);
  const std::pair<const char*, const char*> verdicts[] = {
      {"kst-26643-1315", "ontraden"},      {"kst-26643-1316", "oordeel Kamer"}, {"kst-26643-1317", "oordeel Kamer"},
      {"kst-26643-1318", "oordeel Kamer"}, {"kst-26643-1319", "oordeel Kamer"}, {"kst-26643-1320", "ontraden"},
      {"kst-26643-1321", "oordeel Kamer"}, {"kst-26643-1322", "overgenomen"},   {"kst-26643-1323", "ontraden"},
  };
  for (auto [id, verdict] : verdicts) {
    INFO(id);
    const Motion* m = FindMotion(doc, id);
    REQUIRE(m != nullptr);
    CHECK(m->verdict == verdict);
    CHECK(m->verdict_line > m->line);
    CHECK_FALSE(m->requests.empty());
    CHECK_FALSE(m->submitters.empty());
  }
  CHECK(FindMotion(doc, "kst-26643-1317")->submitters ==
        std::vector<std::string>{"Kathmann", "Six Dijkstra", "Buijsse"});
  CHECK(FindMotion(doc, "kst-26643-1318")->verdict_line == 2413);
  CHECK(doc.speeches.size() == 247);

  const Commitment* zomer = FindCommitment(doc, "zomerreces");
  REQUIRE(zomer != nullptr);
  CHECK(zomer->speaker == "Szabó");
  CHECK(zomer->deadline == "voor het zomerreces");
  const Commitment* mei = FindCommitment(doc, "meireces");
  REQUIRE(mei != nullptr);
  CHECK(mei->speaker == "Szabó");
  CHECK(mei->deadline == "voor het komend meireces");
  CHECK(mei->related == "kst-26643-1321");
  for (const Commitment& c : doc.commitments) {
    int s = SpeechAtLine(doc, c.line);
    REQUIRE(s >= 0);
    CHECK(doc.speeches[s].role != Speech::Role::kMember);
  }
}

TEST_CASE("Seed 004: answers to written questions 2026Z03911", "[seeds]") {
  Document doc;
  if (!LoadSeed("004_683764c8dba5c6ba.txt", &doc)) return;
  CHECK(doc.answers_to == std::vector<std::string>{"2026Z03911"});
  CHECK(doc.date == "2026-04-20");
  REQUIRE(doc.footnotes.size() == 1);
  CHECK(doc.footnotes[0].marker_line == 45);
  for (const Question& q : doc.questions) {
    CHECK(q.answered);
    CHECK(q.fractie == "D66");
  }
}

}  // namespace
}  // namespace kamergraaf

// Golden test: the whole pipeline on samples/corpus must give exactly the referrals of samples/EXPECTED.md.
//
// Tagged [!mayfail] while the citation scanner and the structure parser are stubs in this branch; remove
// the tag once they are merged (see the report of the referrals branch).
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "kamergraaf/pipeline.h"

namespace kamergraaf {
namespace {

struct Loaded {
  Corpus corpus;
  CitationGraph graph;
  Centrality centrality;
  std::vector<Referral> referrals;
};

const Loaded& Sample() {
  static const Loaded* loaded = [] {
    auto* l = new Loaded;
    LoadOptions options;
    options.jobs = 1;
    Status st = LoadCorpus({KAMERGRAAF_SOURCE_DIR "/samples/corpus"}, options, &l->corpus);
    INFO(st.message());
    l->graph = BuildCitationGraph(l->corpus);
    l->centrality = ComputeCentrality(l->graph);
    l->referrals = FindReferrals(l->corpus, l->graph, l->centrality);
    return l;
  }();
  return *loaded;
}

std::string Base(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::vector<const Referral*> OfKind(ReferralCategory category) {
  std::vector<const Referral*> out;
  for (const Referral& r : Sample().referrals) {
    if (r.category == category) out.push_back(&r);
  }
  return out;
}

TEST_CASE("golden: the sample corpus loads", "[golden]") {
  CHECK(Sample().corpus.documents.size() == 8);
  CHECK(Sample().corpus.files_failed == 0);
}

TEST_CASE("golden: unanswered questions", "[golden][!mayfail]") {
  // (fractie, first line, last line of the question's paragraph), all in kst-36999-5.txt.
  const std::vector<std::tuple<std::string, int, int>> want = {
      {"VVD", 15, 16}, {"VVD", 18, 19}, {"VVD", 21, 22}, {"GroenLinks-PvdA", 26, 28},
      {"GroenLinks-PvdA", 30, 31}, {"SP", 41, 43}, {"SP", 45, 46}};
  std::vector<const Referral*> got = OfKind(ReferralCategory::kUnansweredQuestion);
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("question " << i << " at line " << got[i]->line);
    CHECK(Base(got[i]->doc) == "kst-36999-5.txt");
    CHECK(got[i]->fractie == std::get<0>(want[i]));
    CHECK(got[i]->line >= std::get<1>(want[i]));
    CHECK(got[i]->line <= std::get<2>(want[i]));
    CHECK(got[i]->question.empty());
  }
}

TEST_CASE("golden: deferred answers", "[golden][!mayfail]") {
  std::vector<const Referral*> got = OfKind(ReferralCategory::kDeferredAnswer);
  REQUIRE(got.size() == 1);
  CHECK(Base(got[0]->doc) == "antwoorden-commissievragen-weerbaarheid.txt");
  CHECK(got[0]->line == 40);
  CHECK(got[0]->question == "5");
  CHECK(got[0]->fractie == "CDA");
  CHECK(got[0]->target == "2026Z02468");
  CHECK(got[0]->deadline == "op korte termijn");
}

TEST_CASE("golden: motions without follow-up", "[golden][!mayfail]") {
  std::vector<const Referral*> got = OfKind(ReferralCategory::kMotionWithoutFollowUp);
  REQUIRE(got.size() == 2);
  for (const Referral* r : got) CHECK(Base(r->doc) == "h-tk-20252026-41-7.txt");
  CHECK(got[0]->target == "kst-36999-22");
  CHECK(got[0]->line >= 26);
  CHECK(got[0]->line <= 40);
  CHECK(got[0]->submitters == std::vector<std::string>{"Jansen"});
  CHECK(got[0]->verdict == "ontraden");
  CHECK(got[1]->target == "kst-36999-24");
  CHECK(got[1]->line >= 63);
  CHECK(got[1]->line <= 75);
  CHECK(got[1]->submitters == std::vector<std::string>{"Visser", "Jansen"});
  CHECK(got[1]->verdict == "overgenomen");
  CHECK(got[1]->deadline == "voor de zomer");
}

TEST_CASE("golden: the motion registry and its follow-ups", "[golden][!mayfail]") {
  const Corpus& c = Sample().corpus;
  const std::vector<std::tuple<std::string, std::string, std::string>> want = {
      {"kst-36999-21", "oordeel Kamer", "kst-36999-30.txt"},
      {"kst-36999-22", "ontraden", ""},
      {"kst-36999-23", "ontraden", "kamerbrief-stand-van-zaken-moties.txt"},
      {"kst-36999-24", "overgenomen", ""},
      {"kst-36999-25", "oordeel Kamer", ""}};
  REQUIRE(c.motions.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const MotionRecord& m = c.motions[i];
    INFO(m.id);
    CHECK(m.id == std::get<0>(want[i]));
    REQUIRE(m.document >= 0);
    CHECK(Base(c.documents[m.document].path) == "h-tk-20252026-41-7.txt");
    CHECK(c.documents[m.document].motions[m.motion].verdict == std::get<1>(want[i]));
    std::string followed;
    for (int d : m.followed_up_by) followed += (followed.empty() ? "" : ",") + Base(c.documents[d].path);
    CHECK(followed == std::get<2>(want[i]));
  }
}

TEST_CASE("golden: open commitments", "[golden][!mayfail]") {
  const std::vector<std::tuple<std::string, int, std::string, std::string>> want = {
      {"antwoorden-commissievragen-weerbaarheid.txt", 36, "bewindspersoon", "voor het zomerreces"},
      {"h-tk-20252026-41-7.txt", 114, "Kok", "voor het kerstreces"},
      {"kst-36999-30.txt", 44, "bewindspersoon", "na de zomer"}};
  std::vector<const Referral*> got = OfKind(ReferralCategory::kOpenCommitment);
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    CHECK(Base(got[i]->doc) == std::get<0>(want[i]));
    CHECK(got[i]->line == std::get<1>(want[i]));
    CHECK(got[i]->speaker == std::get<2>(want[i]));
    CHECK(got[i]->deadline == std::get<3>(want[i]));
  }
}

TEST_CASE("golden: missing documents, ranked", "[golden][!mayfail]") {
  const std::vector<std::tuple<std::string, int, std::string, int>> want = {
      {"kst-36999-3", 4, "ah-tk-20252026-812.txt", 58},
      {"kst-36999-4", 2, "antwoorden-commissievragen-weerbaarheid.txt", 20},
      {"kst-36999-8", 2, "kamerbrief-stand-van-zaken-moties.txt", 44},
      {"2026Z02468", 1, "antwoorden-commissievragen-weerbaarheid.txt", 41},
      {"kst-36999-2", 1, "voortgangsrapportage-weerbaarheid.txt", 30}};
  std::vector<const Referral*> got = OfKind(ReferralCategory::kMissingDocument);
  std::vector<std::string> targets;
  for (const Referral* r : got) targets.push_back(r->target);
  INFO("got " << targets.size() << " missing documents");
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("rank " << i + 1);
    CHECK(got[i]->target == std::get<0>(want[i]));
    CHECK(got[i]->citations == std::get<1>(want[i]));
    CHECK(Base(got[i]->doc) == std::get<2>(want[i]));
    CHECK(got[i]->line == std::get<3>(want[i]));
  }
}

TEST_CASE("golden: citations of each document", "[golden][!mayfail]") {
  // (line, target) of every resolved citation per EXPECTED.md; the debate may add its "Zij krijgt" lines.
  const std::map<std::string, std::set<std::pair<int, std::string>>> want = {
      {"ah-tk-20252026-812.txt",
       {{25, "2026Z00777"}, {35, "2026Z00777"},
        {40, "url:https://www.binnenlandsbestuur.nl/digitaal/gemeenten-onvoldoende-voorbereid"},
        {42, "2026Z00777"}, {58, "kst-36999-3"}}},
      {"antwoorden-commissievragen-weerbaarheid.txt", {{20, "kst-36999-4"}, {31, "2026Z01234"}, {41, "2026Z02468"}}},
      {"beantwoording-kamervragen-bakker.txt", {{17, "2026Z01234"}, {27, "2026Z01234"}, {32, "2026Z01234"}}},
      {"h-tk-20252026-41-7.txt",
       {{92, "kst-36999-21"}, {97, "kst-36999-21"}, {100, "kst-36999-22"}, {103, "kst-36999-22"},
        {106, "kst-36999-23"}, {110, "kst-36999-23"}, {113, "kst-36999-24"}, {118, "kst-36999-24"},
        {119, "kst-36999-24"}, {122, "kst-36999-25"}, {125, "kst-36999-25"}}},
      {"kamerbrief-stand-van-zaken-moties.txt", {{32, "kst-36999-23"}, {34, "kst-36999-23"}, {44, "kst-36999-8"}}},
      {"kst-36999-30.txt",
       {{20, "kst-36999-21"}, {26, "kst-36999-3"}, {27, "h-tk-20252026-41-7"}, {29, "2026Z00777"},
        {35, "url:https://www.meldpunt-digitaal.nl/formulier"}}},
      {"kst-36999-5.txt",
       {{3, "kst-36999-3"}, {26, "kst-36999-4"}, {33, "kst-36999-3"},
        {34, "url:https://www.autoriteitpersoonsgegevens.nl/advies-wet-digitale-weerbaarheid"}}},
      {"voortgangsrapportage-weerbaarheid.txt",
       {{18, "kst-36999-8"}, {29, "kst-36999-5"}, {30, "kst-36999-2"},
        {45, "url:https://www.meldpunt-digitaal.nl/publicaties/jaarbeeld-2025"}}}};
  for (const Document& doc : Sample().corpus.documents) {
    std::string base = Base(doc.path);
    INFO(base);
    auto it = want.find(base);
    REQUIRE(it != want.end());
    std::set<std::pair<int, std::string>> got;
    for (const Citation& c : doc.citations) {
      if (c.resolved && !c.target.empty()) got.insert({c.line, c.target});
    }
    if (base == "h-tk-20252026-41-7.txt") {
      for (const auto& [line, target] : got) {
        if (it->second.count({line, target}) > 0) continue;
        INFO("extra citation " << target << " on line " << line);
        CHECK(std::set<int>{24, 40, 58, 75, 89}.count(line) == 1);  // only a "Zij krijgt nr." line
      }
      for (const auto& w : it->second) CHECK(got.count(w) == 1);
    } else {
      CHECK(got == it->second);
    }
  }
}

}  // namespace
}  // namespace kamergraaf

// The terminal referral report: grouped, counted, cut to fit two screens.
#include <catch2/catch.hpp>
#include <sstream>

#include "output/report_writer.h"

namespace kamergraaf {
namespace {

std::vector<Referral> SeedLikeReferrals() {
  std::vector<Referral> all;
  const char* fracties[] = {"PVV", "GroenLinks-PvdA", "NSC"};
  for (int i = 0; i < 30; ++i) {
    Referral r;
    r.category = ReferralCategory::kUnansweredQuestion;
    r.doc = "seeds/000_b42be04fb1aa9989.txt";
    r.line = 10 + i;
    r.fractie = fracties[i % 3];
    r.text = std::string(400, 'x');
    all.push_back(r);
  }
  Referral d;
  d.category = ReferralCategory::kDeferredAnswer;
  d.doc = "seeds/002_493631c0037f4311.txt";
  d.line = 151;
  d.question = "19";
  d.target = "2026Z08236";
  d.deadline = "op korte termijn";
  d.text =
      "Voor het antwoord op deze vraag verwijs ik u naar de antwoorden op de aangehaalde Kamervragen, die op "
      "korte termijn naar uw Kamer zullen worden verzonden.";
  all.push_back(d);
  for (int i = 0; i < 40; ++i) {
    Referral m;
    m.category = ReferralCategory::kMissingDocument;
    m.doc = "seeds/001_6751bf33f558afb4.txt";
    m.line = 100 + i;
    m.target = "kst-26643-" + std::to_string(1000 + i);
    m.citations = 1;
    m.cited_by = {"seeds/001_6751bf33f558afb4.txt"};
    all.push_back(m);
  }
  return all;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::size_t CodePoints(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

TEST_CASE("ReferralsText groups, counts and cuts", "[referrals][output]") {
  std::string text = ReferralsText(SeedLikeReferrals(), false);
  std::vector<std::string> lines = Lines(text);
  CHECK(lines[0] == "Unanswered questions (30)");
  // Paths as the referral holds them (relative to the input root when the command line loaded them).
  CHECK(lines[1] == "  seeds/000_b42be04fb1aa9989.txt: 30 (GroenLinks-PvdA 10, NSC 10, PVV 10)");
  CHECK(text.find("  … and 18 more (all of them: --kind unanswered-question, or --format csv)\n") != std::string::npos);
  CHECK(text.find("Deferred answers (1)\n") != std::string::npos);
  CHECK(text.find("002_493631c0037f4311.txt:151") != std::string::npos);
  CHECK(text.find("Missing documents (40)\n") != std::string::npos);
  CHECK(text.find("  … and 28 more (all of them: --kind missing-document, or --format csv)\n") != std::string::npos);
  CHECK(lines.size() <= 50);
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(CodePoints(line) <= 160);
  }
  // Fitted to an 80-column terminal, every line fits and locations keep their line numbers.
  std::string narrow = ReferralsText(SeedLikeReferrals(), false, kReferralRowsPerKind, 80);
  for (const std::string& line : Lines(narrow)) {
    INFO(line);
    CHECK(CodePoints(line) <= 80);
  }
  CHECK(narrow.find(".txt:151") != std::string::npos);
}

TEST_CASE("ReferralsText shows every row when asked", "[referrals][output]") {
  std::string text = ReferralsText(SeedLikeReferrals(), false, 0);
  CHECK(text.find("more (all of them") == std::string::npos);
  CHECK(text.find("kst-26643-1039") != std::string::npos);
  CHECK(ReferralsText({}, false) == "Nothing open.\n");
}

}  // namespace
}  // namespace kamergraaf

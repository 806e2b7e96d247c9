// FindReferrals on a hand-built corpus (no parser involved): every kind, with its negative cases.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "analysis/deferral_detector.h"
#include "kamergraaf/pipeline.h"
#include "motion_fixture.h"

namespace kamergraaf {
namespace {

Citation Cite(CitationKind kind, std::string target, int line, int context_line = 0) {
  Citation c;
  c.kind = kind;
  c.target = std::move(target);
  c.line = line;
  c.context_line = context_line > 0 ? context_line : line;
  return c;
}

Question Ask(std::string number, int line, std::string fractie, int answer = -1) {
  Question q;
  q.number = std::move(number);
  q.line = line;
  q.fractie = std::move(fractie);
  q.text = "Vraag op regel " + std::to_string(line) + "?";
  q.answered = answer >= 0;
  q.answer = answer;
  return q;
}

Answer Reply(std::string number, int line, std::string text, int question) {
  return Answer{std::move(number), line, std::move(text), {question}};
}

Document Doc(std::string path, std::string id, DocumentKind kind) {
  Document d;
  d.path = std::move(path);
  d.id = id.empty() ? d.path : std::move(id);
  d.has_official_id = !id.empty();
  d.kind = kind;
  return d;
}

// Commission answers: 1 answered, 3 deferred to answered written questions, 5 deferred to written
// questions outside the corpus (zaak in a footnote), 6 points to another answer; one commitment.
Document CommissionAnswers() {
  Document d = Doc("c/answers.txt", "", DocumentKind::kCommissievragenAntwoorden);
  d.questions = {Ask("1", 21, "D66", 0), Ask("3", 29, "D66", 1), Ask("5", 38, "CDA", 2), Ask("6", 45, "CDA", 3)};
  d.answers = {
      Reply("1", 23, "Ja.", 0),
      Reply("3", 31,
            "Voor het antwoord op deze vraag verwijs ik u naar de antwoorden op de Kamervragen 2026Z01234, die op "
            "korte termijn worden verzonden.",
            1),
      Reply("5", 40,
            "Voor het antwoord op deze vraag verwijs ik u naar de antwoorden op de Kamervragen van het lid "
            "Visser,[footnoteRef:2] die op korte termijn worden verzonden.",
            2),
      Reply("6", 47, "Hiervoor verwijs ik u naar het antwoord op vraag 3.", 3)};
  d.citations = {Cite(CitationKind::kZaak, "2026Z01234", 31), Cite(CitationKind::kZaak, "2026Z02468", 41, 40)};
  d.citations[1].footnote = "2";
  d.commitments = {Commitment{36, "", "Ik zal uw Kamer voor het zomerreces per brief informeren.", "", "4"}};
  return d;
}

Document WrittenAnswers() {
  Document d = Doc("c/bakker.txt", "", DocumentKind::kKamervragenAntwoorden);
  d.answers_to = {"2026Z01234"};
  d.questions = {Ask("1", 34, "", 0)};
  d.answers = {Reply("1", 41, "In 2025 zijn 418 meldingen binnengekomen.", 0)};
  d.citations = {Cite(CitationKind::kZaak, "2026Z01234", 17)};
  return d;
}

Document Debate() {
  Document d = Doc("c/debate.txt", "h-tk-20252026-41-7", DocumentKind::kHandelingen);
  d.motions = {
      MakeMotion("21", 11, {"Jansen", "De Vries"}, "verzoekt de regering één meldformulier in te voeren",
                 "oordeel Kamer"),
      MakeMotion("22", 26, {"Jansen"}, "verzoekt de regering waterschappen\nfinancieel te ondersteunen", "ontraden"),
      MakeMotion("24", 63, {"Visser", "Jansen"},
                 "verzoekt de regering een incidentresponsdienst aan te bieden en de Kamer hierover voor de zomer "
                 "te informeren",
                 "overgenomen"),
      MakeMotion("25", 77, {"Visser", "Bakker"}, "spreekt uit dat digitale weerbaarheid een publieke taak is",
                 "oordeel Kamer"),
      MakeMotion("26", 90, {"Bakker"}, "verzoekt de regering alle systemen te vervangen", "verworpen")};
  d.citations = {Cite(CitationKind::kMotie, "kst-36999-21", 92)};
  d.commitments = {
      Commitment{93, "Van Dalen", "Ik zeg toe dat ik voor de zomer een brief stuur.", "voor de zomer", "kst-36999-21"},
      Commitment{114, "Kok", "Ik zeg u toe dat de Kamer voor het kerstreces een overzicht ontvangt.",
                 "voor het kerstreces", "kst-36999-24"}};
  return d;
}

Document Letter() {
  Document d = Doc("c/letter.txt", "kst-36999-30", DocumentKind::kKamerbrief);
  d.citations = {Cite(CitationKind::kKamerstuk, "kst-36999-21", 20), Cite(CitationKind::kKamerstuk, "kst-36999-3", 26),
                 Cite(CitationKind::kUrl, "url:https://www.meldpunt-digitaal.nl/formulier", 35)};
  d.commitments = {Commitment{44, "", "Ik zal uw Kamer na de zomer per brief informeren.", "", ""}};
  return d;
}

Document Consultation() {
  Document d = Doc("c/verslag.txt", "kst-36999-5", DocumentKind::kSchriftelijkOverleg);
  d.questions = {Ask("", 15, "VVD"), Ask("", 26, "GroenLinks-PvdA")};
  d.citations = {Cite(CitationKind::kKamerstuk, "kst-36999-3", 3), Cite(CitationKind::kKamerstuk, "kst-36999-4", 26),
                 Cite(CitationKind::kKamerstuk, "kst-36999-3", 33, 4)};
  return d;
}

// Written questions in the corpus: 2026Z05555 is answered by another document, 2026Z06666 is not.
std::vector<Document> WrittenQuestions() {
  Document answered = Doc("c/written1.txt", "2026Z05555", DocumentKind::kUnknown);
  answered.questions = {Ask("1", 5, ""), Ask("2", 7, "")};
  Document answer = Doc("c/written1-answer.txt", "", DocumentKind::kKamervragenAntwoorden);
  answer.answers_to = {"2026Z05555"};
  Document open = Doc("c/written2.txt", "2026Z06666", DocumentKind::kUnknown);
  open.questions = {Ask("1", 9, "")};
  // Questions whose zaak is only known as what the document is about.
  Document by_zaak = Doc("c/written3.txt", "", DocumentKind::kUnknown);
  by_zaak.about = {"kst-36999-3", "2026Z07777"};
  by_zaak.questions = {Ask("1", 4, "")};
  Document zaak_answer = Doc("c/written3-answer.txt", "", DocumentKind::kKamervragenAntwoorden);
  zaak_answer.answers_to = {"2026Z07777"};
  return {answered, answer, open, by_zaak, zaak_answer};
}

std::vector<Referral> Run(std::vector<Document> docs) {
  Corpus corpus;
  corpus.documents = std::move(docs);
  std::sort(corpus.documents.begin(), corpus.documents.end(),
            [](const Document& a, const Document& b) { return a.path < b.path; });
  ResolveCorpus(&corpus);
  CitationGraph graph = BuildCitationGraph(corpus);
  Centrality centrality = ComputeCentrality(graph);
  return FindReferrals(corpus, graph, centrality);
}

// One line per referral with every field the tests care about.
std::vector<std::string> Describe(const std::vector<Referral>& referrals) {
  std::vector<std::string> out;
  for (const Referral& r : referrals) {
    std::string s = fmt::format("{} {}:{}", ReferralCategoryName(r.category), r.doc, r.line);
    if (!r.question.empty()) s += " q=" + r.question;
    if (!r.fractie.empty()) s += " f=" + r.fractie;
    if (!r.speaker.empty()) s += " s=" + r.speaker;
    if (!r.target.empty()) s += " t=" + r.target;
    if (!r.deadline.empty()) s += " d=" + r.deadline;
    if (!r.verdict.empty()) s += " v=" + r.verdict;
    if (!r.submitters.empty()) s += fmt::format(" by={}", fmt::join(r.submitters, "+"));
    if (r.category == ReferralCategory::kMissingDocument) s += fmt::format(" n={}", r.citations);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Document> Everything() {
  std::vector<Document> docs = {CommissionAnswers(), WrittenAnswers(), Debate(), Letter(), Consultation()};
  for (Document& d : WrittenQuestions()) docs.push_back(std::move(d));
  return docs;
}

TEST_CASE("FindReferrals reports every kind, grouped and ordered", "[referrals]") {
  std::vector<std::string> want = {
      "unanswered-question c/verslag.txt:15 f=VVD",
      "unanswered-question c/verslag.txt:26 f=GroenLinks-PvdA",
      "unanswered-question c/written2.txt:9 q=1",
      "deferred-answer c/answers.txt:40 q=5 f=CDA t=2026Z02468 d=op korte termijn",
      "motion-without-follow-up c/debate.txt:26 t=kst-36999-22 v=ontraden by=Jansen",
      "motion-without-follow-up c/debate.txt:63 t=kst-36999-24 d=voor de zomer v=overgenomen by=Visser+Jansen",
      "open-commitment c/answers.txt:36 q=4 s=bewindspersoon d=voor het zomerreces",
      "open-commitment c/debate.txt:114 s=Kok t=kst-36999-24 d=voor het kerstreces",
      "open-commitment c/letter.txt:44 s=bewindspersoon d=na de zomer",
      "missing-document c/letter.txt:26 t=kst-36999-3 n=3",
      "missing-document c/answers.txt:41 t=2026Z02468 n=1",
      "missing-document c/verslag.txt:26 t=kst-36999-4 n=1",
  };
  CHECK(Describe(Run(Everything())) == want);
}

TEST_CASE("Referral texts are folded; motions carry their action requests", "[referrals]") {
  std::vector<Referral> all = Run(Everything());
  auto it = std::find_if(all.begin(), all.end(), [](const Referral& r) { return r.target == "kst-36999-22"; });
  REQUIRE(it != all.end());
  CHECK(it->text == "verzoekt de regering waterschappen financieel te ondersteunen");
  auto missing = std::find_if(all.begin(), all.end(), [](const Referral& r) { return r.target == "kst-36999-3"; });
  REQUIRE(missing != all.end());
  CHECK(missing->cited_by == std::vector<std::string>{"kst-36999-30", "kst-36999-5"});
  CHECK(missing->score > 0);
}

TEST_CASE("A deferral is reported only while its target is missing from the corpus", "[referrals]") {
  // Without the answer to 2026Z01234, answer 3 is open too.
  std::vector<std::string> got = Describe(Run({CommissionAnswers()}));
  std::vector<std::string> deferred;
  std::copy_if(got.begin(), got.end(), std::back_inserter(deferred),
               [](const std::string& s) { return s.rfind("deferred-answer", 0) == 0; });
  CHECK(deferred ==
        std::vector<std::string>{"deferred-answer c/answers.txt:31 q=3 f=D66 t=2026Z01234 d=op korte termijn",
                                 "deferred-answer c/answers.txt:40 q=5 f=CDA t=2026Z02468 d=op korte termijn"});
}

TEST_CASE("DeferralTarget looks in the answer, then in its question's footnotes", "[referrals]") {
  // Seed 002, question 19: the zaak stands in a footnote of the question, the answer has none.
  Document d = Doc("c/seed002.txt", "", DocumentKind::kCommissievragenAntwoorden);
  d.questions = {Ask("19", 148, "GroenLinks-PvdA", 0), Ask("20", 153, "GroenLinks-PvdA")};
  d.answers = {Reply("19", 151,
                     "Voor het antwoord op deze vraag verwijs ik u naar de antwoorden op de aangehaalde "
                     "Kamervragen, die op korte termijn naar uw Kamer zullen worden verzonden.",
                     0)};
  d.citations = {Cite(CitationKind::kKamerstuk, "kst-21501-33-1195", 30), Cite(CitationKind::kZaak, "2026Z08236", 148),
                 Cite(CitationKind::kUrl, "url:https://x.nl", 151), Cite(CitationKind::kZaak, "2026Z09999", 153)};
  CHECK(DeferralTarget(d, d.answers[0]) == "2026Z08236");
  // A zaak is preferred over a Kamerstuk in the same answer; the document's own ids never count.
  d.answers[0].text = "Ik verwijs u naar Kamerstuk 36999, nr. 3 en de Kamervragen.";
  d.citations = {Cite(CitationKind::kKamerstuk, "kst-36999-3", 151), Cite(CitationKind::kZaak, "2026Z07777", 151)};
  CHECK(DeferralTarget(d, d.answers[0]) == "2026Z07777");
  d.answers_to = {"2026Z07777"};
  CHECK(DeferralTarget(d, d.answers[0]) == "kst-36999-3");
  // With end lines from the parser, a citation after the answer's text (a heading, the next block) is not its.
  d.answers_to.clear();
  d.answers[0].end_line = 151;
  d.citations = {Cite(CitationKind::kZaak, "2026Z07777", 152)};
  CHECK(DeferralTarget(d, d.answers[0]) == "");
  d.answers[0].end_line = 0;
  CHECK(DeferralTarget(d, d.answers[0]) == "2026Z07777");
}

TEST_CASE("A deferral without any target is still reported", "[referrals]") {
  Document d = Doc("c/vague.txt", "", DocumentKind::kCommissievragenAntwoorden);
  d.questions = {Ask("1", 3, "SP", 0)};
  d.answers = {Reply("1", 5, "Ik kom hier voor het kerstreces op terug.", 0)};
  CHECK(Describe(Run({d})) == std::vector<std::string>{"deferred-answer c/vague.txt:5 q=1 f=SP d=voor het kerstreces"});
}

TEST_CASE("A motion followed up only by an older document stays open", "[referrals]") {
  Document debate = Debate();
  debate.date = "11 februari 2026";
  debate.commitments.clear();
  Document old = Letter();
  old.date = "3 februari 2026";
  old.commitments.clear();
  std::vector<std::string> got = Describe(Run({debate, old}));
  CHECK(std::count_if(got.begin(), got.end(), [](const std::string& s) {
          return s.find("t=kst-36999-21 v=oordeel Kamer by=Jansen+De Vries") != std::string::npos;
        }) == 1);
}

TEST_CASE("An amendment is never a motion without follow-up", "[referrals]") {
  Document debate = Debate();
  debate.commitments.clear();
  std::vector<std::string> before = Describe(Run({debate}));
  for (Motion& m : debate.motions) m.amendment = true;
  std::vector<std::string> after = Describe(Run({debate}));
  auto motions = [](const std::vector<std::string>& v) {
    return std::count_if(v.begin(), v.end(),
                         [](const std::string& s) { return s.rfind("motion-without-follow-up", 0) == 0; });
  };
  CHECK(motions(before) > 0);
  CHECK(motions(after) == 0);
}

TEST_CASE("A deferral to a zaak whose Aanhangsel is in the corpus is answered (graph aliases)", "[referrals]") {
  // "… verwijs ik u naar Aanhangsel Handelingen II 2025/26, nr. 597 (Kamervragen 2025Z19066)": the graph merges
  // the zaak into the Aanhangsel, and the Aanhangsel is a corpus document (its "Uw kenmerk" went unread).
  Document d = Doc("c/answers.txt", "", DocumentKind::kCommissievragenAntwoorden);
  d.questions = {Ask("1", 3, "SP", 0)};
  d.answers = {Reply("1", 5, "Hiervoor verwijs ik u naar de antwoorden op de Kamervragen.", 0)};
  Citation ah = Cite(CitationKind::kAanhangsel, "ah-tk-20252026-597", 5);
  ah.start = 100;
  ah.end = 140;
  Citation zaak = Cite(CitationKind::kZaak, "2025Z19066", 5);
  zaak.start = 154;
  zaak.end = 164;
  d.citations = {ah, zaak};
  Document aanhangsel = Doc("c/ah-tk-20252026-597.txt", "ah-tk-20252026-597", DocumentKind::kKamervragenAntwoorden);
  CHECK(Describe(Run({d, aanhangsel})).empty());
  // Without the Aanhangsel the answer defers to the zaak; the graph lists the pair as one missing node.
  CHECK(Describe(Run({d})) == std::vector<std::string>{"deferred-answer c/answers.txt:5 q=1 f=SP t=2025Z19066",
                                                       "missing-document c/answers.txt:5 t=ah-tk-20252026-597 n=2"});
}

TEST_CASE("Missing documents: external sources never, cited-only motions yes, ties broken by the citers' PageRank",
          "[referrals]") {
  Document a = Doc("m/a.txt", "kst-1-1", DocumentKind::kKamerbrief);
  a.citations = {Cite(CitationKind::kKamerstuk, "kst-9-9", 4), Cite(CitationKind::kStb, "stb-2020-123", 5),
                 Cite(CitationKind::kEcli, "ECLI:NL:HR:2019:2006", 6)};
  Document b = Doc("m/b.txt", "kst-1-2", DocumentKind::kKamerbrief);
  b.citations = {Cite(CitationKind::kKamerstuk, "kst-8-8", 7), Cite(CitationKind::kMotie, "kst-7-7", 8)};
  Document c = Doc("m/c.txt", "kst-1-3", DocumentKind::kKamerbrief);
  c.citations = {Cite(CitationKind::kKamerstuk, "kst-1-1", 9), Cite(CitationKind::kEuCase, "eu-case-C-355/10", 10)};
  // kst-9-9 and kst-8-8 are cited once each, but a (which cites kst-9-9) is itself cited by c.
  CHECK(Describe(Run({a, b, c})) == std::vector<std::string>{"missing-document m/a.txt:4 t=kst-9-9 n=1",
                                                             "missing-document m/b.txt:8 t=kst-7-7 n=1",
                                                             "missing-document m/b.txt:7 t=kst-8-8 n=1"});
}

TEST_CASE("A notice's printed questions are unanswered only where the notice is all the corpus has of them",
          "[referrals]") {
  Document notice = Doc("u/notice.txt", "ah-tk-20262027-10", DocumentKind::kUitstelbericht);
  notice.asker = "Kok (CDA)";
  notice.asked_date = "2026-10-01";
  notice.answered_date = "2026-10-20";
  notice.questions = {Ask("1", 6, "CDA"), Ask("2", 8, "CDA")};
  const std::vector<std::string> alone = {"unanswered-question u/notice.txt:6 q=1 f=CDA",
                                          "unanswered-question u/notice.txt:8 q=2 f=CDA"};
  CHECK(Describe(Run({notice})) == alone);
  // The questions as submitted are in the corpus too (same asker and asked date): they are reported once,
  // from there.
  Document asked = Doc("u/asked.txt", "", DocumentKind::kSchriftelijkeVragen);
  asked.asker = "Kok (CDA)";
  asked.asked_date = "2026-10-01";
  asked.questions = {Ask("1", 3, "CDA"), Ask("2", 5, "CDA")};
  CHECK(Describe(Run({notice, asked})) == std::vector<std::string>{"unanswered-question u/asked.txt:3 q=1 f=CDA",
                                                                   "unanswered-question u/asked.txt:5 q=2 f=CDA"});
  // A notice of another set stays reported.
  asked.asker = "Visser (SP)";
  CHECK(Describe(Run({notice, asked})).size() == 4);
}

TEST_CASE("An empty corpus has no referrals", "[referrals]") { CHECK(Run({}).empty()); }

}  // namespace
}  // namespace kamergraaf

// Corpus lookups: by id or path, built by the first lookup after Reindex(), per copy, from any thread.
#include "kamergraaf/corpus.h"

#include <catch2/catch.hpp>
#include <memory>
#include <thread>

namespace kamergraaf {

namespace {

Corpus TwoDocuments() {
  Corpus c;
  for (const char* id : {"kst-36999-20", "kst-36999-21"}) {
    Document d;
    d.id = id;
    d.path = std::string("corpus/") + id + ".xml";
    c.documents.push_back(d);
  }
  c.motions.push_back(MotionRecord{"kst-36999-21", 1, 0, {}, {}});
  c.Reindex();
  return c;
}

TEST_CASE("FindDocument and FindMotion find by id and path, after Reindex()", "[corpus]") {
  Corpus c = TwoDocuments();
  CHECK(c.FindDocument("kst-36999-20") == 0);
  CHECK(c.FindDocument("corpus/kst-36999-21.xml") == 1);
  CHECK(c.FindDocument("kst-36999-22") == -1);
  REQUIRE(c.FindMotion("kst-36999-21") != nullptr);
  CHECK(c.FindMotion("kst-36999-21")->document == 1);
  CHECK(c.FindMotion("kst-36999-20") == nullptr);

  Document d;
  d.id = "kst-36999-22";
  d.path = "corpus/kst-36999-22.xml";
  c.documents.push_back(d);
  c.Reindex();
  CHECK(c.FindDocument("kst-36999-22") == 2);
  CHECK(c.FindDocument("kst-36999-20") == 0);
}

TEST_CASE("A copy of a corpus looks up in its own documents; a moved-from one finds nothing", "[corpus]") {
  auto original = std::make_unique<Corpus>(TwoDocuments());
  CHECK(original->FindDocument("kst-36999-20") == 0);  // tables built before the copy
  Corpus copy = *original;
  Corpus assigned;
  assigned = *original;
  original.reset();
  CHECK(copy.FindDocument("kst-36999-21") == 1);
  REQUIRE(assigned.FindMotion("kst-36999-21") != nullptr);
  CHECK(assigned.FindMotion("kst-36999-21")->id == "kst-36999-21");

  Corpus moved = std::move(copy);
  CHECK(moved.FindDocument("corpus/kst-36999-20.xml") == 0);
  CHECK(copy.FindDocument("kst-36999-20") == -1);  // NOLINT(bugprone-use-after-move): what it promises
  copy = Corpus();
  CHECK(copy.FindDocument("kst-36999-20") == -1);
}

TEST_CASE("The first lookups may come from several threads at once", "[corpus]") {
  Corpus c;
  for (int i = 0; i < 2000; ++i) {
    Document d;
    d.id = "kst-36999-" + std::to_string(i);
    d.path = "p/" + std::to_string(i) + ".txt";
    c.documents.push_back(d);
  }
  c.Reindex();
  std::vector<int> wrong(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&c, &wrong, t] {
      for (int i = 0; i < 2000; ++i) {
        if (c.FindDocument("kst-36999-" + std::to_string(i)) != i) ++wrong[t];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(wrong == std::vector<int>(4, 0));
}

}  // namespace
}  // namespace kamergraaf

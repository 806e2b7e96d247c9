// The parse cache (--db): reruns reuse unchanged parses, see changed files, and survive a killed run.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "corpus/document_codec.h"
#include "corpus/index_db.h"
#include "kamergraaf/pipeline.h"
#include "temp_dir.h"

namespace kamergraaf {
namespace {

namespace fs = std::filesystem;

// Every document and diagnostic of a corpus, encoded: equal strings mean equal corpora.
std::string Fingerprint(const Corpus& corpus) {
  std::string out;
  for (const Document& d : corpus.documents) out += EncodeDocument(d, {});
  for (const Diagnostic& d : corpus.diagnostics) out += d.ToString() + "\n";
  return out;
}

Document FullDocument() {
  Document d;
  d.path = "corpus/kst-36999-20.xml";
  d.id = "kst-36999-20";
  d.has_official_id = true;
  d.kind = DocumentKind::kHandelingen;
  d.kind_evidence = "XML";
  d.title = "Wet digitale weerbaarheid";
  d.date = "2026-03-02";
  d.about = {"kst-36999-1"};
  d.answers_to = {"2026Z01234"};
  d.bytes = 12345;
  d.lines = 321;
  Citation c;
  c.kind = CitationKind::kMention;
  c.target = "";
  c.resolved = false;
  c.start = 10, c.end = 20, c.line = 3, c.column = 4, c.text = "de motie-Jansen", c.footnote = "2";
  c.context_line = 2, c.chamber = "II", c.vergaderjaar = "20252026", c.page = "p. 7", c.mention_name = "Jansen";
  d.citations = {c, c};
  d.footnotes = {Footnote{"2", 30, 29, 100, 140, "Zie Kamerstuk 36999, nr. 15."}};
  d.questions = {Question{"1", 5, "PVV", "Waarom?", true, 0}, Question{"", 7, "", "", false, -1}};
  d.answers = {Answer{"1", 9, "Daarom.", {0}}};
  d.motions = {Motion{"kst-36999-21", "36999", "21", 40, {"Jansen", "De Boer"}, {"constaterende"}, {"verzoekt"},
                      "oordeel Kamer", 50}};
  d.speeches = {Speech{12, "Jansen", Speech::Role::kMember, "GroenLinks-PvdA"}};
  d.commitments = {Commitment{60, "De Vries", "Ik zal u informeren", "voor het zomerreces", "kst-36999-21"}};
  d.diagnostics = {Diagnostic{d.path, 139, Diagnostic::Severity::kWarning, "footnote marker 16 has no body"}};
  d.format = "xml";
  return d;
}

TEST_CASE("The document codec round-trips every field and rejects damaged blobs", "[index]") {
  Document d = FullDocument();
  Diagnostics read = {Diagnostic{d.path, 3, Diagnostic::Severity::kNote, "double-encoded UTF-8 repaired"}};
  std::string blob = EncodeDocument(d, read);
  Document back;
  Diagnostics read_back;
  REQUIRE(DecodeDocument(blob, &back, &read_back));
  CHECK(EncodeDocument(back, read_back) == blob);
  CHECK(back.motions[0].submitters == d.motions[0].submitters);
  CHECK(back.citations[1].mention_name == "Jansen");
  CHECK(back.questions[1].answer == -1);
  CHECK(read_back[0].ToString() == read[0].ToString());
  for (std::size_t cut = 0; cut < blob.size(); cut += 7) {
    CHECK_FALSE(DecodeDocument(std::string_view(blob).substr(0, cut), &back, &read_back));
  }
  std::string bad = blob;
  bad[0] = '\x7F';  // another codec version
  CHECK_FALSE(DecodeDocument(bad, &back, &read_back));
}

TEST_CASE("With --db a rerun gives the same corpus, and a changed file is parsed again", "[index]") {
  TempDir dir;
  dir.Write("a.txt", "Zie Kamerstuk 36999, nr. 12.\n");
  dir.Write("b.xml", "<?xml version=\"1.0\"?><officiele-publicatie><metadata><meta name=\"DC.identifier\" "
                     "content=\"kst-36999-20\"/></metadata><kamerstuk><al>Zie <extref doc=\"kst-36999-15\">"
                     "nr. 15</extref>.</al></kamerstuk></officiele-publicatie>\n");
  dir.Write("c.txt", "Caf\xE9, Kamerstuk 36999, nr. 3\n");  // a read diagnostic that must be cached too
  std::string db = dir.path() + "/index.db";
  LoadOptions plain;
  LoadOptions cached;
  cached.db = db;

  Corpus expected, first, second;
  REQUIRE(LoadCorpus({dir.path()}, plain, &expected).ok());
  REQUIRE(LoadCorpus({dir.path()}, cached, &first).ok());
  REQUIRE(fs::exists(db));
  REQUIRE(LoadCorpus({dir.path()}, cached, &second).ok());
  CHECK(Fingerprint(first) == Fingerprint(expected));
  CHECK(Fingerprint(second) == Fingerprint(expected));

  // Same size, same second: only the content hash can tell.
  dir.Write("a.txt", "Zie Kamerstuk 36999, nr. 13.\n");
  Corpus third;
  REQUIRE(LoadCorpus({dir.path()}, cached, &third).ok());
  REQUIRE(third.documents.size() == 3);
  REQUIRE(third.documents[0].citations.size() == 1);
  CHECK(third.documents[0].citations[0].target == "kst-36999-13");

  std::unique_ptr<IndexDb> index;
  REQUIRE(IndexDb::Open(db, &index).ok());
  IndexRow entry;
  CHECK(index->Find(fs::path(dir.path() + "/a.txt").lexically_normal().string(), &entry));
  CHECK(entry.hash.size() == 16);
}

TEST_CASE("An index read in one scan answers as the queries do", "[index]") {
  TempDir dir;
  std::string db = dir.path() + "/index.db";
  std::vector<std::string> keys;
  {
    std::unique_ptr<IndexDb> index;
    REQUIRE(IndexDb::Open(db, &index).ok());
    for (int i = 0; i < 10; ++i) {
      IndexEntry e;
      e.size = i, e.mtime_ns = 100 + i, e.ctime_ns = 200 + i, e.inode = 300 + i, e.verified_ns = 400 + i;
      e.hash = std::string(16, static_cast<char>('a' + i)), e.parser = "p" + std::to_string(i);
      e.blob = std::string(i * 1000, 'x');  // from nothing to rows that overflow a page
      keys.push_back("/corpus/" + std::to_string(i) + ".txt");
      index->Put(keys.back(), e);
    }
    REQUIRE(index->Flush().ok());
  }
  keys.push_back("/corpus/not-indexed.txt");
  // Prefetch() told `lookups` at once, or (`later`) only once the scan has ended, from another thread.
  auto rows = [&](std::size_t lookups, bool later = false) {
    std::unique_ptr<IndexDb> index;
    REQUIRE(IndexDb::Open(db, &index).ok());
    if (later) {
      std::atomic<std::size_t> count{IndexDb::kLookupsUnknown};
      std::thread teller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        count = lookups;
        count.notify_all();
      });
      index->Prefetch(count);
      teller.join();
    } else {
      index->Prefetch(lookups);
    }
    // Every row first, then their text: the views of a row outlive later lookups.
    std::vector<std::pair<bool, IndexRow>> found;
    for (const std::string& k : keys) {
      IndexRow e;
      found.emplace_back(index->Find(k, &e), e);
    }
    std::string out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const std::string& k = keys[i];
      const IndexRow& e = found[i].second;
      if (!found[i].first) {
        out += k + " -\n";
        continue;
      }
      out += k + " " + std::to_string(e.size) + " " + std::to_string(e.mtime_ns) + " " + std::to_string(e.ctime_ns) +
             " " + std::to_string(e.inode) + " " + std::to_string(e.verified_ns) + " " + std::string(e.hash) + " " +
             std::string(e.parser) + " " + std::to_string(e.blob.size()) + "\n";
    }
    return out;
  };
  const std::string queried = rows(1);  // 1 of 10 rows: a query per key
  CHECK(queried.find("/corpus/9.txt 9 109 209 309 409 jjjjjjjjjjjjjjjj p9 9000\n") != std::string::npos);
  CHECK(queried.find("/corpus/not-indexed.txt -\n") != std::string::npos);
  CHECK(rows(5) == queried);  // half the rows: read in one scan
  CHECK(rows(1000) == queried);
  CHECK(rows(1, true) == queried);  // read while the count was unknown, then dropped
  CHECK(rows(10, true) == queried);
}

TEST_CASE("An unchanged rerun reuses what the stamps prove, and sees touched, changed, new and removed files",
          "[index]") {
  TempDir dir;
  const std::string a = dir.Write("c/keep.txt", "Zie Kamerstuk 36999, nr. 1.\n");
  const std::string b = dir.Write("c/touch.txt", "Zie Kamerstuk 36999, nr. 2.\n");
  const std::string c = dir.Write("c/change.txt", "Zie Kamerstuk 36999, nr. 3.\n");
  const std::string d = dir.Write("c/gone.txt", "Zie Kamerstuk 36999, nr. 4.\n");
  // A file changed less than a second before it was indexed is hashed again by every run (parse_cache.h);
  // keep.txt must be older than that for its stamp to prove it unchanged.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  LoadOptions cached;
  cached.db = dir.path() + "/index.db";
  Corpus first;
  REQUIRE(LoadCorpus({dir.path() + "/c"}, cached, &first).ok());
  auto row = [&](const std::string& path) {
    std::unique_ptr<IndexDb> index;
    REQUIRE(IndexDb::Open(cached.db, &index).ok());
    index->Prefetch(100);
    IndexRow found;
    IndexEntry e;
    if (index->Find(path, &found)) {
      e.size = found.size, e.verified_ns = found.verified_ns;
      e.hash = found.hash, e.blob = found.blob;
    }
    return e;
  };
  const IndexEntry a1 = row(a), b1 = row(b), c1 = row(c);

  dir.Write("c/touch.txt", "Zie Kamerstuk 36999, nr. 2.\n");   // same bytes, new mtime
  dir.Write("c/change.txt", "Zie Kamerstuk 36999, nr. 5.\n");  // same size
  fs::remove(d);
  const std::string e = dir.Write("c/new.txt", "Zie Kamerstuk 36999, nr. 6.\n");
  Corpus expected, second;
  REQUIRE(LoadCorpus({dir.path() + "/c"}, LoadOptions{}, &expected).ok());
  REQUIRE(LoadCorpus({dir.path() + "/c"}, cached, &second).ok());
  CHECK(Fingerprint(second) == Fingerprint(expected));
  REQUIRE(second.documents.size() == 4);

  const IndexEntry a2 = row(a), b2 = row(b), c2 = row(c), e2 = row(e);
  CHECK(a2.verified_ns == a1.verified_ns);  // proven unchanged by its stamp: not read, not rewritten
  CHECK(b2.verified_ns > b1.verified_ns);   // read and hashed: the same bytes, so its parse was kept
  CHECK(b2.hash == b1.hash);
  CHECK(b2.blob == b1.blob);
  CHECK(c2.hash != c1.hash);  // parsed again
  CHECK(e2.size == static_cast<std::int64_t>(fs::file_size(e)));
  CHECK(row(d).size >= 0);  // a removed file's row stays, unused
}

TEST_CASE("An index inside the corpus folder is not read as a document, given relatively or absolutely",
          "[index]") {
  TempDir dir;
  dir.Write("a.txt", "Zie Kamerstuk 36999, nr. 12.\n");
  dir.Write("sub/b.txt", "Zie Kamerstuk 36999, nr. 13.\n");
  const std::string abs_dir = dir.path(), abs_db = dir.path() + "/sub/index.db";
  auto relative = [](const std::string& p) { return fs::relative(p).string(); };
  Corpus expected;
  REQUIRE(LoadCorpus({abs_dir}, LoadOptions{}, &expected).ok());
  REQUIRE(expected.documents.size() == 2);
  struct Case {
    std::string input, db;
  };
  for (const Case& c : {Case{abs_dir, relative(abs_db)}, Case{relative(abs_dir), abs_db},
                        Case{relative(abs_dir) + "/.", relative(abs_dir) + "/sub/../sub/index.db"}}) {
    INFO("input " << c.input << ", db " << c.db);
    for (const char* side : {"", "-wal", "-shm"}) fs::remove(abs_db + side);
    LoadOptions options;
    options.db = c.db;
    for (int run = 0; run < 2; ++run) {  // the second run walks past the index and its side files
      Corpus corpus;
      REQUIRE(LoadCorpus({c.input}, options, &corpus).ok());
      REQUIRE(fs::exists(abs_db));
      REQUIRE(fs::exists(abs_db + "-wal"));  // kept between runs (index_db.cc)
      REQUIRE(fs::exists(abs_db + "-shm"));
      CHECK(corpus.documents.size() == 2);
      CHECK(corpus.diagnostics.empty());
    }
  }
}

TEST_CASE("An index that is not a database is reported, and the run goes on without it", "[index]") {
  TempDir dir;
  dir.Write("a.txt", "Zie Kamerstuk 36999, nr. 12.\n");
  std::string db = dir.Write("not-a.db", std::string(4096, 'x'));
  LoadOptions options;
  options.db = db;
  Corpus corpus;
  REQUIRE(LoadCorpus({dir.path() + "/a.txt"}, options, &corpus).ok());
  CHECK(corpus.documents.size() == 1);
  REQUIRE(corpus.diagnostics.size() == 1);
  // An error, so that --quiet still shows it; the file is left as it was.
  CHECK(corpus.diagnostics[0].severity == Diagnostic::Severity::kError);
  CHECK(corpus.diagnostics[0].message.find("not a kamergraaf index") != std::string::npos);
  CHECK(corpus.diagnostics[0].message.find("running without the index") != std::string::npos);
  std::ifstream in(db);
  std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(kept == std::string(4096, 'x'));
}

TEST_CASE("A run killed mid-way leaves an index that opens, and the next run is correct", "[index]") {
  TempDir dir;
  const int files = 3 * static_cast<int>(IndexDb::kBatchSize) + 100;
  for (int i = 0; i < files; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "d/%05d.txt", i);
    dir.Write(name, "Document " + std::to_string(i) + ": zie Kamerstuk 36999, nr. " + std::to_string(i) + ".\n");
  }
  std::string db = dir.path() + "/index.db";
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // Killed, without any chance to clean up, once two batches could have been committed.
    LoadOptions options;
    options.db = db;
    options.jobs = 2;
    options.progress = [](std::size_t done, std::size_t, std::size_t) {
      if (done == 2 * IndexDb::kBatchSize + 50) ::kill(::getpid(), SIGKILL);
    };
    Corpus corpus;
    LoadCorpus({dir.path() + "/d"}, options, &corpus);
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);

  // The batches committed before the kill are there; the files after it are not.
  std::unique_ptr<IndexDb> index;
  REQUIRE(IndexDb::Open(db, &index).ok());
  IndexRow entry;
  CHECK(index->Find(fs::path(dir.path() + "/d/00000.txt").lexically_normal().string(), &entry));
  char last[32];
  std::snprintf(last, sizeof last, "/d/%05d.txt", files - 1);
  CHECK_FALSE(index->Find(fs::path(dir.path() + last).lexically_normal().string(), &entry));
  index.reset();

  Corpus expected, resumed, again;
  REQUIRE(LoadCorpus({dir.path() + "/d"}, LoadOptions{}, &expected).ok());
  LoadOptions cached;
  cached.db = db;
  REQUIRE(LoadCorpus({dir.path() + "/d"}, cached, &resumed).ok());
  REQUIRE(LoadCorpus({dir.path() + "/d"}, cached, &again).ok());
  CHECK(resumed.documents.size() == static_cast<std::size_t>(files));
  CHECK(Fingerprint(resumed) == Fingerprint(expected));
  CHECK(Fingerprint(again) == Fingerprint(expected));
}

}  // namespace
}  // namespace kamergraaf

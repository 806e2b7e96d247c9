// Bad input is reported as `path:line: message`, never fatal: the rest of the corpus still loads.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "kamergraaf/pipeline.h"
#include "temp_dir.h"

namespace kamergraaf {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Messages(const Corpus& corpus) {
  std::vector<std::string> out;
  for (const Diagnostic& d : corpus.diagnostics) out.push_back(d.ToString());
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST_CASE("A corpus with bad files loads the good ones and says the run was partial", "[robustness]") {
  TempDir dir;
  dir.Write("good.txt", "Zie Kamerstuk 36999, nr. 12.\n");
  dir.Write("empty.txt", "");
  dir.Write("binary.pdf", std::string("%PDF-1.4\n\0\0\x01\x02", 14));
  dir.Write("binary.txt", std::string("PK\x03\x04\0\0binary", 12));
  dir.Write("latin1.txt", "Caf\xE9 en Kamerstuk 36999, nr. 3\n");
  dir.Write("broken.txt", "\xC3\xA9\xC3\xA9n\n\xC3\xA9 \xFF Kamerstuk 36999, nr. 4\n");
  dir.Write(".hidden/skip.txt", "Kamerstuk 1, nr. 1\n");
  fs::create_directory_symlink(dir.path(), dir.path() + "/loop");

  Corpus corpus;
  Status st = LoadCorpus({dir.path(), dir.path() + "/missing.txt"}, LoadOptions{}, &corpus);
  CHECK(st.code() == Status::Code::kPartial);
  CHECK(st.message() == "3 input(s) could not be read");
  CHECK(corpus.files_failed == 3);
  std::vector<std::string> paths;
  for (const Document& d : corpus.documents) paths.push_back(fs::path(d.path).filename().string());
  CHECK(paths == std::vector<std::string>{"broken.txt", "empty.txt", "good.txt", "latin1.txt"});

  std::vector<std::string> m = Messages(corpus);
  CHECK(Contains(m, dir.path() + "/missing.txt: error: no such file or folder"));
  // A .pdf is read as PDF (poppler's reason follows the colon); NUL bytes in a text file are binary.
  CHECK(std::any_of(m.begin(), m.end(), [&](const std::string& s) {
    return s.rfind(dir.path() + "/binary.pdf: error: cannot read PDF: ", 0) == 0;
  }));
  CHECK(Contains(m, dir.path() + "/binary.txt:1: error: binary file (NUL bytes), skipped"));
  CHECK(Contains(m, dir.path() + "/latin1.txt:1: note: not UTF-8: read as Windows-1252"));
  CHECK(Contains(m, dir.path() + "/broken.txt:2: invalid UTF-8: 1 byte(s) replaced by U+FFFD (first here)"));
  CHECK(Contains(m, dir.path() + "/loop: symlink loop: folder already visited, not followed"));
}

TEST_CASE("A table or README in the corpus folder is not read as a document, and says so", "[robustness]") {
  TempDir dir;
  dir.Write("brief.txt", "Zie Kamerstuk 36999, nr. 12.\n");
  dir.Write("MANIFEST.tsv", "file\tkind\tid\nbrief.txt\tkamerbrief\tkst-36999-13\n");
  dir.Write("lijst.CSV", "a,b\n1,2\n");
  dir.Write("README.md", "# Over deze map\n");
  Corpus corpus;
  Status st = LoadCorpus({dir.path()}, LoadOptions{}, &corpus);
  CHECK(st.ok());  // a note, not a failure
  REQUIRE(corpus.documents.size() == 1);
  CHECK(fs::path(corpus.documents[0].path).filename() == "brief.txt");
  std::vector<std::string> m = Messages(corpus);
  CHECK(std::count_if(m.begin(), m.end(), [](const std::string& s) {
          return s.find(": note: a table (.csv/.tsv), not a document: skipped") != std::string::npos;
        }) == 2);
  CHECK(Contains(m, dir.path() + "/README.md: note: a folder's README, not a document: skipped"));
}

TEST_CASE("Nothing readable at all is a usage error, not a crash", "[robustness]") {
  Corpus corpus;
  Status st = LoadCorpus({"/nonexistent/a", "/nonexistent/b"}, LoadOptions{}, &corpus);
  CHECK(st.code() == Status::Code::kInvalidArgument);
  CHECK(corpus.documents.empty());
  CHECK(corpus.diagnostics.size() == 2);
}

TEST_CASE("Files over the size limit are skipped with a diagnostic naming the flag", "[robustness]") {
  TempDir dir;
  std::string big = dir.Write("big.txt", std::string(3000, 'x'));
  LoadOptions options;
  options.max_file_bytes = 1024;
  Corpus corpus;
  Status st = LoadCorpus({big}, options, &corpus);
  CHECK(st.code() == Status::Code::kPartial);
  REQUIRE(corpus.diagnostics.size() == 1);
  CHECK(corpus.diagnostics[0].ToString() ==
        big + ": error: file is larger than the limit of 1024 bytes (--max-file-size); skipped");
}

TEST_CASE("A FIFO given by name is skipped, not read (it could block forever)", "[robustness]") {
  TempDir dir;
  std::string fifo = dir.path() + "/pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string good = dir.Write("good.txt", "Kamerstuk 36999, nr. 12\n");
  Corpus corpus;
  Status st = LoadCorpus({fifo, good}, LoadOptions{}, &corpus);
  CHECK(st.code() == Status::Code::kPartial);
  CHECK(corpus.documents.size() == 1);
  CHECK(Messages(corpus) == std::vector<std::string>{fifo + ": error: not a regular file, skipped"});
}

TEST_CASE("One long line without breaks is scanned, not truncated", "[robustness]") {
  TempDir dir;
  std::string line(4 << 20, 'a');
  line += " Kamerstuk 36999, nr. 12 ";
  line += std::string(1 << 20, 'b');
  std::string p = dir.Write("long.txt", line);
  Corpus corpus;
  REQUIRE(LoadCorpus({p}, LoadOptions{}, &corpus).ok());
  REQUIRE(corpus.documents.size() == 1);
  REQUIRE(corpus.documents[0].citations.size() == 1);
  CHECK(corpus.documents[0].citations[0].target == "kst-36999-12");
  CHECK(corpus.documents[0].citations[0].line == 1);
}

}  // namespace
}  // namespace kamergraaf

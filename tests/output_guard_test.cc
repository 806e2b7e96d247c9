#include "output/output_guard.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "output/atomic_file.h"

namespace kamergraaf {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("kamergraaf-guard-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

TEST_CASE("Outputs replace earlier kamergraaf outputs but never a user's file", "[output]") {
  struct Case {
    std::string existing;
    bool may_overwrite;
  } cases[] = {
      {"", true},
      // The generator mark of each format.
      {"/* generator: kamergraaf 0.1.0 */\ndigraph kamergraaf {\n}\n", true},
      {"{\n \"generator\": \"kamergraaf 0.1.0\",\n \"referrals\": []}", true},
      {"{\"generator\":\"kamergraaf 0.2.0\",\"nodes\":[]}", true},
      {"doc,line,column,start,end,kind,target,generator\r\na.txt,1,1,0,5,kamerstuk,kst-1-2,kamergraaf 0.1.0\r\n", true},
      {"source,target,kind,count,via_footnote,lines,generator\r\n", true},
      {"<?xml version=\"1.0\"?>\n<!-- generator: kamergraaf 0.1.0 -->\n<svg>", true},
      {"<!DOCTYPE html>\n<!-- generator: kamergraaf 0.1.0 -->\n<html><head><title>kamergraaf report</title>", true},
      // JSON arrays and lines: a first record with kamergraaf's keys, in its order.
      {"{\"doc\":\"a.txt\",\"line\":1,\"column\":1,\"start\":0,\"end\":5,\"kind\":\"kamerstuk\",\"target\":\"x\","
       "\"text\":\"t\"}\n", true},
      {"[\n {\n  \"id\": \"kst-1-2\", \"kind\": \"kamerstuk\", \"in_corpus\": false, \"label\": \"x\", "
       "\"doc_kind\": null}\n]\n", true},
      // What the prefix check let through (issue 21): a user's files that merely start alike.
      {"[\n {\n  \"id\": \"kst-1-2\"}]", false},
      {"{\"id\": 17, \"amount\": 12.5}\n", false},
      {"[]\n", false},
      {"{\"referrals\":[]}", false},
      {"motion to adjourn, carried\n", false},
      {"digraph kamergraaf {\n}\n", false},
      {"doc,line,column,start,end,kind,target\r\n", false},
      {"<!DOCTYPE html>\n<html><head><title>kamergraaf report</title>", false},
      {"My notes on the Telecom Council, generator: kamergraa\n", false},
      {"{\"name\": \"my config\"}", false},
      {"digraph mine {}", false},
  };
  std::string path = TempPath("out");
  for (const Case& c : cases) {
    std::ofstream(path, std::ios::binary) << c.existing;
    Status st = CheckMayOverwrite(path);
    INFO(c.existing);
    CHECK(st.ok() == c.may_overwrite);
    if (!c.may_overwrite) {
      CHECK(st.message() == path + " exists and was not written by kamergraaf; use --force to overwrite it");
    }
  }
  std::filesystem::remove(path);
  CHECK(CheckMayOverwrite(path).ok());
  CHECK(CheckMayOverwrite("-").ok());
  CHECK(CheckMayOverwrite(std::filesystem::temp_directory_path().string()).message() ==
        std::filesystem::temp_directory_path().string() + " is a folder, not a file");
}

TEST_CASE("WriteFileAtomically leaves no temporary file behind and reports a missing folder", "[output]") {
  std::string path = TempPath("atomic.json");
  REQUIRE(WriteFileAtomically(path, "{}\n").ok());
  std::ifstream in(path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(content == "{}\n");
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path())) {
    CHECK(e.path().filename().string().find("kamergraaf-guard-" + std::to_string(::getpid()) + "-atomic.json.") ==
          std::string::npos);
  }
  std::filesystem::remove(path);
  Status st = WriteFileAtomically("/nonexistent-folder/x.json", "{}");
  CHECK(st.message() == "/nonexistent-folder/x.json: cannot write: No such file or directory");
}

TEST_CASE("Marks go after the prolog, once", "[output]") {
  struct Case {
    std::string in, out;
  } cases[] = {
      {"<?xml version=\"1.0\"?>\n<svg/>\n", "<?xml version=\"1.0\"?>\n<!-- generator: kamergraaf " + std::string(GeneratorMark().substr(11)) + " -->\n<svg/>\n"},
      {"<!DOCTYPE html>\n<html>", "<!DOCTYPE html>\n<!-- generator: " + std::string(GeneratorMark()) + " -->\n<html>"},
      {"# report\n", "<!-- generator: " + std::string(GeneratorMark()) + " -->\n# report\n"},
  };
  for (const Case& c : cases) {
    std::string text = c.in;
    MarkMarkup(&text);
    CHECK(text == c.out);
    MarkMarkup(&text);
    CHECK(text == c.out);
  }
  std::string dot = "digraph kamergraaf {}\n";
  MarkDot(&dot);
  MarkDot(&dot);
  CHECK(dot == "/* generator: " + std::string(GeneratorMark()) + " */\ndigraph kamergraaf {}\n");
}

// Issue 21, item 1: links planted under the temporary names of the next PIDs (the old PATH.tmp-PID
// scheme) and under any other name in the folder are never followed; a link at the target is replaced.
TEST_CASE("WriteFileAtomically never follows a planted link", "[output]") {
  const std::filesystem::path dir = TempPath("race");
  std::filesystem::create_directories(dir);
  const std::string victim = (dir / "victim").string();
  std::ofstream(victim) << "precious";
  const int pid = ::getpid();
  for (int p = pid - 50; p < pid + 500; ++p) {
    std::filesystem::create_symlink(victim, dir / ("out.json.tmp-" + std::to_string(p)));
  }
  std::filesystem::create_symlink(victim, dir / "out.json");
  REQUIRE(WriteFileAtomically((dir / "out.json").string(), "{}\n").ok());
  std::ifstream v(victim);
  std::string kept((std::istreambuf_iterator<char>(v)), std::istreambuf_iterator<char>());
  CHECK(kept == "precious");
  CHECK_FALSE(std::filesystem::is_symlink(dir / "out.json"));
  // All or none: the second file's folder is missing, so the first is not replaced either.
  Status st = WriteFilesAtomically({{(dir / "a.txt").string(), "a"}, {(dir / "missing" / "b.txt").string(), "b"}});
  CHECK_FALSE(st.ok());
  CHECK_FALSE(std::filesystem::exists(dir / "a.txt"));
  std::size_t left = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) left += e.path().filename().string()[0] == '.';
  CHECK(left == 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kamergraaf

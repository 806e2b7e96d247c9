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
      {"digraph kamergraaf {\n}\n", true},
      {"{\"doc\":\"a.txt\",\"line\":1}\n", true},
      {"[\n {\n  \"id\": \"kst-1-2\"", true},
      {"[]\n", true},
      {"{\"referrals\":[]}", true},
      {"doc,line,column,start,end,kind,target\r\n", true},
      {"<?xml version=\"1.0\"?>\n<!-- Title: kamergraaf Pages: 1 -->\n<svg>", true},
      {"<!DOCTYPE html>\n<html><head><title>kamergraaf report</title>", true},
      {"My notes on the Telecom Council\n", false},
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
  CHECK_FALSE(std::filesystem::exists(path + ".tmp-" + std::to_string(::getpid())));
  std::filesystem::remove(path);
  Status st = WriteFileAtomically("/nonexistent-folder/x.json", "{}");
  CHECK(st.message() == "/nonexistent-folder/x.json: cannot write: No such file or directory");
}

}  // namespace
}  // namespace kamergraaf

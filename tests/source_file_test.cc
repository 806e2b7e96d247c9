#include "source/source_file.h"

#include <catch2/catch.hpp>

namespace kamergraaf {
namespace {

TEST_CASE("DecodeToUtf8 keeps valid UTF-8 and drops a BOM", "[source]") {
  Diagnostics diags;
  std::string s = "\xEF\xBB\xBFMotie Kathmann c.s. \xE2\x80\x93 \xC3\xA9\xC3\xA9n";
  REQUIRE(DecodeToUtf8("a.txt", &s, &diags).ok());
  CHECK(s == "Motie Kathmann c.s. \xE2\x80\x93 \xC3\xA9\xC3\xA9n");
  CHECK(diags.empty());
}

TEST_CASE("DecodeToUtf8 reads Windows-1252 text", "[source]") {
  Diagnostics diags;
  std::string s = "Caf\xE9 \x93quote\x94\nline 2";
  REQUIRE(DecodeToUtf8("w.txt", &s, &diags).ok());
  CHECK(s == "Caf\xC3\xA9 \xE2\x80\x9Cquote\xE2\x80\x9D\nline 2");
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].ToString() == "w.txt:1: note: not UTF-8: read as Windows-1252");
}

TEST_CASE("DecodeToUtf8 replaces stray invalid bytes in UTF-8 text and reports the line", "[source]") {
  Diagnostics diags;
  std::string s = "\xC3\xA9\xC3\xA9n\ntwee \xFF drie \xC3\xA9";
  REQUIRE(DecodeToUtf8("u.txt", &s, &diags).ok());
  CHECK(s == "\xC3\xA9\xC3\xA9n\ntwee \xEF\xBF\xBD drie \xC3\xA9");
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].ToString() == "u.txt:2: invalid UTF-8: 1 byte(s) replaced by U+FFFD (first here)");
}

TEST_CASE("DecodeToUtf8 transcodes UTF-16 with a BOM", "[source]") {
  Diagnostics diags;
  std::string s("\xFF\xFEK\0s\0t\0 \0\xE9\0", 12);
  REQUIRE(DecodeToUtf8("le.txt", &s, &diags).ok());
  CHECK(s == "Kst \xC3\xA9");
  std::string be("\xFE\xFF\0K\0s\0t", 8);
  REQUIRE(DecodeToUtf8("be.txt", &be, &diags).ok());
  CHECK(be == "Kst");
}

TEST_CASE("DecodeToUtf8 refuses binary data", "[source]") {
  Diagnostics diags;
  std::string s("PK\x03\x04\0\0binary", 12);
  Status st = DecodeToUtf8("x.zip", &s, &diags);
  CHECK(st.code() == Status::Code::kInvalidInput);
  CHECK(st.message() == "x.zip:1: binary file (NUL bytes), skipped");
}

TEST_CASE("ReadFileBytes reports a missing file", "[source]") {
  std::string bytes;
  Status st = ReadFileBytes("/nonexistent/kamergraaf.txt", 1 << 20, &bytes);
  CHECK(st.code() == Status::Code::kIoError);
  CHECK(st.message() == "/nonexistent/kamergraaf.txt: cannot open: No such file or directory");
}

}  // namespace
}  // namespace kamergraaf

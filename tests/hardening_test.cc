// Issue 21: hostile inputs at the level of each concept. (The same cases through the binary, and the
// outputs side, are in tests/e2e/hostile-hardening.)
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "corpus/index_db.h"
#include "source/markup_tree.h"
#include "source/source_file.h"
#include "temp_dir.h"
#include "text/control_characters.h"

namespace kamergraaf {
namespace {

TEST_CASE("Control characters are escaped visibly, one line always", "[hardening]") {
  struct Case {
    std::string in, out;
  } cases[] = {
      {"plain/path.txt", "plain/path.txt"},
      {"caf\xC3\xA9", "caf\xC3\xA9"},
      {"a\nb.txt: forged", "a\\nb.txt: forged"},
      {"\x1B]0;title\x07", "\\x1b]0;title\\x07"},
      {"cr\rlf\ttab\x7F", "cr\\rlf\\ttab\\x7f"},
      {"c1 \xC2\x9B" "31m", "c1 \\u009b31m"},
      {"nbsp \xC2\xA0 kept", "nbsp \xC2\xA0 kept"},
      {std::string("nul\0x", 5), "nul\\x00x"},
  };
  for (const Case& c : cases) CHECK(EscapeControlCharacters(c.in) == c.out);
  Diagnostic d{"evil\n/x.txt", 3, Diagnostic::Severity::kError, "bad\x1B[2J"};
  CHECK(d.ToString() == "evil\\n/x.txt:3: error: bad\\x1b[2J");
}

std::string Laughs(const std::string& where) {
  std::string dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY a \"" + std::string(64, 'a') + "\">\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c) {
    dtd += std::string("<!ENTITY ") + c + " \"";
    for (int i = 0; i < 10; ++i) dtd += std::string("&") + prev + ";";
    dtd += "\">\n";
    prev = c;
  }
  dtd += "]>\n";
  return dtd + (where == "attribute" ? "<r><al x=\"&j;\">Kamerstuk 36999, nr. 1</al></r>\n"
                                     : "<r><al>Kamerstuk 36999, nr. 1 &j;</al></r>\n");
}

TEST_CASE("Entity expansion stays within its budget, in text and attributes", "[hardening]") {
  for (const std::string where : {"text", "attribute"}) {
    INFO(where);
    MarkupNode root;
    Diagnostics diagnostics;
    const std::string xml = Laughs(where);
    ParseXmlTree("laughs.xml", xml, &root, &diagnostics);
    std::string text = root.InnerText();
    for (const MarkupNode& c : root.children) {
      for (const auto& [k, v] : c.attributes) text += v;
    }
    CHECK(text.size() <= (std::size_t{2} << 20));
    REQUIRE_FALSE(diagnostics.empty());
  }
  // A few defined entities are expanded as before.
  MarkupNode root;
  Diagnostics diagnostics;
  ParseXmlTree("ok.xml",
               "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY k \"Kamerstuk\">]><r><al>&k; 36999, nr. 1</al></r>",
               &root, &diagnostics);
  CHECK(root.InnerText() == "Kamerstuk 36999, nr. 1");
  CHECK(diagnostics.empty());
}

TEST_CASE("Markup nested deeper than 256 keeps all its text, and what follows", "[hardening]") {
  for (int depth : {300, 5000}) {
    std::string html = "<html><body>";
    for (int i = 0; i < depth; ++i) html += "<div>";
    html += "deep text";
    for (int i = 0; i < depth; ++i) html += "</div>";
    html += "<p>after</p></body></html>";
    MarkupNode root;
    Diagnostics diagnostics;
    REQUIRE(ParseHtmlTree("deep.html", html, &root, &diagnostics));
    std::string text = root.InnerText();
    CHECK(text.find("deep text") != std::string::npos);
    CHECK(text.find("after") != std::string::npos);
  }
}

TEST_CASE("Encodings: UTF-16 without BOM, UTF-8 that declares Latin-1", "[hardening]") {
  struct Case {
    std::string bytes, charset, text, note;
  } cases[] = {
      {std::string("Z\0i\0e\0 \0n\0r\0.\0 \0""1\0""2\0", 20), "", "Zie nr. 12",
       "UTF-16LE input without a byte-order mark transcoded to UTF-8"},
      {std::string("\0Z\0i\0e\0 \0n\0r\0.\0 \0""1\0""2", 20), "", "Zie nr. 12",
       "UTF-16BE input without a byte-order mark transcoded to UTF-8"},
      {"Caf\xC3\xA9 na\xC3\xAF" "ef", "iso-8859-1", "Caf\xC3\xA9 na\xC3\xAF" "ef",
       "declares iso-8859-1 but is valid UTF-8: read as UTF-8"},
      {"Caf\xE9", "iso-8859-1", "Caf\xC3\xA9", "read as Windows-1252 as declared (iso-8859-1)"},
  };
  for (const Case& c : cases) {
    std::string bytes = c.bytes;
    Diagnostics diagnostics;
    REQUIRE(DecodeToUtf8("f.txt", &bytes, &diagnostics, c.charset).ok());
    CHECK(bytes == c.text);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message == c.note);
  }
}

TEST_CASE("Standard input and files are read up to the byte limit, checked while reading", "[hardening]") {
  TempDir dir;
  std::string path = dir.Write("big.txt", std::string(3 << 16, 'x'));
  std::string bytes;
  Status st = ReadFileBytes(path, 1 << 16, &bytes);
  CHECK(st.message() == path + ": file is larger than the limit of 65536 bytes (--max-file-size); skipped");
  CHECK(bytes.empty());
}

TEST_CASE("The index refuses another program's database and leaves it alone", "[hardening]") {
  TempDir dir;
  const std::string other = dir.path() + "/other.db";
  {
    std::unique_ptr<IndexDb> db;
    REQUIRE(IndexDb::Open(dir.path() + "/ours.db", &db).ok());  // a new file becomes ours
  }
  std::unique_ptr<IndexDb> again;
  CHECK(IndexDb::Open(dir.path() + "/ours.db", &again).ok());
  std::string not_sqlite = dir.Write("notes.db", "These are my notes, not a database at all.\n" + std::string(600, 'x'));
  std::unique_ptr<IndexDb> db;
  Status st = IndexDb::Open(not_sqlite, &db);
  CHECK_FALSE(st.ok());
  CHECK(st.message().find("not a kamergraaf index") != std::string::npos);
  std::ifstream in(not_sqlite);
  std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(kept.rfind("These are my notes", 0) == 0);
}

}  // namespace
}  // namespace kamergraaf

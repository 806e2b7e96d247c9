#include "output/text_table.h"

#include <catch2/catch.hpp>

#include "output/csv_writer.h"
#include "text/line_index.h"

namespace kamergraaf {
namespace {

TEST_CASE("TerminalSafe shows control characters instead of sending them", "[output]") {
  CHECK(TerminalSafe("ok\x1b[31mred", 80) == "ok\\x1b[31mred");
  CHECK(TerminalSafe("a\n\n  b\tc", 80) == "a b c");
  CHECK(TerminalSafe("\xC3\xA9\xC3\xA9n twee", 3) == "\xC3\xA9\xC3\xA9n…");
}

TEST_CASE("TextTable aligns columns by code points", "[output]") {
  TextTable t({"id", "n"});
  t.AddRow({"\xC3\xA9\xC3\xA9n", "1"});
  t.AddRow({"twee", "22"});
  CHECK(t.Render(false) == "id    n\n\xC3\xA9\xC3\xA9n   1\ntwee  22\n");
}

TEST_CASE("CsvCell quotes and neutralises formulas", "[output]") {
  CHECK(CsvCell("plain") == "plain");
  CHECK(CsvCell("a,b") == "\"a,b\"");
  CHECK(CsvCell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvCell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(CsvCell("-12.5") == "-12.5");
  CHECK(CsvCell("@SUM(A1)") == "'@SUM(A1)");
}

TEST_CASE("XmlEscape escapes markup", "[output]") {
  CHECK(XmlEscape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(XmlEscape("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#39;c&#39;");
}

TEST_CASE("LineIndex maps offsets to lines and columns", "[text]") {
  std::string_view text = "een\ntwee\n\ndrie";
  LineIndex idx(text);
  CHECK(idx.num_lines() == 4);
  CHECK(idx.LineOf(0) == 1);
  CHECK(idx.LineOf(3) == 1);
  CHECK(idx.LineOf(4) == 2);
  CHECK(idx.ColumnOf(6) == 3);
  CHECK(idx.LineOf(9) == 3);
  CHECK(idx.Line(4) == "drie");
  CHECK(idx.Line(2) == "twee");
}

}  // namespace
}  // namespace kamergraaf

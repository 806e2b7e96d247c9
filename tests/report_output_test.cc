// The words, paths and terminal cells of the reports: the message catalogue, paths relative to the input
// root, cells cut to the terminal's width, plurals.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "corpus/input_root.h"
#include "kamergraaf/citation_graph.h"
#include "output/map_style.h"
#include "output/messages.h"
#include "output/text_table.h"
#include "temp_dir.h"

namespace kamergraaf {
namespace {

TEST_CASE("Every message has a Dutch and an English text, distinct keys", "[output]") {
  std::set<std::string_view> seen;
  for (std::string_view key : MessageKeys()) {
    CHECK(seen.insert(key).second);
    CHECK(Tr(Lang::kNl, key) != key);
    CHECK(Tr(Lang::kEn, key) != key);
    CHECK_FALSE(Tr(Lang::kNl, key).empty());
  }
  CHECK(Tr(Lang::kNl, "section.open") == "Wat nog open staat");
  CHECK(Tr(Lang::kEn, "section.open") == "What is still open");
  CHECK(Tr(Lang::kEn, "no.such.key") == "no.such.key");
}

TEST_CASE("Every edge kind a map draws with words has them in both languages", "[output]") {
  for (EdgeKind kind : {EdgeKind::kAbout, EdgeKind::kAnswers, EdgeKind::kSubmits, EdgeKind::kDefersTo,
                        EdgeKind::kFollowsUp, EdgeKind::kReplaces}) {
    Edge edge;
    edge.kind = kind;
    const std::string key = "edge." + StyleForEdge(edge).label;
    CAPTURE(key);
    CHECK(Tr(Lang::kNl, key) != key);
    CHECK(Tr(Lang::kEn, key) != key);
  }
}

TEST_CASE("Languages parse by code; counts take the singular for one", "[output]") {
  Lang lang = Lang::kNl;
  CHECK(ParseLang("EN", &lang));
  CHECK(lang == Lang::kEn);
  CHECK_FALSE(ParseLang("de", &lang));
  CHECK(CountOf(Lang::kNl, 1, "count.document", "count.documents") == "1 document");
  CHECK(CountOf(Lang::kNl, 5023, "count.document", "count.documents") == "5.023 documenten");
  CHECK(CountOf(Lang::kEn, 1234567, "count.document", "count.documents") == "1,234,567 documents");
  CHECK(Plural(1, "motion", "motions") == "1 motion");
  CHECK(Plural(0, "motion", "motions") == "0 motions");
}

TEST_CASE("FitCell cuts a location in its middle and keeps the line number", "[output]") {
  struct Case {
    const char* text;
    std::size_t width;
    const char* want;
  } cases[] = {
      {"kort.txt:15", 20, "kort.txt:15"},
      {"archief/2025/commissie/kst-36999-5.txt:1234", 24, "arc…kst-36999-5.txt:1234"},
      {"url:https://www.example.nl/een/heel/lang/pad", 20, "url:ht…heel/lang/pad"},
      {"Kan de minister aangeven hoeveel", 10, "Kan de mi…"},
      {"\xC3\xA9\xC3\xA9n twee drie", 5, "\xC3\xA9\xC3\xA9n …"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::string got = FitCell(c.text, c.width);
    CHECK(got == c.want);
  }
  // Never wider than asked.
  CHECK(FitCell("a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p:99999", 8) == "…p:99999");
}

TEST_CASE("A table narrowed to the terminal keeps every row within the width", "[output]") {
  TextTable t({"where", "text"});
  t.AddRow({"een/heel/lang/pad/naar/het/document-met-een-lange-naam.txt:123",
            "De leden van de fractie vragen de minister of zij bereid is de Kamer te informeren over de stand"});
  std::string out = t.Render(false, 0, 60);
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\n', start);
    std::string_view line(out.data() + start, end - start);
    std::size_t width = 0;
    for (unsigned char c : line) width += (c & 0xC0) != 0x80;
    CHECK(width <= 60);
    start = end + 1;
  }
  CHECK(out.find(":123") != std::string::npos);
  // Without a width every cell is whole.
  CHECK(t.Render(false, 0, 0).find("de stand") != std::string::npos);
}

TEST_CASE("Document paths are relative to the root of the inputs", "[corpus]") {
  TempDir temp;
  const std::filesystem::path dir_path = temp.path();
  struct {
    const std::filesystem::path& p;
    const std::filesystem::path& path() const { return p; }
  } dir{dir_path};
  std::filesystem::create_directories(dir.path() / "corpus" / "sub");
  std::filesystem::create_directories(dir.path() / "other");
  const std::string corpus = (dir.path() / "corpus").string();
  CHECK(InputRoot({corpus}) == corpus);
  CHECK(InputRoot({corpus + "/"}) == corpus);
  CHECK(InputRoot({corpus + "/sub/x.txt"}) == corpus + "/sub");
  CHECK(InputRoot({corpus, (dir.path() / "other").string()}) == dir.path().string());
  CHECK(InputRoot({"-"}).empty());
  CHECK(PathUnderRoot(corpus, corpus + "/sub/x.txt") == "sub/x.txt");
  CHECK(PathUnderRoot(corpus, corpus + "/./sub/../y.txt") == "y.txt");
  CHECK(PathUnderRoot(corpus, "-") == "-");
  CHECK(PathUnderRoot("", "a/b.txt") == "a/b.txt");
  CHECK(PathUnderRoot(corpus, (dir.path() / "other" / "z.txt").string()) == (dir.path() / "other" / "z.txt").string());
}

}  // namespace
}  // namespace kamergraaf

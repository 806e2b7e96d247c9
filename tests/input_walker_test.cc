// WalkInputs: which files a folder gives, spelled how, in which order.
#include "source/input_walker.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "temp_dir.h"

namespace kamergraaf {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Walk(const std::vector<std::string>& inputs, Diagnostics* diagnostics,
                              const WalkOptions& options = {}) {
  return WalkInputs(inputs, options, diagnostics);
}

// A corpus folder with a bit of everything a walk must sort out.
struct Tree {
  Tree() {
    dir.Write("b.txt", "b");
    dir.Write("a.txt", "a");
    dir.Write("a.b/c.txt", "c");  // sorts before a/ by full path ('.' < '/')
    dir.Write("a/z.txt", "z");
    dir.Write("a/deeper/y.xml", "y");
    dir.Write(".hidden.txt", "h");
    dir.Write(".git/config", "g");
    dir.Write("a/.cache/x.txt", "x");
    fs::create_symlink(dir.path() + "/b.txt", dir.path() + "/link-to-b.txt");
    fs::create_symlink(dir.path() + "/missing.txt", dir.path() + "/broken-link.txt");
    ::mkfifo((dir.path() + "/pipe").c_str(), 0600);
  }
  TempDir dir;
};

TEST_CASE("A folder gives its regular files recursively, sorted by path, hidden ones left out", "[walk]") {
  Tree t;
  const std::string& d = t.dir.path();
  Diagnostics diagnostics;
  CHECK(Walk({d}, &diagnostics) == std::vector<std::string>{d + "/a.b/c.txt", d + "/a.txt", d + "/a/deeper/y.xml",
                                                             d + "/a/z.txt", d + "/b.txt", d + "/link-to-b.txt"});
  CHECK(diagnostics.empty());
  // Spelled as the folder was given: with a trailing slash, relative, with "." and "..".
  CHECK(Walk({d + "/a/"}, &diagnostics) == std::vector<std::string>{d + "/a/deeper/y.xml", d + "/a/z.txt"});
  CHECK(Walk({d + "/a/deeper/../deeper"}, &diagnostics) ==
        std::vector<std::string>{d + "/a/deeper/../deeper/y.xml"});
  const std::string rel = fs::relative(d + "/a").string();
  CHECK(Walk({rel}, &diagnostics) == std::vector<std::string>{rel + "/deeper/y.xml", rel + "/z.txt"});
  CHECK(diagnostics.empty());
}

TEST_CASE("Inputs keep their order; files and stdin are given as they are, folders expanded", "[walk]") {
  Tree t;
  const std::string& d = t.dir.path();
  Diagnostics diagnostics;
  CHECK(Walk({d + "/b.txt", "-", d + "/a", d + "/a.txt"}, &diagnostics) ==
        std::vector<std::string>{d + "/b.txt", "-", d + "/a/deeper/y.xml", d + "/a/z.txt", d + "/a.txt"});
  CHECK(diagnostics.empty());
  CHECK(Walk({d + "/nothing", d + "/pipe"}, &diagnostics).empty());
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].ToString() == d + "/nothing: error: no such file or folder");
  CHECK(diagnostics[1].ToString() == d + "/pipe: error: not a regular file, skipped");
}

TEST_CASE("Include and exclude globs match the path below the folder, or a bare name", "[walk]") {
  Tree t;
  const std::string& d = t.dir.path();
  struct Case {
    std::vector<std::string> include, exclude;
    std::vector<std::string> files;  // below d
  };
  const Case cases[] = {
      {{"*.xml"}, {}, {"/a/deeper/y.xml"}},
      {{"a/*"}, {}, {"/a/deeper/y.xml", "/a/z.txt"}},  // fnmatch's * crosses slashes
      {{}, {"a/*"}, {"/a.b/c.txt", "/a.txt", "/b.txt", "/link-to-b.txt"}},
      {{"*.txt"}, {"a*"}, {"/b.txt", "/link-to-b.txt"}},
      {{"z.txt", "c.txt"}, {}, {"/a.b/c.txt", "/a/z.txt"}},
      {{"deeper/y.xml"}, {}, {}},
  };
  for (const Case& c : cases) {
    Diagnostics diagnostics;
    std::vector<std::string> expected;
    for (const std::string& f : c.files) expected.push_back(d + f);
    CHECK(Walk({d}, &diagnostics, WalkOptions{c.include, c.exclude}) == expected);
  }
}

TEST_CASE("A symlinked folder is followed; a loop back is reported and not followed", "[walk]") {
  TempDir dir;
  const std::string& d = dir.path();
  dir.Write("x/own.txt", "x");
  dir.Write("y/f.txt", "y");
  fs::create_directory_symlink(d + "/y", d + "/x/link");
  fs::create_directory_symlink(d + "/x", d + "/y/back");
  Diagnostics diagnostics;
  CHECK(Walk({d + "/x"}, &diagnostics) == std::vector<std::string>{d + "/x/link/f.txt", d + "/x/own.txt"});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() == d + "/x/link/back: symlink loop: folder already visited, not followed");
}

}  // namespace
}  // namespace kamergraaf

// PDFs are read by a module loaded on demand (src/source/pdf_module.h): without it, a PDF is an input that
// cannot be read, with the reason, and the rest of the run goes on.
#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

#include "temp_dir.h"
#include "test_pdf.h"

namespace kamergraaf {
namespace {

// Runs `command` through the shell and returns what it printed on stdout and stderr, and its exit status.
std::pair<std::string, int> Run(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf;
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0;) out.append(buf.data(), n);
  int status = ::pclose(pipe);
  return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

TEST_CASE("A PDF without the PDF module is reported as unreadable, and the other files are read", "[pdf]") {
  TempDir dir;
  std::string pdf = dir.path() + "/a.pdf";
  testing::WritePdf(pdf, {{"Zie Kamerstuk 36999, nr. 12."}});
  dir.Write("b.txt", "Zie Kamerstuk 36999, nr. 13.\n");
  const std::string scan = std::string(KAMERGRAAF_BINARY) + " scan " + dir.path() + " --format jsonl";

  auto [with_module, rc] = Run(scan);
  CHECK(rc == 0);
  CHECK(with_module.find("kst-36999-12") != std::string::npos);

  auto [without, rc_without] = Run("KAMERGRAAF_PDF_MODULE=" + dir.path() + "/none.so " + scan);
  CHECK(rc_without == 1);  // partial
  CHECK(without.find(pdf + ": error: cannot read PDF: PDF support: no such file: " + dir.path() +
                     "/none.so ($KAMERGRAAF_PDF_MODULE)\n") != std::string::npos);
  CHECK(without.find("kst-36999-13") != std::string::npos);

  auto [not_a_module, rc_not] = Run("KAMERGRAAF_PDF_MODULE=" + dir.path() + "/b.txt " + scan);
  CHECK(rc_not == 1);
  CHECK(not_a_module.find(pdf + ": error: cannot read PDF: " + dir.path() + "/b.txt: ") != std::string::npos);
}

}  // namespace
}  // namespace kamergraaf

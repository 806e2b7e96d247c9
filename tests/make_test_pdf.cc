// make-test-pdf: draws text files as PDFs (tests/test_pdf.h), for benchmarks and manual checks.
// Usage: make-test-pdf [--wrap N] [--lines-per-page N] IN.txt OUT.pdf [IN.txt OUT.pdf ...]
// Lines longer than --wrap (default 95) are broken at a space; a line holding only a form feed, or every
// --lines-per-page lines (default 60), starts a new page. Text after the first empty line of a page is set as
// its footnotes.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_pdf.h"

int main(int argc, char** argv) {
  std::size_t wrap = 95, per_page = 60;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "--wrap" || a == "--lines-per-page") && i + 1 < argc) {
      (a == "--wrap" ? wrap : per_page) = std::strtoul(argv[++i], nullptr, 10);
    } else {
      args.push_back(a);
    }
  }
  if (args.empty() || args.size() % 2 != 0 || wrap < 10 || per_page < 1) {
    std::fprintf(stderr, "usage: make-test-pdf [--wrap N] [--lines-per-page N] IN.txt OUT.pdf ...\n");
    return 2;
  }
  for (std::size_t k = 0; k < args.size(); k += 2) {
    std::ifstream in(args[k], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "make-test-pdf: cannot read %s\n", args[k].c_str());
      return 1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::vector<std::vector<std::string>> pages(1);
    std::istringstream lines(ss.str());
    for (std::string line; std::getline(lines, line);) {
      if (line == "\f" || pages.back().size() >= per_page) pages.emplace_back();
      if (line == "\f") continue;
      // Running text only: an empty line would turn the rest of the page into footnotes.
      if (line.empty()) line = " ";
      while (line.size() > wrap) {
        std::size_t cut = line.rfind(' ', wrap);
        if (cut == std::string::npos || cut == 0) cut = wrap;
        // Never cut inside a UTF-8 sequence.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        pages.back().push_back(line.substr(0, cut));
        line.erase(0, cut + (line[cut] == ' ' ? 1 : 0));
      }
      pages.back().push_back(line);
    }
    kamergraaf::testing::WritePdf(args[k + 1], pages);
  }
  return 0;
}

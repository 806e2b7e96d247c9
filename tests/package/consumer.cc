// Parses one letter through the installed library and prints its citations' ids.
#include <cstdio>

#include "kamergraaf/pipeline.h"

int main() {
  kamergraaf::Document doc = kamergraaf::ParseDocument(
      "brief.txt", "Zie de brief van 3 maart (Kamerstuk 36999, nr. 12) en https://example.org/x.\n");
  for (const kamergraaf::Citation& c : doc.citations) std::printf("%s\n", c.target.c_str());
  return doc.citations.empty() ? 1 : 0;
}

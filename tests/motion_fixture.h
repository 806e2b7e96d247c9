// A motion of the fictional dossier 36999 (samples/corpus), for tests that build documents by hand.
#ifndef KAMERGRAAF_TESTS_MOTION_FIXTURE_H_
#define KAMERGRAAF_TESTS_MOTION_FIXTURE_H_

#include <string>
#include <utility>
#include <vector>

#include "kamergraaf/document.h"

namespace kamergraaf {

// `verdict` "aangenomen"/"verworpen" is the Kamer's vote and goes to Motion::outcome; any other value is the
// cabinet's advice (Motion::verdict).
inline Motion MakeMotion(std::string number, int line, std::vector<std::string> submitters, std::string request,
                         std::string verdict) {
  Motion m;
  m.id = "kst-36999-" + number;
  m.dossier = "36999";
  m.number = std::move(number);
  m.line = line;
  m.submitters = std::move(submitters);
  m.requests = {std::move(request)};
  (verdict == "aangenomen" || verdict == "verworpen" ? m.outcome : m.verdict) = std::move(verdict);
  return m;
}

}  // namespace kamergraaf

#endif  // KAMERGRAAF_TESTS_MOTION_FIXTURE_H_

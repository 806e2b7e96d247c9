// Diagnostics: problems found in input documents, reported as `path:line: message` and never fatal.
#ifndef KAMERGRAAF_DIAGNOSTIC_H_
#define KAMERGRAAF_DIAGNOSTIC_H_

#include <string>
#include <vector>

namespace kamergraaf {

struct Diagnostic {
  enum class Severity { kNote, kWarning, kError };

  std::string path;  // input path as given on the command line
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  Severity severity = Severity::kWarning;
  std::string message;

  // "path:line: message" (or "path: message" when line is 0), the format every tool prints.
  std::string ToString() const;
};

// kError means the document (or part of it) could not be read: the run is partial.
inline bool IsError(const Diagnostic& d) { return d.severity == Diagnostic::Severity::kError; }

using Diagnostics = std::vector<Diagnostic>;

}  // namespace kamergraaf

#endif  // KAMERGRAAF_DIAGNOSTIC_H_

// What a report says about the run that made it (HTML run block, Markdown line, report.json "run").
#ifndef KAMERGRAAF_OUTPUT_RUN_INFO_H_
#define KAMERGRAAF_OUTPUT_RUN_INFO_H_

#include <string>
#include <vector>

namespace kamergraaf {

// What a report says about the run that made it, so that two reports can be audited and compared. No
// field holds an absolute path: inputs and option values are relative to the working directory.
struct RunInfo {
  std::string version;              // "0.1.0"
  std::string date;                 // ISO date of the run (SOURCE_DATE_EPOCH when set)
  std::string as_of;                // the date deadlines were judged against when given, else empty
  std::vector<std::string> inputs;  // as given, relative to the working directory
  std::string options;              // the other arguments, e.g. "--top 80 --lang en"
  std::string coverage;             // a coverage line from the loader when it has one; else the report counts
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_RUN_INFO_H_

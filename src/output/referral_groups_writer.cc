#include "output/referral_groups_writer.h"

#include <nlohmann/json.hpp>

#include "output/csv_writer.h"
#include "output/text_table.h"

namespace kamergraaf {
namespace {

// Missing documents are not grouped (see GroupReferrals).
constexpr ReferralCategory kCategories[] = {ReferralCategory::kUnansweredQuestion, ReferralCategory::kDeferredAnswer,
                                            ReferralCategory::kMotionWithoutFollowUp,
                                            ReferralCategory::kOpenCommitment};

std::vector<std::string> Row(const ReferralGroup& g) {
  std::vector<std::string> cells = {g.name, std::to_string(g.open), std::to_string(g.written_questions)};
  for (ReferralCategory c : kCategories) cells.push_back(std::to_string(g.by_category[static_cast<int>(c)]));
  return cells;
}

}  // namespace

std::string ReferralGroupsOutput(const std::vector<ReferralGroup>& groups, const std::string& by,
                                 const std::string& format, bool color) {
  std::vector<std::string> header = {by, "open", "written-questions"};
  for (ReferralCategory c : kCategories) header.emplace_back(ReferralCategoryName(c));
  if (format == "json") {
    nlohmann::ordered_json j;
    j["by"] = by;
    j["groups"] = nlohmann::ordered_json::array();
    for (const ReferralGroup& g : groups) {
      nlohmann::ordered_json kinds;
      for (ReferralCategory c : kCategories) kinds[std::string(ReferralCategoryName(c))] = g.by_category[static_cast<int>(c)];
      kinds["written-questions"] = g.written_questions;
      j["groups"].push_back({{"name", g.name}, {"open", g.open}, {"by_kind", kinds}});
    }
    return j.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
  std::string out;
  if (format == "csv" || format == "markdown") {
    const bool md = format == "markdown";
    auto line = [&](const std::vector<std::string>& cells) {
      if (md) out += "|";
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (md) {
          std::string c;
          for (char ch : cells[i]) c += ch == '|' ? std::string("\\|") : ch == '<' ? std::string("&lt;") : std::string(1, ch);
          out += " " + c + " |";
        } else {
          out += (i ? "," : "") + CsvCell(cells[i]);
        }
      }
      out += md ? "\n" : "\r\n";
    };
    line(header);
    if (md) line(std::vector<std::string>(header.size(), "---"));
    for (const ReferralGroup& g : groups) line(Row(g));
    return out;
  }
  TextTable table(header);
  for (const ReferralGroup& g : groups) table.AddRow(Row(g));
  return table.Render(color, 50) + std::to_string(groups.size()) + " groups\n";
}

}  // namespace kamergraaf

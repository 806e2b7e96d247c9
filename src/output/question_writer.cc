#include "output/question_writer.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "output/csv_writer.h"
#include "output/text_table.h"

namespace kamergraaf {
namespace {

using json = nlohmann::ordered_json;

const std::vector<std::string> kHeader = {"zaak/id", "asker", "addressee", "asked",  "answered",
                                          "latency", "status", "overdue",   "postponed"};

std::string Or(const std::string& s, const char* fallback) { return s.empty() ? fallback : s; }

std::vector<std::string> Cells(const QuestionSet& q) {
  return {q.key,
          Or(q.asker, "-"),
          Or(q.addressee, "-"),
          Or(q.asked, "-"),
          Or(q.answered, "-"),
          q.latency_days >= 0 ? std::to_string(q.latency_days) : "-",
          std::string(QuestionStatusName(q.status)),
          q.overdue_days > 0 ? std::to_string(q.overdue_days) : "-",
          Or(q.postponed, "-")};
}

json SetJson(const QuestionSet& q) {
  auto opt_int = [](int v, int none) { return v == none ? json(nullptr) : json(v); };
  return {{"key", q.key},
          {"zaak", q.zaak},
          {"asker", q.asker},
          {"fractie", q.fractie},
          {"addressee", q.addressee},
          {"title", q.title},
          {"asked", q.asked},
          {"answered", q.answered},
          {"postponed", q.postponed},
          {"latency_days", opt_int(q.latency_days, -1)},
          {"age_days", opt_int(q.age_days, -1)},
          {"overdue_days", q.overdue_days},
          {"status", QuestionStatusName(q.status)},
          {"questions", q.questions},
          {"answers", q.answers},
          {"notices", q.notices}};
}

json SummaryObject(const QuestionTimingSummary& s, const std::string& as_of) {
  return {{"as_of", as_of},
          {"term_days", kAnswerTermDays},
          {"sets", s.sets},
          {"answered_in_time", s.in_time},
          {"answered_late", s.late},
          {"postponed", s.postponed},
          {"open", s.open},
          {"overdue", s.overdue},
          {"unknown", s.unknown},
          {"with_latency", s.with_latency},
          {"median_latency_days", s.median_latency}};
}

std::string Dump(const json& j) { return j.dump(1, ' ', false, json::error_handler_t::replace) + "\n"; }

}  // namespace

std::string QuestionsSummaryLine(const QuestionTimingSummary& s) {
  std::string out = fmt::format(
      "{} sets of written questions: {} answered in time, {} answered late, {} postponed, {} open, {} overdue",
      s.sets, s.in_time, s.late, s.postponed, s.open, s.overdue);
  if (s.unknown > 0) out += fmt::format(", {} without a known asked date", s.unknown);
  if (s.with_latency > 0) out += fmt::format("; median latency {:g} days ({} answered)", s.median_latency, s.with_latency);
  return out;
}

std::string QuestionsText(const std::vector<QuestionSet>& sets, const std::string& as_of, bool color) {
  TextTable table(kHeader);
  for (const QuestionSet& q : sets) table.AddRow(Cells(q));
  std::string out = table.Render(color, 40);
  out += QuestionsSummaryLine(SummarizeQuestionTiming(sets));
  out += fmt::format(" (as of {}, term {} days)\n", as_of, kAnswerTermDays);
  return out;
}

std::string QuestionsJson(const std::vector<QuestionSet>& sets, const std::string& as_of) {
  json j;
  j["as_of"] = as_of;
  j["term_days"] = kAnswerTermDays;
  j["summary"] = SummaryObject(SummarizeQuestionTiming(sets), as_of);
  j["questions"] = json::array();
  for (const QuestionSet& q : sets) j["questions"].push_back(SetJson(q));
  return Dump(j);
}

std::string QuestionsCsv(const std::vector<QuestionSet>& sets) {
  std::string out;
  auto row = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvCell(cells[i]);
    out += "\r\n";
  };
  row({"key", "zaak", "asker", "fractie", "addressee", "asked", "answered", "postponed", "latency_days", "age_days",
       "overdue_days", "status", "title"});
  for (const QuestionSet& q : sets) {
    row({q.key, q.zaak, q.asker, q.fractie, q.addressee, q.asked, q.answered, q.postponed,
         q.latency_days >= 0 ? std::to_string(q.latency_days) : "", q.age_days >= 0 ? std::to_string(q.age_days) : "",
         std::to_string(q.overdue_days), std::string(QuestionStatusName(q.status)), q.title});
  }
  return out;
}

std::string QuestionsMarkdown(const std::vector<QuestionSet>& sets, const std::string& as_of) {
  auto cell = [](std::string s) {
    std::string out;
    for (char c : s) out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
    return out;
  };
  std::string out = "|";
  for (const std::string& h : kHeader) out += " " + h + " |";
  out += "\n|";
  for (std::size_t i = 0; i < kHeader.size(); ++i) out += " --- |";
  out += "\n";
  for (const QuestionSet& q : sets) {
    out += "|";
    for (const std::string& c : Cells(q)) out += " " + cell(c) + " |";
    out += "\n";
  }
  out += "\n" + QuestionsSummaryLine(SummarizeQuestionTiming(sets));
  out += fmt::format(" (as of {}, term {} days).\n", as_of, kAnswerTermDays);
  return out;
}

std::string QuestionsSummaryJson(const QuestionTimingSummary& summary, const std::string& as_of) {
  return Dump(SummaryObject(summary, as_of));
}

}  // namespace kamergraaf

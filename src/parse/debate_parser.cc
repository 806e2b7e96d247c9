#include "parse/debate_parser.h"

#include <re2/re2.h>

#include <string>

namespace kamergraaf {
namespace {

// Fills *speech from a header line; false when `s` is no speaker header.
bool ParseHeader(const std::string& s, Speech* speech) {
  static const RE2 kChair(R"(^(?:De )?[Vv]oorzitter:$)");
  static const RE2 kMember(R"(^(?:Mevrouw|De heer|Het lid) ([^():]{1,50}?) \(([^()]{1,40})\):$)");
  static const RE2 kGovernment(
      R"(^(Minister-president|Minister|Staatssecretaris|De minister|De staatssecretaris)(?: ([^():]{1,60}?))?(?: \([^()]*\))?:$)");
  if (s.size() > 120) return false;
  if (RE2::FullMatch(s, kChair)) {
    speech->role = Speech::Role::kChair;
    speech->speaker = "voorzitter";
    return true;
  }
  std::string name, party, title;
  if (RE2::FullMatch(s, kMember, &name, &party)) {
    speech->role = Speech::Role::kMember;
    speech->speaker = name;
    speech->party = party;
    return true;
  }
  if (RE2::FullMatch(s, kGovernment, &title, &name)) {
    // "Minister van Economische Zaken" names an office, not a person.
    if (name.rfind("van ", 0) == 0 || name.rfind("voor ", 0) == 0) name.clear();
    speech->role =
        title.find("taatssecretaris") != std::string::npos ? Speech::Role::kStateSecretary : Speech::Role::kMinister;
    speech->speaker = name;
    return true;
  }
  return false;
}

}  // namespace

std::vector<SpeakerTurn> ParseSpeakerTurns(const std::vector<RunningLine>& lines) {
  std::vector<SpeakerTurn> turns;
  auto close_last = [&](std::size_t end) {
    if (turns.empty()) return;
    SpeakerTurn& t = turns.back();
    t.body_end = end;
    t.speech.end_line = t.speech.line;
    for (std::size_t k = t.body_begin; k < end; ++k) {
      if (!lines[k].text.empty()) t.speech.end_line = lines[k].line;
    }
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& s = lines[i].text;
    if (s.empty() || s.size() > 120) continue;
    Speech speech;
    std::size_t header_lines = 1;
    bool ok = s.back() == ':' && ParseHeader(s, &speech);
    if (!ok && s.size() < 60 && i + 1 < lines.size() && !lines[i + 1].text.empty() && lines[i + 1].text.size() < 60 &&
        lines[i + 1].text.back() == ':' && (s.rfind("Mevrouw ", 0) == 0 || s.rfind("De heer ", 0) == 0)) {
      // "De heer Six" / "Dijkstra (NSC):" or "De heer Six Dijkstra" / "(NSC):" split by a line break.
      ok = ParseHeader(s + " " + lines[i + 1].text, &speech);
      header_lines = 2;
    }
    if (!ok) continue;
    close_last(i);
    speech.line = lines[i].line;
    SpeakerTurn t;
    t.speech = std::move(speech);
    t.body_begin = i + header_lines;
    turns.push_back(std::move(t));
    i += header_lines - 1;
  }
  close_last(lines.size());
  return turns;
}

}  // namespace kamergraaf

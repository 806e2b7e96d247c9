#include "parse/debate_parser.h"

#include <re2/re2.h>

#include <string>

namespace kamergraaf {
namespace {

// A person's name as a speaker header writes it: capitalised words with particles ("Six Dijkstra",
// "Van der Werf", "de Jong", "d'Ancona", "Beelaerts van Blokland").
constexpr char kName[] =
    R"((?:(?:van|de|der|den|ter|te|d')\s?)*\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:van|de|der|den|ter|te)\s)*\p{Lu}[\p{L}'’.-]*){0,4})";

// Fills *speech from the speaker header at the start of `s` and sets *text_start to where the turn's text
// begins on the same line (s.size() for a header on a line of its own); false when `s` starts no turn.
bool ParseHeader(const std::string& s, Speech* speech, std::size_t* text_start) {
  static const RE2 kChair(R"((?:De [Vv]oorzitter|Voorzitter):(?:\s+|$))");
  static const RE2 kMember(R"((?:Mevrouw|De heer|Het lid) ([^():]{1,50}?) \(([^()]{1,40})\):(?:\s+|$))");
  // Older transcripts: "De heer de Jong:", "De heer Donner, Minister van Justitie:".
  static const RE2 kMemberNoParty(
      std::string("(?:Mevrouw|De heer|Het lid) (") + kName +
      R"()(?:, ((?:Minister|Staatssecretaris|Minister-[Pp]resident)[^:]{0,60}))?:(?:\s+|$))");
  static const RE2 kGovernment(
      std::string(R"((Minister-[Pp]resident|Minister|Staatssecretaris|De minister|De staatssecretaris)(?: ()") + kName +
      R"(|(?:van|voor) [^():]{1,60}?))?(?: \([^()]*\))?:(?:\s+|$))");
  re2::StringPiece input(s.data(), s.size());
  std::string name, party, title;
  if (RE2::Consume(&input, kChair)) {
    // "Voorzitter: Deetman" names who presides; only "De voorzitter:" speaks inline.
    if (!input.empty() && s[0] != 'D') return false;
    speech->role = Speech::Role::kChair;
    speech->speaker = "voorzitter";
  } else if (RE2::Consume(&input, kMember, &name, &party)) {
    speech->role = Speech::Role::kMember;
    speech->speaker = name;
    speech->party = party;
  } else if (RE2::Consume(&input, kMemberNoParty, &name, &title)) {
    speech->role = title.empty()                                        ? Speech::Role::kMember
                   : title.find("taatssecretaris") != std::string::npos ? Speech::Role::kStateSecretary
                                                                        : Speech::Role::kMinister;
    speech->speaker = name;
  } else if (RE2::Consume(&input, kGovernment, &title, &name)) {
    // "Minister van Economische Zaken" names an office, not a person.
    if (name.rfind("van ", 0) == 0 || name.rfind("voor ", 0) == 0) name.clear();
    speech->role =
        title.find("taatssecretaris") != std::string::npos ? Speech::Role::kStateSecretary : Speech::Role::kMinister;
    speech->speaker = name;
  } else {
    return false;
  }
  *text_start = static_cast<std::size_t>(input.data() - s.data());
  return true;
}

}  // namespace

bool IsSpeakerHeader(const std::string& line, Speech::Role* role) {
  Speech speech;
  std::size_t text_start = 0;
  if (!ParseHeader(line, &speech, &text_start)) return false;
  *role = speech.role;
  return true;
}

std::vector<SpeakerTurn> ParseSpeakerTurns(std::vector<RunningLine>* running) {
  std::vector<RunningLine>& lines = *running;
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
    const std::string s = lines[i].text;
    if (s.empty()) continue;
    Speech speech;
    std::size_t header_lines = 1;
    std::size_t text_start = 0;
    bool ok = ParseHeader(s, &speech, &text_start);
    if (!ok && s.size() < 60 && i + 1 < lines.size() && !lines[i + 1].text.empty() && lines[i + 1].text.size() < 60 &&
        lines[i + 1].text.back() == ':' && (s.rfind("Mevrouw ", 0) == 0 || s.rfind("De heer ", 0) == 0)) {
      // "De heer Six" / "Dijkstra (NSC):" split by a line break.
      std::string joined = s + " " + lines[i + 1].text;
      ok = ParseHeader(joined, &speech, &text_start) && text_start == joined.size();
      header_lines = 2;
    }
    if (!ok) continue;
    if (header_lines == 1 && text_start < s.size()) {
      // "De heer Knol (PvdA): Mijnheer de Voorzitter! …": the text goes on a line of its own.
      RunningLine rest = lines[i];
      rest.text = s.substr(text_start);
      lines[i].text = s.substr(0, text_start);
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(rest));
    }
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

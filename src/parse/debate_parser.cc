#include "parse/debate_parser.h"

#include <re2/re2.h>

#include <string>
#include <string_view>

namespace kamergraaf {
namespace {

// A person's name as a speaker header writes it: capitalised words with particles ("Six Dijkstra",
// "Van der Werf", "de Jong", "d'Ancona", "Beelaerts van Blokland").
constexpr char kName[] =
    R"((?:(?:van|de|der|den|ter|te|d')\s?)*\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:van|de|der|den|ter|te)\s)*\p{Lu}[\p{L}'’.-]*){0,4})";

// Fills *speech from the speaker header at the start of `s` and sets *text_start to where the turn's text
// begins on the same line (s.size() for a header on a line of its own); false when `s` starts no turn.
bool ParseHeader(std::string_view s, Speech* speech, std::size_t* text_start) {
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

// Cheap test that `s` may open a speaker header: every header pattern above starts with one of these words
// and has a ':' after the name. Lines that fail it (almost all) never reach the regular expressions.
bool MayBeHeader(std::string_view s) {
  static constexpr std::string_view kOpenings[] = {"De voorzitter", "De Voorzitter", "Voorzitter", "Mevrouw",
                                                   "De heer",       "Het lid",       "Minister",   "Staatssecretaris",
                                                   "De minister",   "De staatssecretaris"};
  if (s.size() < 8) return false;  // "Mevrouw " is the shortest opening with anything after it
  bool opens = false;
  for (std::string_view o : kOpenings) {
    if (s.compare(0, o.size(), o) == 0) {
      opens = true;
      break;
    }
  }
  return opens && s.find(':') != std::string_view::npos;
}

}  // namespace

bool IsSpeakerHeader(std::string_view line, Speech::Role* role) {
  if (!MayBeHeader(line)) return false;
  Speech speech;
  std::size_t text_start = 0;
  if (!ParseHeader(line, &speech, &text_start)) return false;
  *role = speech.role;
  return true;
}

std::vector<SpeakerTurn> ParseSpeakerTurns(std::vector<RunningLine>* running) {
  // The lines are moved into `out` in one pass; a header with its text on the same line becomes two lines
  // there, so no line is ever inserted in the middle of a vector.
  std::vector<RunningLine>& in = *running;
  std::vector<RunningLine> out;
  std::vector<SpeakerTurn> turns;
  bool split_any = false;
  auto close_last = [&](std::size_t end) {
    if (turns.empty()) return;
    SpeakerTurn& t = turns.back();
    t.body_end = end;
    t.speech.end_line = t.speech.line;
    for (std::size_t k = end; k > t.body_begin; --k) {
      const RunningLine& l = split_any ? out[k - 1] : in[k - 1];
      if (!l.text.empty()) {
        t.speech.end_line = l.line;
        break;
      }
    }
  };
  // Until the first split, `out` is not needed: indices into `in` and `out` agree.
  for (std::size_t i = 0; i < in.size(); ++i) {
    std::string_view s = in[i].text;
    std::size_t at = split_any ? out.size() : i;
    auto keep = [&] {
      if (split_any) out.push_back(std::move(in[i]));
    };
    if (s.empty()) {
      keep();
      continue;
    }
    Speech speech;
    std::size_t header_lines = 1;
    std::size_t text_start = 0;
    bool ok = MayBeHeader(s) && ParseHeader(s, &speech, &text_start);
    if (!ok && s.size() < 60 && i + 1 < in.size() && !in[i + 1].text.empty() && in[i + 1].text.size() < 60 &&
        in[i + 1].text.back() == ':' && (s.rfind("Mevrouw ", 0) == 0 || s.rfind("De heer ", 0) == 0)) {
      // "De heer Six" / "Dijkstra (NSC):" split by a line break.
      std::string joined = std::string(s) + " " + std::string(in[i + 1].text);
      ok = ParseHeader(joined, &speech, &text_start) && text_start == joined.size();
      header_lines = 2;
    }
    if (!ok) {
      keep();
      continue;
    }
    close_last(at);
    speech.line = in[i].line;
    if (header_lines == 1 && text_start < s.size()) {
      // "De heer Knol (PvdA): Mijnheer de Voorzitter! …": the text goes on a line of its own.
      if (!split_any) {
        split_any = true;
        out.reserve(in.size() + in.size() / 8);
        for (std::size_t k = 0; k < i; ++k) out.push_back(std::move(in[k]));
      }
      RunningLine rest;
      rest.line = in[i].line;
      rest.indented = in[i].indented;
      rest.text = s.substr(text_start);
      in[i].text = s.substr(0, text_start);
      out.push_back(std::move(in[i]));
      out.push_back(std::move(rest));
    } else {
      keep();
      if (header_lines == 2) {
        ++i;
        keep();
      }
    }
    SpeakerTurn t;
    t.speech = std::move(speech);
    t.body_begin = at + header_lines;
    turns.push_back(std::move(t));
  }
  close_last(split_any ? out.size() : in.size());
  if (split_any) in = std::move(out);
  return turns;
}

}  // namespace kamergraaf

// Splits a debate transcript (Handelingen) into speaker turns.
#ifndef KAMERGRAAF_PARSE_DEBATE_PARSER_H_
#define KAMERGRAAF_PARSE_DEBATE_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/document.h"
#include "parse/running_text.h"

namespace kamergraaf {

struct SpeakerTurn {
  Speech speech;
  // The turn's text: running lines [body_begin, body_end) after the speaker's header.
  std::size_t body_begin = 0;
  std::size_t body_end = 0;
};

// Speaker headers open a line and end in ':' — "De voorzitter:", "Mevrouw Kathmann (GroenLinks-PvdA):",
// "De heer Six Dijkstra (NSC):", "Minister Beljaarts:", "Staatssecretaris Szabó:" — on a line of their own
// (also when a PDF line break splits the name), or followed by the turn's text as in older transcripts
// ("De heer Knol (PvdA): Mijnheer de Voorzitter! …"); such a line is split in *lines into the header and a
// text line with the same line number. Returns the turns in text order, with ranges into the updated *lines;
// speaker is the name as written ("Six Dijkstra", "Szabó"; "voorzitter" for the chair), party only for
// members. "Voorzitter: Deetman" (who presides) is no turn.
std::vector<SpeakerTurn> ParseSpeakerTurns(std::vector<RunningLine>* lines);

// True when `line` starts with a speaker header; *role is the speaker's role.
bool IsSpeakerHeader(std::string_view line, Speech::Role* role);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_DEBATE_PARSER_H_

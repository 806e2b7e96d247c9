// Splits a debate transcript (Handelingen) into speaker turns.
#ifndef KAMERGRAAF_PARSE_DEBATE_PARSER_H_
#define KAMERGRAAF_PARSE_DEBATE_PARSER_H_

#include <cstddef>
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

// Speaker headers are lines of their own ending in ':' — "De voorzitter:", "Mevrouw Kathmann
// (GroenLinks-PvdA):", "De heer Six Dijkstra (NSC):", "Minister Beljaarts:", "Staatssecretaris Szabó:" — also
// when a PDF line break splits the name from "(party):". Returns the turns in text order; speaker is the
// name as written ("Six Dijkstra", "Szabó"; "voorzitter" for the chair), party only for members.
std::vector<SpeakerTurn> ParseSpeakerTurns(const std::vector<RunningLine>& lines);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_DEBATE_PARSER_H_

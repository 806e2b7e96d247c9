// Reads the Tweede Kamer's own XML of a plenary sitting (VLOS, root `vlosCoreDocument`, namespace
// http://www.tweedekamer.nl/ggm/vergaderverslag/…): the verslag as it stands before it is published as
// Handelingen.
#ifndef KAMERGRAAF_PARSE_VLOS_DOCUMENT_PARSER_H_
#define KAMERGRAAF_PARSE_VLOS_DOCUMENT_PARSER_H_

#include <string_view>

#include "kamergraaf/document.h"
#include "source/markup_tree.h"

namespace kamergraaf {

// True when `root` (as returned by ParseXmlTree) is a VLOS document.
bool IsVlosDocument(const MarkupNode& root);

// Renders every `tekst` of the sitting as text, one line per `alineaitem` (the speaker's heading "De heer
// Pechtold (D66):" is the first item of a turn, a motion's "De Kamer," … "Zij krijgt nr. 915 (21501-20)."
// its items), so that the debate parser reads speeches, motions and verdicts as in Handelingen text. The
// markup's facts are laid over: kind handelingen, title from `vergadering/titel`, date from
// `vergadering/datum` (ISO, evidence "<datum>…"), id h-tk-<vergaderjaar>-<vergaderingnummer> when both are
// given. Speaker records, zaak lists and times are metadata, not text. Never fails.
Document ParseVlosXml(std::string_view path, const MarkupNode& root);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_VLOS_DOCUMENT_PARSER_H_

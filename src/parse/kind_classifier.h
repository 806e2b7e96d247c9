// Decides what kind of parliamentary document a text is (domain.md §1), with the evidence for it.
#ifndef KAMERGRAAF_PARSE_KIND_CLASSIFIER_H_
#define KAMERGRAAF_PARSE_KIND_CLASSIFIER_H_

#include <string>
#include <vector>

#include "kamergraaf/document.h"
#include "parse/running_text.h"

namespace kamergraaf {

struct KindDecision {
  DocumentKind kind = DocumentKind::kUnknown;
  std::string evidence;  // "line 3: 'De voorzitter:'"; empty for kUnknown
};

// Tries the signatures in a fixed order, first match wins:
//  1. handelingen: a chair's turn ("De voorzitter:") plus another speaker's turn or a sitting's opening lines
//     ("Voorzitter: X", "Tegenwoordig …", "Aan de orde is …");
//  2. schriftelijk overleg: "Binnen de vaste commissie …" near the top, or fractie blocks "Vragen en opmerkingen
//     van de leden van de …";
//  3. commissievragen: "Antwoorden op de vragen van de … fractie";
//  4. kamervragen: "Beantwoording Kamervragen", "antwoorden op de vragen van het lid / de leden", or the head of
//     a historical "Aanhangsel van de Handelingen" page;
//  5. motie: "De Kamer," + "gehoord de beraadslaging"; 6. BNC-fiche: a line starting "Fiche:" near the top;
//  7. kamerbrief: a letter head ("Geachte Voorzitter", "Aan de Voorzitter van de Tweede Kamer");
//  8. the capitalised paper type in the first 20 lines ("MOTIE VAN …" → motie, "BRIEF VAN DE …" → kamerbrief,
//     "MEMORIE VAN TOELICHTING", "VERSLAG", "AMENDEMENT", … → kamerstuk);
//  9. kamerstuk: an official kst- id, or a "Tweede Kamer der Staten-Generaal" head with a "Nr. 12" line.
// `id` is the document's id as identified so far. Evidence quotes the deciding line(s), abbreviated.
KindDecision ClassifyKind(const std::vector<RunningLine>& lines, const std::string& id);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_KIND_CLASSIFIER_H_

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

// Tries the signatures in a fixed order, first match wins: handelingen (a "De voorzitter:" turn plus
// another speaker turn or a sitting's opening lines: "Voorzitter: X", "Tegenwoordig …", "Aan de orde is …"),
// schriftelijk overleg ("Binnen de vaste commissie …" / fractie blocks "Vragen en opmerkingen van de leden van de …"),
// commissievragen ("Antwoorden op de vragen van de … fractie"), kamervragen ("Beantwoording Kamervragen", "Uw kenmerk"
// with a zaak number, "antwoorden op de vragen van het lid"; in historical papers an "Aanhangsel van de Handelingen"
// head), motie ("De Kamer," + "gehoord de beraadslaging"), BNC-fiche (a line starting "Fiche:"), kamerbrief (letter
// head: "Geachte Voorzitter" / "Aan de Voorzitter van de Tweede Kamer"), kamerstuk (an official kst- id, or a "Tweede
// Kamer der Staten-Generaal" head with a "Nr. 12" line). `id` is the document's id as identified so far.
KindDecision ClassifyKind(const std::vector<RunningLine>& lines, const std::string& id);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_KIND_CLASSIFIER_H_

// A motion or amendment published as a Kamerstuk of its own (official XML, PDF, HTML, Word, text, OCR):
// its head ("36 600 VIII / Nr. 123 / MOTIE VAN DE LEDEN MARTENS-AMERICA EN VAN ZANTEN / Voorgesteld 2 december
// 2024"), its foot ("kst-28286-1366", "Tweede Kamer, vergaderjaar 1992-1993, 22 975, nr. 13") and the names
// signed below "en gaat over tot de orde van de dag.".
#ifndef KAMERGRAAF_PARSE_MOTION_DOCUMENT_H_
#define KAMERGRAAF_PARSE_MOTION_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/document.h"
#include "parse/running_text.h"

namespace kamergraaf {

// Reads the title line ("[NADER] [GEWIJZIGDE] MOTIE|AMENDEMENT VAN HET LID X [C.S.] | VAN DE LEDEN A, B EN C
// [TER VERVANGING VAN DIE GEDRUKT ONDER NR. N]", any case, possibly broken over two lines) and fills *m:
//  - title (the title line as printed), amendment (an AMENDEMENT title);
//  - id, dossier, number from a "kst-…" token of the text, else the head ("Nr. 123" below the dossier
//    number, its suffix "VIII", "-20" or "Hoofdstuk V" included), else the foot line; fields already set are
//    replaced only by a text-stated id;
//  - replaces ("kst-<dossier>-<N>" of "ter vervanging van die gedrukt onder nr. N");
//  - date (ISO) from "Voorgesteld [tijdens … van] 2 december 2024" / "Ontvangen …", else the first date of the
//    head;
//  - submitters: the signatures below the text (one per line, or several on one OCR line split at the
//    capitalised particles and the title's names), checked against the title's names. When they disagree the
//    title's names are used and a warning is appended to *diagnostics (path left empty, line set).
//  - for an amendment, requests: the lines that state the change ("Artikel 62, tweede lid, wordt …").
// The title must stand among the first `max_title_line` lines. Returns false (and leaves *m untouched) when
// the lines hold no such title.
bool ReadMotionDocument(const std::vector<RunningLine>& lines, Motion* m, Diagnostics* diagnostics,
                        std::size_t max_title_line = 400);

// The submitters a title names: "VAN DE LEDEN VAN BAARLE EN DEKKER-ABDULAZIZ" -> {"Van Baarle",
// "Dekker-Abdulaziz"}; "VAN HET LID DIEDERIK VAN DIJK C.S." -> {"Diederik van Dijk"}; the case of mixed-case
// titles is kept. Empty when `title` is not a motion or amendment title.
std::vector<std::string> SubmittersOfTitle(std::string_view title);

// Names signed on one line: "Franssen Kappeyne van de Coppello Waltmans De Vries" -> four names. A new name
// starts at a capitalised word unless it follows a lower-case particle ("van de") or continues a name in
// `known` (compared case-insensitively, "Daniëlle Jansen").
std::vector<std::string> SplitSignatureLine(std::string_view line, const std::vector<std::string>& known);

// An upper-case name in the case it is written in: "VAN DER STAAIJ" -> "Van der Staaij", "KOSTIĆ" -> "Kostić",
// "MARTENS-AMERICA" -> "Martens-America", "DIEDERIK VAN DIJK" -> "Diederik van Dijk".
std::string NameCase(std::string_view upper);

// The ISO date of the first "2 december 2024" / "2den Mei 1863" in `text`, or "".
std::string FirstDutchDate(std::string_view text);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_MOTION_DOCUMENT_H_

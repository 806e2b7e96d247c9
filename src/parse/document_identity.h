// Works out which document a file is: its canonical id (from its file name or text), title, date, and the
// ids it is about or answers.
#ifndef KAMERGRAAF_PARSE_DOCUMENT_IDENTITY_H_
#define KAMERGRAAF_PARSE_DOCUMENT_IDENTITY_H_

#include <string_view>

#include "kamergraaf/document.h"

namespace kamergraaf {

// Sets doc->id, has_official_id, title, date, about and answers_to.
//  - id: file names like kst-26643-1317.txt, kst-21501-33-1195.txt, ah-tk-20252026-597.xml,
//    h-tk-20192020-45-12.txt, 2024D48680.pdf and 2026Z03911.txt give an official id; so does the printed
//    head of a Kamerstuk ("Tweede Kamer der Staten-Generaal" … "21 501-02" … "Nr. 125" → kst-21501-02-125);
//    otherwise the id is the path as given (stable for the same command line).
//  - answers_to: the zaak of "Uw kenmerk 2026Z03911" / "(kenmerk: 2026Z03911" in a letter head.
//  - about: for a written consultation ("Binnen de vaste commissie … over de brief … (Kamerstuk 22112,
//    nr. 4102)", "(26 643/30 821, nr. 1252)"), the subject Kamerstuk (the first dossier of a joint one).
//    Also from the text when the name says nothing: the foot ("kst-29754-704", "Tweede Kamer, vergaderjaar
//    2023–2024, 29 754, nr. 704"), an Aanhangsel head (→ ah-tk-20232024-1980; "AH 615" → the session of
//    the date), a Kamerstuk head of any era ("Zitting 1976-1977 / 14 175 / Nr. 1", "15800 / Hoofdstuk V /
//    Nr.92" → kst-15800-V-92, "ZITTING 1962—1963 — 6736 / Nr. 5"; an advice of the Raad van State without
//    a number → letter A), a motion PDF's first line "35851-71", a Handelingen PDF foot ("TK 65 65-4-1" →
//    h-tk-20232024-65-4), a sitting's heading ("71ste VERGADERING" + its date), and last the zaak number
//    on a line of its own (written questions and answer letters).
//  - title: the "Betreft"/"Onderwerp" of a letter, a Handelingen item's title, PaperTitle(), or "debat over
//    …"; date (ISO) with date_evidence, the phrase that gave it: "Voorgesteld …", "ontvangen …" (answers),
//    "Vastgesteld …", "Datum …", "(ingezonden …)", "Den Haag, …", a sitting's weekday heading, else the
//    first date in the head; signer: "De Minister van X, / Name" (the last such signature) or "Antwoord
//    van Minister X (…)"; addressee: "… aan de Minister van Y over …" of written questions. Fields that
//    are not found stay as they were (metadata may have set them).
void IdentifyDocument(std::string_view path, std::string_view text, Document* doc);

// The paper's own title as its head prints it, searched in the first `max_lines` non-empty lines: the
// capitalised type line ("MOTIE VAN HET LID VAN DIJK", "ACHTSTE NOTA VAN WIJZIGING") joined with the
// lines that continue it, or the "Vragen van het lid … over …" heading of written questions up to
// "(ingezonden …)". Empty when there is none. (For saved web pages, whose text starts with site chrome.)
std::string PaperTitle(std::string_view text, std::size_t max_lines);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_DOCUMENT_IDENTITY_H_

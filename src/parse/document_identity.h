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
//  - title: the "Betreft" line of a letter, or "debat over …" of a debate; date: "Datum 20 april 2026" as
//    2026-04-20. Fields that are not found stay as they were (metadata may have set them).
void IdentifyDocument(std::string_view path, std::string_view text, Document* doc);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_DOCUMENT_IDENTITY_H_

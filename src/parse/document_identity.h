// Works out which document a file is: its canonical id (from its file name or text) and title.
#ifndef KAMERGRAAF_PARSE_DOCUMENT_IDENTITY_H_
#define KAMERGRAAF_PARSE_DOCUMENT_IDENTITY_H_

#include <string_view>

#include "kamergraaf/document.h"

namespace kamergraaf {

// Sets doc->id, has_official_id and title. File names like kst-26643-1317.txt, ah-tk-20252026-597.xml,
// h-tk-20192020-45-12.txt and 2024D48680.pdf give an official id; otherwise the id is the path.
void IdentifyDocument(std::string_view path, std::string_view text, Document* doc);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_DOCUMENT_IDENTITY_H_

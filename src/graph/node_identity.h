// What a canonical id (domain.md §2) says about the node it names: its kind, dossier, a label a person
// can read and the public page it lives on. Pure functions of the id; no corpus needed.
#ifndef KAMERGRAAF_GRAPH_NODE_IDENTITY_H_
#define KAMERGRAAF_GRAPH_NODE_IDENTITY_H_

#include <string>
#include <string_view>

#include "kamergraaf/citation.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/document.h"

namespace kamergraaf {

// The node kind of a citation kind: Staatsblad, Staatscourant, EU cases, ECLI and URLs are kExternal.
NodeKind NodeKindForCitation(CitationKind kind);

// The node kind an id implies by its form: kst-… → kKamerstuk, ah-… → kAanhangsel, h-… → kHandelingen,
// 2026Z03911 → kZaak, 2024D48680 → kTkDocument, anything else → kExternal.
NodeKind NodeKindForId(std::string_view id);

// "26643" for kst-26643-1317, "21501-33" for kst-21501-33-1195, "35300-VII" for kst-35300-VII-5;
// empty for ids that are not Kamerstukken.
std::string DossierOfId(std::string_view id);

// "1317" for kst-26643-1317; empty for ids that are not Kamerstukken.
std::string NumberOfId(std::string_view id);

// What a person reads for a cited id: "Kamerstuk 26643, nr. 1329", "Aanhangsel 2025/26 nr. 597",
// "Handelingen II 2019/20, nr. 45, item 12", "Zaak 2026Z03911", "TK-document 2024D48680",
// "Stb. 2020, 123", "ECLI:NL:HR:2019:2006", "nu.nl/advertorial/…" (host and short path of a URL).
// Returns the id itself for a form it does not know.
std::string LabelForId(std::string_view id);

// "Motie Kathmann c.s. (26643, nr. 1317)"; "Motie Kathmann (…)" for one submitter; "Motie (26643, nr. 1317)"
// when none are known.
std::string MotionLabel(std::string_view id, const std::vector<std::string>& submitters);

// A corpus document's label, never a serial or hash file name: its title (with its date when the title is only a
// paper's type of at most four words and the document has no official id, so that the many "KONINKLIJKE
// BOODSCHAP." of a historical corpus are told apart), else the label of its official id, else
// "<kind in words>, <date>" for a file named by a number or hash ("Kamerstuk, 1903-11-07"; the kind alone
// when undated), else "<kind in words>: <file name>" ("Handelingen: 003_debat.txt").
std::string DocumentLabel(const Document& doc);

// The public page of an id, or empty when none is known: officielebekendmakingen.nl for kst-, ah-, h-,
// stb- and stcrt- ids, tweedekamer.nl for zaak and document numbers, rechtspraak.nl for Dutch ECLIs, the
// URL itself (http and https only) for url: ids.
std::string UrlForId(std::string_view id);

// The id a URL stands for when it names a parliamentary document: a tweedekamer.nl URL with did=2024D48680
// → "2024D48680" (else id=2024Z20614 → "2024Z20614"); an officielebekendmakingen.nl URL of
// kst-26643-1317.html → "kst-26643-1317". Empty when the URL is just a web page. `url_id` is "url:https://…".
std::string ParliamentaryIdOfUrl(std::string_view url_id);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_GRAPH_NODE_IDENTITY_H_

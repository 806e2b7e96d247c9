// Which vote decided which motion: open-data Besluiten placed on their Zaken (see opendata_join.h).
#ifndef KAMERGRAAF_CORPUS_VOTE_PLACEMENT_H_
#define KAMERGRAAF_CORPUS_VOTE_PLACEMENT_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "kamergraaf/diagnostic.h"
#include "source/opendata_reader.h"

namespace kamergraaf {

// Zaak Id → its vote Besluit (BesluitSoort "Stemmen - …"; the latest by GewijzigdOp when there are several).
// A Besluit belongs to a Zaak when the data link them (Zaak.Besluit or Besluit.Zaak expanded). Else, for an
// Agendapunt whose Zaken are all motions with known kst ids, Besluit.AgendapuntZaakBesluitVolgorde k is the
// k-th of those motions ordered by dossier and number, a gewijzigde motie ("(t.v.v. 36410-VIII-71)" in its
// Onderwerp) in the place of the motion it replaces: what the cached API responses show
// (shared/corpus/opendata/README.md), not documented by the API. Agendapunten that cannot be ordered get a
// note, positions beyond the list a warning, in *diagnostics (path "open data"). Pointers into `data`.
std::unordered_map<std::string, const OdBesluit*> PlaceVotes(const OpenData& data, Diagnostics* diagnostics);

// "kst-36410-VIII-102" → ("36410-VIII", 102); the number is -1 when it is not a plain number, the dossier
// empty when `kst` is not a kst id.
std::pair<std::string, long> SplitKstId(std::string_view kst);

// The kst id of a Zaak's first Document that has one; "" when none has.
std::string KstOfZaak(const OpenData& data, const OdZaak& zaak);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_VOTE_PLACEMENT_H_

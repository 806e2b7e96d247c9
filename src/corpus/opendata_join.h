// Joining the Tweede Kamer's open data (source/opendata_reader.h) to the documents of a corpus.
//
// A corpus document is matched to an open-data Document by
//  - its file name without extension: a Document Id, a DocumentPublicatie Id (the official XML of a motion is
//    served, and stored by the caching repositories, under that name), a DocumentNummer ("2024D01061") or a
//    kst id ("kst-36196-9", what `kamergraaf fetch` names its files);
//  - else its canonical id: the kst id (HuidigeDocumentVersie.ExterneIdentifier, or "kst-" + the
//    Kamerstukdossier's Nummer[-Toevoeging] + "-" + Volgnummer) or the DocumentNummer.
// Its Zaken are those that list the Document (Zaak.Document) or that it lists (Document.Zaak).
//
// What the join fills, only where the text says nothing (empty field, kind unknown or generic kamerstuk):
//  - Document: id (kst id, else DocumentNummer), kind (from Document.Soort), title (Onderwerp), date (Datum);
//  - each Motion of the document whose id is the Document's kst id (a motion document without a parsed motion
//    gets one): zaak (Zaak.Nummer), title (Zaak.Onderwerp), date (Document.Datum), submitters (ZaakActor
//    "Indiener"/"Medeindiener", else the names in Zaak.Onderwerp "Motie van het lid X …"), verdict from
//    Zaak.Kabinetsappreciatie (Ontraden → "ontraden", Oordeel Kamer → "oordeel Kamer", Overgenomen →
//    "overgenomen", Verzocht motie aan te houden → "aangehouden"; every other value gives none), outcome
//    from the vote Besluit (BesluitSoort "Stemmen - aangenomen" / "Stemmen - verworpen"; outcome_line stays 0),
//    outcome_date (the date of the Besluit's Activiteit when known, else the date part of
//    Besluit.GewijzigdOp, which for plenary votes is the day of the vote), votes (the Besluit's Stemming
//    records, one per fractie; hoofdelijke votes counted per fractie and side).
// Which vote Besluit belongs to which Zaak is decided by PlaceVotes() (corpus/vote_placement.h).
// When the text and the data disagree (id, kind, date, verdict, outcome), the text's value is kept and a
// warning "open data (Zaak 2024Z00422) gives … where the text gives …" is added to *diagnostics.
#ifndef KAMERGRAAF_CORPUS_OPENDATA_JOIN_H_
#define KAMERGRAAF_CORPUS_OPENDATA_JOIN_H_

#include <string>
#include <string_view>

#include "kamergraaf/corpus.h"
#include "source/opendata_reader.h"

namespace kamergraaf {

struct OpenDataJoinStats {
  int documents = 0;  // corpus documents matched to an open-data Document
  int motions = 0;    // motions matched to a Zaak
  int verdicts = 0;   // verdicts filled from Kabinetsappreciatie
  int outcomes = 0;   // outcomes filled from a Besluit
};

// Joins `data` to corpus->documents (before ResolveCorpus, which then sees the ids and motions).
// Diagnostics go to each document's own list and to *diagnostics. Deterministic; not thread-safe.
OpenDataJoinStats JoinOpenData(const OpenData& data, Corpus* corpus, Diagnostics* diagnostics);

// The verdict name of a Kabinetsappreciatie value, "" for values that give no advice (see above).
std::string_view VerdictFromAppreciatie(std::string_view kabinetsappreciatie);

// "aangenomen" / "verworpen" for "Stemmen - aangenomen" / "Stemmen - verworpen", else "".
std::string_view OutcomeFromBesluitSoort(std::string_view besluit_soort);

// The kst id of an open-data Document: ExterneIdentifier when it is one, else built from the expanded
// Kamerstukdossier and Volgnummer; "" when neither is known.
std::string KstIdOf(const OdDocument& doc);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_CORPUS_OPENDATA_JOIN_H_

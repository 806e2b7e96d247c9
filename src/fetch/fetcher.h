// Fetcher: downloads what a study needs from the Tweede Kamer's open-data API (OData v4, the
// "gegevensmagazijn") into a folder: the API's metadata pages as JSON, each document's file as served, and
// a manifest.
//
// Folder layout (-o DIR):
//   DIR/metadata/zaak-2024Z00422.json, dossier-36196.json, dossier-36196-p2.json, document-2024D01061.json
//       the API's pages, byte for byte (kamergraaf reads them back as metadata, source/opendata_reader.h);
//   DIR/kst-36196-9.xml, DIR/2024D01061.pdf   one file per document, named by its canonical id (the kst id,
//       else the DocumentNummer); the official XML publication when the API lists one, else the Document's
//       own resource (PDF, docx, … as served);
//   DIR/.kamergraaf-manifest.tsv   id, file, bytes, xxh3-128, DocumentNummer, url, status ("ok", or "absent"
//       when the API has no file for the document), sorted by id; hidden, so that reading the folder as a
//       corpus does not read it as a document.
//
// URL layout used (relative to --api; taken from the @odata.context of real responses and the API's entity
// model, not from a published URL guide — an assumption where noted):
//   Zaak?$filter=Nummer eq '2024Z00422'&$expand=Document($expand=HuidigeDocumentVersie($expand=DocumentPublicatie)),Besluit($expand=Stemming)
//   Document?$filter=Verwijderd eq false and Kamerstukdossier/any(k:k/Nummer eq 36196 [and k/Toevoeging eq 'VIII'])[ and Volgnummer eq 9]&$expand=…
//       (assumption: Document.Kamerstukdossier is a collection, hence any());
//   Document?$filter=DocumentNummer eq '2024D01061'&$expand=…
//   DocumentPublicatie(<Id>)/resource, Document(<Id>)/resource   the files (assumption for DocumentPublicatie).
// Pages are followed through @odata.nextLink, only when it points below --api (never another host).
//
// Behaviour: at most `rate` requests per second; 429, 5xx and transport errors (refused, cut mid-file,
// timeout) are retried up to `retries` times, waiting Retry-After when given, else 1, 2, 4, … s (max 60);
// a file is written through WriteFileAtomically() only when complete (never half a file); a file already in
// the folder whose size and hash match the manifest (or, without a manifest row, whose size matches the
// API's ContentLength or is unknown) is not downloaded again. Metadata pages are requested on every run
// (they say what exists) and rewritten only when they changed.
#ifndef KAMERGRAAF_FETCH_FETCHER_H_
#define KAMERGRAAF_FETCH_FETCHER_H_

#include <functional>
#include <string>
#include <vector>

#include "fetch/http_client.h"
#include "kamergraaf/status.h"

namespace kamergraaf {

inline constexpr const char* kDefaultOpenDataApi = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/";

struct FetchOptions {
  std::string api = kDefaultOpenDataApi;
  std::vector<std::string> dossiers;  // "26643", "36410-VIII", "21501-02"
  std::vector<std::string> zaken;     // "2024Z00422"
  std::string missing_report;         // a report.json (kamergraaf unanswered/report): its missing documents
  std::string since;                  // YYYY-MM-DD: only documents dated on or after it (Document.Datum)
  std::string out_dir;
  double rate = 2.0;  // requests per second
  int retries = 5;
  double backoff_s = 1.0;  // first wait without Retry-After
  bool dry_run = false;    // query the metadata, list what would be downloaded, write nothing
  std::function<void(const std::string&)> progress;  // one line per event; may be empty
};

struct FetchResult {
  int pages = 0;        // metadata pages read
  int downloaded = 0;   // files downloaded in this run
  int present = 0;      // files already in the folder, not downloaded again
  int absent = 0;       // documents the API has no file for (404)
  int failed = 0;       // documents or pages that failed after every retry
  int requests = 0;     // HTTP requests made (retries included)
  std::vector<std::string> planned;  // "id\turl" of every file, in id order (what --dry-run prints)
  std::vector<std::string> problems;  // one line each, for stderr
};

// Runs the fetch. Returns InvalidArgument for a bad selection (nothing selected, a malformed dossier, zaak or
// date, an unreadable --missing report), IoError when the folder cannot be written; Partial when some
// page or file failed (result->problems says which); Ok otherwise (absent files are not failures).
Status Fetch(const FetchOptions& options, HttpClient* client, FetchResult* result);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_FETCH_FETCHER_H_

// The pipeline entry points: files → Corpus → CitationGraph → Centrality → referrals.
//
// Each stage takes the previous stage's model by const reference. None of them throws; problems with
// input documents are collected as diagnostics and never stop the run.
#ifndef KAMERGRAAF_PIPELINE_H_
#define KAMERGRAAF_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/corpus.h"
#include "kamergraaf/document.h"
#include "kamergraaf/referral.h"
#include "kamergraaf/status.h"

namespace kamergraaf {

struct LoadOptions {
  int jobs = 0;  // worker threads; 0 = all cores
  std::size_t max_file_bytes = std::size_t{256} << 20;  // larger files are skipped with a diagnostic
  // Time one PDF may take to read; a PDF still being read then keeps the pages read so far, with a warning.
  double max_file_seconds = 60;
  // Glob patterns on the path relative to the walked folder ("*.txt", "archive/**"); empty = all files.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  // Called after each document with (done, total, bytes done); may be empty. Called from worker threads,
  // never concurrently.
  std::function<void(std::size_t, std::size_t, std::size_t)> progress;
  // An SQLite file that caches each file's parse between runs (created if missing; see
  // src/corpus/parse_cache.h): unchanged files are not parsed again. Empty = no cache. A cache that cannot
  // be opened or written is reported as a warning and the run goes on without it.
  std::string db;
  // Write each Document::path relative to the inputs' root folder ("sub/x.txt" for a folder given as
  // "/home/a/corpus" holding sub/x.txt; see Corpus::root), and so the id of a document without an official
  // one. Diagnostics keep the paths as given. The command line sets it, so that no output shows a local path.
  bool relative_paths = false;
  // A recess calendar file (kind, start, end per line; see src/parse/recess_calendar.h) that adds to or
  // overrides the built-in one for deadlines such as "voor het zomerreces". Empty = built-in only. A file
  // that cannot be read or has a bad line is an error diagnostic, and the built-in calendar is used.
  std::string calendar;
};

// What FindReferrals measures time against.
struct ReferralOptions {
  // ISO date the ages and overdue days are counted to ("2026-11-30"); empty = today.
  std::string as_of;
  // As LoadOptions::calendar, for the deadlines of referrals.
  std::string calendar;
};

// Parses one document's text (UTF-8). `path` is kept as the document's path and used for identity by file
// name. Never fails: problems become diagnostics of the document. (LoadCorpus first turns PDF, XML and
// HTML files into text and lays the structure their markup carries over this parse.)
Document ParseDocument(std::string_view path, std::string_view bytes);

// Reads every input (files; folders recursively; "-" for standard input), parses the documents in
// parallel and resolves what needs the whole corpus (motion registry, named references, follow-ups).
// Returns OK when every input was read, Partial when some could not be (they are in
// corpus->diagnostics and the rest is loaded), InvalidArgument when no input exists at all.
Status LoadCorpus(const std::vector<std::string>& inputs, const LoadOptions& options, Corpus* corpus);

// Cross-document resolution on an already parsed corpus (LoadCorpus calls it). Idempotent.
void ResolveCorpus(Corpus* corpus);

// Builds the citation graph of a resolved corpus.
CitationGraph BuildCitationGraph(const Corpus& corpus);

// Computes every centrality measure of the graph.
Centrality ComputeCentrality(const CitationGraph& graph, const CentralityOptions& options = {});

// Finds the five kinds of referral. Sorted by category (in enum order), then most important first
// (missing documents by score; motions without follow-up adopted ones first; the rest by document path and
// line). Every referral carries the date of the place it stands in, its deadline as a date where one can
// be told (ResolveDeadline; written questions: three weeks after they were asked) and its age and overdue
// days as of options.as_of. Within a category other than motions and missing documents, overdue referrals
// come first, most overdue first.
std::vector<Referral> FindReferrals(const Corpus& corpus, const CitationGraph& graph,
                                    const Centrality& centrality);
std::vector<Referral> FindReferrals(const Corpus& corpus, const CitationGraph& graph, const Centrality& centrality,
                                    const ReferralOptions& options);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PIPELINE_H_

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
// line).
std::vector<Referral> FindReferrals(const Corpus& corpus, const CitationGraph& graph,
                                    const Centrality& centrality);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PIPELINE_H_

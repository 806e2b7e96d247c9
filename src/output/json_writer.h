// The machine-readable outputs of shared/docs/contract.md. Only this file spells nlohmann::json.
//
// Every function returns the complete text, ending in a newline. Strings from documents are escaped;
// invalid UTF-8 (which the source stage should already have repaired) is replaced, never passed on.
#ifndef KAMERGRAAF_OUTPUT_JSON_WRITER_H_
#define KAMERGRAAF_OUTPUT_JSON_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"
#include "output/run_info.h"

namespace kamergraaf {

// One object per citation occurrence and line, documents in corpus order, citations by offset.
std::string CitationsJsonLines(const Corpus& corpus);
// A JSON array of all citations (same objects as the JSON lines).
std::string CitationsJson(const Corpus& corpus);
// A JSON array of the corpus's motions, by id.
std::string MotionsJson(const Corpus& corpus);
// {"referrals": [...]} in the given order.
std::string ReferralsJson(const std::vector<Referral>& referrals);
// A JSON array of the nodes at the given indices, in that order.
std::string RankJson(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& order);
// One document's structure.
std::string DocumentJson(const Document& doc);
// {"nodes": [...], "edges": [...]}; node fields include centrality when `centrality` is not null, and
// the corpus document's title and date (null outside the corpus) when `corpus` is not null.
std::string GraphJson(const CitationGraph& graph, const Centrality* centrality, const Corpus* corpus = nullptr);
// Everything of a run in one object: documents (structure and citations), motions, ranked nodes, edges,
// referrals and diagnostics; with `run`, a "run" object first (version, date, as_of, inputs, options,
// counts). Paths of diagnostics are relative to Corpus::root (else to the working directory). A non-empty
// `written_questions_json` (a JSON object's text) becomes a last member "written_questions".
std::string ReportJson(const Corpus& corpus, const CitationGraph& graph, const Centrality& centrality,
                       const std::vector<Referral>& referrals, const RunInfo* run = nullptr,
                       std::string_view written_questions_json = {});
// JSON lines of a JSON array (or of the one array inside an object, as {"referrals": [...]}): one
// compact element per line.
std::string JsonLinesOf(const std::string& json_text);
// A JSON array of diagnostics.
std::string DiagnosticsJson(const Diagnostics& diagnostics);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_JSON_WRITER_H_

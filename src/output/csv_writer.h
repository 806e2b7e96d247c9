// CSV (RFC 4180) and GraphML outputs. Cells starting with = + - @ are prefixed with ' so that a
// spreadsheet shows them as text instead of running them as formulas.
#ifndef KAMERGRAAF_OUTPUT_CSV_WRITER_H_
#define KAMERGRAAF_OUTPUT_CSV_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/centrality.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/corpus.h"
#include "kamergraaf/referral.h"

namespace kamergraaf {

// One cell, quoted when needed and neutralised for spreadsheets.
std::string CsvCell(std::string_view text);

std::string CitationsCsv(const Corpus& corpus);
std::string RankCsv(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& order);
std::string EdgesCsv(const CitationGraph& graph);
std::string ReferralsCsv(const std::vector<Referral>& referrals);
// GraphML with node kind, label, in_corpus and PageRank, edge kind and count.
std::string GraphMl(const CitationGraph& graph, const Centrality& centrality);

// Escapes & < > " ' for XML and HTML text and attribute values.
std::string XmlEscape(std::string_view text);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_CSV_WRITER_H_

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

// The corpus document of a node, or null (not in the corpus, or no corpus given).
const Document* NodeDocument(const Node& node, const Corpus* corpus);

// One cell, quoted when needed and neutralised for spreadsheets.
std::string CsvCell(std::string_view text);

std::string CitationsCsv(const Corpus& corpus);
std::string RankCsv(const CitationGraph& graph, const Centrality& centrality, const std::vector<int>& order);
// Gephi's edge table: Source, Target, Type ("Directed"), Weight (the citation count), then kind,
// via_footnote and lines.
std::string EdgesCsv(const CitationGraph& graph);
// Gephi's node table, every node of the graph (isolated ones too): Id, Label, then kind, in_corpus,
// doc_kind, dossier, title, date (of the corpus document; empty for nodes outside the corpus or without a
// corpus), url and the centrality measures.
std::string NodesCsv(const CitationGraph& graph, const Centrality& centrality, const Corpus* corpus);
std::string ReferralsCsv(const std::vector<Referral>& referrals);
// One row per corpus motion, by id: id, doc, line, title, date, submitters, verdict, outcome,
// followed_up_by (document paths, space-separated), request (the first).
std::string MotionsCsv(const Corpus& corpus);
// GraphML with the node table's attributes (title and date with a corpus), edge kind, count, footnote
// and lines.
std::string GraphMl(const CitationGraph& graph, const Centrality& centrality, const Corpus* corpus = nullptr);

// Escapes & < > " ' for XML and HTML text and attribute values.
std::string XmlEscape(std::string_view text);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_CSV_WRITER_H_

// Document: everything kamergraaf understands about one input file.
//
// Produced by ParseDocument() (parse stage), owned by Corpus, read-only afterwards.
// All line numbers are 1-based lines of the original file.
#ifndef KAMERGRAAF_DOCUMENT_H_
#define KAMERGRAAF_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kamergraaf/citation.h"
#include "kamergraaf/compact_string.h"
#include "kamergraaf/diagnostic.h"

namespace kamergraaf {

enum class DocumentKind : std::uint8_t {
  kUnknown,
  kSchriftelijkOverleg,        // verslag schriftelijk overleg (written consultation)
  kCommissievragenAntwoorden,  // answers to commission questions
  kKamervragenAntwoorden,      // answers to written questions (Beantwoording Kamervragen)
  kHandelingen,                // plenary debate transcript
  kMotie,                      // a motion as a document of its own
  kKamerbrief,                 // letter to parliament
  kBncFiche,
  kKamerstuk,                  // another numbered parliamentary paper
};

// "schriftelijk-overleg", "commissievragen-antwoorden", "kamervragen-antwoorden", "handelingen", "motie",
// "kamerbrief", "bnc-fiche", "kamerstuk", "unknown".
std::string_view DocumentKindName(DocumentKind kind);

struct Footnote {
  CompactString number;  // as written: "2", "16"
  int line = 0;         // line of the body
  int marker_line = 0;  // line of the marker in the running text; 0 when no marker was found
  std::size_t body_start = 0;  // byte range of the body in the original file
  std::size_t body_end = 0;
  std::string text;  // the body, whitespace folded
};

struct Question {
  CompactString number;  // "19", or empty for an unnumbered question
  int line = 0;
  CompactString fractie;  // "GroenLinks-PvdA"; empty when not known
  std::string text;     // first sentence(s), whitespace folded
  bool answered = false;
  int answer = -1;  // index into Document::answers, -1 when unanswered
  int end_line = 0;  // added: last line of the question's running text (footnote blocks inside are skipped)
};

struct Answer {
  CompactString number;
  int line = 0;
  std::string text;
  // Questions (indices into Document::questions) this answer answers.
  std::vector<int> questions;
  int end_line = 0;  // added: last line of the answer's running text
};

struct Motion {
  std::string id;  // kst-26643-1317; empty when its number is not known
  std::string dossier;
  std::string number;
  int line = 0;  // first line of the motion text
  std::vector<std::string> submitters;  // surnames as written, first submitter first
  std::vector<std::string> considerations;
  std::vector<std::string> requests;  // "verzoekt de regering …", "spreekt uit …"
  // "ontraden", "oordeel Kamer", "overgenomen", "aangehouden", "ingetrokken", "aangenomen", "verworpen",
  // or empty when no verdict was recorded.
  std::string verdict;
  int verdict_line = 0;
};

struct Speech {
  int line = 0;
  CompactString speaker;  // "Kathmann", "Szabó"
  enum class Role { kChair, kMember, kMinister, kStateSecretary, kOther } role = Role::kOther;
  CompactString party;  // for members: "GroenLinks-PvdA"
  int end_line = 0;   // added: last line of the turn (the line before the next speaker's header)
};

std::string_view SpeechRoleName(Speech::Role role);

struct Commitment {
  int line = 0;
  CompactString speaker;  // empty when the document has no speakers (a letter, an answer)
  std::string text;      // the promise sentence
  CompactString deadline;  // "voor het zomerreces", "op korte termijn", or empty
  CompactString related;   // motion id or question number it belongs to, or empty
};

struct Document {
  std::string path;  // as given on the command line (or "-" for stdin)
  // Canonical id when the document has an official one (kst-…, ah-tk-…, 2024D48680), else a stable id
  // derived from the path.
  std::string id;
  bool has_official_id = false;
  DocumentKind kind = DocumentKind::kUnknown;
  CompactString kind_evidence;  // what decided the kind, e.g. "line 1: 'Binnen de vaste commissie'"
  std::string title;
  std::string date;
  // Ids this document is about or answers (a consultation's subject, the zaak of answered questions).
  std::vector<std::string> about;
  std::vector<std::string> answers_to;

  std::size_t bytes = 0;
  int lines = 0;

  std::vector<Citation> citations;  // in order of `start`
  std::vector<Footnote> footnotes;
  std::vector<Question> questions;
  std::vector<Answer> answers;
  std::vector<Motion> motions;
  std::vector<Speech> speeches;
  std::vector<Commitment> commitments;
  Diagnostics diagnostics;

  // The format the document was read from: "text", "pdf", "xml" or "html". For pdf, xml and html every
  // byte offset, line and column above refers to the text kamergraaf extracted from the file (PDF: the
  // pages' text joined by a form-feed line; markup: one line per paragraph), not to the file's bytes.
  CompactString format = "text";
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_DOCUMENT_H_

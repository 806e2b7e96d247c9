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
  // Added for real documents of every published kind (appended: the index stores the byte value).
  kAmendement,
  kMemorieVanToelichting,
  kMemorieVanAntwoord,
  kNotaNaarAanleidingVanVerslag,  // nota naar aanleiding van het (nader) verslag
  kVerslag,                       // verslag of a committee on a bill (not a consultation)
  kVoorlopigVerslag,
  kEindverslag,
  kNotaVanWijziging,
  kVoorstelVanWet,                // voorstel van wet / koninklijke boodschap
  kAdviesRaadVanState,            // advies Raad van State / nader rapport
  kSchriftelijkeVragen,           // written questions without their answers
  kUitstelbericht,                // postponement notice for written questions
  kVerslagCommissiedebat,         // verslag van een commissiedebat / notaoverleg / mondeling overleg
  kLijstIngekomenStukken,
  kBesluitenlijst,
  kHandelingenCommissie,          // committee debate transcript
};
// The last DocumentKind value (for decoders that range-check a stored byte).
inline constexpr DocumentKind kLastDocumentKind = DocumentKind::kHandelingenCommissie;

// "schriftelijk-overleg", "commissievragen-antwoorden", "kamervragen-antwoorden", "handelingen", "motie",
// "kamerbrief", "bnc-fiche", "kamerstuk", "amendement", "memorie-van-toelichting", "memorie-van-antwoord",
// "nota-naar-aanleiding-van-verslag", "verslag", "voorlopig-verslag", "eindverslag", "nota-van-wijziging",
// "voorstel-van-wet", "advies-raad-van-state", "schriftelijke-vragen", "uitstelbericht",
// "verslag-commissiedebat", "lijst-ingekomen-stukken", "besluitenlijst", "handelingen-commissie", "unknown".
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
  // Added for real motions (issue 15/16/19); empty or 0 when not known.
  std::string title;         // the title line ("Motie van het lid Jansen c.s. over …")
  std::string date;          // ISO date it was submitted ("Voorgesteld"/"Ontvangen"/the debate's date)
  // The Kamer's vote, separate from the cabinet's advice in `verdict`: "aangenomen", "verworpen", or empty.
  std::string outcome;
  int outcome_line = 0;      // where the text records the outcome; 0 when it came from open data
  std::string outcome_date;  // ISO date of the vote
  std::string replaces;      // id of the motion this one replaces (gewijzigde motie, "was nr. 805")
  std::string zaak;          // open-data zaak number ("2024Z04567") when known
  struct Vote {
    CompactString party;    // "VVD"
    int seats = 0;          // FractieGrootte
    CompactString side;     // "voor", "tegen", "niet deelgenomen"
  };
  std::vector<Vote> votes;   // per party, from open-data Stemming records
  bool amendment = false;    // an amendement rather than a motie
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
  std::string deadline_date;  // ISO date the deadline phrase resolves to, empty when it gives none
  std::string deadline_rule;  // how it was resolved ("zomerreces 2026 starts 2026-07-03 (calendar)")
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
  // ISO "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the text gives no more; empty when unknown.
  std::string date;
  // The fields below are CompactString (8 bytes, not 32): most documents leave most of them empty, and a
  // corpus of a million documents keeps them all to the end of the run.
  CompactString date_evidence;  // the phrase that gave the date ("Den Haag, 3 april 2026")
  CompactString signer;         // who signs ("De Minister van Economische Zaken, …"), empty when unknown
  CompactString addressee;      // to whom written questions are addressed, empty when unknown
  // Written questions (Kamervragen), from the document's own phrases; empty when it gives none.
  CompactString asked_date;     // ISO date the questions were submitted ("ingezonden 7 september 2026")
  CompactString answered_date;  // ISO date the reply was received ("Antwoord van … (ontvangen …)"); for an
                                // uitstelbericht the date of the notice
  CompactString asker;          // who asked, as written: "Hertzberger (Nieuw Sociaal Contract)"
  CompactString question_zaak;  // zaak number of the questions it asks, answers or postpones ("2024Z18558")
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

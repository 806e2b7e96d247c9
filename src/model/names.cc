// Spellings of the public model's enums, as the JSON contract uses them.
#include "kamergraaf/centrality.h"
#include "kamergraaf/citation.h"
#include "kamergraaf/citation_graph.h"
#include "kamergraaf/diagnostic.h"
#include "kamergraaf/document.h"
#include "kamergraaf/referral.h"
#include "text/control_characters.h"

namespace kamergraaf {

std::string Diagnostic::ToString() const {
  std::string s = EscapeControlCharacters(path);
  if (line > 0) s += ":" + std::to_string(line);
  s += ": ";
  if (severity == Severity::kError) s += "error: ";
  if (severity == Severity::kNote) s += "note: ";
  s += EscapeControlCharacters(message);
  return s;
}

std::string_view CitationKindName(CitationKind kind) {
  switch (kind) {
    case CitationKind::kKamerstuk: return "kamerstuk";
    case CitationKind::kMotie: return "motie";
    case CitationKind::kAanhangsel: return "aanhangsel";
    case CitationKind::kHandelingen: return "handelingen";
    case CitationKind::kZaak: return "zaak";
    case CitationKind::kTkDocument: return "tk-document";
    case CitationKind::kStb: return "stb";
    case CitationKind::kStcrt: return "stcrt";
    case CitationKind::kEuCase: return "eu-case";
    case CitationKind::kEcli: return "ecli";
    case CitationKind::kUrl: return "url";
    case CitationKind::kMention: return "mention";
    case CitationKind::kDossier: return "dossier";
    case CitationKind::kAmendement: return "amendement";
  }
  return "unknown";
}

std::string_view DocumentKindName(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kUnknown: return "unknown";
    case DocumentKind::kSchriftelijkOverleg: return "schriftelijk-overleg";
    case DocumentKind::kCommissievragenAntwoorden: return "commissievragen-antwoorden";
    case DocumentKind::kKamervragenAntwoorden: return "kamervragen-antwoorden";
    case DocumentKind::kHandelingen: return "handelingen";
    case DocumentKind::kMotie: return "motie";
    case DocumentKind::kKamerbrief: return "kamerbrief";
    case DocumentKind::kBncFiche: return "bnc-fiche";
    case DocumentKind::kKamerstuk: return "kamerstuk";
    case DocumentKind::kAmendement: return "amendement";
    case DocumentKind::kMemorieVanToelichting: return "memorie-van-toelichting";
    case DocumentKind::kMemorieVanAntwoord: return "memorie-van-antwoord";
    case DocumentKind::kNotaNaarAanleidingVanVerslag: return "nota-naar-aanleiding-van-verslag";
    case DocumentKind::kVerslag: return "verslag";
    case DocumentKind::kVoorlopigVerslag: return "voorlopig-verslag";
    case DocumentKind::kEindverslag: return "eindverslag";
    case DocumentKind::kNotaVanWijziging: return "nota-van-wijziging";
    case DocumentKind::kVoorstelVanWet: return "voorstel-van-wet";
    case DocumentKind::kAdviesRaadVanState: return "advies-raad-van-state";
    case DocumentKind::kSchriftelijkeVragen: return "schriftelijke-vragen";
    case DocumentKind::kUitstelbericht: return "uitstelbericht";
    case DocumentKind::kVerslagCommissiedebat: return "verslag-commissiedebat";
    case DocumentKind::kLijstIngekomenStukken: return "lijst-ingekomen-stukken";
    case DocumentKind::kBesluitenlijst: return "besluitenlijst";
    case DocumentKind::kHandelingenCommissie: return "handelingen-commissie";
  }
  return "unknown";
}

std::string_view SpeechRoleName(Speech::Role role) {
  switch (role) {
    case Speech::Role::kChair: return "chair";
    case Speech::Role::kMember: return "member";
    case Speech::Role::kMinister: return "minister";
    case Speech::Role::kStateSecretary: return "state-secretary";
    case Speech::Role::kOther: return "other";
  }
  return "other";
}

std::string_view NodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kDocument: return "document";
    case NodeKind::kMotion: return "motie";
    case NodeKind::kKamerstuk: return "kamerstuk";
    case NodeKind::kAanhangsel: return "aanhangsel";
    case NodeKind::kHandelingen: return "handelingen";
    case NodeKind::kZaak: return "zaak";
    case NodeKind::kTkDocument: return "tk-document";
    case NodeKind::kExternal: return "external";
    case NodeKind::kAmendement: return "amendement";
    case NodeKind::kDossier: return "dossier";
  }
  return "external";
}

std::string_view EdgeKindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kCites: return "cites";
    case EdgeKind::kAbout: return "about";
    case EdgeKind::kAnswers: return "answers";
    case EdgeKind::kSubmits: return "submits";
    case EdgeKind::kDefersTo: return "defers-to";
    case EdgeKind::kFollowsUp: return "follows-up";
    case EdgeKind::kReplaces: return "replaces";
  }
  return "cites";
}

std::string_view ReferralCategoryName(ReferralCategory category) {
  switch (category) {
    case ReferralCategory::kUnansweredQuestion: return "unanswered-question";
    case ReferralCategory::kDeferredAnswer: return "deferred-answer";
    case ReferralCategory::kMotionWithoutFollowUp: return "motion-without-follow-up";
    case ReferralCategory::kOpenCommitment: return "open-commitment";
    case ReferralCategory::kMissingDocument: return "missing-document";
  }
  return "unknown";
}

}  // namespace kamergraaf

#include "output/messages.h"

#include <algorithm>
#include <cctype>

namespace kamergraaf {
namespace {

struct Message {
  std::string_view key;
  std::string_view nl;
  std::string_view en;
};

// Sorted by nothing in particular: grouped by where the words appear.
constexpr Message kMessages[] = {
    // Page and sections.
    {"report.title", "kamergraaf-rapport", "kamergraaf report"},
    {"section.open", "Wat nog open staat", "What is still open"},
    {"section.map", "Referentiekaart", "Reference map"},
    {"section.documents", "Documenten", "Documents"},
    {"section.centrality", "Centraliteit", "Centrality"},
    {"section.motions", "Moties", "Motions"},
    {"section.run", "Over deze run", "About this run"},
    {"map.caption",
     "Vorm en kleur tonen de soort knoop, de lettergrootte de PageRank; gestippelde pijlen zijn verwijzingen in "
     "voetnoten. Klik op een knoop voor zijn rij in de tabel Centraliteit.",
     "Shape and colour show the kind of node, font size its PageRank; dashed edges are citations in footnotes. "
     "Click a node for its row in the Centrality table."},
    {"centrality.caption", "De knopen van de kaart, op PageRank.", "The nodes of the map, by PageRank."},
    {"open.caption", "Per soort, de belangrijkste of meest verlopen eerst.",
     "By kind, the most important or most overdue first."},
    // Referral categories.
    {"category.unanswered-question", "Onbeantwoorde vragen", "Unanswered questions"},
    {"category.deferred-answer", "Uitgestelde antwoorden", "Deferred answers"},
    {"category.motion-without-follow-up", "Moties zonder vervolg", "Motions without follow-up"},
    {"category.open-commitment", "Openstaande toezeggingen", "Open commitments"},
    {"category.missing-document", "Ontbrekende documenten", "Missing documents"},
    // Timeline.
    {"timeline.title", "Tijdlijn", "Timeline"},
    {"timeline.caption",
     "De documenten rond het meest centrale document op een tijdas: moties en hun stemming, antwoorden en de "
     "termijnen die nog open staan (rood: verlopen).",
     "The documents around the most central document on a time axis: motions and their votes, answers and the "
     "deadlines still open (red: overdue)."},
    {"timeline.document", "Documenten", "Documents"},
    {"timeline.motion", "Moties", "Motions"},
    {"timeline.vote", "Stemmingen", "Votes"},
    {"timeline.deadline", "Termijnen", "Deadlines"},
    {"timeline.answer", "Antwoorden", "Answers"},
    {"timeline.today", "peildatum", "as of"},
    {"timeline.empty", "Niets in deze omgeving heeft een datum.", "Nothing in this neighbourhood has a date."},
    // Counts.
    {"count.document", "document", "document"},
    {"count.documents", "documenten", "documents"},
    {"count.citation", "verwijzing", "citation"},
    {"count.citations", "verwijzingen", "citations"},
    {"count.motion", "motie", "motion"},
    {"count.motions", "moties", "motions"},
    {"count.node", "knoop", "node"},
    {"count.nodes", "knopen", "nodes"},
    {"count.edge", "pijl", "edge"},
    {"count.edges", "pijlen", "edges"},
    {"count.row", "rij", "row"},
    {"count.rows", "rijen", "rows"},
    // Columns.
    {"col.file", "bestand", "file"},
    {"col.id", "id", "id"},
    {"col.kind", "soort", "kind"},
    {"col.title", "titel", "title"},
    {"col.date", "datum", "date"},
    {"col.dossier", "dossier", "dossier"},
    {"col.citations", "verwijzingen", "citations"},
    {"col.footnotes", "voetnoten", "footnotes"},
    {"col.questions", "vragen", "questions"},
    {"col.answers", "antwoorden", "answers"},
    {"col.motions", "moties", "motions"},
    {"col.in_corpus", "in corpus", "in corpus"},
    {"col.pagerank", "pagerank", "pagerank"},
    {"col.in", "in", "in"},
    {"col.out", "uit", "out"},
    {"col.betweenness", "betweenness", "betweenness"},
    {"col.label", "label", "label"},
    {"col.motion", "motie", "motion"},
    {"col.submitters", "indieners", "submitters"},
    {"col.verdict", "oordeel", "verdict"},
    {"col.outcome", "uitslag", "outcome"},
    {"col.followed_up_by", "vervolg in", "followed up by"},
    {"col.request", "verzoek", "request"},
    {"col.where", "waar", "where"},
    {"col.document", "document", "document"},
    {"col.nr", "nr", "nr"},
    {"col.fractie", "fractie", "fractie"},
    {"col.question", "vraag", "question"},
    {"col.defers_to", "verwijst naar", "defers to"},
    {"col.deadline", "termijn", "deadline"},
    {"col.deadline_date", "uiterlijk", "due"},
    {"col.answer", "antwoord", "answer"},
    {"col.speaker", "spreker", "speaker"},
    {"col.promise", "toezegging", "promise"},
    {"col.cited", "geciteerd", "cited"},
    {"col.first_cited_at", "eerst geciteerd in", "first cited at"},
    {"col.status", "status", "status"},
    // Cell values.
    {"value.yes", "ja", "yes"},
    {"value.no", "nee", "no"},
    {"value.none", "Geen.", "None."},
    {"value.nothing_open", "Niets open.", "Nothing open."},
    {"value.cited_by", "{}× door {}", "{}× by {}"},
    {"status.in_corpus", "in corpus", "in corpus"},
    {"status.not_in_corpus", "niet in corpus", "not in corpus"},
    {"status.unanswered", "onbeantwoord", "unanswered"},
    {"status.deferred", "uitgesteld", "deferred"},
    {"status.no_follow_up", "zonder vervolg", "no follow-up"},
    {"status.overdue", "verlopen", "overdue"},
    {"status.open", "open", "open"},
    {"status.missing", "ontbreekt", "missing"},
    // The filter bar and the pager (the page's script reads these).
    {"ui.search", "Zoeken in alle tabellen", "Search every table"},
    {"ui.kind", "Soort", "Kind"},
    {"ui.dossier", "Dossier", "Dossier"},
    {"ui.fractie", "Fractie", "Fractie"},
    {"ui.from", "Datum vanaf", "Date from"},
    {"ui.to", "tot en met", "to"},
    {"ui.status", "Status", "Status"},
    {"ui.all", "alle", "all"},
    {"ui.reset", "Wissen", "Clear"},
    {"ui.previous", "vorige", "previous"},
    {"ui.next", "volgende", "next"},
    {"ui.page", "pagina {} van {}", "page {} of {}"},
    {"ui.shown", "{} van {} rijen", "{} of {} rows"},
    {"ui.no_rows", "Geen rijen bij dit filter.", "No rows match this filter."},
    {"ui.sort", "klik om te sorteren", "click to sort"},
    {"ui.filter_na", "(filter niet van toepassing)", "(filter does not apply)"},
    // The run block.
    {"run.version", "versie", "version"},
    {"run.date", "datum", "date"},
    {"run.as_of", "peildatum", "as of"},
    {"run.inputs", "invoer", "inputs"},
    {"run.options", "opties", "options"},
    {"run.counts", "aantallen", "counts"},
    {"run.coverage", "dekking", "coverage"},
    {"run.coverage_text", "officieel id {}, soort {}, titel {}, datum {}",
     "official id {}, kind {}, title {}, date {}"},
    {"run.diagnostics", "meldingen bij het inlezen", "diagnostics while reading"},
    {"run.failed", "onleesbare bestanden", "unreadable files"},
    // The map: title, legend, clusters, tooltips and edge labels.
    {"map.title", "kamergraaf-referentiekaart", "kamergraaf reference map"},
    {"map.size", "{} knopen, {} pijlen", "{} nodes, {} edges"},
    {"map.legend", "Legenda", "Legend"},
    {"map.dossier", "Dossier", "Dossier"},
    {"map.in_corpus", "in corpus", "in corpus"},
    {"map.bundle", "{} verwijzingen", "{} references"},
    {"map.bundle_legend", "verwijzingen tussen twee blokken,\\ngebundeld", "references between two blocks,\\nbundled"},
    {"map.corpus_legend", "Corpusdocument\\n(vet omlijnd: in corpus)", "Corpus document\\n(bold border: in corpus)"},
    {"node.document", "Corpusdocument", "Corpus document"},
    {"node.motie", "Motie", "Motion"},
    {"node.kamerstuk", "Kamerstuk", "Parliamentary paper"},
    {"node.aanhangsel", "Aanhangsel / Kamervragen", "Appendix / written questions"},
    {"node.handelingen", "Handelingen", "Proceedings"},
    {"node.zaak", "Zaak", "Case (zaak)"},
    {"node.tk-document", "TK-document", "House document"},
    {"node.external", "Externe bron", "External source"},
    {"node.amendement", "Amendement", "Amendment"},
    {"node.dossier", "Dossier", "Dossier"},
    {"group.document", "Corpusdocumenten", "Corpus documents"},
    {"group.motie", "Moties (losse dossiers)", "Motions (single dossiers)"},
    {"group.kamerstuk", "Kamerstukken (losse dossiers)", "Parliamentary papers (single dossiers)"},
    {"group.aanhangsel", "Aanhangsels", "Appendices"},
    {"group.handelingen", "Handelingen", "Proceedings"},
    {"group.zaak", "Zaken (Kamervragen e.a.)", "Cases (written questions etc.)"},
    {"group.tk-document", "TK-documenten", "House documents"},
    {"group.external", "Externe bronnen", "External sources"},
    {"group.amendement", "Amendementen", "Amendments"},
    {"group.dossier", "Dossiers", "Dossiers"},
    {"edge.cites", "verwijst", "cites"},
    {"edge.cites_footnote", "verwijst in voetnoot", "cites in a footnote"},
    {"edge.about", "over", "about"},
    {"edge.answers", "beantwoordt", "answers"},
    {"edge.submits", "dient in", "submits"},
    {"edge.defers-to", "verwijst door", "defers to"},
    {"edge.follows-up", "geeft vervolg", "follows up"},
    {"edge.replaces", "vervangt", "replaces"},
};

}  // namespace

bool ParseLang(std::string_view name, Lang* lang) {
  std::string lower;
  for (char c : name) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower == "nl") {
    *lang = Lang::kNl;
    return true;
  }
  if (lower == "en") {
    *lang = Lang::kEn;
    return true;
  }
  return false;
}

std::string_view LangCode(Lang lang) { return lang == Lang::kEn ? "en" : "nl"; }

std::string_view Tr(Lang lang, std::string_view key) {
  for (const Message& m : kMessages) {
    if (m.key == key) return lang == Lang::kEn ? m.en : m.nl;
  }
  return key;
}

std::vector<std::string_view> MessageKeys() {
  std::vector<std::string_view> keys;
  for (const Message& m : kMessages) keys.push_back(m.key);
  return keys;
}

std::string Thousands(Lang lang, std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  const char sep = lang == Lang::kEn ? ',' : '.';
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(sep);
    out.push_back(digits[i]);
  }
  return out;
}

std::string CountOf(Lang lang, std::size_t n, std::string_view one_key, std::string_view many_key) {
  return Thousands(lang, n) + " " + std::string(Tr(lang, n == 1 ? one_key : many_key));
}

}  // namespace kamergraaf

// Table-driven tests of the citation scanner: each case is a realistic snippet and the exact ids it must yield
// (in order of start offset). Mentions are written "mention:Name"; a case with no ids is a false friend.
#include "parse/citation_scanner.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/line_index.h"

namespace kamergraaf {
namespace {

std::vector<Citation> ScanAll(const std::string& text) {
  LineIndex lines(text);
  std::vector<Citation> out;
  CitationScanner::Default().Scan(text, lines, &out);
  return out;
}

std::vector<std::string> Ids(const std::string& text) {
  std::vector<std::string> ids;
  for (const Citation& c : ScanAll(text))
    ids.push_back(c.kind == CitationKind::kMention ? "mention:" + c.mention_name.str() : c.target);
  return ids;
}

struct Case {
  const char* input;
  std::vector<std::string> ids;
};

// Kamerstukken: full forms, chamber and vergaderjaar variants, suffixes, joint dossiers, lists.
const Case kKamerstukCases[] = {
    {"Zie Kamerstuk 26643, nr. 1329.", {"kst-26643-1329"}},
    {"(Kamerstuk 26 643, nr. 1272)).", {"kst-26643-1272"}},
    {"Kamerstuk 22112-4116", {"kst-22112-4116"}},
    {"4 Kamerstuk 26643-885.", {"kst-26643-885"}},
    {"Kamerstukken II 2024/25, 26 643, nr. 1225", {"kst-26643-1225"}},
    {"Kamerstukken II 2025-2026, 21 501-33, nr. 1195.", {"kst-21501-33-1195"}},
    {"Kamerstukken II 2025/2026, 22112, nr. 4223 ", {"kst-22112-4223"}},
    {"Kamerstukken II 2019/20, 35 300 VII, nr. 5", {"kst-35300-VII-5"}},
    {"Kamerstukken II 2019/20, 35 300-VII, nr. 5", {"kst-35300-VII-5"}},
    {"Kamerstukken II 2023/24, 36 200-A, nr. 4", {"kst-36200-A-4"}},
    {"Kamerstukken I 2021/22, 35 925, nr. E", {"kst-35925-E"}},
    {"Kamerstukken I 2021/22, 35 925, nr. AB.", {"kst-35925-AB"}},
    {"TK 2022\xE2\x80\x93"
     "2023, 30 821, nr. 173",
     {"kst-30821-173"}},
    {"TK 2023-2024, 30 821, nr. 230 en verder", {"kst-30821-230"}},
    {"kamerstuk TK 2018-2019, 33 694 & 26 643, Nr. 47.", {"kst-33694-47"}},
    {"de brief over de strategie (26 643/30 821, nr. 1252).", {"kst-26643-1252"}},
    {"(21 952 en 22052, nr. 23)", {"kst-21952-23"}},
    {"Kamerstukken II 2025/2026, 21 501, nr. 33, 1202", {"kst-21501-33-1202"}},
    {"Kamerstuk 19 379, nrs. 5 en 6", {"kst-19379-5", "kst-19379-6"}},
    {"Kamerstuk 19 379, nr. 7, 8", {"kst-19379-7", "kst-19379-8"}},
    {"Kamerstukken II 1990/91, 22 093, nrs. 1-3", {"kst-22093-1", "kst-22093-2", "kst-22093-3"}},
    {"(22619, nrs. 1 t/m 3)", {"kst-22619-1", "kst-22619-2", "kst-22619-3"}},
    {"Kamerstukken II 2020/21, 35 570, nr. 3, p. 7\xE2\x80\x93"
     "8",
     {"kst-35570-3"}},
    {"Kamerstukken II 1991/92, 22 300 IX, nr. 24, blz. 134", {"kst-22300-IX-24"}},
    {"Kamerstukken II 2015/16, 34 356 (R2064), nr. 3", {"kst-34356-3"}},
    {"Kamerstukken II 1992/93, 22 647 (R 1437), nr. 12", {"kst-22647-12"}},
    {"Kamerstukken II 2018/19, 35 000 XVI, nr. 3 (bijlage IV)", {"kst-35000-XVI-3"}},
    {"Zitting 1982-1983 - 12449, nr. 66", {"kst-12449-66"}},
    {"Zitting 1982-1983 \xE2\x80\x94 12449, Nr 66", {"kst-12449-66"}},
    {"Tweede Kamer, vergaderjaar 1990-1991, 20 616, nr. 14", {"kst-20616-14"}},
    {"Tweede Kamer, zitting 1977-1978,14 958, nr. 13", {"kst-14958-13"}},
    {"Eerste Kamer, vergaderjaar 1993-1994, 23 007, nr. 88e", {"kst-23007-88e"}},
    {"Tweede Kamer, vergaderjaar 1993-1994, 23 087, nr. 11Tweede Kamer der Staten-Generaal", {"kst-23087-11"}},
    {"Tweede Kamer, vergaderjaar 1983-1984, 18 100 hoofdstuk VII, nr. 31", {"kst-18100-VII-31"}},
    {"Eerste Kamer, zitting 1981-1982, 16696 enz., nr. 107", {"kst-16696-107"}},
    {"1 Kamerstuk21 137, nr. 51.", {"kst-21137-51"}},
    {"Kamer-stukken II 1990/91, 22 093, nr. 2", {"kst-22093-2"}},
    {"Kamer-\nstukken II 1990/91, 22 093, nr. 2", {"kst-22093-2"}},
    {"het verslag (21 560, nr. 17) van het overleg", {"kst-21560-17"}},
    {"een notitie (18 833 nr. 7) over de lessen", {"kst-18833-7"}},
    {"de begroting (21 800-XIV, nr. 224)", {"kst-21800-XIV-224"}},
    {"Kamerstuk 22 800 XI, nr. 23.", {"kst-22800-XI-23"}},
    {"Kamerstukken II 2008/09, 21 501-02, nr. 28", {"kst-21501-02-28"}},
    {"Kamerstuk 26643, nr. 1329 en Kamerstuk 36574, nr. 17.", {"kst-26643-1329", "kst-36574-17"}},
    {"Kamerstuk 26643, nr. 7, 8 november 2024", {"kst-26643-7"}},
    {"(6796, nr. 3 en 6808, nr. 5)", {"kst-6796-3", "kst-6808-5"}},
    {"Kamerstukken II 2024/25, 36 600 VII, nr. 12.", {"kst-36600-VII-12"}},
    {"Kamerstukken II 1984/85, 18826 (R 1275), nr. 11, blz. 4", {"kst-18826-11"}},
    {"Kamerstuk 36 410-VII, nr. 8", {"kst-36410-VII-8"}},
    {"kst-21501-33-1195", {"kst-21501-33-1195"}},
    {"KAMERSTUK 29 544, NR. 1100", {"kst-29544-1100"}},
    {"motie van het lid Six Dijkstra c.s. (Kamerstuk 26643, nr. 1170)", {"kst-26643-1170"}},
    {"de motie-Dassen/Van der Werf (Kamerstuk 21 501-32, nr. 1600)", {"kst-21501-32-1600"}},
    {"Kamerbrief van 12 maart 2024 (Kamerstuk 36 600-VII, nr. 5)", {"kst-36600-VII-5"}},
    {"(Kamerstukken II, 1989-1990, 21 300 IXB, nr. 51)", {"kst-21300-IXB-51"}},
    {"(Kamerstukken II, 1989-1990, 21 592).", {}},
    {"Kamerstukken 1892-1893 - 130, no. 3.", {}},
    {"Tweede Kamer, zitting 1977, nr. 11", {}},
    {"Eerste Kamer 1966/1967, nr. 67", {}},
    {"Nrs.\n10 940 10 941 11056\nNrs.\n11089 11119", {}},
    {"Nrs\n5491\nNrs\n5501\n5502", {}},
    {"zitting 1957-1958 - 4900 Nr. 22 t/m 24", {"kst-4900-22", "kst-4900-23", "kst-4900-24"}},
    {"kamerstuk 6242 en 6256, nr. 5", {"kst-6242-5"}},
    {"Tweede Kamer, vergaderjaar 1993-1994, 21 501-04 en 23 663, nr. 31", {"kst-21501-04-31"}},
};

// Line breaks, Unicode spaces and dash variants inside citations.
const Case kNormalisationCases[] = {
    {"(Kamerstuk \n22112, nr. 4102).", {"kst-22112-4102"}},
    {"Kamerstukken II 2024/25, 33 \n321, nr. 10, inmiddels", {"kst-33321-10"}},
    {"Kamerstuk\xC2\xA0"
     "26643, nr.\xC2\xA0"
     "1317",
     {"kst-26643-1317"}},
    {"Kamerstuk 26\xC2\xA0"
     "643, nr. 1317",
     {"kst-26643-1317"}},
    {"Kamerstuk 26\xE2\x80\xAF"
     "643, nr. 1317",
     {"kst-26643-1317"}},
    {"Kamerstuk 26\xE2\x80\x89"
     "643, nr. 1317",
     {"kst-26643-1317"}},
    {"Kamerstuk 22112\xE2\x80\x93"
     "4116",
     {"kst-22112-4116"}},
    {"Kamerstuk 22112\xE2\x80\x94"
     "4116",
     {"kst-22112-4116"}},
    {"Kamerstuk 22112\xE2\x80\x90"
     "4116",
     {"kst-22112-4116"}},
    {"Kamerstukken II 2025\xE2\x80\x93"
     "2026, 21 501\xE2\x80\x93"
     "33, nr. 1195",
     {"kst-21501-33-1195"}},
    {"Kamerstukken II\r\n2024/25,\r\n26 643,\r\nnr.\r\n1225", {"kst-26643-1225"}},
    {"Kamerstuk\t26643,\tnr.\t1329", {"kst-26643-1329"}},
    {"Kamer\xC2\xAD"
     "stuk 26643, nr. 1329",
     {"kst-26643-1329"}},
    {"Kamerstuk 26643,\n\n nr. 1329", {"kst-26643-1329"}},
    {"TK 2022\xE2\x80\x94"
     "2023, 30 821, nr. 173",
     {"kst-30821-173"}},
    {"Kamerstukken II 2019/20,\n35 300\nVII, nr. 5", {"kst-35300-VII-5"}},
    {"motie op stuk\nnummer 21 501-20,\nnr. 2198", {"kst-21501-20-2198"}},
    {"Stb.\n2020,\n123", {"stb-2020-123"}},
    {"Aanhangsel van de\nHandelingen II 2019/20, nr.\n89", {"ah-tk-20192020-89"}},
    {"\xEF\xBB\xBFKamerstuk 26643, nr. 1329", {"kst-26643-1329"}},
};

// Aanhangsel, Handelingen, zaak and document numbers, Staatsblad, EU cases, ECLI.
const Case kOtherKindCases[] = {
    {"Kamerstukken II 2025/26, Aanhangsel van de Handelingen, nr. 597 (Kamervragen 2025Z19066).",
     {"ah-tk-20252026-597", "2025Z19066"}},
    {"Aanhangsel Handelingen II 2019/20, nr. 89", {"ah-tk-20192020-89"}},
    {"Aanhangsel Handelingen I 2019/20, nr. 12", {"ah-ek-20192020-12"}},
    {"Aanhangsel Handelingen, vergaderjaar 1987-1988, nr. 849", {"ah-tk-19871988-849"}},
    {"Aanhangsel Handelingen, Vergader-jaar 1987-1988, nr. 849", {"ah-tk-19871988-849"}},
    {"Aanhangsel Handelingen zitting 1974/75, nr. 1567", {"ah-tk-19741975-1567"}},
    {"aanhangsel nr. 733 bij de Handelingen", {}},
    {"(Aanhangsel Handelingen Tweede Kamer 1968-1969, nr. 993, blz. 1995)", {"ah-tk-19681969-993"}},
    {"(Aanhangsel Handelingen Eerste Kamer 1968-1969, nr. 12)", {"ah-ek-19681969-12"}},
    {"(Zie ook Aanhangsel Handelingen zit-ting 1978-1979, nr. 3)", {"ah-tk-19781979-3"}},
    {"(Trb. 1964, nr. 118 en 1968, nr. 14)", {}},
    {"(Aan-hangsel Handelingen 1976-1977, nr. 230)", {"ah-tk-19761977-230"}},
    // Historical Staatsblad numbers take the year of the law dated in the same phrase (issue 15).
    {"bij de wet van den 2den Mei 1863 (Staatsblad n°. 87) geregeld", {"stb-1863-87"}},
    {"de wet van 12 juni 1909, Stbl. n°. 6, gewijzigd", {"stb-1909-6"}},
    {"zie Staatsblad n°. 87 voor de tekst", {}},
    // Keywords split by OCR or layout hyphenation (issue 15).
    {"Aanhangsel Handelin-gen, Vergaderjaar 1984-1985, nr. 312", {"ah-tk-19841985-312"}},
    {"Aanhangsel Han- delingen II 2019/20, nr. 89", {"ah-tk-20192020-89"}},
    {"Aanhangsel Handelin-gen, zonder nummer", {}},
    {"bij koninklijk besluit van 4 oktober 1985, nr. 2, met het", {}},
    {"Vergaderjaar 1990-1991 Nr.42b \n21423 \n", {}},
    {"Handelingen II 2019/20, nr. 45, item 12", {"h-tk-20192020-45-12"}},
    {"Handelingen II 2019/20, nr. 45", {"h-tk-20192020-45"}},
    {"Handelingen I 2021/22, nr. 30, item 7", {"h-ek-20212022-30-7"}},
    {"Handelingen II 1990/91, nr. 14", {"h-tk-19901991-14"}},
    {"Handelingen der Staten-Generaal. Bijlagen.", {}},
    {"Uw kenmerk 2026Z03911", {"2026Z03911"}},
    {"(kenmerk: 2026Z03911, ingezonden 27 februari 2026)", {"2026Z03911"}},
    {"Kamervragen 2025Z19066", {"2025Z19066"}},
    {"Ons kenmerk 2024D48680", {"2024D48680"}},
    {"documentnummer 2024D486801 (te lang)", {}},
    {"Stb. 2020, 123", {"stb-2020-123"}},
    {"(Stb. 1972, 416)", {"stb-1972-416"}},
    {"Staatsblad 1995, 690", {"stb-1995-690"}},
    {"Stb. 1992, nr. 158", {"stb-1992-158"}},
    {"Stcrt. 2021, 12345", {"stcrt-2021-12345"}},
    {"Staatscourant 2019, 5678", {"stcrt-2019-5678"}},
    {"Stcrt. 1982 nr. 68", {"stcrt-1982-68"}},
    {"de wet van 12 december 1892 (Stb. 268)", {}},
    {"Hof van Justitie EU 5 september 2012, zaak C-355/10, rechtsoverweging 77.", {"eu-case-C-355/10"}},
    {"het arrest in zaak T-201/04 van het Gerecht", {"eu-case-T-201/04"}},
    {"de gevoegde zaken C-402/05 P en C-415/05 P", {"eu-case-C-402/05", "eu-case-C-415/05"}},
    {"HvJ EU 6 oktober 2015, C-362/14", {"eu-case-C-362/14"}},
    {"productcode C-355/10 in de catalogus", {}},
    {"ECLI:NL:HR:2019:2006", {"ECLI:NL:HR:2019:2006"}},
    {"zie HR 20 december 2019, ECLI:NL:HR:2019:2006.", {"ECLI:NL:HR:2019:2006"}},
    {"ECLI:EU:C:2012:516 over de comitologie", {"ECLI:EU:C:2012:516"}},
    {"ECLI:NL:RVS:2022:123, r.o. 5", {"ECLI:NL:RVS:2022:123"}},
};

// URLs: cleaning, line-broken URLs, ids carried in URLs.
const Case kUrlCases[] = {
    {"zie https://www.rijksoverheid.nl/documenten/rapporten/2024/01/01/rapport.",
     {"url:https://www.rijksoverheid.nl/documenten/rapporten/2024/01/01/rapport"}},
    {"(https://example.org/pagina)", {"url:https://example.org/pagina"}},
    // A URL at the end of a sentence, the next sentence on the next line: no rejoining.
    {"Zie https://www.rijksoverheid.nl/documenten/rapporten/2025/32009/rapport.\nDe leden vragen meer.",
     {"url:https://www.rijksoverheid.nl/documenten/rapporten/2025/32009/rapport"}},
    {"Zie https://www.rijksoverheid.nl/documenten/rapporten/2025/400/rapport.\n6) Kan de regering dit toelichten?",
     {"url:https://www.rijksoverheid.nl/documenten/rapporten/2025/400/rapport"}},
    // The share buttons of a saved page cite nothing; the page's own download link stays.
    {"Delen: https://www.facebook.com/sharer.php?u=https%3A//www.tweedekamer.nl/x%3Fid%3D2025Z00001 "
     "https://x.com/share?url=https%3A//example.nl/a https://www.linkedin.com/shareArticle?url=https%3A//e.nl "
     "https://twitter.com/intent/tweet?text=motie https://api.whatsapp.com/send?text=motie "
     "https://www.tweedekamer.nl/downloads/document?id=2025D00002",
     {"url:https://www.tweedekamer.nl/downloads/document?id=2025D00002", "2025D00002"}},
    {"https://x.com/een_kamerlid/status/123", {"url:https://x.com/een_kamerlid/status/123"}},
    // PDF text glues a footnote's number to its first word: the next footnote is not a continuation.
    {"1Krant.nl, 3 maart 2025, een bericht over de opvang https://www.krant.nl/opvang-in-het-land-is-vol/\n"
     "2Inspectie voor de Opvang, Brief over de opvang, https://www.inspectie.example/brief\n",
     {"url:https://www.krant.nl/opvang-in-het-land-is-vol/", "url:https://www.inspectie.example/brief"}},
    {"Zie https://www.example.org/documenten/rapporten/2025/lang-rapport.\nhtml voor de bijlage.",
     {"url:https://www.example.org/documenten/rapporten/2025/lang-rapport.html"}},
    {"[6:  Raadpleegbaar via https://example.eu/nl/library/voorstel-mss]",
     {"url:https://example.eu/nl/library/voorstel-mss"}},
    {"bron: https://nl.wikipedia.org/wiki/Motie_(politiek).", {"url:https://nl.wikipedia.org/wiki/Motie_(politiek)"}},
    {"https://gac.icann.org", {"url:https://gac.icann.org/"}},
    {"https://gac.icann.org/", {"url:https://gac.icann.org/"}},
    {"Web Presence; https://gac.icann.org  \n\nhttps://gac.icann.org/\n",
     {"url:https://gac.icann.org/", "url:https://gac.icann.org/"}},
    {"http://www.example.nl;", {"url:http://www.example.nl/"}},
    {"zie \xE2\x80\x9Chttps://www.example.nl/a\xE2\x80\x9D en verder", {"url:https://www.example.nl/a"}},
    {"1 Bron: een artikel op nu.nl over de digitale koploper d.d. 3 september 2025; "
     "https://www.nu.nl/tech/1234/koploper-in-quantum-\nverandert-economie-fundamenteel.html. \n deze verordening",
     {"url:https://www.nu.nl/tech/1234/koploper-in-quantum-verandert-economie-fundamenteel.html"}},
    {"https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024Z20614&did=2024D48680\nhttps://"
     "www.elysee.fr/a/b\n",
     {"url:https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024Z20614&did=2024D48680", "2024Z20614",
      "2024D48680", "url:https://www.elysee.fr/a/b"}},
    {"https://zoek.officielebekendmakingen.nl/kst-26643-1317.html",
     {"url:https://zoek.officielebekendmakingen.nl/kst-26643-1317.html", "kst-26643-1317"}},
    {"https://zoek.officielebekendmakingen.nl/ah-tk-20192020-89.html",
     {"url:https://zoek.officielebekendmakingen.nl/ah-tk-20192020-89.html", "ah-tk-20192020-89"}},
    {"https://zoek.officielebekendmakingen.nl/stb-2020-123.pdf",
     {"url:https://zoek.officielebekendmakingen.nl/stb-2020-123.pdf", "stb-2020-123"}},
    {"https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2019:2006",
     {"url:https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2019:2006", "ECLI:NL:HR:2019:2006"}},
    {"https://example.org/a-very-long-path-that-the-pdf-exporter-wrapped-at-the-end-of-the-\n2 Zie ook",
     {"url:https://example.org/a-very-long-path-that-the-pdf-exporter-wrapped-at-the-end-of-the-"}},
    {"https://example.org/short\nvervolg van de zin", {"url:https://example.org/short"}},
    {"Dit is een lange regel met aan het einde een adres https://example.org/eerste-deel/\ntweede-deel/index.html en "
     "verder",
     {"url:https://example.org/eerste-deel/tweede-deel/index.html"}},
    {"Deze regel is lang genoeg om gewrapt te zijn, het adres https://example.org/pagina.html\nvolgende regel",
     {"url:https://example.org/pagina.html"}},
    {"https://euroweeklynews.com/2025/03/16/300-crisis-situation-food-stores-to-open-by-2028/\n Hoe kijkt",
     {"url:https://euroweeklynews.com/2025/03/16/300-crisis-situation-food-stores-to-open-by-2028/"}},
    {"www.rijksoverheid.nl/ezk", {}},
    {"https://", {}},
    {"mailto:info@example.nl", {}},
    {"<https://example.org/x>", {"url:https://example.org/x"}},
    {"\"https://example.org/q?a=1&b=2\",", {"url:https://example.org/q?a=1&b=2"}},
    {"https://example.org/pad]", {"url:https://example.org/pad"}},
    {"https://example.org/pad[1]", {"url:https://example.org/pad[1]"}},
    {"HTTPS://EXAMPLE.ORG/X", {"url:HTTPS://EXAMPLE.ORG/X"}},
    {"https://www.volkskrant.nl/wetenschap/titel~bee01719/. ]",
     {"url:https://www.volkskrant.nl/wetenschap/titel~bee01719/"}},
};

// Whole dossiers (issue 15): a keyword and a five-digit dossier number with no paper number, suffix or second
// dossier after it.
const Case kDossierCases[] = {
    {"Het kabinet diende wetsvoorstel 36 410 in.", {"kst-36410"}},
    {"Zie kamerstuk 15 430 over het ontwerp.", {"kst-15430"}},
    {"In dossier 36410 staan alle stukken.", {"kst-36410"}},
    {"onder dossiernummer 36 410.", {"kst-36410"}},
    {"HET WETSVOORSTEL 19441 IS INGEDIEND", {"kst-19441"}},
    {"(Kamerstuk 16701) inhoudende een wijziging", {"kst-16701"}},
    {"Het wetsvoorstel 36 410 en het amendement daarop.", {"kst-36410"}},
    {"Kamerstuk 26643, nr. 1329 is de brief.", {"kst-26643-1329"}},
    {"Kamerstuk 22112-4116 is de brief.", {"kst-22112-4116"}},
    {"artikel 36 410 van de wet", {}},
    {"Het getal 36 410 staat hier.", {}},
    {"kamerstuk 20 800, hoofdstuk XVI", {}},
    {"het dossier 36200 VII over de begroting", {}},
    {"de wetsvoorstellen uit 2024 en 2025", {}},
    {"dossier 2024 bleef open", {}},
    {"het voorstel van wet nr. 19 309 inzake de pensioenen", {"kst-19309"}},
    {"het voorstel van wet (19 309, nr. 3)", {"kst-19309-3"}},
    {"Tweede Kamer der Staten-Generaal\nKamerstukken\n36 800\nNota over de toestand", {}},
    {"Zie het wetsvoorstel\n36 410 over de begroting.", {"kst-36410"}},
};

// Motions: definitions, short references, named mentions.
const Case kMotionCases[] = {
    {"Zij krijgt nr. 1415 (26643).", {"kst-26643-1415"}},
    {"Zij krijgt nr. 12 (21 300-VI).", {"kst-21300-VI-12"}},
    // List entries ending in a bare dossier-number (issue 15), only at the end of the entry's line.
    {"Lijst van ingekomen stukken\n1. Verslag van de Raad Buitenlandse Zaken van 12 mei 2031 - 21501-02-2301\n",
     {"kst-21501-02-2301"}},
    {"Lijst van ingekomen stukken\nMetingen in het Drentse veen - 35334-81\nHet volgende punt", {"kst-35334-81"}},
    {"Lijst van ingekomen stukken: het saldo - 35334-81 euro daalde", {}},
    {"Overzicht\nDe nummers 35334-81 en verder - 2031 volgt\n", {}},
    // The same with an en dash or an em dash, still only at the end of the entry's line.
    {"Lijst van ingekomen stukken\n2. Geannoteerde agenda van de Raad van 3 juni 2031 \xE2\x80\x93 21501-20-2001\n",
     {"kst-21501-20-2001"}},
    {"Lijst van ingekomen stukken\nBrief over de waterstand in Zeeland \xE2\x80\x94 35334-90\nHet volgende punt",
     {"kst-35334-90"}},
    {"Lijst van ingekomen stukken: de stand \xE2\x80\x93 35334-81 punten daalde", {}},
    {"In de tekst daalde het saldo \xE2\x80\x94 35334-81 euro", {}},
    {"In de tekst daalde het saldo - 35334-81 euro", {}},
    // What a gewijzigde motie replaces (issue 15).
    {"Gewijzigde motie van het lid Jansen over water (t.v.v. 36200-XV-47)", {"kst-36200-XV-47"}},
    {"Nader gewijzigde motie (t.v.v. 21501-30-662)", {"kst-21501-30-662"}},
    {"t.v.v. de heer Jansen", {}},
    // A renumbered motion names both numbers (issue 15).
    {"Zij krijgt nr. 812, was nr. 805 (32813).", {"kst-32813-812", "kst-32813-805"}},
    {"Zij krijgt nr. 47, was nr. 41 (36 200-XV).", {"kst-36200-XV-47", "kst-36200-XV-41"}},
    {"Zij krijgt nr. 47, was eerder ingediend (36200).", {}},
    {"Zij krijgt nr. 1415 (26643).\n\nDe motie op stuk nr. 1415 wordt ontraden.", {"kst-26643-1415", "kst-26643-1415"}},
    {"Zij krijgt nr. 1415 (26643).\nZij krijgt nr. 1316 (26643).\nDan de motie op stuk\nnr. 1316.",
     {"kst-26643-1415", "kst-26643-1316", "kst-26643-1316"}},
    {"Zij krijgt nr. 1415 (26643).\nDe moties op stuk nrs. 1415 en 1316 krijgen oordeel Kamer.",
     {"kst-26643-1415", "kst-26643-1415", "kst-26643-1316"}},
    {"De motie op stuk nr. 1415 wordt ontraden.", {}},
    {"De motie op stuk nr. 14 (21 300) wordt ontraden.", {"kst-21300-14"}},
    {"De motie-Buijsse (26643, nr. 1322) is overgenomen.", {"kst-26643-1322"}},
    {"aangenomen motie-Kathmann c.s. (Kamerstuk 26643, nr. 1317)?", {"kst-26643-1317"}},
    {"motie op stuk nummer 21 501-20, nr. 2198, ingediend", {"kst-21501-20-2198"}},
    {"13 Zie Motie Dijkstra CS, Voorgesteld tijdens het Notaoverleg van 22 april 2024, 26643-1151 ",
     {"kst-26643-1151"}},
    {"Vorige week is de motie-Six Dijkstra aangenomen.", {"mention:Six Dijkstra"}},
    {"de motie van het lid Kathmann c.s. over clouddiensten", {"mention:Kathmann"}},
    {"de aangenomen motie Kathmann, uit het debat van 13 maart", {"mention:Kathmann"}},
    {"de motie van het lid Van Raan c.s. 4 en de motie van het lid Kathmann c.s. 5",
     {"mention:Van Raan", "mention:Kathmann"}},
    {"Conform de motie van het lid Dassen[footnoteRef:12] wordt gewerkt", {"mention:Dassen"}},
    {"de motie van mevrouw Kathmann die ik oplas.", {"mention:Kathmann"}},
    {"de motie van de heer Van der Ploeg", {"mention:Van der Ploeg"}},
    {"de motie-Van der Werf over open standaarden", {"mention:Van der Werf"}},
    {"de motie van de leden Van den Bergh en Koekkoek", {"mention:Van den Bergh"}},
    {"in lijn met de motie Erkens besluit het kabinet", {"mention:Erkens"}},
    {"Ik dien een motie in.", {}},
    {"een motie van orde", {}},
    {"de Motie van Orde werd aangenomen", {}},
    {"de motie van de regering", {}},
    {"alle sympathieke moties van de heer Buijsse", {}},
    {"Kamermoties die verzoeken om clouddiensten", {}},
    {"over de motie.\nDe voorzitter:", {}},
    {"Ik heb een motie\nMevrouw Kathmann (GroenLinks-PvdA):", {}},
    {"Deze motie is voorgesteld door het lid Buijsse.\n\nZij krijgt nr. 1322 (26643).\n\nLater: de motie-Buijsse is "
     "overgenomen.",
     {"kst-26643-1322", "kst-26643-1322"}},
    {"Eerder: de motie-Buijsse.\nDeze motie is voorgesteld door het lid Buijsse.\n\nZij krijgt nr. 1322 (26643).",
     {"mention:Buijsse", "kst-26643-1322"}},
    {"Deze motie is voorgesteld door het lid Kathmann.\nZij krijgt nr. 1316 (26643).\n"
     "Deze motie is voorgesteld door de leden Kathmann en Buijsse.\nZij krijgt nr. 1318 (26643).\nde motie-Kathmann",
     {"kst-26643-1316", "kst-26643-1318", "mention:Kathmann"}},
    {"Zij krijgt nr. 1415 (26643).\nDe motie op stuk nr. 1399 is van later.", {"kst-26643-1415", "kst-26643-1399"}},
};

// False friends: none of these is a citation.
const Case kFalseFriendCases[] = {
    {"Postbus 20401 2500 EK Den Haag", {}},
    {"Postbus 20401, nr. 5", {}},
    {"T 070 379 8911", {}},
    {"Telefoon 070-3798911", {}},
    {"een bedrag van \xE2\x82\xAC 26.643 per jaar", {}},
    {"\xE2\x82\xAC 26 643, nr. 1", {}},
    {"op 3 september 2025 in Den Haag", {}},
    {"de Internationale Cyberstrategie 2023-2028 van het kabinet", {}},
    {"artikel 68 Grondwet", {}},
    {"artikel 12345, nr. 5", {}},
    {"blz. 1234, nr. 5", {}},
    {"Overheidsidentificatienr 00000001003214369000", {}},
    {"de wet van 13 december 1990, nr. 605", {}},
    {"in 2024, nr. 3 van de lijst", {}},
    {"Nr. 4", {}},
    {"Vergaderjaar 1994-1995 Nr. 22a", {}},
    {"2 Zie bijvoorbeeld het rapport van de commissie.", {}},
    {"pagina 12 van 40", {}},
    {"tussen 10000-20000 euro", {}},
    {"de periode 2019-2023", {}},
    {"het advies, nr. W06.92.0370, over de concept-regeling", {}},
    {"Verordening nr. 2137/85 van de Raad", {}},
    {"zaak 2024-1234 bij de rechtbank", {}},
    {"de inrichting van het stelsel", {}},
    {"1\n\n2\n\n3 Kamerbrief zonder nummer", {}},
    {"12 345 678 inwoners", {}},
    {"8 300 crisis-situation food stores", {}},
    {"26643-1151 zonder context", {}},
    {"ISBN 978-90-12345-67-8", {}},
    {"[bookmark: OLE_LINK4]Het kabinet deelt de visie", {}},
    {"[footnoteRef:16] zonder body", {}},
    {"stuk nr. 10 van het gewijzigd voorstel", {}},
    {"de motie", {}},
    {"Stb. in het Staatsblad", {}},
    {"ECLI:NL", {}},
    {"C-3PO", {}},
    {"2026D", {}},
    {"Kamerstuk", {}},
    {"Kamerstukken II 2024/25", {}},
    {"nr. 1317 (26643)", {}},
    {"Verordening (EU) 2016/679 (AVG)", {}},
    {"COM(2025) 123 final", {}},
    {"artikel 3, lid 2, onder b", {}},
    {"+31 (0)70 123 4567", {}},
    {"Kamerbrief van 6 december 2024", {}},
    {"in de periode 2019/20 tot 2024/25", {}},
    {"", {}},
};

void RunTable(const char* name, const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    INFO(name << " input: " << c->input);
    CHECK(Ids(c->input) == c->ids);
  }
}

TEST_CASE("Kamerstuk citations in every written form", "[citations]") {
  RunTable("kamerstuk", std::begin(kKamerstukCases), std::end(kKamerstukCases));
}

TEST_CASE("Citations are seen through line breaks, Unicode spaces and dashes", "[citations]") {
  RunTable("normalisation", std::begin(kNormalisationCases), std::end(kNormalisationCases));
}

TEST_CASE("Aanhangsel, Handelingen, zaak, Staatsblad, EU and ECLI citations", "[citations]") {
  RunTable("other", std::begin(kOtherKindCases), std::end(kOtherKindCases));
}

TEST_CASE("URLs are cleaned, rejoined and mined for ids", "[citations]") {
  RunTable("url", std::begin(kUrlCases), std::end(kUrlCases));
}

TEST_CASE("Motion definitions, short references and mentions", "[citations]") {
  RunTable("motion", std::begin(kMotionCases), std::end(kMotionCases));
}

TEST_CASE("Whole dossiers: wetsvoorstel, kamerstuk or dossier and a number", "[citations]") {
  RunTable("dossier", std::begin(kDossierCases), std::end(kDossierCases));
}

TEST_CASE("False friends are not citations", "[citations]") {
  RunTable("false friend", std::begin(kFalseFriendCases), std::end(kFalseFriendCases));
}

TEST_CASE("The tables hold at least 200 cases", "[citations]") {
  std::size_t n = std::size(kKamerstukCases) + std::size(kNormalisationCases) + std::size(kOtherKindCases) +
                  std::size(kUrlCases) + std::size(kMotionCases) + std::size(kFalseFriendCases);
  CHECK(n >= 200);
}

// Offsets, lines, columns and the original text of a citation.
struct PositionCase {
  const char* input;
  std::size_t index;  // which citation of the input
  std::string target;
  std::size_t start, end;
  int line, column;
  const char* text;
};

const PositionCase kPositionCases[] = {
    {"(Kamerstuk \n22112, nr. 4102).", 0, "kst-22112-4102", 1, 27, 1, 2, "Kamerstuk \n22112, nr. 4102"},
    {"regel een\nKamerstukken II 2024/25, 33 \n321, nr. 10, inmiddels", 0, "kst-33321-10", 10, 50, 2, 1,
     "Kamerstukken II 2024/25, 33 \n321, nr. 10"},
    {"a\nb\n  Kamerstuk 22112-4116)", 0, "kst-22112-4116", 6, 26, 3, 3, "Kamerstuk 22112-4116"},
    {"\xC3\xA9\xC3\xA9n Kamerstuk 26\xC2\xA0"
     "643, nr. 1",
     0, "kst-26643-1", 6, 30, 1, 7,
     "Kamerstuk 26\xC2\xA0"
     "643, nr. 1"},
    {"TK 2022\xE2\x80\x93"
     "2023, 30 821, nr. 173.",
     0, "kst-30821-173", 0, 31, 1, 1,
     "TK 2022\xE2\x80\x93"
     "2023, 30 821, nr. 173"},
    {"Een lange regel met een bron erin, namelijk https://a.example/quantum-\nverandert-alles.html. \n deze", 0,
     "url:https://a.example/quantum-verandert-alles.html", 44, 91, 1, 45,
     "https://a.example/quantum-\nverandert-alles.html"},
    {"Uw kenmerk\n2026Z03911\n", 0, "2026Z03911", 11, 21, 2, 1, "2026Z03911"},
    {"Zij krijgt nr. 1415 (26643).\nDe motie op stuk\nnr. 1415 wordt", 1, "kst-26643-1415", 32, 54, 2, 4,
     "motie op stuk\nnr. 1415"},
    {"Kamerstuk 19 379, nrs. 5 en 6.", 1, "kst-19379-6", 0, 29, 1, 1, "Kamerstuk 19 379, nrs. 5 en 6"},
};

TEST_CASE("Citations keep offsets, line and column into the original text", "[citations]") {
  for (const PositionCase& p : kPositionCases) {
    INFO("input: " << p.input);
    std::vector<Citation> cs = ScanAll(p.input);
    REQUIRE(cs.size() > p.index);
    const Citation& c = cs[p.index];
    CHECK(c.target == p.target);
    CHECK(c.start == p.start);
    CHECK(c.end == p.end);
    CHECK(c.line == p.line);
    CHECK(c.column == p.column);
    CHECK(c.context_line == p.line);
    CHECK(c.text == p.text);
    CHECK(c.footnote.empty());
  }
}

TEST_CASE("Citation kinds and metadata", "[citations]") {
  auto one = [](const std::string& text) {
    std::vector<Citation> cs = ScanAll(text);
    REQUIRE(cs.size() == 1);
    return cs[0];
  };
  Citation c = one("Kamerstukken II 2024/25, 26 643, nr. 1225, p. 7-8");
  CHECK(c.kind == CitationKind::kKamerstuk);
  CHECK(c.chamber == "II");
  CHECK(c.vergaderjaar == "20242025");
  CHECK(c.page == "p. 7-8");
  c = one("Kamerstukken I 2021/22, 35 925, nr. E");
  CHECK(c.chamber == "I");
  CHECK(c.vergaderjaar == "20212022");
  c = one("Zij krijgt nr. 1415 (26643).");
  CHECK(c.kind == CitationKind::kMotie);
  c = one("de motie-Six Dijkstra");
  CHECK(c.kind == CitationKind::kMention);
  CHECK_FALSE(c.resolved);
  CHECK(c.target.empty());
  CHECK(c.mention_name == "Six Dijkstra");
  CHECK(one("Uw kenmerk 2026Z03911").kind == CitationKind::kZaak);
  CHECK(one("2024D48680").kind == CitationKind::kTkDocument);
  CHECK(one("Stb. 2020, 123").kind == CitationKind::kStb);
  CHECK(one("Stcrt. 2021, 12345").kind == CitationKind::kStcrt);
  CHECK(one("zaak C-355/10").kind == CitationKind::kEuCase);
  CHECK(one("ECLI:NL:HR:2019:2006").kind == CitationKind::kEcli);
  CHECK(one("https://example.org/").kind == CitationKind::kUrl);
  CHECK(one("Handelingen II 2019/20, nr. 45").kind == CitationKind::kHandelingen);
  CHECK(one("Aanhangsel Handelingen II 2019/20, nr. 89").kind == CitationKind::kAanhangsel);
  c = one("De motie-Buijsse (26643, nr. 1322)");
  CHECK(c.kind == CitationKind::kMotie);
  CHECK(c.mention_name == "Buijsse");
  CHECK(one("Dan de motie-Kathmann op stuk nr. 14 (21 300).").mention_name == "Kathmann");
  CHECK(one("Kamerstuk 26643, nr. 1329").mention_name.empty());
  // Whole dossiers and amendments have kinds of their own (issue 15).
  c = one("het wetsvoorstel 36 410");
  CHECK(c.kind == CitationKind::kDossier);
  CHECK(c.target == "kst-36410");
  c = one("het amendement-Bikker/Omtzigt (36 410, nr. 17) is aangenomen");
  CHECK(c.kind == CitationKind::kAmendement);
  CHECK(c.target == "kst-36410-17");
  CHECK(one("de amendementen (36 410, nrs. 17)").kind == CitationKind::kAmendement);
  CHECK(one("het amendement-Bikker. Zie ook (36 410, nr. 18)").kind == CitationKind::kKamerstuk);
  CHECK(one("het amendement en de motie-Jansen (36 410, nr. 19)").kind == CitationKind::kMotie);
  CHECK(one("Het amendement is aangenomen, zie Kamerstuk 36410, nr. 5").kind == CitationKind::kKamerstuk);
  CHECK(one("het amendement van het lid Van der Staaij c.s. (36 410, nr. 21)").kind == CitationKind::kAmendement);
  std::vector<Citation> cs = ScanAll("Zij krijgt nr. 12 (36410).\nHet amendement op stuk nr. 17 is aangenomen. De "
                                     "motie op stuk nr. 12 ook.");
  REQUIRE(cs.size() == 3);
  CHECK(cs[1].target == "kst-36410-17");
  CHECK(cs[1].kind == CitationKind::kAmendement);
  CHECK(cs[2].target == "kst-36410-12");
  CHECK(cs[2].kind == CitationKind::kMotie);
}

TEST_CASE("Citations come out in order of start offset", "[citations]") {
  std::string text;
  for (int i = 0; i < 50; ++i)
    text += "Zie https://example.org/" + std::to_string(i) + " en Kamerstuk 26643, nr. " + std::to_string(i + 1) +
            " en Stb. 2020, " + std::to_string(i + 1) + ".\n";
  std::vector<Citation> cs = ScanAll(text);
  REQUIRE(cs.size() == 150);
  for (std::size_t i = 1; i < cs.size(); ++i) CHECK(cs[i - 1].start <= cs[i].start);
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

// Random splices of citation fragments and noise: the scanner must not crash, and every citation must point
// at its own bytes in the original text.
TEST_CASE("Scanning random fragments keeps offsets consistent", "[citations]") {
  const char* const kParts[] = {"Kamerstuk",
                                "Kamerstukken II",
                                " 2024/25",
                                ", ",
                                "26",
                                " 643",
                                "-33",
                                " VII",
                                ", nr. ",
                                "1317",
                                " en ",
                                "\n",
                                "\xC2\xA0",
                                "\xE2\x80\x93",
                                "https://a.nl/",
                                "x-",
                                "motie-",
                                "Kathmann",
                                " op stuk nr. ",
                                "Zij krijgt nr. ",
                                "(26643).",
                                "Stb. ",
                                "2020",
                                "2026Z03911",
                                "C-355/10",
                                "zaak ",
                                "ECLI:NL:HR:2019:2006",
                                "Aanhangsel",
                                " Handelingen",
                                "nrs. ",
                                "t/m",
                                "\xC3",
                                "\xA9",
                                "\xE2\x80",
                                " ",
                                ".",
                                ")",
                                "]",
                                "  \n\n"};
  std::uint32_t state = 12345;
  auto next = [&]() {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = next() % 40;
    for (int i = 0; i < n; ++i) text += kParts[next() % std::size(kParts)];
    std::vector<Citation> cs = ScanAll(text);
    for (const Citation& c : cs) {
      REQUIRE(c.start <= c.end);
      REQUIRE(c.end <= text.size());
      REQUIRE(c.text == text.substr(c.start, c.end - c.start));
      REQUIRE(c.line >= 1);
      REQUIRE((c.kind == CitationKind::kMention) == c.target.empty());
    }
  }
}

}  // namespace
}  // namespace kamergraaf

namespace kamergraaf {
namespace {

// Bug: definitions looked back over every earlier hit for their submitters, and short references over every
// definition: quadratic, 150 s on a 9 MB debate-like text. Now linear; this case takes milliseconds.
TEST_CASE("Dense motion text scans in linear time", "[citations]") {
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "Zij krijgt nr. " + std::to_string(i + 1) + " (26643). De motie op stuk nr. " + std::to_string(i + 1) +
            " wordt ontraden.\n";
  std::vector<Citation> cs = ScanAll(text);
  REQUIRE(cs.size() == 40000);
  CHECK(cs.back().target == "kst-26643-20000");
  CHECK(cs.back().kind == CitationKind::kMotie);
}

}  // namespace
}  // namespace kamergraaf

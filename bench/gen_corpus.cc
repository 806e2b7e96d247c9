// gen_corpus: a deterministic synthetic parliamentary corpus with its ground truth.
//
// Writes N documents in the styles of shared/docs/domain.md (written consultations, commission answers with
// Word-style notes, answers to written questions, debates with motions and verdicts, letters), using every
// common citation form, line breaks inside citations, footnotes in the three encodings, false friends and
// noise, with a heavy-tailed in-degree (a few papers are cited very often). The same N and seed give the
// same bytes on every machine (own RNG, no std distributions).
//
// Output: OUTDIR/docs/<id>.txt, OUTDIR/manifest.tsv (doc, target, kind: every (document, cited id) pair a
// correct scan must report, and no others) and OUTDIR/motions.tsv (motion id, debate doc, followed_up: whether
// a later document cites it).
// Usage: gen_corpus N OUTDIR [SEED]
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace {

struct Rng {
  std::uint64_t state;
  std::uint64_t Next() {  // splitmix64
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t Below(std::uint64_t n) { return n == 0 ? 0 : Next() % n; }
  double Unit() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }
  bool Chance(double p) { return Unit() < p; }
};

enum Kind { kLetter, kConsultation, kCommissionAnswers, kWrittenAnswers, kDebate };

struct Doc {
  Kind kind;
  int dossier;
  int number;
  int year;  // first year of the session (vergaderjaar)
  int seq;   // Aanhangsel or Handelingen number within the session
  std::string id;    // canonical id of the document itself
  std::string file;  // file name
};

const char* kFracties[] = {"VVD", "PVV", "GroenLinks-PvdA", "NSC", "D66", "CDA", "SP", "PvdD"};
const char* kNames[] = {"Jansen", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters"};
const char* kFiller[] = {
    "De leden hebben met belangstelling kennisgenomen van de stukken en hebben nog enkele vragen.",
    "Het kabinet hecht aan een zorgvuldige afweging van de belangen van alle betrokken partijen.",
    "In de periode 2023-2028 wordt het programma stapsgewijs uitgevoerd, zoals in artikel 12 is bepaald.",
    "Reacties kunnen worden gestuurd naar Postbus 20401 2500 EK Den Haag of via telefoon 070 379 8911.",
    "Met de begroting is een bedrag van € 26.643 gemoeid, verdeeld over 3 jaren en 12 regio's.",
    "Deze leden vragen of de regering kan toelichten hoe de uitvoering wordt gemonitord.",
    "De Staatssecretaris zegt toe de Kamer op de hoogte te houden van de voortgang.",
    "Op 14 maart 2025 is hierover overleg gevoerd met de betrokken gemeenten en uitvoeringsorganisaties.",
};

std::string Session(int year) { return std::to_string(year) + std::to_string(year + 1); }  // 20252026

// "2025/26"
std::string SessionShort(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d/%02d", year, (year + 1) % 100);
  return buf;
}

std::string Spaced(int dossier) {  // 36999 -> "36 999"
  std::string d = std::to_string(dossier);
  return d.substr(0, d.size() - 3) + " " + d.substr(d.size() - 3);
}

class Generator {
 public:
  Generator(int n, std::uint64_t seed) : rng_{seed} {
    // Realistic numbering: about 40 papers a dossier, so dossiers keep 5 digits and paper numbers stay
    // small; Aanhangsel and Handelingen numbers run per session year over twenty years.
    const int dossiers = std::max(1, std::min(n / 40, 60000));
    for (int i = 0; i < n; ++i) {
      Doc d;
      d.kind = static_cast<Kind>(i % 10 == 0 ? kDebate : i % 10 < 4 ? kLetter : i % 10 < 6 ? kConsultation
                                                                    : i % 10 < 8 ? kCommissionAnswers
                                                                                 : kWrittenAnswers);
      d.dossier = 30000 + i % dossiers;
      d.number = 1 + i / dossiers;  // (dossier, number) is unique within the corpus
      d.year = 2006 + i % 20;
      d.seq = 1 + i / 20;  // (year, seq) is unique too
      if (d.kind == kWrittenAnswers) {
        d.id = "ah-tk-" + Session(d.year) + "-" + std::to_string(d.seq);
      } else if (d.kind == kDebate) {
        d.id = "h-tk-" + Session(d.year) + "-" + std::to_string(d.seq) + "-1";
      } else {
        d.id = "kst-" + std::to_string(d.dossier) + "-" + std::to_string(d.number);
      }
      d.file = d.id + ".txt";
      docs_.push_back(d);
    }
  }

  // Renders document i into `text`; appends (target, kind) ground truth to `truth`.
  void Render(int i, std::string* text, std::set<std::pair<std::string, std::string>>* truth,
              std::vector<std::pair<std::string, bool>>* motions) {
    const Doc& d = docs_[i];
    text->clear();
    int cites = 2 + static_cast<int>(rng_.Below(8));
    std::vector<std::string> notes;
    switch (d.kind) {
      case kLetter: *text += "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\nDatum 12 mei 2026\nBetreft Voortgang van het programma\n\nGeachte Voorzitter,\n\n"; break;
      case kConsultation: *text += "Binnen de vaste commissie voor Binnenlandse Zaken hebben enkele fracties de behoefte om vragen en opmerkingen voor te leggen.\n\nVragen en opmerkingen van de leden van de " + std::string(kFracties[i % 8]) + "-fractie\n\n"; break;
      case kCommissionAnswers: *text += "Antwoorden op de vragen van de " + std::string(kFracties[i % 8]) + " fractie\n"; break;
      case kWrittenAnswers: *text += "Ons kenmerk DGED / " + std::to_string(100000 + i) + "\nUw kenmerk 2026Z" + Pad5(i % 99999) + "\nBetreft Beantwoording Kamervragen\n\n"; truth->insert({"2026Z" + Pad5(i % 99999), "zaak"}); break;
      case kDebate: *text += "De voorzitter:\nAan de orde is het debat over het programma.\n\n"; break;
    }
    for (int c = 0; c < cites; ++c) {
      *text += kFiller[rng_.Below(8)];
      *text += " ";
      std::string citation = Citation(i, truth);
      if (citation.empty()) continue;
      int style = static_cast<int>(rng_.Below(4));
      if (style == 0) {  // PDF-style footnote marker and page-bottom body
        notes.push_back(citation);
        *text += "Zie de eerdere stukken hierover." + std::to_string(notes.size()) + "\n";
      } else if (style == 1 && d.kind == kCommissionAnswers) {  // Word export
        notes.push_back("");
        int k = static_cast<int>(notes.size());
        *text += "Zie ook de brief.[footnoteRef:" + std::to_string(k) + "] [" + std::to_string(k) + ":  " + citation + ".]\n";
      } else {
        *text += "Zie " + citation + ".\n";
      }
      if (d.kind == kCommissionAnswers) *text += std::to_string(c + 1) + ") Kan de regering dit toelichten?\nAntwoord\nDat kan.\n";
    }
    if (d.kind == kDebate) RenderMotions(i, text, truth, motions);
    bool any = false;
    for (std::size_t k = 0; k < notes.size(); ++k) {
      if (notes[k].empty()) continue;
      if (!any) *text += "\n";
      any = true;
      *text += std::to_string(k + 1) + " " + notes[k] + ".\n";
    }
    *text += "\n" + std::to_string(1 + i % 7) + "\n";  // page number
  }

  const std::vector<Doc>& docs() const { return docs_; }

 private:
  static std::string Pad5(int n) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%05d", n);
    return buf;
  }

  // A citation of an earlier document (heavy-tailed: low indices are cited far more) or an outside source.
  std::string Citation(int i, std::set<std::pair<std::string, std::string>>* truth) {
    double u = rng_.Unit();
    if (i > 0 && u < 0.75) {
      int j = static_cast<int>(i * u * u * u / (0.75 * 0.75 * 0.75));
      if (j >= i) j = i - 1;
      const Doc& t = docs_[j];
      if (!motion_ids_.empty() && rng_.Chance(0.15)) {  // act on an earlier motion: its follow-up
        std::size_t k = rng_.Below(motion_ids_.size());
        followed_[k] = true;
        truth->insert({motion_ids_[k].first, "kamerstuk"});
        return "de aangenomen motie (Kamerstuk " + motion_ids_[k].second + ")";
      }
      if (t.kind == kDebate) {
        truth->insert({t.id, "handelingen"});
        return "Handelingen II " + SessionShort(t.year) + ", nr. " + std::to_string(t.seq) + ", item 1";
      }
      if (t.kind == kWrittenAnswers) {
        truth->insert({t.id, "aanhangsel"});
        return "Kamerstukken II " + SessionShort(t.year) + ", Aanhangsel van de Handelingen, nr. " + std::to_string(t.seq);
      }
      truth->insert({t.id, "kamerstuk"});
      std::string dn = std::to_string(t.dossier), nr = std::to_string(t.number);
      switch (rng_.Below(7)) {
        case 0: return "Kamerstuk " + dn + ", nr. " + nr;
        case 1: return "Kamerstukken II 2024/25, " + Spaced(t.dossier) + ", nr. " + nr;
        case 2: return "Kamerstuk " + dn + "-" + nr;
        case 3: return "Kamerstuk \n" + dn + ", nr. " + nr;  // broken after the word
        case 4: { std::string s = Spaced(t.dossier); return "Kamerstukken II 2025/26, " + s.substr(0, 2) + " \n" + s.substr(3) + ", nr. " + nr; }
        case 5: return "Kamerstukken II 2022\xE2\x80\x93" "2023, " + Spaced(t.dossier) + ", nr. " + nr;  // en dash
        default: return "Kamerstuk " + dn + ",\xC2\xA0nr. " + nr;  // no-break space
      }
    }
    switch (rng_.Below(5)) {
      case 0: { std::string z = "2025Z" + Pad5(static_cast<int>(rng_.Below(99999))); truth->insert({z, "zaak"}); return "de Kamervragen " + z; }
      case 1: { std::string y = std::to_string(2000 + rng_.Below(25)), n = std::to_string(1 + rng_.Below(600)); truth->insert({"stb-" + y + "-" + n, "stb"}); return "Stb. " + y + ", " + n; }
      case 2: { std::string e = "ECLI:NL:HR:" + std::to_string(2010 + rng_.Below(15)) + ":" + std::to_string(100 + rng_.Below(3000)); truth->insert({e, "ecli"}); return "de uitspraak " + e; }
      case 3: { std::string url = "https://www.rijksoverheid.nl/documenten/rapporten/2025/" + std::to_string(rng_.Below(100000)) + "/rapport"; truth->insert({"url:" + url, "url"}); return url; }
      default: { std::string d = std::to_string(20000 + rng_.Below(9999)), n = std::to_string(1 + rng_.Below(400)); truth->insert({"kst-" + d + "-" + n, "kamerstuk"}); return "Kamerstuk " + d + ", nr. " + n; }
    }
  }

  void RenderMotions(int i, std::string* text, std::set<std::pair<std::string, std::string>>* truth,
                     std::vector<std::pair<std::string, bool>>* motions) {
    const Doc& d = docs_[i];
    int count = 1 + static_cast<int>(rng_.Below(3));
    static const char* kVerdicts[] = {"oordeel Kamer", "ontraden", "overgenomen"};
    for (int m = 0; m < count; ++m) {
      int nr = 5000 + (d.number - 1) * 4 + m;  // motions of a dossier are numbered after its papers
      std::string id = "kst-" + std::to_string(d.dossier) + "-" + std::to_string(nr);
      std::string a = kNames[rng_.Below(10)], b = kNames[rng_.Below(10)];
      *text += "De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de uitvoering vertraging oploopt;\n\n"
               "verzoekt de regering de Kamer voor de zomer te informeren over de voortgang,\n\n"
               "en gaat over tot de orde van de dag.\n\nDe voorzitter:\nDeze motie is voorgesteld door de leden " +
               a + " en " + b + ".\n\nZij krijgt nr. " + std::to_string(nr) + " (" + std::to_string(d.dossier) + ").\n\n";
      truth->insert({id, "motie"});
      *text += "De voorzitter:\nDe motie op stuk nr. " + std::to_string(nr) + " krijgt: " + kVerdicts[rng_.Below(3)] + ".\n\n";
      motions->push_back({id, false});
      motion_ids_.push_back({id, std::to_string(d.dossier) + ", nr. " + std::to_string(nr)});
      followed_.push_back(false);
      motion_docs_.push_back(d.file);
    }
  }

  Rng rng_;
  std::vector<Doc> docs_;

 public:
  // Motions submitted so far: (id, "dossier, nr. n"), whether a later document cited them, their debate.
  std::vector<std::pair<std::string, std::string>> motion_ids_;
  std::vector<bool> followed_;
  std::vector<std::string> motion_docs_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_corpus N OUTDIR [SEED]\n");
    return 2;
  }
  int n = std::atoi(argv[1]);
  std::filesystem::path out = argv[2];
  std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 42;
  std::error_code ec;
  std::filesystem::create_directories(out / "docs", ec);
  if (ec) {
    std::fprintf(stderr, "gen_corpus: %s: %s\n", out.c_str(), ec.message().c_str());
    return 1;
  }
  Generator gen(n, seed);
  std::FILE* manifest = std::fopen((out / "manifest.tsv").c_str(), "w");
  std::FILE* motions_file = std::fopen((out / "motions.tsv").c_str(), "w");
  if (!manifest || !motions_file) return 1;
  std::fprintf(manifest, "doc\ttarget\tkind\n");
  std::fprintf(motions_file, "motion\tdoc\tfollowed_up\n");
  std::string text;
  std::set<std::pair<std::string, std::string>> truth;
  std::vector<std::pair<std::string, bool>> motions;
  std::size_t bytes = 0;
  for (int i = 0; i < n; ++i) {
    truth.clear();
    motions.clear();
    gen.Render(i, &text, &truth, &motions);
    const std::string& file = gen.docs()[i].file;
    std::FILE* f = std::fopen((out / "docs" / file).c_str(), "wb");
    if (!f) return 1;
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
    bytes += text.size();
    for (const auto& [target, kind] : truth) std::fprintf(manifest, "%s\t%s\t%s\n", file.c_str(), target.c_str(), kind.c_str());
  }
  for (std::size_t k = 0; k < gen.motion_ids_.size(); ++k) {
    std::fprintf(motions_file, "%s\t%s\t%s\n", gen.motion_ids_[k].first.c_str(), gen.motion_docs_[k].c_str(),
                 gen.followed_[k] ? "yes" : "no");
  }
  std::fclose(manifest);
  std::fclose(motions_file);
  std::fprintf(stderr, "gen_corpus: %d documents, %.1f MB in %s\n", n, bytes / 1e6, (out / "docs").c_str());
  return 0;
}

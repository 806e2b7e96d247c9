#include "parse/short_form_resolver.h"

#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kamergraaf {
namespace {

constexpr std::size_t kSubmittersReach = 600;  // max bytes between "voorgesteld door" and "Zij krijgt nr."
constexpr std::size_t kMentionReach = 100;     // max bytes between a mention and the number that names it

struct Definition {
  std::size_t start;
  std::string number;
  std::string id;
  std::string first_submitter;
};

// "kst-26643-1315" without its last component: "kst-26643".
std::string DossierPrefix(const std::string& id) { return id.substr(0, id.rfind('-')); }

// True when `gap` (running text between a mention and a citation) ends a sentence.
bool EndsSentence(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size(); ++i) {
    char c = gap[i];
    if (c == ';' || c == '?' || c == '!') return true;
    if (c != '.') continue;
    bool abbreviation = (i >= 3 && gap.substr(i - 3, 4) == "c.s.") ||
                        (i >= 2 && (gap.substr(i - 2, 3) == "CS." || gap.substr(i - 2, 3) == "cs."));
    if (abbreviation) continue;
    std::size_t k = i + 1;
    while (k < gap.size() && std::isspace(static_cast<unsigned char>(gap[k]))) ++k;
    if (k == gap.size() || std::isupper(static_cast<unsigned char>(gap[k]))) return true;
  }
  return false;
}

bool IsNumbered(const ScanHit& h) {
  return h.type == ScanHit::Type::kCitation || h.type == ScanHit::Type::kShortReference ||
         h.type == ScanHit::Type::kMotionDefinition;
}

}  // namespace

void ResolveHits(std::string_view text, const std::vector<ScanHit>& hits, std::vector<Citation>* out) {
  std::vector<Definition> defs;
  const ScanHit* submitters = nullptr;  // the latest "voorgesteld door" not yet given to a definition
  for (const ScanHit& h : hits) {
    if (h.type == ScanHit::Type::kSubmitters) submitters = &h;
    if (h.type != ScanHit::Type::kMotionDefinition || h.citations.empty()) continue;
    Definition d{h.start, h.numbers.empty() ? std::string() : h.numbers[0], h.citations[0].target, {}};
    if (submitters != nullptr && h.start - submitters->end <= kSubmittersReach) d.first_submitter = submitters->name;
    submitters = nullptr;
    defs.push_back(std::move(d));
  }

  // Lookups: the last definition of each number wins (a renumbered motion is rare; the latest is current).
  std::unordered_map<std::string_view, const Definition*> by_number;
  struct Submitted {
    int count = 0;
    const Definition* def = nullptr;
  };
  std::unordered_map<std::string_view, Submitted> by_submitter;
  for (const Definition& d : defs) {
    by_number[d.number] = &d;
    if (d.first_submitter.empty()) continue;
    Submitted& sub = by_submitter[d.first_submitter];
    ++sub.count;
    sub.def = &d;
  }
  std::size_t next_def = 0;  // first definition at or after the current hit
  std::string carried_name;  // the name of a mention that the next numbered citation spells out
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const ScanHit& h = hits[i];
    std::string name = std::move(carried_name);
    carried_name.clear();
    switch (h.type) {
      case ScanHit::Type::kCitation:
      case ScanHit::Type::kMotionDefinition: {
        std::size_t first = out->size();
        out->insert(out->end(), h.citations.begin(), h.citations.end());
        if (!name.empty())
          for (std::size_t k = first; k < out->size(); ++k)
            if ((*out)[k].kind == CitationKind::kMotie) (*out)[k].mention_name = name;
        break;
      }
      case ScanHit::Type::kShortReference: {
        if (defs.empty()) break;
        while (next_def < defs.size() && defs[next_def].start < h.start) ++next_def;
        const Definition& last_before = defs[next_def == 0 ? 0 : next_def - 1];
        for (const std::string& n : h.numbers) {
          auto it = by_number.find(n);
          std::string id = it != by_number.end() ? it->second->id : DossierPrefix(last_before.id) + "-" + n;
          Citation c;
          c.kind = CitationKind::kMotie;
          // "het amendement op stuk nr. 17": an amendment of the same dossier, not a motion.
          {
            std::size_t from = h.start > 80 ? h.start - 80 : 0;
            std::string_view before = text.substr(from, h.start - from);
            std::size_t a = before.rfind("mendement");
            if (a != std::string_view::npos && before.find_first_of(".;:?!)", a) == std::string_view::npos &&
                (before.rfind("otie") == std::string_view::npos || before.rfind("otie") < a))
              c.kind = CitationKind::kAmendement;
          }
          c.target = std::move(id);
          c.start = h.start;
          c.end = h.end;
          c.mention_name = name;
          out->push_back(std::move(c));
        }
        break;
      }
      case ScanHit::Type::kMention: {
        if (i + 1 < hits.size() && IsNumbered(hits[i + 1]) && hits[i + 1].start >= h.end &&
            hits[i + 1].start - h.end <= kMentionReach &&
            !EndsSentence(text.substr(h.end, hits[i + 1].start - h.end))) {
          carried_name = h.name;
          break;
        }
        Citation c;
        c.kind = CitationKind::kMention;
        c.resolved = false;
        c.start = h.start;
        c.end = h.end;
        c.mention_name = h.name;
        auto it = by_submitter.find(h.name);
        const Definition* only = it != by_submitter.end() && it->second.count == 1 ? it->second.def : nullptr;
        if (only != nullptr && only->start < h.start) {
          c.kind = CitationKind::kMotie;
          c.target = only->id;
          c.resolved = true;
        }
        out->push_back(std::move(c));
        break;
      }
      case ScanHit::Type::kSubmitters:
        break;
    }
  }
}

}  // namespace kamergraaf

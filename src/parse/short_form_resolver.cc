#include "parse/short_form_resolver.h"

#include <cctype>
#include <string>

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
  std::size_t used_submitters = 0;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const ScanHit& h = hits[i];
    if (h.type != ScanHit::Type::kMotionDefinition || h.citations.empty()) continue;
    Definition d{h.start, h.numbers.empty() ? std::string() : h.numbers[0], h.citations[0].target, {}};
    for (std::size_t k = i; k-- > used_submitters;) {
      const ScanHit& s = hits[k];
      if (s.type != ScanHit::Type::kSubmitters) continue;
      if (h.start - s.end <= kSubmittersReach) {
        d.first_submitter = s.name;
        used_submitters = k + 1;
      }
      break;
    }
    defs.push_back(std::move(d));
  }

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
        const Definition* last_before = &defs.front();
        for (const Definition& d : defs)
          if (d.start < h.start) last_before = &d;
        for (const std::string& n : h.numbers) {
          std::string id;
          for (const Definition& d : defs)
            if (d.number == n) id = d.id;
          if (id.empty()) id = DossierPrefix(last_before->id) + "-" + n;
          Citation c;
          c.kind = CitationKind::kMotie;
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
        const Definition* only = nullptr;
        int count = 0;
        for (const Definition& d : defs)
          if (d.first_submitter == h.name) {
            ++count;
            only = &d;
          }
        if (count == 1 && only->start < h.start) {
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

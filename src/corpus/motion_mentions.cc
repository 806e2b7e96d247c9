#include "corpus/motion_mentions.h"

#include <map>
#include <set>

namespace kamergraaf {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerFolded(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(Lower(c));
  }
  return out;
}

bool NamesAMotion(const Citation& c) {
  return c.text.empty() || LowerFolded(c.text).find("motie") != std::string::npos;
}

}  // namespace

std::string NormalizeSubmitterName(std::string_view name) {
  std::string n = LowerFolded(name);
  for (std::string_view prefix : {"het lid ", "de leden ", "lid "}) {
    if (n.rfind(prefix, 0) == 0) n.erase(0, prefix.size());
  }
  for (std::string_view suffix : {" c.s.", " cs", " c.s"}) {
    if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0) {
      n.erase(n.size() - suffix.size());
    }
  }
  while (!n.empty() && (n.back() == ' ' || n.back() == ',' || n.back() == '.')) n.pop_back();
  return n;
}

int ResolveMotionMentions(Corpus* corpus) {
  // First submitter -> the distinct motion ids with text in the corpus.
  std::map<std::string, std::set<std::string>> by_first_submitter;
  for (const Document& doc : corpus->documents) {
    for (const Motion& m : doc.motions) {
      if (m.id.empty() || m.submitters.empty()) continue;
      by_first_submitter[NormalizeSubmitterName(m.submitters.front())].insert(m.id);
    }
  }
  int resolved = 0;
  for (Document& doc : corpus->documents) {
    for (Citation& c : doc.citations) {
      if (c.kind != CitationKind::kMention || c.mention_name.empty() || !NamesAMotion(c)) continue;
      auto it = by_first_submitter.find(NormalizeSubmitterName(c.mention_name));
      if (it == by_first_submitter.end() || it->second.size() != 1) continue;
      c.kind = CitationKind::kMotie;
      c.target = *it->second.begin();
      c.resolved = true;
      ++resolved;
    }
  }
  return resolved;
}

}  // namespace kamergraaf

#include "analysis/referral_groups.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "parse/qa_parser.h"

namespace kamergraaf {
namespace {

constexpr const char* kUnknown = "(unknown)";

// "Flach (SGP)" → "SGP", "Gabriëls en Bromet (beiden GroenLinks-PvdA)" → "GroenLinks-PvdA", "Flach" → "Flach".
std::string AskerName(std::string_view asker) {
  const std::size_t open = asker.find('(');
  if (open == std::string_view::npos || asker.find(')', open) == std::string_view::npos) return std::string(asker);
  return FractieOfAsker(asker);  // may be empty: "Flach ()" groups as unknown
}

// The office of an owner ("De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H. van Dalen" → the
// office), and the key that groups it: case folded, so that "de minister van X" and "De Minister van X" are
// one owner.
std::string OwnerName(std::string_view name) {
  std::size_t comma = name.find(", ");
  return std::string(comma == std::string_view::npos ? name : name.substr(0, comma));
}
std::string GroupKey(const std::string& name) {
  std::string key = name;
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

}  // namespace

std::vector<ReferralGroup> GroupReferrals(const Corpus& corpus, const std::vector<Referral>& referrals,
                                          const std::vector<QuestionSet>& questions, ReferralGrouping by) {
  std::unordered_map<std::string, const Document*> by_path;
  for (const Document& d : corpus.documents) by_path.emplace(d.path, &d);
  std::map<std::string, ReferralGroup> groups;
  std::unordered_set<std::string> counted_as_set;
  for (const QuestionSet& q : questions) {
    if (q.status != QuestionStatus::kOpen && q.status != QuestionStatus::kOverdue &&
        q.status != QuestionStatus::kPostponed) {
      continue;
    }
    for (const std::string& path : q.questions) counted_as_set.insert(path);
    std::string name = by == ReferralGrouping::kOwner ? OwnerName(q.addressee) : !q.fractie.empty() ? q.fractie : q.asker;
    if (name.empty()) name = kUnknown;
    ReferralGroup& g = groups[GroupKey(name)];
    if (g.name.empty()) g.name = name;
    ++g.open;
    ++g.written_questions;
  }
  for (const Referral& r : referrals) {
    if (r.category == ReferralCategory::kMissingDocument) continue;
    if (r.category == ReferralCategory::kUnansweredQuestion && counted_as_set.count(r.doc)) continue;
    auto it = by_path.find(r.doc);
    const Document* doc = it == by_path.end() ? nullptr : it->second;
    std::string name;
    if (by == ReferralGrouping::kOwner) {
      if (doc != nullptr) name = OwnerName(!doc->addressee.empty() ? doc->addressee : doc->signer);
    } else {
      name = !r.fractie.empty() ? r.fractie.str() : !r.submitters.empty() ? r.submitters.front() : "";
      if (name.empty() && doc != nullptr) name = AskerName(doc->asker);
    }
    if (name.empty()) name = kUnknown;
    ReferralGroup& g = groups[GroupKey(name)];
    if (g.name.empty()) g.name = name;
    ++g.open;
    ++g.by_category[static_cast<int>(r.category)];
  }
  std::vector<ReferralGroup> out;
  for (auto& [name, g] : groups) out.push_back(std::move(g));
  std::sort(out.begin(), out.end(), [](const ReferralGroup& a, const ReferralGroup& b) {
    bool au = a.name == kUnknown, bu = b.name == kUnknown;
    if (au != bu) return bu;
    if (a.open != b.open) return a.open > b.open;
    return a.name < b.name;
  });
  return out;
}

}  // namespace kamergraaf

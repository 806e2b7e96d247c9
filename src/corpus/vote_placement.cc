#include "corpus/vote_placement.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

#include "corpus/opendata_join.h"

namespace kamergraaf {
namespace {

bool IsVote(const OdBesluit& b) { return b.soort.rfind("Stemmen - ", 0) == 0; }

// The number a gewijzigde motie replaces, from "(t.v.v. 36410-VIII-71)"; -1 when none.
long ReplacedNumber(std::string_view onderwerp) {
  std::size_t at = onderwerp.find("t.v.v. ");
  if (at == std::string_view::npos) return -1;
  std::string_view rest = onderwerp.substr(at + 7);
  std::size_t end = rest.find_first_of(") ");
  rest = rest.substr(0, end);
  std::size_t dash = rest.find_last_of('-');
  if (dash == std::string_view::npos) return -1;
  long n = 0;
  std::string_view num = rest.substr(dash + 1);
  if (num.empty()) return -1;
  for (char c : num) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// A dossier as a sort key: its number numerically, then the rest ("36410-I" < "36410-III" < "36410-VIII").
std::pair<long, std::string> DossierKey(const std::string& dossier) {
  long n = 0;
  std::size_t i = 0;
  while (i < dossier.size() && dossier[i] >= '0' && dossier[i] <= '9') n = n * 10 + (dossier[i++] - '0');
  return {n, dossier.substr(i)};
}

}  // namespace

std::pair<std::string, long> SplitKstId(std::string_view kst) {
  if (kst.substr(0, 4) != "kst-") return {"", -1};
  std::size_t dash = kst.find_last_of('-');
  if (dash <= 4) return {"", -1};
  std::string_view num = kst.substr(dash + 1);
  long n = 0;
  for (char c : num) {
    if (c < '0' || c > '9') return {std::string(kst.substr(4, dash - 4)), -1};
    n = n * 10 + (c - '0');
  }
  return {std::string(kst.substr(4, dash - 4)), n};
}

std::string KstOfZaak(const OpenData& data, const OdZaak& z) {
  for (const std::string& did : z.documents) {
    auto it = data.documents.find(did);
    if (it == data.documents.end()) continue;
    std::string kst = KstIdOf(it->second);
    if (!kst.empty()) return kst;
  }
  return {};
}

std::unordered_map<std::string, const OdBesluit*> PlaceVotes(const OpenData& data, Diagnostics* diagnostics) {
  std::unordered_map<std::string, const OdBesluit*> vote_of;
  for (const auto& [id, z] : data.zaken) {
    const OdBesluit* best = nullptr;
    for (const std::string& bid : z.besluiten) {
      auto it = data.besluiten.find(bid);
      if (it == data.besluiten.end() || !IsVote(it->second)) continue;
      if (best == nullptr || it->second.gewijzigd_op > best->gewijzigd_op) best = &it->second;
    }
    if (best != nullptr) vote_of[id] = best;
  }
  for (const auto& [id, b] : data.besluiten) {
    if (!IsVote(b)) continue;
    for (const std::string& zid : b.zaken) {
      const OdBesluit*& slot = vote_of[zid];
      if (slot == nullptr || b.gewijzigd_op > slot->gewijzigd_op) slot = &b;
    }
  }
  // Besluiten placed on an Agendapunt only by their position (see the header).
  std::map<std::string, std::vector<const OdBesluit*>> by_agendapunt;
  for (const auto& [id, b] : data.besluiten) {
    if (IsVote(b) && b.zaken.empty() && b.volgorde > 0 && !b.agendapunt.empty()) {
      by_agendapunt[b.agendapunt].push_back(&b);
    }
  }
  for (const auto& [aid, besluiten] : by_agendapunt) {
    auto ait = data.agendapunten.find(aid);
    if (ait == data.agendapunten.end()) continue;
    const OdAgendapunt& ap = ait->second;
    struct Entry {
      std::pair<long, std::string> dossier;
      long number;
      int replacement;
      const OdZaak* zaak;
    };
    std::vector<Entry> order;
    bool usable = !ap.zaken.empty();
    for (const std::string& zid : ap.zaken) {
      auto zit = data.zaken.find(zid);
      if (zit == data.zaken.end() || zit->second.soort != "Motie") {
        usable = false;
        break;
      }
      auto [dossier, number] = SplitKstId(KstOfZaak(data, zit->second));
      if (dossier.empty() || number < 0) {
        usable = false;
        break;
      }
      long replaced = ReplacedNumber(zit->second.onderwerp);
      order.push_back({DossierKey(dossier), replaced >= 0 ? replaced : number, replaced >= 0 ? 1 : 0, &zit->second});
    }
    if (!usable) {
      if (!ap.zaken.empty()) {
        diagnostics->push_back({"open data", 0, Diagnostic::Severity::kNote,
                                 "Agendapunt " + ap.nummer + ": its votes cannot be placed on its zaken (not all "
                                 "are motions with a known kst id); their outcomes are left unknown"});
      }
      continue;
    }
    std::stable_sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) {
      return std::tie(a.dossier, a.number, a.replacement) < std::tie(b.dossier, b.number, b.replacement);
    });
    for (const OdBesluit* b : besluiten) {
      if (b->volgorde > static_cast<int>(order.size())) {
        diagnostics->push_back({"open data", 0, Diagnostic::Severity::kWarning,
                                 "Besluit " + b->id + " has position " + std::to_string(b->volgorde) +
                                     " on Agendapunt " + ap.nummer + ", which lists " +
                                     std::to_string(order.size()) + " motions"});
        continue;
      }
      const OdBesluit*& slot = vote_of[order[b->volgorde - 1].zaak->id];
      if (slot == nullptr || b->gewijzigd_op > slot->gewijzigd_op) slot = b;
    }
  }
  return vote_of;
}

}  // namespace kamergraaf

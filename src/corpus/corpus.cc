#include "kamergraaf/corpus.h"

namespace kamergraaf {

void Corpus::Reindex() {
  by_id_.clear();
  motion_by_id_.clear();
  for (int i = 0; i < static_cast<int>(documents.size()); ++i) {
    by_id_.emplace(documents[i].id, i);
    by_id_.emplace(documents[i].path, i);
  }
  for (int i = 0; i < static_cast<int>(motions.size()); ++i) motion_by_id_.emplace(motions[i].id, i);
}

int Corpus::FindDocument(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : it->second;
}

const MotionRecord* Corpus::FindMotion(std::string_view id) const {
  auto it = motion_by_id_.find(std::string(id));
  return it == motion_by_id_.end() ? nullptr : &motions[it->second];
}

}  // namespace kamergraaf

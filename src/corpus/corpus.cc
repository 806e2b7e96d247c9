#include "kamergraaf/corpus.h"

#include <mutex>
#include <unordered_map>

namespace kamergraaf {

struct Corpus::Tables {
  std::once_flag built;
  std::unordered_map<std::string, int> by_id;
  std::unordered_map<std::string, int> motion_by_id;
};

Corpus::Corpus() : tables_(std::make_unique<Tables>()) {}
Corpus::Corpus(const Corpus& other)
    : documents(other.documents),
      diagnostics(other.diagnostics),
      files_failed(other.files_failed),
      bytes(other.bytes),
      motions(other.motions),
      tables_(std::make_unique<Tables>()) {}
Corpus& Corpus::operator=(const Corpus& other) {
  if (this != &other) *this = Corpus(other);
  return *this;
}
Corpus::Corpus(Corpus&& other) noexcept = default;
Corpus& Corpus::operator=(Corpus&& other) noexcept = default;
Corpus::~Corpus() = default;

void Corpus::Reindex() { tables_ = std::make_unique<Tables>(); }

const Corpus::Tables* Corpus::BuiltTables() const {
  if (tables_ == nullptr) return nullptr;
  std::call_once(tables_->built, [this] {
    Tables& t = *tables_;
    t.by_id.reserve(2 * documents.size());
    for (int i = 0; i < static_cast<int>(documents.size()); ++i) {
      t.by_id.emplace(documents[i].id, i);
      t.by_id.emplace(documents[i].path, i);
    }
    t.motion_by_id.reserve(motions.size());
    for (int i = 0; i < static_cast<int>(motions.size()); ++i) t.motion_by_id.emplace(motions[i].id, i);
  });
  return tables_.get();
}

int Corpus::FindDocument(std::string_view id) const {
  const Tables* t = BuiltTables();
  if (t == nullptr) return -1;
  auto it = t->by_id.find(std::string(id));
  return it == t->by_id.end() ? -1 : it->second;
}

const MotionRecord* Corpus::FindMotion(std::string_view id) const {
  const Tables* t = BuiltTables();
  if (t == nullptr) return nullptr;
  auto it = t->motion_by_id.find(std::string(id));
  return it == t->motion_by_id.end() ? nullptr : &motions[it->second];
}

}  // namespace kamergraaf

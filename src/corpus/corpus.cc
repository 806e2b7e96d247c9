#include "kamergraaf/corpus.h"

#include <cstdint>
#include <mutex>
#include <string_view>

#include "text/name_index.h"

namespace kamergraaf {

// Tokens: document d's id is 2d + 2, its path 2d + 3; motion m is m + 1.
struct Corpus::Tables {
  std::once_flag built;
  NameIndex by_id;  // document ids and paths
  NameIndex motion_by_id;
};

namespace {

auto DocumentName(const std::vector<Document>& documents) {
  return [&documents](std::uint64_t token) -> std::string_view {
    const Document& doc = documents[(token - 2) / 2];
    return token % 2 == 0 ? std::string_view(doc.id) : std::string_view(doc.path);
  };
}

auto MotionName(const std::vector<MotionRecord>& motions) {
  return [&motions](std::uint64_t token) -> std::string_view { return motions[token - 1].id; };
}

}  // namespace

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
    const auto doc_name = DocumentName(documents);
    t.by_id.Reserve(2 * documents.size(), doc_name);
    for (std::uint64_t d = 0; d < documents.size(); ++d) {  // the first document with a name keeps it
      t.by_id.Insert(2 * d + 2, doc_name);
      t.by_id.Insert(2 * d + 3, doc_name);
    }
    const auto motion_name = MotionName(motions);
    t.motion_by_id.Reserve(motions.size(), motion_name);
    for (std::uint64_t m = 0; m < motions.size(); ++m) t.motion_by_id.Insert(m + 1, motion_name);
  });
  return tables_.get();
}

int Corpus::FindDocument(std::string_view id) const {
  const Tables* t = BuiltTables();
  if (t == nullptr) return -1;
  const std::uint64_t token = t->by_id.Find(id, DocumentName(documents));
  return token == 0 ? -1 : static_cast<int>((token - 2) / 2);
}

const MotionRecord* Corpus::FindMotion(std::string_view id) const {
  const Tables* t = BuiltTables();
  if (t == nullptr) return nullptr;
  const std::uint64_t token = t->motion_by_id.Find(id, MotionName(motions));
  return token == 0 ? nullptr : &motions[token - 1];
}

}  // namespace kamergraaf

#include "graph/id_index.h"

#include <functional>

namespace kamergraaf {
namespace {

std::size_t HashOf(std::string_view name) { return std::hash<std::string_view>{}(name); }

}  // namespace

std::string_view IdIndex::NameOf(const std::vector<Node>& nodes, std::uint64_t slot) {
  const Node& node = nodes[static_cast<std::size_t>((slot >> 32) - 1)];
  const auto which = static_cast<std::uint32_t>(slot);
  return which == 0 ? std::string_view(node.id) : std::string_view(node.aliases[which - 1]);
}

int IdIndex::Find(const std::vector<Node>& nodes, std::string_view name) const {
  if (slots_.empty()) return -1;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = HashOf(name) & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) return -1;
    if (NameOf(nodes, slot) == name) return static_cast<int>((slot >> 32) - 1);
  }
}

int IdIndex::Insert(const std::vector<Node>& nodes, int v, std::uint32_t which) {
  if ((used_ + 1) * 10 > slots_.size() * 7) Rehash(nodes, slots_.empty() ? 64 : slots_.size() * 2);
  const std::uint64_t fresh = (static_cast<std::uint64_t>(v) + 1) << 32 | which;
  const std::string_view name = NameOf(nodes, fresh);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = HashOf(name) & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) {
      slots_[i] = fresh;
      ++used_;
      return -1;
    }
    if (NameOf(nodes, slot) == name) return static_cast<int>((slot >> 32) - 1);
  }
}

void IdIndex::Reserve(const std::vector<Node>& nodes, std::size_t names) {
  std::size_t capacity = 64;
  while (names * 10 > capacity * 7) capacity *= 2;
  if (capacity > slots_.size()) Rehash(nodes, capacity);
}

void IdIndex::Rehash(const std::vector<Node>& nodes, std::size_t capacity) {
  std::vector<std::uint64_t> old;
  old.swap(slots_);
  slots_.assign(capacity, 0);
  const std::size_t mask = capacity - 1;
  for (std::uint64_t slot : old) {
    if (slot == 0) continue;
    std::size_t i = HashOf(NameOf(nodes, slot)) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace kamergraaf

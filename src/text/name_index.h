// NameIndex: finds a token by a name that lives elsewhere, without a copy of the names.
//
// An open-addressing hash table of 8-byte tokens (0 = empty); each call passes `name_of`, which gives the
// name of a token (a document's id or path, a motion's id), so the table holds no strings: for the two
// million names of a million documents about 32 MB, where an unordered_map<std::string, int> took over
// 200 MB. Tokens must be non-zero. Not thread-safe for writing; Find() is safe from several threads.
#ifndef KAMERGRAAF_TEXT_NAME_INDEX_H_
#define KAMERGRAAF_TEXT_NAME_INDEX_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace kamergraaf {

class NameIndex {
 public:
  // The token named `name`, or 0.
  template <typename NameOf>
  std::uint64_t Find(std::string_view name, const NameOf& name_of) const {
    if (slots_.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = Hash(name) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) return 0;
      if (name_of(slots_[i]) == name) return slots_[i];
    }
  }

  // Adds `token` unless a token with its name is there already; returns that token, or 0 when added.
  template <typename NameOf>
  std::uint64_t Insert(std::uint64_t token, const NameOf& name_of) {
    if ((used_ + 1) * 10 > slots_.size() * 7) Rehash(slots_.empty() ? 64 : slots_.size() * 2, name_of);
    const std::string_view name = name_of(token);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = Hash(name) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) {
        slots_[i] = token;
        ++used_;
        return 0;
      }
      if (name_of(slots_[i]) == name) return slots_[i];
    }
  }

  // Makes room for `names` names without growing.
  template <typename NameOf>
  void Reserve(std::size_t names, const NameOf& name_of) {
    std::size_t capacity = 64;
    while (names * 10 > capacity * 7) capacity *= 2;
    if (capacity > slots_.size()) Rehash(capacity, name_of);
  }

 private:
  static std::size_t Hash(std::string_view name) { return std::hash<std::string_view>{}(name); }

  template <typename NameOf>
  void Rehash(std::size_t capacity, const NameOf& name_of) {
    std::vector<std::uint64_t> old(capacity, 0);
    old.swap(slots_);
    const std::size_t mask = capacity - 1;
    for (std::uint64_t token : old) {
      if (token == 0) continue;
      std::size_t i = Hash(name_of(token)) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = token;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t used_ = 0;
};

}  // namespace kamergraaf

#endif  // KAMERGRAAF_TEXT_NAME_INDEX_H_

#include "kamergraaf/compact_string.h"

#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>

namespace kamergraaf {

char* CompactString::Heap() const noexcept {
  char* p;
  std::memcpy(&p, raw_, sizeof p);
  return p;
}

void CompactString::Clear() noexcept { std::memset(raw_, 0, sizeof raw_); }

void CompactString::Release() noexcept {
  if (!IsInline()) std::free(Heap());
}

void CompactString::Assign(std::string_view s) {
  if (s.size() <= kInline) {
    Clear();
    raw_[0] = static_cast<char>((s.size() << 1) | 1u);
    if (!s.empty()) std::memcpy(raw_ + 1, s.data(), s.size());
    return;
  }
  if (s.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("CompactString: too long");
  // malloc aligns to at least 8, so the low bit of the pointer is free for the inline tag.
  char* block = static_cast<char*>(std::malloc(sizeof(std::uint32_t) + s.size()));
  if (block == nullptr) throw std::bad_alloc();
  const auto n = static_cast<std::uint32_t>(s.size());
  std::memcpy(block, &n, sizeof n);
  std::memcpy(block + sizeof n, s.data(), s.size());
  std::memcpy(raw_, &block, sizeof block);
}

CompactString::CompactString(CompactString&& other) noexcept {
  std::memcpy(raw_, other.raw_, sizeof raw_);
  other.Clear();
}

CompactString& CompactString::operator=(const CompactString& other) {
  if (this != &other) *this = other.view();
  return *this;
}

CompactString& CompactString::operator=(CompactString&& other) noexcept {
  if (this != &other) {
    Release();
    std::memcpy(raw_, other.raw_, sizeof raw_);
    other.Clear();
  }
  return *this;
}

CompactString& CompactString::operator=(std::string_view s) {
  // `s` may point into this string: build the new value before releasing the old one.
  CompactString fresh(s);
  return *this = std::move(fresh);
}

std::size_t CompactString::size() const noexcept {
  if (IsInline()) return static_cast<unsigned char>(raw_[0]) >> 1;
  const char* p = Heap();
  if (p == nullptr) return 0;
  std::uint32_t n;
  std::memcpy(&n, p, sizeof n);
  return n;
}

const char* CompactString::data() const noexcept {
  if (IsInline()) return raw_ + 1;
  const char* p = Heap();
  return p == nullptr ? raw_ + 1 : p + sizeof(std::uint32_t);
}

}  // namespace kamergraaf

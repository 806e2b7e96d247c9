#include "kamergraaf/compact_string.h"

#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>

namespace kamergraaf {
namespace {

constexpr unsigned char kShortTag = 0x80;  // raw_[7] = kShortTag | length, for 0..7 bytes inline

// Whether 8 bytes may be kept inline: only where a heap pointer's top byte is known to be zero.
#if defined(__x86_64__)
constexpr bool kEightInline = true;
#else
constexpr bool kEightInline = false;
#endif

bool FitsEightInline(std::string_view s) {
  if (!kEightInline || s.size() != 8) return false;
  const auto last = static_cast<unsigned char>(s[7]);
  return last != 0 && (last & 0xF8) != kShortTag;  // must not read as a pointer or a short tag
}

}  // namespace

char* CompactString::Heap() const noexcept {
  char* p;
  std::memcpy(&p, raw_, sizeof p);
  return p;
}

void CompactString::Clear() noexcept { std::memset(raw_, 0, sizeof raw_); }

void CompactString::Release() noexcept {
  if (IsHeap()) std::free(Heap());
}

void CompactString::Assign(std::string_view s) {
  Clear();
  if (s.size() < sizeof raw_) {
    if (!s.empty()) std::memcpy(raw_, s.data(), s.size());
    raw_[7] = static_cast<char>(kShortTag | s.size());
    return;
  }
  if (FitsEightInline(s)) {
    std::memcpy(raw_, s.data(), sizeof raw_);
    return;
  }
  if (s.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("CompactString: too long");
  char* block = static_cast<char*>(std::malloc(sizeof(std::uint32_t) + s.size()));
  if (block == nullptr) throw std::bad_alloc();
  const auto n = static_cast<std::uint32_t>(s.size());
  std::memcpy(block, &n, sizeof n);
  std::memcpy(block + sizeof n, s.data(), s.size());
  static_assert(sizeof block == sizeof raw_, "CompactString keeps a pointer in its 8 bytes");
  std::memcpy(raw_, &block, sizeof block);
  if (!IsHeap()) {  // a pointer with a non-zero top byte cannot be told from inline text
    std::free(block);
    throw std::logic_error("CompactString: heap pointer with a tagged top byte");
  }
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
  const auto tag = static_cast<unsigned char>(raw_[7]);
  if ((tag & 0xF8) == kShortTag) return tag & 0x07;
  if (tag != 0) return sizeof raw_;
  const char* p = Heap();
  if (p == nullptr) return 0;
  std::uint32_t n;
  std::memcpy(&n, p, sizeof n);
  return n;
}

const char* CompactString::data() const noexcept {
  if (!IsHeap()) return raw_;
  const char* p = Heap();
  return p == nullptr ? raw_ : p + sizeof(std::uint32_t);
}

}  // namespace kamergraaf

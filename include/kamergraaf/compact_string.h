// CompactString: an immutable-by-assignment string in 8 bytes, for fields that are usually empty or short.
//
// A corpus of a million documents holds about six million citations, and most of their metadata strings
// (footnote number, chamber, vergaderjaar, page, mention name) are empty. A std::string costs 32 bytes
// even then; a CompactString costs 8: up to 7 bytes are kept inline (8 on x86-64, enough for a
// vergaderjaar "20242025"), longer values in one heap block.
// It converts to std::string_view and compares with strings; assign a new value to change it.
#ifndef KAMERGRAAF_COMPACT_STRING_H_
#define KAMERGRAAF_COMPACT_STRING_H_

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace kamergraaf {

class CompactString {
 public:

  CompactString() noexcept { Clear(); }
  CompactString(std::string_view s) { Assign(s); }  // NOLINT(google-explicit-constructor): a string value
  CompactString(const std::string& s) { Assign(s); }  // NOLINT(google-explicit-constructor)
  CompactString(const char* s) { Assign(s == nullptr ? std::string_view() : std::string_view(s)); }  // NOLINT
  CompactString(const CompactString& other) { Assign(other.view()); }
  CompactString(CompactString&& other) noexcept;
  CompactString& operator=(const CompactString& other);
  CompactString& operator=(CompactString&& other) noexcept;
  CompactString& operator=(std::string_view s);
  CompactString& operator=(const std::string& s) { return *this = std::string_view(s); }
  CompactString& operator=(const char* s) { return *this = std::string_view(s == nullptr ? "" : s); }
  ~CompactString() { Release(); }

  bool empty() const noexcept { return size() == 0; }
  std::size_t size() const noexcept;
  const char* data() const noexcept;  // not NUL-terminated; use view()
  std::string_view view() const noexcept { return {data(), size()}; }
  operator std::string_view() const noexcept { return view(); }  // NOLINT(google-explicit-constructor)
  std::string str() const { return std::string(view()); }
  void clear() noexcept {
    Release();
    Clear();
  }

  friend bool operator==(const CompactString& a, const CompactString& b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const CompactString& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(const CompactString& a, const char* b) noexcept { return a.view() == std::string_view(b); }
  friend bool operator==(const CompactString& a, const std::string& b) noexcept { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& os, const CompactString& s) { return os << s.view(); }
  friend std::string operator+(std::string a, const CompactString& b) { return a.append(b.view()); }
  friend std::string operator+(const char* a, const CompactString& b) { return std::string(a).append(b.view()); }
  friend std::string operator+(const CompactString& a, std::string_view b) { return a.str().append(b); }

 private:
  // All zero: empty. raw_[7] in 0x80..0x87: up to 7 bytes inline in raw_[0..7), their count in the low
  // bits of raw_[7]. raw_[7] == 0 (and not all zero): a pointer, written with memcpy, to a block of a 4-byte
  // length followed by the bytes (user-space pointers have a zero top byte on x86-64 and the other 64-bit
  // targets without pointer tagging). Any other raw_[7] (x86-64 only): 8 bytes inline.
  bool IsHeap() const noexcept { return raw_[7] == 0; }
  char* Heap() const noexcept;
  void Clear() noexcept;
  void Assign(std::string_view s);
  void Release() noexcept;

  alignas(8) char raw_[8];
};

static_assert(sizeof(CompactString) == 8);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_COMPACT_STRING_H_

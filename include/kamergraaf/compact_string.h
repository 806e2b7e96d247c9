// CompactString: an immutable-by-assignment string in 8 bytes, for fields that are usually empty or short.
//
// A corpus of a million documents holds about six million citations, and most of their metadata strings
// (footnote number, chamber, vergaderjaar, page, mention name) are empty. A std::string costs 32 bytes
// even then; a CompactString costs 8: up to 7 bytes are kept inline, longer values in one heap block.
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
  static constexpr std::size_t kInline = 7;

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
  const char* data() const noexcept;  // not NUL-terminated when inline and 7 bytes long; use view()
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
  // Inline: raw_[0] = (length << 1) | 1, bytes in raw_[1..7]. Heap: raw_ holds a pointer (low bit 0, null
  // when empty) to a block of a 4-byte length followed by the bytes.
  bool IsInline() const noexcept { return (static_cast<unsigned char>(raw_[0]) & 1u) != 0; }
  char* Heap() const noexcept;
  void Clear() noexcept;
  void Assign(std::string_view s);
  void Release() noexcept;

  alignas(8) char raw_[8];
};

static_assert(sizeof(CompactString) == 8);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_COMPACT_STRING_H_

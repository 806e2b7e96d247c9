#include "text/normalizer.h"

namespace kamergraaf {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

enum class Fold { kCopy, kSpace, kDash, kQuote, kDrop };

// Classifies the (possibly multi-byte) character at p[0..n) and sets *len to its byte length.
Fold Classify(const unsigned char* p, std::size_t n, std::size_t* len) {
  unsigned char c = p[0];
  *len = 1;
  if (c < 0x80) {
    return (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') ? Fold::kSpace : Fold::kCopy;
  }
  if (c == 0xC2 && n >= 2) {
    if (p[1] == 0xA0) return *len = 2, Fold::kSpace;  // no-break space
    if (p[1] == 0xAD) return *len = 2, Fold::kDrop;   // soft hyphen
    return Fold::kCopy;
  }
  if (c == 0xE2 && n >= 3) {
    if (p[1] == 0x80) {
      unsigned char d = p[2];
      *len = 3;
      if (d <= 0x8A || d == 0xAF) return Fold::kSpace;  // U+2000..U+200A, U+202F
      if (d >= 0x8B && d <= 0x8D) return Fold::kDrop;   // zero-width
      if (d >= 0x90 && d <= 0x95) return Fold::kDash;   // U+2010..U+2015
      if (d == 0x98 || d == 0x99) return Fold::kQuote;  // U+2018, U+2019
      if (d == 0xA8 || d == 0xA9) return Fold::kSpace;  // line/paragraph separator
      *len = 1;
      return Fold::kCopy;
    }
    if (p[1] == 0x81 && p[2] == 0x9F) return *len = 3, Fold::kSpace;  // U+205F
    if (p[1] == 0x88 && p[2] == 0x92) return *len = 3, Fold::kDash;   // U+2212 minus
    return Fold::kCopy;
  }
  if (c == 0xE3 && n >= 3 && p[1] == 0x80 && p[2] == 0x80) return *len = 3, Fold::kSpace;  // U+3000
  if (c == 0xEF && n >= 3 && p[1] == 0xBB && p[2] == 0xBF) return *len = 3, Fold::kDrop;   // BOM
  return Fold::kCopy;
}

}  // namespace

std::size_t Utf8FloorBoundary(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return text.size();
  while (offset > 0 && IsContinuation(static_cast<unsigned char>(text[offset]))) --offset;
  return offset;
}

std::size_t Utf8CeilBoundary(std::string_view text, std::size_t offset) {
  while (offset < text.size() && IsContinuation(static_cast<unsigned char>(text[offset]))) ++offset;
  return offset;
}

void NormalizeRange(std::string_view original, std::size_t begin, std::size_t end, NormalizedText* out) {
  if (end > original.size()) end = original.size();
  if (begin > end) begin = end;
  // The output is never longer than the input: size both for the worst case, write through raw pointers,
  // shrink at the end (resize() keeps the capacity, so a reused NormalizedText does not allocate).
  out->base = begin;
  out->text.resize(end - begin);
  out->offsets.resize(end - begin + 1);
  char* t = out->text.data();
  std::uint32_t* o = out->offsets.data();
  std::size_t k = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  bool last_space = false;
  std::size_t i = begin;
  while (i < end) {
    unsigned char c = p[i];
    if (c > ' ' && c < 0x80) [[likely]] {  // plain ASCII that is not white space
      t[k] = static_cast<char>(c);
      o[k++] = static_cast<std::uint32_t>(i++ - begin);
      last_space = false;
      continue;
    }
    std::size_t len;
    Fold fold = Classify(p + i, end - i, &len);
    switch (fold) {
      case Fold::kSpace:
        if (!last_space) {
          t[k] = ' ';
          o[k++] = static_cast<std::uint32_t>(i - begin);
          last_space = true;
        }
        break;
      case Fold::kDash:
        t[k] = '-';
        o[k++] = static_cast<std::uint32_t>(i - begin);
        last_space = false;
        break;
      case Fold::kQuote:
        t[k] = '\'';
        o[k++] = static_cast<std::uint32_t>(i - begin);
        last_space = false;
        break;
      case Fold::kDrop:
        break;
      case Fold::kCopy:
        t[k] = static_cast<char>(c);
        o[k++] = static_cast<std::uint32_t>(i - begin);
        last_space = false;
        break;
    }
    i += len;
  }
  o[k] = static_cast<std::uint32_t>(end - begin);
  out->text.resize(k);
  out->offsets.resize(k + 1);
}

}  // namespace kamergraaf

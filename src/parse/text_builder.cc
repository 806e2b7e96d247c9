#include "parse/text_builder.h"

namespace kamergraaf {
namespace {

// Length of a whitespace character at s[i]: ASCII space, tab, CR, LF, FF, or U+00A0 (no-break space).
std::size_t SpaceAt(std::string_view s, std::size_t i) {
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
  return 0;
}

}  // namespace

void TextBuilder::Append(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = SpaceAt(s, i); n > 0) {
      if (!at_line_start_) pending_space_ = true;
      i += n;
      continue;
    }
    if (pending_space_) text_.push_back(' ');
    pending_space_ = false;
    at_line_start_ = false;
    text_.push_back(s[i++]);
  }
}

void TextBuilder::AppendRaw(std::string_view s) {
  if (s.empty()) return;
  if (pending_space_) text_.push_back(' ');
  pending_space_ = false;
  at_line_start_ = false;
  text_.append(s);
}

void TextBuilder::EndLine() {
  pending_space_ = false;
  if (at_line_start_) return;
  text_.push_back('\n');
  ++line_;
  at_line_start_ = true;
}

void TextBuilder::BlankLine() {
  EndLine();
  if (text_.empty() || (text_.size() >= 2 && text_[text_.size() - 2] == '\n')) return;
  text_.push_back('\n');
  ++line_;
}

std::string TextBuilder::Take() {
  EndLine();
  std::string out;
  out.swap(text_);
  line_ = 1;
  at_line_start_ = true;
  pending_space_ = false;
  return out;
}

}  // namespace kamergraaf

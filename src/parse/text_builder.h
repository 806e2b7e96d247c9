// TextBuilder: renders markup (official XML, HTML) as plain text with one line per paragraph, so that the
// text parsers run on it, while the markup readers note where each element landed.
#ifndef KAMERGRAAF_PARSE_TEXT_BUILDER_H_
#define KAMERGRAAF_PARSE_TEXT_BUILDER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "parse/text_util.h"  // FoldWhitespace

namespace kamergraaf {

class TextBuilder {
 public:
  // Appends text, folding every run of whitespace (including line breaks and no-break spaces written as
  // markup indentation) into one space; no space is written at the start of a line.
  void Append(std::string_view s);
  // Appends `s` exactly as given (no folding); `s` must not contain '\n'.
  void AppendRaw(std::string_view s);
  // Ends the current line if anything was written on it (trailing space dropped).
  void EndLine();
  // Ends the current line and adds an empty line, unless the text already ends with one.
  void BlankLine();

  // Byte offset where the next character will go (after a pending folded space is resolved, the offset
  // of the first character of the next word).
  std::size_t offset() const { return text_.size() + (pending_space_ ? 1 : 0); }
  // Offset of the end of what was written (a pending space is not counted).
  std::size_t end() const { return text_.size(); }
  // 1-based line the next character will be written on.
  int line() const { return line_; }
  bool at_line_start() const { return at_line_start_; }

  const std::string& text() const { return text_; }
  // The finished text (ends with '\n' when not empty); the builder is left empty.
  std::string Take();

 private:
  std::string text_;
  int line_ = 1;
  bool at_line_start_ = true;
  bool pending_space_ = false;
};


}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_TEXT_BUILDER_H_

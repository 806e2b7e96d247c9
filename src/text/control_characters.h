// Text that is safe to print on a terminal: control characters written visibly.
#ifndef KAMERGRAAF_TEXT_CONTROL_CHARACTERS_H_
#define KAMERGRAAF_TEXT_CONTROL_CHARACTERS_H_

#include <string>
#include <string_view>

namespace kamergraaf {

// `text` with every control character written visibly, so that it can neither move a terminal's cursor,
// set its title (OSC), ring its bell, nor start a new line that would read as a diagnostic of its own:
// \n, \r and \t as such, other C0 bytes and DEL as \xHH, the C1 controls (U+0080..U+009F, UTF-8 C2 80..C2 9F)
// as \u00HH. Everything else, other UTF-8 and invalid bytes included, is kept. Diagnostic::ToString()
// escapes path and message this way, so a diagnostic is always one line.
std::string EscapeControlCharacters(std::string_view text);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_TEXT_CONTROL_CHARACTERS_H_

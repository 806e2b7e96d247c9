// The words of the reports (HTML, Markdown, map legend and edge labels), in Dutch (the default: the
// readers are Dutch) or English. One output uses one language throughout. Command-line diagnostics are
// not translated: they stay English, as command-line tools do.
#ifndef KAMERGRAAF_OUTPUT_MESSAGES_H_
#define KAMERGRAAF_OUTPUT_MESSAGES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kamergraaf {

enum class Lang { kNl, kEn };

// "nl" or "en" (case-insensitive); false for anything else.
bool ParseLang(std::string_view name, Lang* lang);
std::string_view LangCode(Lang lang);  // "nl", "en"

// The text of message `key` in `lang`. Every key of the catalogue has both languages (messages_test
// checks it); an unknown key is returned as it is, so a missing entry shows up in the output, not as a
// crash.
std::string_view Tr(Lang lang, std::string_view key);

// Every key of the catalogue, in catalogue order (for tests and for the HTML page's script).
std::vector<std::string_view> MessageKeys();

// "1 document" / "2 documenten": `one_key` for exactly one, `many_key` otherwise, with the count in front
// (formatted with a thousands separator in the language's style: 5.023 / 5,023).
std::string CountOf(Lang lang, std::size_t n, std::string_view one_key, std::string_view many_key);
// 5023 → "5.023" (nl) or "5,023" (en).
std::string Thousands(Lang lang, std::size_t n);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_OUTPUT_MESSAGES_H_

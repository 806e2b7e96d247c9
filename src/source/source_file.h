// Reading one input into UTF-8 text, whatever encoding it came in.
#ifndef KAMERGRAAF_SOURCE_SOURCE_FILE_H_
#define KAMERGRAAF_SOURCE_SOURCE_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "kamergraaf/diagnostic.h"
#include "kamergraaf/status.h"

namespace kamergraaf {

// Reads the whole file (or standard input for "-") into *bytes. Fails with IoError when the file cannot
// be opened or read, InvalidInput when it is larger than max_bytes. Messages start with "path: ".
Status ReadFileBytes(const std::string& path, std::size_t max_bytes, std::string* bytes);

// Makes `bytes` valid UTF-8 in place: a UTF-8 byte-order mark is dropped, UTF-16 with a byte-order mark is
// transcoded, text that is not UTF-8 is read as Windows-1252, and stray invalid bytes are replaced by
// U+FFFD. Each repair is reported once as a diagnostic with the line of its first occurrence.
// `declared_charset` is what the file says about itself (an XML declaration or HTML <meta charset>,
// lowercase, see DeclaredCharset()); a single-byte charset ("iso-8859-1", "windows-1252", "latin1") makes
// every byte >= 0x80 be read as Windows-1252. Last, UTF-8 that was decoded as Latin-1/Windows-1252 and
// encoded again ("Ã©" for "é") is repaired (RepairDoubleEncodedUtf8), with a note.
// Returns InvalidInput (and leaves bytes alone) for binary data: NUL bytes in the first 8 KiB of a file
// that is not UTF-16.
Status DecodeToUtf8(const std::string& path, std::string* bytes, Diagnostics* diagnostics,
                    std::string_view declared_charset = {});

// Repairs double-encoded UTF-8 in valid UTF-8 text, in place: a run of characters U+0080..U+00FF (or the
// Windows-1252 punctuation that stands for bytes 0x80..0x9F) whose bytes form one UTF-8 sequence is
// replaced by that sequence's character, when that character is a plausible one in Dutch text (Latin
// letters, Latin-1 symbols, general punctuation, €). Returns the number of repairs; *first (may be null)
// receives the byte offset of the first one in the text as it was.
std::size_t RepairDoubleEncodedUtf8(std::string* text, std::size_t* first);

// Appends the UTF-8 encoding of code point `cp` (1 to 4 bytes) to *out.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_SOURCE_FILE_H_

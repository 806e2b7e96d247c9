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
// Returns InvalidInput (and leaves bytes alone) for binary data: NUL bytes in the first 8 KiB of a file
// that is not UTF-16.
Status DecodeToUtf8(const std::string& path, std::string* bytes, Diagnostics* diagnostics);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_SOURCE_FILE_H_

#include "source/source_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace kamergraaf {
namespace {

// Windows-1252 code points for 0x80..0x9F; the rest of the high half equals Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};


// Length of the valid UTF-8 sequence at s[i], or 0 when invalid.
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t n;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  char32_t cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

int LineAt(std::string_view s, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) line += s[i] == '\n';
  return line;
}

void DecodeUtf16(std::string* bytes, bool little_endian, std::size_t start = 2) {
  std::string out;
  out.reserve(bytes->size());
  const std::string& in = *bytes;
  for (std::size_t i = start; i + 1 < in.size(); i += 2) {
    auto unit = [&](std::size_t k) -> char16_t {
      unsigned char a = in[k], b = in[k + 1];
      return little_endian ? static_cast<char16_t>(a | (b << 8)) : static_cast<char16_t>((a << 8) | b);
    };
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < in.size()) {
      char32_t lo = unit(i + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    AppendUtf8(cp, &out);
  }
  bytes->swap(out);
}

// Decodes the valid UTF-8 character at s[i] (length n).
char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t n) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (n == 1) return c;
  char32_t cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// The byte a Latin-1 or Windows-1252 decoder turned into `cp`, or -1.
int ByteForLatinChar(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);
  for (int k = 0; k < 32; ++k) {
    if (kCp1252High[k] == cp && cp != 0xFFFD) return 0x80 + k;
  }
  return -1;
}

bool PlausibleRepair(char32_t cp) {
  return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x2010 && cp <= 0x206F) || cp == 0x20AC || cp == 0x2122 ||
         (cp >= 0xFB00 && cp <= 0xFB06);
}

// UTF-16 without a byte-order mark: in the first 8 KiB, (nearly) every other byte is NUL and the bytes
// between are not, as in ASCII-range text. Returns 1 for little-endian, 2 for big-endian, 0 for neither.
int SniffUtf16WithoutBom(std::string_view s) {
  std::size_t n = std::min<std::size_t>(s.size(), 8192) & ~std::size_t{1};
  if (n < 8) return 0;
  std::size_t le = 0, be = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    le += s[i] != '\0' && s[i + 1] == '\0';
    be += s[i] == '\0' && s[i + 1] != '\0';
  }
  const std::size_t pairs = n / 2;
  if (le * 10 >= pairs * 9) return 1;
  if (be * 10 >= pairs * 9) return 2;
  return 0;
}

bool IsSingleByteCharset(std::string_view cs) {
  return cs == "iso-8859-1" || cs == "iso8859-1" || cs == "latin1" || cs == "latin-1" || cs == "windows-1252" ||
         cs == "cp1252" || cs == "iso-8859-15" || cs == "us-ascii" || cs == "ascii";
}

}  // namespace

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t RepairDoubleEncodedUtf8(std::string* text, std::size_t* first) {
  const std::string& s = *text;
  std::string out;
  std::size_t repairs = 0;
  std::size_t copied = 0;  // s[0, copied) is in `out` (only once a repair was made)
  // A double-encoded sequence starts with the character of a lead byte 0xC2..0xF4, which is U+00C2..U+00F4
  // and so encoded as 0xC3 0x82..0xB4: jump from one 0xC3 byte to the next (always a character start).
  for (std::size_t i = 0; i < s.size();) {
    const void* hit = std::memchr(s.data() + i, '\xC3', s.size() - i);
    if (hit == nullptr) break;
    i = static_cast<const char*>(hit) - s.data();
    std::size_t n = Utf8SequenceLength(s, i);
    if (n < 2) {
      ++i;
      continue;
    }
    int lead = ByteForLatinChar(DecodeAt(s, i, n));
    std::size_t want = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                     : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (want == 0) {
      i += n;
      continue;
    }
    std::string bytes(1, static_cast<char>(lead));
    std::size_t j = i + n;
    while (bytes.size() < want && j < s.size()) {
      std::size_t m = Utf8SequenceLength(s, j);
      if (m < 2) break;
      int b = ByteForLatinChar(DecodeAt(s, j, m));
      if (b < 0x80 || b > 0xBF) break;
      bytes.push_back(static_cast<char>(b));
      j += m;
    }
    if (bytes.size() != want || Utf8SequenceLength(bytes, 0) != want || !PlausibleRepair(DecodeAt(bytes, 0, want))) {
      i += n;
      continue;
    }
    if (repairs == 0) {
      out.reserve(s.size());
      if (first != nullptr) *first = i;
    }
    out.append(s, copied, i - copied);
    out += bytes;
    copied = i = j;
    ++repairs;
  }
  if (repairs > 0) {
    out.append(s, copied, std::string::npos);
    text->swap(out);
  }
  return repairs;
}

Status ReadFileBytes(const std::string& path, std::size_t max_bytes, std::string* bytes) {
  bytes->clear();
  const bool is_stdin = path == "-";
  std::FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  // A regular file is read straight into a buffer of its size (one allocation, no copy through a small buffer);
  // the limit is still checked while reading: standard input (or a file growing meanwhile) may never end.
  struct stat st {};
  if (!is_stdin && ::fstat(::fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
      static_cast<std::size_t>(st.st_size) <= max_bytes) {
    bytes->resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = std::fread(bytes->data(), 1, bytes->size(), f);
    bytes->resize(got);
  }
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (bytes->size() + n > max_bytes) {
      if (!is_stdin) std::fclose(f);
      bytes->clear();
      bytes->shrink_to_fit();
      return Status::InvalidInput(path + (is_stdin ? ": standard input" : ": file") + " is larger than the limit of " +
                                  std::to_string(max_bytes) + " bytes (--max-file-size); skipped");
    }
    bytes->append(buf, n);
  }
  bool failed = std::ferror(f) != 0;
  int err = errno;
  if (!is_stdin) std::fclose(f);
  if (failed) return Status::IoError(path + ": cannot read: " + std::strerror(err));
  return Status::Ok();
}

namespace {

// The final step of DecodeToUtf8: repair double encoding (twice at most: text can be encoded three times).
void RepairAndReport(const std::string& path, std::string* text, Diagnostics* diagnostics) {
  std::size_t first = 0;
  std::size_t repairs = RepairDoubleEncodedUtf8(text, &first);
  if (repairs == 0) return;
  int line = LineAt(*text, first);
  std::size_t more_first = 0;
  if (std::size_t more = RepairDoubleEncodedUtf8(text, &more_first); more > 0) repairs += more;
  diagnostics->push_back({path, line, Diagnostic::Severity::kNote,
                          "double-encoded UTF-8 repaired: " + std::to_string(repairs) +
                              " character(s) such as \"\xC3\x83\xC2\xA9\" for \"\xC3\xA9\" (first here)"});
}

Status DecodeToUtf8Raw(const std::string& path, std::string* bytes, Diagnostics* diagnostics,
                       std::string_view declared_charset);

}  // namespace

Status DecodeToUtf8(const std::string& path, std::string* bytes, Diagnostics* diagnostics,
                    std::string_view declared_charset) {
  Status st = DecodeToUtf8Raw(path, bytes, diagnostics, declared_charset);
  if (st.ok()) RepairAndReport(path, bytes, diagnostics);
  return st;
}

namespace {

Status DecodeToUtf8Raw(const std::string& path, std::string* bytes, Diagnostics* diagnostics,
                       std::string_view declared_charset) {
  std::string& s = *bytes;
  if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xFF && static_cast<unsigned char>(s[1]) == 0xFE) {
    DecodeUtf16(bytes, /*little_endian=*/true);
    diagnostics->push_back({path, 0, Diagnostic::Severity::kNote, "UTF-16LE input transcoded to UTF-8"});
    return Status::Ok();
  }
  if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xFE && static_cast<unsigned char>(s[1]) == 0xFF) {
    DecodeUtf16(bytes, /*little_endian=*/false);
    diagnostics->push_back({path, 0, Diagnostic::Severity::kNote, "UTF-16BE input transcoded to UTF-8"});
    return Status::Ok();
  }
  if (int utf16 = SniffUtf16WithoutBom(s); utf16 != 0) {
    DecodeUtf16(bytes, /*little_endian=*/utf16 == 1, /*start=*/0);
    diagnostics->push_back({path, 0, Diagnostic::Severity::kNote,
                            std::string(utf16 == 1 ? "UTF-16LE" : "UTF-16BE") +
                                " input without a byte-order mark transcoded to UTF-8"});
    return Status::Ok();
  }
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
  std::string_view head(s.data(), std::min<std::size_t>(s.size(), 8192));
  if (head.find('\0') != std::string_view::npos) {
    return Status::InvalidInput(path + ":" + std::to_string(LineAt(s, head.find('\0'))) +
                                ": binary file (NUL bytes), skipped");
  }
  // Count invalid sequences; if most non-ASCII bytes are invalid the file is not UTF-8 at all.
  std::size_t invalid = 0, valid_multi = 0, first_invalid = std::string::npos;
  for (std::size_t i = 0; i < s.size();) {
    // ASCII runs, eight bytes at a time.
    std::uint64_t word;
    if (i + 8 <= s.size() && (std::memcpy(&word, s.data() + i, 8), (word & 0x8080808080808080ULL) == 0)) {
      i += 8;
      continue;
    }
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      if (first_invalid == std::string::npos) first_invalid = i;
      ++invalid;
      ++i;
    } else {
      valid_multi += n > 1;
      i += n;
    }
  }
  const bool declared_single_byte = IsSingleByteCharset(declared_charset);
  if (invalid == 0) {
    // Valid UTF-8 with multi-byte characters is UTF-8 whatever it declares: reading it as Latin-1 would
    // turn every "é" into "Ã©" (such sequences are all but impossible in real Latin-1 text).
    if (declared_single_byte && valid_multi > 0) {
      diagnostics->push_back({path, 1, Diagnostic::Severity::kNote,
                              "declares " + std::string(declared_charset) + " but is valid UTF-8: read as UTF-8"});
    }
    return Status::Ok();
  }
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  bool as_cp1252 = declared_single_byte || valid_multi == 0 || invalid > 4 * valid_multi;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = as_cp1252 ? (static_cast<unsigned char>(s[i]) < 0x80 ? 1 : 0) : Utf8SequenceLength(s, i);
    if (n > 0) {
      out.append(s, i, n);
      i += n;
      continue;
    }
    unsigned char c = s[i];
    if (as_cp1252) {
      AppendUtf8(c >= 0xA0 ? char32_t{c} : char32_t{kCp1252High[c - 0x80]}, &out);
    } else {
      AppendUtf8(0xFFFD, &out);
    }
    ++i;
  }
  int line = LineAt(s, first_invalid);
  if (as_cp1252 && declared_single_byte) {
    if (first_invalid == std::string::npos) line = 1;
    diagnostics->push_back({path, line, Diagnostic::Severity::kNote,
                            "read as Windows-1252 as declared (" + std::string(declared_charset) + ")"});
  } else if (as_cp1252) {
    diagnostics->push_back(
        {path, line, Diagnostic::Severity::kNote, "not UTF-8: read as Windows-1252"});
  } else {
    diagnostics->push_back({path, line, Diagnostic::Severity::kWarning,
                            "invalid UTF-8: " + std::to_string(invalid) +
                                " byte(s) replaced by U+FFFD (first here)"});
  }
  s.swap(out);
  return Status::Ok();
}

}  // namespace

}  // namespace kamergraaf

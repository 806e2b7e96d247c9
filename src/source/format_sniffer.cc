#include "source/format_sniffer.h"

#include <algorithm>
#include <cctype>

namespace kamergraaf {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Skips a byte-order mark, whitespace, comments and processing instructions other than <?xml.
std::string_view SkipProlog(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  for (;;) {
    std::size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    s.remove_prefix(i);
    if (s.substr(0, 4) == "<!--") {
      std::size_t end = s.find("-->");
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 3);
      continue;
    }
    return s;
  }
}

}  // namespace

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText: return "text";
    case InputFormat::kPdf: return "pdf";
    case InputFormat::kXml: return "xml";
    case InputFormat::kHtml: return "html";
  }
  return "text";
}

InputFormat SniffFormat(std::string_view path, std::string_view bytes) {
  std::string_view head = bytes.substr(0, 1024);
  if (head.find("%PDF-") != std::string_view::npos) return InputFormat::kPdf;
  std::string_view body = SkipProlog(bytes.substr(0, 4096));
  if (body.empty() || body.front() != '<') return InputFormat::kText;
  std::string lower = Lower(body.substr(0, 2048));
  std::string ext = Lower(path.substr(std::min(path.size(), path.find_last_of('.'))));
  if (lower.find("<officiele-publicatie") != std::string::npos) return InputFormat::kXml;
  if (lower.find("<!doctype html") != std::string::npos || lower.find("<html") != std::string::npos) {
    return InputFormat::kHtml;
  }
  if (lower.substr(0, 5) == "<?xml") return InputFormat::kXml;
  if (ext == ".xml") return InputFormat::kXml;
  if (ext == ".htm" || ext == ".html" || ext == ".xhtml" || EndsWith(ext, "html")) return InputFormat::kHtml;
  return InputFormat::kText;
}

std::string DeclaredCharset(std::string_view bytes) {
  std::string_view body = SkipProlog(bytes.substr(0, 2048));
  if (body.empty() || body.front() != '<') return {};  // not markup: nothing is declared
  std::string head = Lower(bytes.substr(0, 2048));
  auto value_after = [&](std::size_t pos) -> std::string {
    while (pos < head.size() && (head[pos] == ' ' || head[pos] == '=' || head[pos] == '"' || head[pos] == '\'')) {
      ++pos;
    }
    std::size_t end = pos;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                 head[end] == '_' || head[end] == '.' || head[end] == ':')) {
      ++end;
    }
    return head.substr(pos, end - pos);
  };
  if (std::string_view(head).substr(0, 5) == "<?xml" ||
      (head.size() > 8 && head.compare(3, 5, "<?xml") == 0)) {
    std::size_t end = head.find("?>");
    std::size_t enc = head.find("encoding");
    if (enc != std::string::npos && enc < end) return value_after(enc + 8);
  }
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
    std::size_t close = head.find('>', meta);
    std::size_t cs = head.find("charset", meta);
    if (cs != std::string::npos && cs < close) return value_after(cs + 7);
  }
  return {};
}

}  // namespace kamergraaf

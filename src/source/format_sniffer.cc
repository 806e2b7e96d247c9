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

// Skips what real files carry before their markup: byte-order marks (also one that was itself decoded as
// Latin-1 and encoded again, "ï»¿"), whitespace and blank lines, comments.
std::string_view SkipProlog(std::string_view s) {
  return s.substr(std::min(s.size(), MarkupStart(s)));
}

}  // namespace

std::size_t MarkupStart(std::string_view s) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  static constexpr std::string_view kDoubleBom = "\xC3\xAF\xC2\xBB\xC2\xBF";  // "ï»¿"
  std::size_t i = 0;
  for (;;) {
    std::string_view rest = s.substr(i);
    if (rest.substr(0, kBom.size()) == kBom) {
      i += kBom.size();
    } else if (rest.substr(0, kDoubleBom.size()) == kDoubleBom) {
      i += kDoubleBom.size();
    } else if (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front()))) {
      ++i;
    } else if (rest.substr(0, 4) == "<!--") {
      std::size_t end = rest.find("-->");
      if (end == std::string_view::npos) return s.size();
      i += end + 3;
    } else {
      return i;
    }
  }
}

bool IsLegacyWordDocument(std::string_view bytes) {
  return bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

bool IsDocx(std::string_view bytes) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return false;
  // The zip's local headers and central directory name their members in plain bytes.
  return bytes.find("word/document.xml") != std::string_view::npos;
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText: return "text";
    case InputFormat::kPdf: return "pdf";
    case InputFormat::kXml: return "xml";
    case InputFormat::kHtml: return "html";
    case InputFormat::kDocx: return "docx";
    case InputFormat::kLegacyDoc: return "doc";
  }
  return "text";
}

InputFormat SniffFormat(std::string_view path, std::string_view bytes) {
  std::string_view head = bytes.substr(0, 1024);
  if (head.find("%PDF-") != std::string_view::npos) return InputFormat::kPdf;
  if (IsLegacyWordDocument(bytes)) return InputFormat::kLegacyDoc;
  if (IsDocx(bytes)) return InputFormat::kDocx;
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
  if (std::size_t decl = MarkupStart(head); std::string_view(head).substr(decl, 5) == "<?xml") {
    std::size_t end = head.find("?>", decl);
    std::size_t enc = head.find("encoding", decl);
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

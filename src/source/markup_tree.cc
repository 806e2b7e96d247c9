#include "source/markup_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <mutex>

namespace kamergraaf {
namespace {

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

// Errors of one parse, collected through libxml2's per-thread structured error handler.
struct ErrorSink {
  int count = 0;
  int first_line = 0;
  std::string first_message;
};

void CollectError(void* ctx, xmlErrorPtr error) {
  auto* sink = static_cast<ErrorSink*>(ctx);
  if (error == nullptr || error->level < XML_ERR_ERROR) return;
  if (sink->count++ == 0) {
    sink->first_line = error->line;
    sink->first_message = error->message != nullptr ? error->message : "unknown error";
    while (!sink->first_message.empty() &&
           (sink->first_message.back() == '\n' || sink->first_message.back() == ' ')) {
      sink->first_message.pop_back();
    }
  }
}

void IgnoreError(void*, xmlErrorPtr) {}

void IgnoreGenericError(void*, const char*, ...) {}

// Installs a structured error handler for the current thread while alive.
class ScopedErrorHandler {
 public:
  ScopedErrorHandler(void* ctx, xmlStructuredErrorFunc fn) {
    xmlSetStructuredErrorFunc(ctx, fn);
    xmlSetGenericErrorFunc(nullptr, IgnoreGenericError);
  }
  ~ScopedErrorHandler() {
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlSetGenericErrorFunc(nullptr, nullptr);
  }
};

std::string Str(const xmlChar* s) { return s != nullptr ? reinterpret_cast<const char*>(s) : ""; }

constexpr int kMaxDepth = 256;

void Convert(const xmlNode* in, bool lowercase, MarkupNode* out, int depth, bool* truncated) {
  out->type = MarkupNode::Type::kElement;
  out->name = Str(in->name);
  if (lowercase) {
    for (char& c : out->name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  out->line = static_cast<int>(std::max(0L, xmlGetLineNo(in)));
  for (const xmlAttr* a = in->properties; a != nullptr; a = a->next) {
    xmlChar* v = xmlNodeGetContent(reinterpret_cast<const xmlNode*>(a));
    std::string name = Str(a->name);
    if (lowercase) {
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    out->attributes.emplace_back(std::move(name), Str(v));
    xmlFree(v);
  }
  if (depth >= kMaxDepth) {
    // Pathological nesting: keep the stack bounded, and the text (flattened into one text node).
    xmlChar* content = xmlNodeGetContent(in);
    MarkupNode t;
    t.type = MarkupNode::Type::kText;
    t.text = Str(content);
    xmlFree(content);
    out->children.push_back(std::move(t));
    *truncated = true;
    return;
  }
  for (const xmlNode* c = in->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) {
      out->children.emplace_back();
      Convert(c, lowercase, &out->children.back(), depth + 1, truncated);
    } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      MarkupNode t;
      t.type = MarkupNode::Type::kText;
      t.text = Str(c->content);
      t.line = static_cast<int>(std::max(0L, xmlGetLineNo(c)));
      out->children.push_back(std::move(t));
    } else if (c->type == XML_ENTITY_REF_NODE) {
      // An entity XML does not define (&nbsp; in hand-made files): keep a space in its place.
      MarkupNode t;
      t.type = MarkupNode::Type::kText;
      t.text = " ";
      out->children.push_back(std::move(t));
    }
  }
}

void ReportDepth(const std::string& path, Diagnostics* diagnostics) {
  diagnostics->push_back({path, 0, Diagnostic::Severity::kWarning,
                          "markup nested deeper than " + std::to_string(kMaxDepth) +
                              " levels: the deeper part is read as plain text"});
}

int ClampSize(std::string_view text) {
  return text.size() > static_cast<std::size_t>(INT32_MAX) ? INT32_MAX : static_cast<int>(text.size());
}

}  // namespace

std::string_view MarkupNode::Attribute(std::string_view n) const {
  for (const auto& [k, v] : attributes) {
    if (k == n) return v;
  }
  return {};
}

std::string MarkupNode::InnerText() const {
  if (type == Type::kText) return text;
  std::string out;
  for (const MarkupNode& c : children) out += c.InnerText();
  return out;
}

const MarkupNode* MarkupNode::Child(std::string_view n) const {
  for (const MarkupNode& c : children) {
    if (c.IsElement(n)) return &c;
  }
  return nullptr;
}

bool ParseXmlTree(const std::string& path, std::string_view text, MarkupNode* root, Diagnostics* diagnostics) {
  InitLibxml();
  ErrorSink sink;
  xmlDocPtr doc;
  {
    ScopedErrorHandler handler(&sink, CollectError);
    doc = xmlReadMemory(text.data(), ClampSize(text), path.c_str(), "UTF-8",
                        XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_HUGE |
                            XML_PARSE_NOCDATA);
  }
  if (sink.count > 0) {
    std::string msg = "malformed XML: " + sink.first_message;
    if (sink.count > 1) msg += " (and " + std::to_string(sink.count - 1) + " more error(s))";
    msg += doc != nullptr ? "; read what could be recovered" : "; read as plain text";
    diagnostics->push_back({path, sink.first_line, Diagnostic::Severity::kWarning, msg});
  }
  if (doc == nullptr) return false;
  const xmlNode* top = xmlDocGetRootElement(doc);
  bool ok = top != nullptr;
  if (ok) {
    *root = MarkupNode();
    bool truncated = false;
    Convert(top, /*lowercase=*/false, root, 0, &truncated);
    if (truncated) ReportDepth(path, diagnostics);
  } else if (sink.count == 0) {
    diagnostics->push_back({path, 0, Diagnostic::Severity::kWarning, "XML without a root element"});
  }
  xmlFreeDoc(doc);
  return ok;
}

bool ParseHtmlTree(const std::string& path, std::string_view text, MarkupNode* root, Diagnostics* diagnostics) {
  InitLibxml();
  htmlDocPtr doc;
  {
    ScopedErrorHandler handler(nullptr, IgnoreError);
    doc = htmlReadMemory(text.data(), ClampSize(text), path.c_str(), "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  }
  const xmlNode* top = doc != nullptr ? xmlDocGetRootElement(doc) : nullptr;
  bool ok = top != nullptr;
  if (ok) {
    *root = MarkupNode();
    bool truncated = false;
    Convert(top, /*lowercase=*/true, root, 0, &truncated);
    if (truncated) ReportDepth(path, diagnostics);
  } else {
    diagnostics->push_back({path, 0, Diagnostic::Severity::kWarning, "HTML page without content"});
  }
  if (doc != nullptr) xmlFreeDoc(doc);
  return ok;
}

std::string StripTags(std::string_view markup) {
  std::string out;
  out.reserve(markup.size());
  for (std::size_t i = 0; i < markup.size();) {
    char c = markup[i];
    if (c == '<') {
      std::size_t end = markup.find('>', i);
      if (end == std::string_view::npos) break;
      std::string_view tag = markup.substr(i + 1, end - i - 1);
      bool closing = !tag.empty() && tag.front() == '/';
      if (closing && !out.empty() && out.back() != '\n' && (tag == "/al" || tag == "/p" || tag == "/div" ||
                                                            tag == "/li" || tag == "/titel")) {
        out.push_back(' ');
      }
      i = end + 1;
      continue;
    }
    if (c == '&') {
      std::size_t semi = markup.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string_view ent = markup.substr(i + 1, semi - i - 1);
        static constexpr std::pair<std::string_view, char> kNamed[] = {
            {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '}};
        bool done = false;
        for (const auto& [name, ch] : kNamed) {
          if (ent == name) {
            out.push_back(ch);
            done = true;
          }
        }
        if (!done && ent.size() > 1 && ent.front() == '#') {
          char32_t cp = 0;
          bool hex = ent[1] == 'x' || ent[1] == 'X';
          for (char d : ent.substr(hex ? 2 : 1)) {
            int v = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(d)) ? (std::tolower(d) - 'a' + 10) : -1;
            if (v < 0 || cp > 0x10FFFF) {
              cp = 0xFFFD;
              break;
            }
            cp = cp * (hex ? 16 : 10) + v;
          }
          if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
          if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
          } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          }
          done = true;
        }
        if (done) {
          i = semi + 1;
          continue;
        }
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace kamergraaf

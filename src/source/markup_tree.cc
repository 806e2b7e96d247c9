#include "source/markup_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <mutex>
#include <string_view>
#include <vector>

namespace kamergraaf {
namespace {

// How deep libxml2 may nest elements before it stops the parse ("Excessive depth in document"). Its
// default, 256, cut documents off at that depth and dropped all that followed; XML_PARSE_HUGE lifted it
// but also switched off the guard against entity amplification ("billion laughs"). The parser keeps its
// element stack on the heap; deeper than this the file is read as plain text (with a warning).
constexpr unsigned kParserMaxDepth = 1u << 20;

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlParserMaxDepth = kParserMaxDepth;
  });
}

// Errors of one parse, collected through libxml2's per-thread structured error handler.
struct ErrorSink {
  int count = 0;
  int first_line = 0;
  std::string first_message;
  bool too_deep = false;     // the parse stopped at kParserMaxDepth
  bool entity_loop = false;  // libxml2 refused an entity expansion (loop or amplification)
};

void CollectError(void* ctx, xmlErrorPtr error) {
  auto* sink = static_cast<ErrorSink*>(ctx);
  if (error == nullptr || error->level < XML_ERR_ERROR) return;
  if (error->code == XML_ERR_INTERNAL_ERROR && error->message != nullptr &&
      std::string_view(error->message).find("Excessive depth") != std::string_view::npos) {
    sink->too_deep = true;
  }
  if (error->code == XML_ERR_ENTITY_LOOP) sink->entity_loop = true;
  if (sink->count++ == 0) {
    sink->first_line = error->line;
    sink->first_message = error->message != nullptr ? error->message : "unknown error";
    while (!sink->first_message.empty() &&
           (sink->first_message.back() == '\n' || sink->first_message.back() == ' ')) {
      sink->first_message.pop_back();
    }
    // libxml2 quotes pieces of the input in its messages: one line, whatever they hold.
    for (char& c : sink->first_message) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    if (sink->first_message.size() > 200) sink->first_message.resize(200), sink->first_message += "...";
  }
}

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

// Entities declared in a document's DTD are expanded by us, never by libxml2 (xmlNodeGetContent expands
// without limit): at most this many references and this many bytes of expanded text per file. A
// "billion laughs" file stops here, with a warning, and its other text is read.
constexpr std::size_t kMaxEntityReferences = 10000;
constexpr std::size_t kMaxEntityBytes = std::size_t{1} << 20;

// An attribute value is kept up to this many bytes (a 16 MB href cost 19 s and wrote a 112 MB map).
constexpr std::size_t kMaxAttributeBytes = std::size_t{64} << 10;

struct ExpansionBudget {
  std::size_t references_left = kMaxEntityReferences;
  std::size_t bytes_left = kMaxEntityBytes;
  bool exceeded = false;
  int long_attribute_line = 0;  // the first element with an attribute cut to kMaxAttributeBytes
};

// Appends the text of the node list starting at `first` and of every element below it (text, CDATA, and
// entity references expanded within *budget) to *out; only `first` itself when `siblings` is false.
// Iterative: any depth.
void AppendText(const xmlNode* first, ExpansionBudget* budget, std::string* out, bool siblings = true) {
  struct Frame {
    const xmlNode* node;
    bool in_entity;
    bool siblings;
  };
  std::vector<Frame> stack;
  if (first != nullptr) stack.push_back({first, false, siblings});
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const xmlNode* c = f.node;
    if (f.siblings && c->next != nullptr) stack.push_back({c->next, f.in_entity, true});
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content == nullptr) continue;
      std::string_view text(reinterpret_cast<const char*>(c->content));
      if (f.in_entity) {
        if (text.size() > budget->bytes_left) {
          budget->exceeded = true;
          budget->bytes_left = 0;
          continue;
        }
        budget->bytes_left -= text.size();
      }
      out->append(text);
    } else if (c->type == XML_ELEMENT_NODE) {
      if (c->children != nullptr) stack.push_back({c->children, f.in_entity, true});
    } else if (c->type == XML_ENTITY_REF_NODE) {
      const auto* ent = reinterpret_cast<const xmlEntity*>(c->children);
      if (ent == nullptr || ent->type != XML_ENTITY_DECL || ent->children == nullptr) {
        out->push_back(' ');  // an entity XML does not define (&nbsp; in hand-made files)
      } else if (budget->references_left == 0) {
        budget->exceeded = true;
      } else {
        --budget->references_left;
        stack.push_back({ent->children, true, true});
      }
    }
  }
}

void Convert(const xmlNode* in, bool lowercase, MarkupNode* out, int depth, bool* truncated,
             ExpansionBudget* budget) {
  out->type = MarkupNode::Type::kElement;
  out->name = Str(in->name);
  if (lowercase) {
    for (char& c : out->name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  out->line = static_cast<int>(std::max(0L, xmlGetLineNo(in)));
  for (const xmlAttr* a = in->properties; a != nullptr; a = a->next) {
    std::string value;
    AppendText(a->children, budget, &value);
    if (value.size() > kMaxAttributeBytes) {
      std::size_t cut = kMaxAttributeBytes;
      while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // whole characters
      value.resize(cut);
      if (budget->long_attribute_line == 0) budget->long_attribute_line = std::max(1, out->line);
    }
    std::string name = Str(a->name);
    if (lowercase) {
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    out->attributes.emplace_back(std::move(name), std::move(value));
  }
  if (depth >= kMaxDepth) {
    // Pathological nesting: keep the stack bounded, and all the text (flattened into one text node).
    MarkupNode t;
    t.type = MarkupNode::Type::kText;
    AppendText(in->children, budget, &t.text);
    out->children.push_back(std::move(t));
    *truncated = true;
    return;
  }
  for (const xmlNode* c = in->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) {
      out->children.emplace_back();
      Convert(c, lowercase, &out->children.back(), depth + 1, truncated, budget);
    } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      MarkupNode t;
      t.type = MarkupNode::Type::kText;
      t.text = Str(c->content);
      t.line = static_cast<int>(std::max(0L, xmlGetLineNo(c)));
      out->children.push_back(std::move(t));
    } else if (c->type == XML_ENTITY_REF_NODE) {
      MarkupNode t;
      t.type = MarkupNode::Type::kText;
      AppendText(c, budget, &t.text, /*siblings=*/false);
      t.line = static_cast<int>(std::max(0L, xmlGetLineNo(c)));
      out->children.push_back(std::move(t));
    }
  }
}

void ReportBudget(const std::string& path, const ExpansionBudget& budget, Diagnostics* diagnostics) {
  if (budget.long_attribute_line > 0) {
    diagnostics->push_back({path, budget.long_attribute_line, Diagnostic::Severity::kWarning,
                            "attribute value longer than " + std::to_string(kMaxAttributeBytes >> 10) +
                                " KiB: cut to that length (first here)"});
  }
  if (!budget.exceeded) return;
  diagnostics->push_back({path, 0, Diagnostic::Severity::kWarning,
                          "entity expansion over budget (" + std::to_string(kMaxEntityReferences) +
                              " references or " + std::to_string(kMaxEntityBytes >> 20) +
                              " MiB of expanded text): the rest of the entities are left out"});
}

void ReportDepth(const std::string& path, Diagnostics* diagnostics) {
  diagnostics->push_back({path, 0, Diagnostic::Severity::kWarning,
                          "markup nested deeper than " + std::to_string(kMaxDepth) +
                              " levels: the deeper part is read as plain text (all of it kept)"});
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
    // No XML_PARSE_HUGE (it switches off libxml2's entity amplification guard) and no XML_PARSE_NOENT:
    // entities stay references in the tree and are expanded by AppendText, within its budget.
    doc = xmlReadMemory(text.data(), ClampSize(text), path.c_str(), "UTF-8",
                        XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
  }
  if (sink.too_deep) {
    diagnostics->push_back({path, sink.first_line, Diagnostic::Severity::kWarning,
                            "XML nested deeper than " + std::to_string(kParserMaxDepth) +
                                " levels: the whole file is read as plain text"});
    if (doc != nullptr) xmlFreeDoc(doc);
    return false;
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
    ExpansionBudget budget;
    Convert(top, /*lowercase=*/false, root, 0, &truncated, &budget);
    if (truncated) ReportDepth(path, diagnostics);
    ReportBudget(path, budget, diagnostics);
  } else if (sink.count == 0) {
    diagnostics->push_back({path, 0, Diagnostic::Severity::kWarning, "XML without a root element"});
  }
  xmlFreeDoc(doc);
  return ok;
}

bool ParseHtmlTree(const std::string& path, std::string_view text, MarkupNode* root, Diagnostics* diagnostics) {
  InitLibxml();
  htmlDocPtr doc;
  ErrorSink sink;  // HTML errors are routine; only a parse stopped by its depth limit is reported
  {
    ScopedErrorHandler handler(&sink, CollectError);
    doc = htmlReadMemory(text.data(), ClampSize(text), path.c_str(), "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  }
  if (sink.too_deep) {
    diagnostics->push_back({path, sink.first_line, Diagnostic::Severity::kWarning,
                            "HTML nested deeper than " + std::to_string(kParserMaxDepth) +
                                " levels: the whole page is read as plain text"});
    if (doc != nullptr) xmlFreeDoc(doc);
    return false;
  }
  const xmlNode* top = doc != nullptr ? xmlDocGetRootElement(doc) : nullptr;
  bool ok = top != nullptr;
  if (ok) {
    *root = MarkupNode();
    bool truncated = false;
    ExpansionBudget budget;
    Convert(top, /*lowercase=*/true, root, 0, &truncated, &budget);
    if (truncated) ReportDepth(path, diagnostics);
    ReportBudget(path, budget, diagnostics);
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

// MarkupTree: an XML or HTML document as a plain tree, read with libxml2 (the only file that includes it).
//
// Readers of official XML and saved HTML pages walk this tree; they never see libxml2 types.
#ifndef KAMERGRAAF_SOURCE_MARKUP_TREE_H_
#define KAMERGRAAF_SOURCE_MARKUP_TREE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamergraaf/diagnostic.h"

namespace kamergraaf {

struct MarkupNode {
  enum class Type { kElement, kText };
  Type type = Type::kElement;
  // Element name without namespace prefix; lowercase for HTML. Empty for text.
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;  // in document order
  std::string text;  // text and CDATA nodes: the characters, entities expanded, whitespace as written
  int line = 0;      // 1-based line of the node in the source (0 when the parser did not know)
  std::vector<MarkupNode> children;

  bool IsElement(std::string_view n) const { return type == Type::kElement && name == n; }
  // The value of attribute `n`, or "" when absent.
  std::string_view Attribute(std::string_view n) const;
  // All descendant text concatenated, as written (whitespace not folded).
  std::string InnerText() const;
  // The first child element named `n`, or nullptr.
  const MarkupNode* Child(std::string_view n) const;
};

// Parses UTF-8 `text` (already decoded: any encoding declaration in it is ignored) as XML. Malformed
// markup is read with libxml2's recovery: the first error becomes a warning "path:line: malformed XML:
// <parser message>; read what could be recovered" (with the count of further errors), the tree holds what
// was recovered. Returns false (and a warning) only when nothing could be recovered; the caller should
// then read the file as text. Never throws. Thread-safe.
bool ParseXmlTree(const std::string& path, std::string_view text, MarkupNode* root, Diagnostics* diagnostics);

// Parses UTF-8 `text` as HTML with libxml2's tag-soup parser; parser complaints are not reported (tag soup
// is normal on the web). Returns false only when the parser produced no tree. Thread-safe.
bool ParseHtmlTree(const std::string& path, std::string_view text, MarkupNode* root, Diagnostics* diagnostics);

// The character content of markup that no parser could read: tags removed (a block tag or <br> ends a
// line), the five XML entities and numeric character references decoded. Line breaks are kept.
std::string StripTags(std::string_view markup);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_MARKUP_TREE_H_

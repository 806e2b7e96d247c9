#include "parse/vlos_document_parser.h"

#include <string>

#include "kamergraaf/pipeline.h"
#include "parse/text_builder.h"

namespace kamergraaf {
namespace {

void RenderText(const MarkupNode& n, TextBuilder* out) {
  if (n.type == MarkupNode::Type::kText) {
    out->Append(n.text);
    return;
  }
  bool block = n.name == "alineaitem" || n.name == "alinea";
  if (block) out->EndLine();
  for (const MarkupNode& c : n.children) RenderText(c, out);
  if (block) out->EndLine();
}

// Every `tekst` in document order; the rest (speaker records, zaken, times) is metadata.
void Walk(const MarkupNode& n, TextBuilder* out) {
  if (n.type != MarkupNode::Type::kElement) return;
  if (n.name == "tekst") {
    RenderText(n, out);
    return;
  }
  if (n.name == "sprekers" || n.name == "zaken" || n.name == "spreker") return;
  for (const MarkupNode& c : n.children) Walk(c, out);
}

std::string ChildText(const MarkupNode* n, std::string_view name) {
  if (n == nullptr) return {};
  const MarkupNode* c = n->Child(name);
  return c == nullptr ? std::string() : FoldWhitespace(c->InnerText());
}

}  // namespace

bool IsVlosDocument(const MarkupNode& root) {
  if (root.IsElement("vlosCoreDocument")) return true;
  for (const MarkupNode& c : root.children) {
    if (c.IsElement("vlosCoreDocument")) return true;
  }
  return false;
}

Document ParseVlosXml(std::string_view path, const MarkupNode& root) {
  const MarkupNode* core = root.IsElement("vlosCoreDocument") ? &root : root.Child("vlosCoreDocument");
  const MarkupNode* sitting = core != nullptr ? core->Child("vergadering") : nullptr;
  TextBuilder out;
  std::string title = ChildText(sitting, "titel");
  if (!title.empty()) {
    out.Append(title);
    out.EndLine();
  }
  if (core != nullptr) Walk(*core, &out);
  std::string text = out.Take();
  Document doc = ParseDocument(path, text);
  doc.kind = DocumentKind::kHandelingen;
  doc.kind_evidence = "XML: <vlosCoreDocument> (verslag of a plenary sitting)";
  if (!title.empty()) doc.title = title;
  std::string date = ChildText(sitting, "datum");
  if (date.size() >= 10 && date[4] == '-' && date[7] == '-') {
    doc.date = date.substr(0, 10);
    doc.date_evidence = "<datum>" + date + "</datum>";
  }
  std::string year = ChildText(sitting, "vergaderjaar");  // "2014-2015"
  std::string number = ChildText(sitting, "vergaderingnummer");
  std::string digits;
  for (char c : year) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  bool numeric = !number.empty() && number.find_first_not_of("0123456789") == std::string::npos;
  if (digits.size() == 8 && numeric && !doc.has_official_id) {
    doc.id = "h-tk-" + digits + "-" + number;
    doc.has_official_id = true;
  }
  doc.format = "xml";
  return doc;
}

}  // namespace kamergraaf

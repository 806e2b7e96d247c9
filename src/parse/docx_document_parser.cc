#include "parse/docx_document_parser.h"

#include <map>
#include <string>
#include <vector>

#include "kamergraaf/pipeline.h"
#include "parse/structure_overlay.h"
#include "parse/text_builder.h"

namespace kamergraaf {
namespace {

// Note bodies by id ("1", "2"; separators have negative or zero ids and a w:type).
std::map<std::string, const MarkupNode*> IndexNotes(const MarkupNode* root, std::string_view element) {
  std::map<std::string, const MarkupNode*> out;
  if (root == nullptr) return out;
  std::vector<const MarkupNode*> stack = {root};
  while (!stack.empty()) {
    const MarkupNode* n = stack.back();
    stack.pop_back();
    if (n->IsElement(element)) {
      std::string_view type = n->Attribute("type");
      if (type.empty() || type == "normal") out[std::string(n->Attribute("id"))] = n;
      continue;
    }
    for (const MarkupNode& c : n->children) {
      if (c.type == MarkupNode::Type::kElement) stack.push_back(&c);
    }
  }
  return out;
}

class DocxRenderer {
 public:
  DocxRenderer(const MarkupNode* footnotes, const MarkupNode* endnotes)
      : footnotes_(IndexNotes(footnotes, "footnote")), endnotes_(IndexNotes(endnotes, "endnote")) {}

  void Render(const MarkupNode& root) { Visit(root); }

  TextBuilder out;
  std::vector<Footnote> notes;

 private:
  struct Pending {
    const MarkupNode* body;
    std::string number;
    int marker_line;
  };

  void Visit(const MarkupNode& n) {
    if (n.type == MarkupNode::Type::kText) return;  // text only counts inside w:t
    const std::string& name = n.name;
    if (name == "t") {
      for (const MarkupNode& c : n.children) {
        if (c.type == MarkupNode::Type::kText) out.Append(c.text);
      }
      return;
    }
    if (name == "instrText" || name == "delText" || name == "fldData" || name == "Fallback" ||
        name == "footnoteRef" || name == "endnoteRef" || name == "rPr" || name == "pPr" || name == "sectPr") {
      return;
    }
    if (name == "tab") return out.Append(" ");
    if (name == "br" || name == "cr") return out.EndLine();
    if (name == "noBreakHyphen") return out.Append("-");
    if (name == "footnoteReference" || name == "endnoteReference") return Reference(n);
    bool block = name == "p" || name == "tc" || name == "txbxContent";
    if (block) out.EndLine();
    for (const MarkupNode& c : n.children) Visit(c);
    if (block) {
      out.EndLine();
      if (name == "p" && !in_note_) FlushNotes();
    }
  }

  void Reference(const MarkupNode& n) {
    bool foot = n.name == "footnoteReference";
    auto& bodies = foot ? footnotes_ : endnotes_;
    std::string id(n.Attribute("id"));
    auto it = bodies.find(id);
    if (it == bodies.end()) return;
    std::string key = (foot ? "f" : "e") + id;
    auto [num, fresh] = numbers_.emplace(key, std::to_string(numbers_.size() + 1));
    out.AppendRaw(SuperscriptDigits(num->second));
    if (fresh) pending_.push_back({it->second, num->second, out.line()});
  }

  void FlushNotes() {
    std::vector<Pending> pending;
    pending.swap(pending_);
    for (const Pending& p : pending) {
      Footnote f;
      f.number = p.number;
      f.marker_line = p.marker_line;
      out.EndLine();
      f.line = out.line();
      out.AppendRaw(SuperscriptDigits(p.number));
      out.Append(" ");
      f.body_start = out.offset();
      in_note_ = true;
      // A note's paragraphs stay on one line: the body is one unit.
      for (const MarkupNode& c : p.body->children) {
        if (c.IsElement("p")) {
          for (const MarkupNode& cc : c.children) Visit(cc);
          out.Append(" ");
        } else {
          Visit(c);
        }
      }
      in_note_ = false;
      f.body_end = out.end();
      f.text = FoldWhitespace(std::string_view(out.text()).substr(std::min(f.body_start, f.body_end)));
      out.EndLine();
      notes.push_back(std::move(f));
    }
  }

  std::map<std::string, const MarkupNode*> footnotes_;
  std::map<std::string, const MarkupNode*> endnotes_;
  std::map<std::string, std::string> numbers_;  // "f3" / "e1" → the number shown
  std::vector<Pending> pending_;
  bool in_note_ = false;
};

}  // namespace

Document ParseDocx(std::string_view path, const MarkupNode& document, const MarkupNode* footnotes,
                   const MarkupNode* endnotes) {
  DocxRenderer r(footnotes, endnotes);
  r.Render(document);
  std::string text = r.out.Take();
  Document doc = ParseDocument(path, text);
  if (!r.notes.empty()) {
    doc.footnotes = std::move(r.notes);
    for (Citation& c : doc.citations) c.footnote = CompactString(), c.context_line = c.line;
    OverlayCitations(text, {}, &doc);
  }
  doc.format = "docx";
  return doc;
}

}  // namespace kamergraaf

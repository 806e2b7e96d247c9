#include "parse/html_document_parser.h"

#include <map>
#include <set>

#include "kamergraaf/pipeline.h"
#include "parse/document_identity.h"
#include "parse/structure_parser.h"
#include "text/line_index.h"
#include "parse/structure_overlay.h"
#include "parse/text_builder.h"
#include "parse/url_extractor.h"

namespace kamergraaf {
namespace {

const std::set<std::string_view>& SkippedElements() {
  static const std::set<std::string_view> k = {"head", "script", "style", "noscript", "nav", "header", "footer",
                                               "form", "button", "svg", "template", "iframe", "select"};
  return k;
}

const std::set<std::string_view>& InlineElements() {
  static const std::set<std::string_view> k = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn",
                                               "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span",
                                               "strong", "sub", "sup", "time", "u", "var", "wbr", "font", "img"};
  return k;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Footnote sections: class or id "footnotes"/"voetnoten" (web pages), role "doc-endnotes", Word's
// style "mso-element:footnote-list", LibreOffice's id "sdfootnote1" per note.
bool IsFootnoteSection(const MarkupNode& n) {
  std::string cls = Lower(n.Attribute("class")) + " " + Lower(n.Attribute("id")) + " " + Lower(n.Attribute("role")) +
                    " " + Lower(n.Attribute("style"));
  return cls.find("footnote") != std::string::npos || cls.find("voetnot") != std::string::npos ||
         cls.find("voetnoot") != std::string::npos || cls.find("doc-endnotes") != std::string::npos;
}

std::string DigitsOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d.push_back(c);
    else if (!d.empty()) break;
  }
  return d;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "#fn3", "#voetnoot3", "#footnote-3", "#note3", Word's "#_ftn3", LibreOffice's "#sdfootnote3sym" → "3";
// "" for other links, and for the back links from a note to its marker ("#fnref3", "#_ftnref3",
// "#sdfootnote3anc").
std::string NoteNumberOfHref(std::string_view href) {
  if (href.empty() || href.front() != '#') return {};
  std::string h = Lower(href.substr(1));
  if (h.find("ref") != std::string::npos || h.find("anc") != std::string::npos) return {};
  if (h.rfind("fn", 0) == 0 || h.rfind("_ftn", 0) == 0 || h.find("footnote") != std::string::npos ||
      h.rfind("voetnoot", 0) == 0 || h.rfind("note", 0) == 0 || h.rfind("noot", 0) == 0) {
    return DigitsOf(h);
  }
  return {};
}

// The text a reader sees in a note: back links to the marker ("↩", Word's "[1]") left out.
std::string VisibleText(const MarkupNode& n) {
  if (n.type == MarkupNode::Type::kText) return n.text;
  if (n.name == "a" && !n.Attribute("href").empty() && n.Attribute("href").front() == '#') return {};
  std::string out;
  for (const MarkupNode& c : n.children) out += VisibleText(c);
  return out;
}

std::string Origin(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::size_t slash = url.find('/', scheme + 3);
  return std::string(url.substr(0, slash));
}

class HtmlRenderer {
 public:
  TextBuilder out;
  std::vector<Footnote> footnotes;
  std::vector<Citation> citations;
  std::string title;
  std::string base;  // for relative links
  std::map<std::string, std::string> meta;  // <meta name= content=>; values of a repeated name joined by "; "
  bool saw_footnote_section = false;

  void FindHead(const MarkupNode& n) {
    if (n.IsElement("title") && title.empty()) title = FoldWhitespace(n.InnerText());
    if (n.IsElement("base") && base.empty()) base = std::string(n.Attribute("href"));
    if (n.IsElement("link") && Lower(n.Attribute("rel")) == "canonical" && base.empty()) {
      base = std::string(n.Attribute("href"));
    }
    if (n.IsElement("meta") && n.Attribute("property") == "og:url" && base.empty()) {
      base = std::string(n.Attribute("content"));
    }
    if (n.IsElement("meta") && !n.Attribute("name").empty()) {
      std::string& v = meta[std::string(n.Attribute("name"))];  // a repeated name (DC.type) keeps every value
      v += (v.empty() ? "" : "; ") + std::string(n.Attribute("content"));
    }
    for (const MarkupNode& c : n.children) FindHead(c);
  }

  void Visit(const MarkupNode& n, bool in_notes) {
    if (n.type == MarkupNode::Type::kText) {
      out.Append(n.text);
      return;
    }
    if (SkippedElements().count(n.name) != 0) return;
    if (n.name == "br") return out.EndLine();
    if (title.empty() && n.name == "h1") title = FoldWhitespace(n.InnerText());
    if (!in_notes && InlineElements().count(n.name) == 0 && IsFootnoteSection(n)) return NoteSection(n);
    if (n.name == "sup" && !in_notes) {
      std::string digits = FoldWhitespace(n.InnerText());
      if (AllDigits(digits)) return Marker(digits);
    }
    if (n.name == "a") return Anchor(n, in_notes);
    bool block = InlineElements().count(n.name) == 0;
    if (block) out.EndLine();
    for (const MarkupNode& c : n.children) Visit(c, in_notes);
    if (block) out.EndLine();
  }

 private:
  void Marker(const std::string& number) {
    out.AppendRaw(SuperscriptDigits(number));
    if (marker_line_.count(number) == 0) marker_line_[number] = out.line();
  }

  void Anchor(const MarkupNode& n, bool in_notes) {
    std::string href(n.Attribute("href"));
    std::string note = NoteNumberOfHref(href);
    if (!note.empty() && !in_notes) return Marker(note);
    if (!href.empty() && href.front() == '#') {
      // A back link from a note to its marker ("↩"): not text.
      if (in_notes) return;
    }
    std::size_t start = out.offset();
    for (const MarkupNode& c : n.children) Visit(c, in_notes);
    std::size_t end = out.end();
    if (href.rfind("//", 0) == 0) href = "https:" + href;
    if (!href.empty() && href.front() == '/' && !base.empty()) href = Origin(base) + href;
    if (href.rfind("http://", 0) != 0 && href.rfind("https://", 0) != 0) return;
    if (IsShareLink(href)) return;
    while (!href.empty() && (href.back() == '.' || href.back() == ',' || href.back() == ';')) href.pop_back();
    Citation c;
    c.kind = CitationKind::kUrl;
    c.target = "url:" + href;
    c.start = std::min(start, end);
    c.end = end;
    citations.push_back(std::move(c));
  }

  // The items of a footnote section: li elements (at any depth), else children carrying an id.
  void CollectItems(const MarkupNode& n, std::vector<const MarkupNode*>* items) {
    for (const MarkupNode& c : n.children) {
      if (c.type != MarkupNode::Type::kElement) continue;
      if (c.name == "li") items->push_back(&c);
      else CollectItems(c, items);
    }
  }

  void NoteSection(const MarkupNode& n) {
    saw_footnote_section = true;
    std::vector<const MarkupNode*> items;
    CollectItems(n, &items);
    if (items.empty()) {
      for (const MarkupNode& c : n.children) {
        if (c.type == MarkupNode::Type::kElement && !c.Attribute("id").empty()) items.push_back(&c);
      }
    }
    if (items.empty() && !DigitsOf(n.Attribute("id")).empty()) items.push_back(&n);  // one note per element
    if (items.empty()) {
      for (const MarkupNode& c : n.children) Visit(c, /*in_notes=*/true);
      return;
    }
    out.BlankLine();
    int position = 0;
    for (const MarkupNode* item : items) {
      ++position;
      Footnote f;
      f.number = DigitsOf(item->Attribute("id"));
      if (f.number.empty()) f.number = std::to_string(position);
      out.EndLine();
      f.line = out.line();
      // A body that writes its own number ("3 Zie …", "<sup>3</sup> Zie …") is not numbered twice.
      std::string body = FoldWhitespace(VisibleText(*item));
      if (body.rfind(f.number, 0) != 0 && body.rfind("[" + f.number + "]", 0) != 0) {
        out.AppendRaw(f.number);
        out.Append(" ");
      }
      f.body_start = out.offset();
      for (const MarkupNode& c : item->children) Visit(c, /*in_notes=*/true);
      f.body_end = out.end();
      f.text = FoldWhitespace(std::string_view(out.text()).substr(std::min(f.body_start, f.body_end)));
      auto marker = marker_line_.find(f.number.str());
      if (marker != marker_line_.end()) f.marker_line = marker->second;
      out.EndLine();
      footnotes.push_back(std::move(f));
    }
    out.BlankLine();
  }

  std::map<std::string, int> marker_line_;
};

}  // namespace

Document ParseHtmlDocument(std::string_view path, const MarkupNode& root) {
  HtmlRenderer r;
  r.FindHead(root);
  const MarkupNode* body = root.Child("body");
  r.Visit(body != nullptr ? *body : root, /*in_notes=*/false);
  std::string text = r.out.Take();
  Document doc = ParseDocument(path, text);
  // A saved officielebekendmakingen page says what it is in its meta records; the text's own head title
  // ("MOTIE VAN HET LID …") wins over the page's <title>.
  auto meta = [&r](std::string_view key) -> std::string {
    auto it = r.meta.find(std::string(key));
    return it == r.meta.end() ? std::string() : FoldWhitespace(it->second);
  };
  // The page's own identifier beats an id read from its text (a voting item's page also prints the number of
  // a motion it quotes), not one its file name gives.
  std::string_view base = path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1);
  bool id_from_name = doc.has_official_id && base.substr(0, base.find_last_of('.')) == doc.id;
  if (std::string id = meta("DC.identifier").substr(0, meta("DC.identifier").find("; "));
      !id.empty() && !id_from_name) {
    CitationKind kind;
    if (CitationKindOfId(id, &kind) && kind != CitationKind::kUrl) {
      doc.id = id;
      doc.has_official_id = true;
    }
  }
  for (std::string_view key : {"OVERHEIDop.datumVergadering", "DCTERMS.issued"}) {
    std::string date = meta(key).substr(0, meta(key).find("; "));
    bool sitting = key == "OVERHEIDop.datumVergadering";  // the sitting's date beats any date in the text
    if ((doc.date.empty() || (sitting && !doc.date_evidence.view().starts_with("<meta"))) && date.size() >= 10 &&
        date[4] == '-' && date[7] == '-') {
      doc.date = date.substr(0, 10);
      doc.date_evidence = "<meta " + std::string(key) + " " + date + ">";
    }
  }
  // A saved Handelingen page (DC.type "Handeling") is a debate, whatever motions it quotes: parse it as one.
  if (meta("DC.type").find("Handeling") != std::string::npos && doc.kind != DocumentKind::kHandelingen) {
    doc.kind = DocumentKind::kHandelingen;
    doc.kind_evidence = "<meta DC.type Handeling>";
    doc.motions.clear();
    doc.speeches.clear();
    doc.commitments.clear();
    doc.questions.clear();
    doc.answers.clear();
    LineIndex lines(text);
    ParseStructure(text, lines, &doc);
  }
  if (doc.title.empty()) doc.title = PaperTitle(text, 300);
  if (doc.title.empty()) doc.title = meta("DC.title");
  if (!r.title.empty() && doc.title.empty()) doc.title = r.title;
  if (r.saw_footnote_section) doc.footnotes = std::move(r.footnotes);
  OverlayCitations(text, std::move(r.citations), &doc);
  return doc;
}

}  // namespace kamergraaf

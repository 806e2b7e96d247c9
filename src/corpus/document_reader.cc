#include "corpus/document_reader.h"

#include <algorithm>

#include "kamergraaf/pipeline.h"
#include "parse/docx_document_parser.h"
#include "parse/html_document_parser.h"
#include "parse/vlos_document_parser.h"
#include "parse/xml_document_parser.h"
#include "source/docx_reader.h"
#include "source/format_sniffer.h"
#include "source/markup_tree.h"
#include "source/pdf_reader.h"
#include "source/source_file.h"

namespace kamergraaf {
namespace {

Status ReadDocx(const std::string& path, const std::string& bytes, Diagnostics* diagnostics, Document* doc) {
  DocxParts parts;
  Status st = ReadDocxParts(path, bytes, &parts);
  if (!st.ok()) return st;
  MarkupNode body, footnotes, endnotes;
  if (!ParseXmlTree(path, parts.document, &body, diagnostics)) {
    return Status::InvalidInput(path + ": not a readable .docx: word/document.xml is not XML");
  }
  bool has_footnotes = !parts.footnotes.empty() && ParseXmlTree(path, parts.footnotes, &footnotes, diagnostics);
  bool has_endnotes = !parts.endnotes.empty() && ParseXmlTree(path, parts.endnotes, &endnotes, diagnostics);
  *doc = ParseDocx(path, body, has_footnotes ? &footnotes : nullptr, has_endnotes ? &endnotes : nullptr);
  return Status::Ok();
}

// A document's own number in its head or foot is its identity, never a citation of another paper: drops
// citations whose target is the document's own id, and namespace or schema URLs of markup read as text.
void DropSelfCitations(Document* doc) {
  auto own = [doc](const Citation& c) {
    if (doc->has_official_id && c.target == doc->id) return true;
    return c.kind == CitationKind::kUrl &&
           (c.target.find("www.w3.org/") != std::string::npos || c.target.find("schemas.") != std::string::npos ||
            c.target.find("/ggm/vergaderverslag/") != std::string::npos);
  };
  doc->citations.erase(std::remove_if(doc->citations.begin(), doc->citations.end(), own), doc->citations.end());
}

Status ReadDocumentFormat(const std::string& path, std::string bytes, Diagnostics* diagnostics, Document* doc,
                          const PdfLimits& pdf_limits);

}  // namespace

Status ReadDocument(const std::string& path, std::string bytes, Diagnostics* diagnostics, Document* doc,
                    const PdfLimits& pdf_limits) {
  Status st = ReadDocumentFormat(path, std::move(bytes), diagnostics, doc, pdf_limits);
  if (st.ok()) DropSelfCitations(doc);
  return st;
}

namespace {

Status ReadDocumentFormat(const std::string& path, std::string bytes, Diagnostics* diagnostics, Document* doc,
                          const PdfLimits& pdf_limits) {
  InputFormat format = SniffFormat(path, bytes);
  if (format == InputFormat::kPdf) {
    std::string text;
    Status st = ExtractPdfText(path, bytes, &text, diagnostics, pdf_limits);
    if (!st.ok()) return st;
    *doc = ParseDocument(path, text);
    doc->format = "pdf";
    return Status::Ok();
  }
  if (format == InputFormat::kLegacyDoc) {
    return Status::InvalidInput(path + ": a Word 97-2003 .doc file, which kamergraaf cannot read; convert it to "
                                ".docx or PDF");
  }
  if (format == InputFormat::kDocx) return ReadDocx(path, bytes, diagnostics, doc);
  std::string charset = DeclaredCharset(bytes);
  Status st = DecodeToUtf8(path, &bytes, diagnostics, charset);
  if (!st.ok()) return st;
  format = SniffFormat(path, bytes);  // again: UTF-16 markup is only visible after transcoding
  if (format == InputFormat::kXml || format == InputFormat::kHtml) {
    // A parser wants the declaration first: drop byte-order marks (also double-encoded ones) and blank
    // lines in front of it. Offsets then count from the markup, which is what the rendered text maps to.
    if (std::size_t start = MarkupStart(bytes); start > 0 && start < bytes.size()) bytes.erase(0, start);
  }
  if (format == InputFormat::kXml) {
    MarkupNode root;
    if (ParseXmlTree(path, bytes, &root, diagnostics)) {
      *doc = IsVlosDocument(root) ? ParseVlosXml(path, root) : ParseOfficialXml(path, root);
      doc->format = "xml";
    } else {
      *doc = ParseDocument(path, StripTags(bytes));
      doc->format = "text";
    }
    return Status::Ok();
  }
  if (format == InputFormat::kHtml) {
    MarkupNode root;
    if (ParseHtmlTree(path, bytes, &root, diagnostics)) {
      *doc = ParseHtmlDocument(path, root);
      doc->format = "html";
    } else {
      *doc = ParseDocument(path, StripTags(bytes));
    }
    return Status::Ok();
  }
  *doc = ParseDocument(path, bytes);
  return Status::Ok();
}

}  // namespace

}  // namespace kamergraaf

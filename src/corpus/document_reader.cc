#include "corpus/document_reader.h"

#include "kamergraaf/pipeline.h"
#include "parse/html_document_parser.h"
#include "parse/xml_document_parser.h"
#include "source/format_sniffer.h"
#include "source/markup_tree.h"
#include "source/pdf_reader.h"
#include "source/source_file.h"

namespace kamergraaf {

Status ReadDocument(const std::string& path, std::string bytes, Diagnostics* diagnostics, Document* doc,
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
  std::string charset = DeclaredCharset(bytes);
  Status st = DecodeToUtf8(path, &bytes, diagnostics, charset);
  if (!st.ok()) return st;
  format = SniffFormat(path, bytes);  // again: UTF-16 markup is only visible after transcoding
  if (format == InputFormat::kXml) {
    MarkupNode root;
    if (ParseXmlTree(path, bytes, &root, diagnostics)) {
      *doc = ParseOfficialXml(path, root);
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

}  // namespace kamergraaf

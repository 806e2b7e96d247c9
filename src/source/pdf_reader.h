// Text of a PDF through poppler-cpp, in a module loaded the first time a PDF is read (pdf_module.h).
#ifndef KAMERGRAAF_SOURCE_PDF_READER_H_
#define KAMERGRAAF_SOURCE_PDF_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "kamergraaf/diagnostic.h"
#include "kamergraaf/status.h"

namespace kamergraaf {

// The line that separates two pages in extracted text: a form feed on a line of its own. Text parsers see
// it as a blank line (page-bottom footnotes end there), and it tells where a page ends.
inline constexpr std::string_view kPageBreakLine = "\f\n";

// What one PDF may cost. A PDF whose pages all draw one huge compressed stream (1,000 pages x 100 MiB
// inflated took 17 minutes) or that is simply enormous is read up to the first limit it reaches, with a
// warning naming the page where reading stopped.
struct PdfLimits {
  double max_seconds = 60;                                 // wall-clock time for the whole file
  std::size_t max_pages = 100000;
  std::size_t max_text_bytes = std::size_t{256} << 20;     // extracted UTF-8
};

// Extracts the text of PDF `bytes` into *text as UTF-8, page by page in reading order (poppler's
// physical layout: lines as they stand on the page, so footnotes stay at the bottom of their page and a
// paragraph keeps its lines; a page set in two columns is read left column first, see page_columns.h),
// each page ending with '\n', pages separated by kPageBreakLine. Ligatures
// (ﬁ, ﬂ, …) are spelled out; runs of layout spaces inside a line are folded into one space.
// Byte offsets of citations found later refer to this text, not to the PDF file.
// Fails (message "path: PDF is encrypted" or "path: cannot read PDF: <reason>") for a password-protected
// or unreadable file, or when the PDF module cannot be loaded (the reason says why); a PDF without any text layer (a scan) gives a warning and empty text. Never
// throws; poppler's own complaints are not printed. Thread-safe.
Status ExtractPdfText(const std::string& path, std::string_view bytes, std::string* text,
                      Diagnostics* diagnostics, const PdfLimits& limits = PdfLimits());

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_PDF_READER_H_

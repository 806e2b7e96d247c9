// Test helper: writes small PDFs with cairo, so that PDF tests need no binary fixtures.
#ifndef KAMERGRAAF_TESTS_TEST_PDF_H_
#define KAMERGRAAF_TESTS_TEST_PDF_H_

#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>

#include <string>
#include <string_view>
#include <vector>

namespace kamergraaf::testing {

// Splits text into pages at lines holding only a form feed (how kamergraaf writes a PDF's page breaks).
inline std::vector<std::vector<std::string>> PagesOf(std::string_view text) {
  std::vector<std::vector<std::string>> pages(1);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    std::string line(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    start = nl == std::string_view::npos ? text.size() : nl + 1;
    if (line == "\f") {
      pages.emplace_back();
    } else {
      pages.back().push_back(line);
    }
  }
  return pages;
}

// Writes an A4 PDF: on each page the lines up to the first empty line are running text from the top;
// the lines after it are footnotes, set in a smaller size at the bottom of the page, as in Kamerstukken.
inline void WritePdf(const std::string& path, const std::vector<std::vector<std::string>>& pages) {
  const double width = 595, height = 842;
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), width, height);
  cairo_t* cr = cairo_create(surface);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  for (const std::vector<std::string>& page : pages) {
    std::vector<std::string> body, notes;
    bool in_notes = false;
    for (const std::string& line : page) {
      if (line.empty() && !in_notes) {
        in_notes = true;
        continue;
      }
      (in_notes ? notes : body).push_back(line);
    }
    cairo_set_font_size(cr, 9);
    double y = 60;
    for (const std::string& line : body) {
      cairo_move_to(cr, 50, y);
      cairo_show_text(cr, line.c_str());
      y += 14;
    }
    cairo_set_font_size(cr, 7.5);
    y = height - 50 - 11.0 * static_cast<double>(notes.size());
    for (const std::string& line : notes) {
      cairo_move_to(cr, 50, y);
      cairo_show_text(cr, line.c_str());
      y += 11;
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  // cairo's and fontconfig's font caches live until exit (tests/lsan.supp): resetting them here broke
  // the next PDF drawn in the same process.
}

// Writes one A4 page set like the Handelingen: a head over the full width, two columns of running text, and
// a footnote over the full width at the bottom.
inline void WriteTwoColumnPdf(const std::string& path, const std::string& head, const std::vector<std::string>& left,
                              const std::vector<std::string>& right, const std::string& footnote) {
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 595, 842);
  cairo_t* cr = cairo_create(surface);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 9);
  cairo_move_to(cr, 50, 40);
  cairo_show_text(cr, head.c_str());
  for (std::size_t i = 0; i < left.size(); ++i) {
    cairo_move_to(cr, 50, 70 + 13.0 * static_cast<double>(i));
    cairo_show_text(cr, left[i].c_str());
  }
  for (std::size_t i = 0; i < right.size(); ++i) {
    cairo_move_to(cr, 310, 70 + 13.0 * static_cast<double>(i));
    cairo_show_text(cr, right[i].c_str());
  }
  cairo_set_font_size(cr, 7.5);
  cairo_move_to(cr, 50, 790);
  cairo_show_text(cr, footnote.c_str());
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
}

}  // namespace kamergraaf::testing

#endif  // KAMERGRAAF_TESTS_TEST_PDF_H_

#include "source/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <exception>
#include <memory>
#include <mutex>

#include "source/page_columns.h"

namespace kamergraaf {
namespace {

// Poppler reports syntax errors through one process-wide callback; it runs in the thread that reads, so
// each reading thread points it at its own sink.
thread_local std::string* tls_first_error = nullptr;

void OnPopplerError(const std::string& message, void*) {
  if (tls_first_error == nullptr || !tls_first_error->empty()) return;
  std::string_view m = message;
  for (std::string_view prefix : {"Syntax Error: ", "Syntax Error (", "Internal Error: ", "error: "}) {
    if (m.substr(0, prefix.size()) == prefix && prefix.back() == ' ') m.remove_prefix(prefix.size());
  }
  *tls_first_error = std::string(m);
}

void InstallErrorHandler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(OnPopplerError, nullptr); });
}

// Appends one page: spells out ligatures, folds runs of spaces that the physical layout uses for columns,
// and keeps at most one empty line in a row.
void AppendPageText(std::string_view page, std::string* out) {
  static constexpr std::pair<std::string_view, std::string_view> kLigatures[] = {
      {"\xEF\xAC\x80", "ff"}, {"\xEF\xAC\x81", "fi"},  {"\xEF\xAC\x82", "fl"},
      {"\xEF\xAC\x83", "ffi"}, {"\xEF\xAC\x84", "ffl"}, {"\xEF\xAC\x86", "st"}};
  const std::size_t page_start = out->size();
  std::size_t line_start = page_start;
  for (std::size_t i = 0; i < page.size();) {
    char c = page[i];
    if (c == '\r') {
      ++i;
      continue;
    }
    if (c == '\n' || c == '\f') {
      while (out->size() > line_start && out->back() == ' ') out->pop_back();
      // Vertical space on the page (poppler writes it as empty lines) becomes one empty line, and none at
      // the top of the page.
      bool empty_line = out->size() == line_start;
      bool after_empty = line_start == page_start || (line_start >= 2 && (*out)[line_start - 2] == '\n');
      if (empty_line && after_empty) {
        ++i;
        continue;
      }
      out->push_back('\n');
      line_start = out->size();
      ++i;
      continue;
    }
    if (c == ' ') {
      // Physical layout pads columns with spaces: a run becomes one.
      if (out->size() > line_start && out->back() == ' ') {
        ++i;
        continue;
      }
      out->push_back(' ');
      ++i;
      continue;
    }
    if (c == '\xEF') {
      bool replaced = false;
      for (const auto& [lig, plain] : kLigatures) {
        if (page.substr(i, lig.size()) == lig) {
          out->append(plain);
          i += lig.size();
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
    }
    out->push_back(c);
    ++i;
  }
  while (out->size() > line_start && out->back() == ' ') out->pop_back();
  // Drop trailing empty lines of the page, then end it with exactly one '\n'.
  while (out->size() >= 2 && out->back() == '\n' && (*out)[out->size() - 2] == '\n') out->pop_back();
  if (!out->empty() && out->back() != '\n') out->push_back('\n');
}

}  // namespace

Status ExtractPdfText(const std::string& path, std::string_view bytes, std::string* text,
                      Diagnostics* diagnostics) {
  InstallErrorHandler();
  text->clear();
  std::string first_error;
  tls_first_error = &first_error;
  struct Reset {
    ~Reset() { tls_first_error = nullptr; }
  } reset;
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Status::InvalidInput(path + ": cannot read PDF: larger than 2 GiB");
  }
  try {
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (doc == nullptr) {
      // Poppler gives no reason for a failed load beyond its error callback; an encrypted file whose
      // password is unknown also fails here.
      if (bytes.find("/Encrypt") != std::string_view::npos) return Status::InvalidInput(path + ": PDF is encrypted");
      return Status::InvalidInput(path + ": cannot read PDF: " +
                                  (first_error.empty() ? std::string("not a valid PDF file") : first_error));
    }
    if (doc->is_locked()) return Status::InvalidInput(path + ": PDF is encrypted");
    const int pages = doc->pages();
    bool any_text = false;
    for (int p = 0; p < pages; ++p) {
      std::unique_ptr<poppler::page> page(doc->create_page(p));
      if (page == nullptr) {
        diagnostics->push_back({path, 0, Diagnostic::Severity::kWarning,
                                "PDF page " + std::to_string(p + 1) + " cannot be read; skipped"});
        continue;
      }
      poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
      if (p > 0) text->append(kPageBreakLine);
      std::size_t before = text->size();
      AppendPageText(UnfoldColumns(std::string_view(utf8.data(), utf8.size())), text);
      any_text = any_text || text->size() > before;
    }
    if (!any_text && pages > 0) {
      diagnostics->push_back({path, 0, Diagnostic::Severity::kWarning,
                              "PDF has no text layer (a scan?): nothing to read"});
    }
    if (doc->is_encrypted()) {
      diagnostics->push_back({path, 0, Diagnostic::Severity::kNote, "PDF is encrypted without a user password; read"});
    }
  } catch (const std::exception& e) {
    return Status::InvalidInput(path + ": cannot read PDF: " + e.what());
  }
  return Status::Ok();
}

}  // namespace kamergraaf

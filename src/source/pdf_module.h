// The PDF module: the code that reads PDFs through poppler, built as a shared module of its own
// (kamergraaf-pdf.so, from poppler_text.cc) and loaded by pdf_reader.cc the first time a PDF is read.
//
// Poppler pulls in 25 more shared libraries (nss, freetype, tiff, lcms, openjpeg, ...); mapping and
// relocating them took 3.5-4.5 ms at every start of the program, PDF or not.
#ifndef KAMERGRAAF_SOURCE_PDF_MODULE_H_
#define KAMERGRAAF_SOURCE_PDF_MODULE_H_

#include <string>
#include <string_view>

#include "kamergraaf/diagnostic.h"
#include "kamergraaf/status.h"
#include "source/pdf_reader.h"

namespace kamergraaf {

// What the module's entry point returns. Module and program are built together, by the same compiler:
// the types cross the boundary as they are.
struct PdfModule {
  // The parser fingerprint the module was built with (parser_fingerprint.h): a module of another build is
  // refused, as its text could differ from what the parse cache expects.
  const char* fingerprint;
  // ExtractPdfText() (pdf_reader.h).
  Status (*extract_text)(const std::string& path, std::string_view bytes, std::string* text,
                         Diagnostics* diagnostics, const PdfLimits& limits);
};

// The module's entry point: extern "C" const PdfModule* kamergraaf_pdf_module().
inline constexpr char kPdfModuleEntry[] = "kamergraaf_pdf_module";
// The module's file name.
inline constexpr char kPdfModuleFile[] = "kamergraaf-pdf.so";

}  // namespace kamergraaf

#endif  // KAMERGRAAF_SOURCE_PDF_MODULE_H_

#include "source/docx_reader.h"

#include <zip.h>

#include <memory>

namespace kamergraaf {
namespace {

constexpr zip_uint64_t kMaxPartBytes = 64u << 20;

struct ArchiveCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

// Reads member `name` into *out. Returns false with *err set when it is there but cannot be read; a
// member that is absent leaves *out empty and returns true.
bool ReadMember(zip_t* zip, const char* name, std::string* out, std::string* err) {
  out->clear();
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip, name, 0, &st) != 0) return true;  // absent
  if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > kMaxPartBytes) {
    *err = std::string(name) + " unpacks to more than 64 MiB";
    return false;
  }
  zip_file_t* f = zip_fopen(zip, name, 0);
  if (f == nullptr) {
    *err = std::string(name) + ": " + zip_strerror(zip);
    return false;
  }
  out->resize(st.size);
  zip_int64_t n = zip_fread(f, out->data(), st.size);
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    *err = std::string(name) + ": truncated or damaged";
    out->clear();
    return false;
  }
  return true;
}

}  // namespace

Status ReadDocxParts(const std::string& path, std::string_view bytes, DocxParts* parts) {
  *parts = DocxParts{};
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) {
    std::string msg = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Status::InvalidInput(path + ": not a readable .docx: " + msg);
  }
  std::unique_ptr<zip_t, ArchiveCloser> zip(zip_open_from_source(src, ZIP_RDONLY, &error));
  if (!zip) {
    zip_source_free(src);
    std::string msg = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Status::InvalidInput(path + ": not a readable .docx: " + msg);
  }
  zip_error_fini(&error);
  std::string err;
  if (!ReadMember(zip.get(), "word/document.xml", &parts->document, &err) ||
      !ReadMember(zip.get(), "word/footnotes.xml", &parts->footnotes, &err) ||
      !ReadMember(zip.get(), "word/endnotes.xml", &parts->endnotes, &err)) {
    return Status::InvalidInput(path + ": not a readable .docx: " + err);
  }
  if (parts->document.empty()) return Status::InvalidInput(path + ": not a readable .docx: no word/document.xml");
  return Status::Ok();
}

}  // namespace kamergraaf

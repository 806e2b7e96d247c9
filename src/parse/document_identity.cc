#include "parse/document_identity.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "parse/text_util.h"

namespace kamergraaf {
namespace {

struct Patterns {
  RE2 file_name{
      R"(^(kst-\d+(?:-[A-Z0-9]+)?-[A-Z0-9]+|ah-(?:tk|ek)-\d{8}-\d+|h-(?:tk|ek)-\d{8}-\d+(?:-\d+)?|\d{4}D\d{5}|\d{4}Z\d{5})\.[A-Za-z0-9]+$)"};
  RE2 kenmerk{R"((?i)(?:uw )?kenmerk\s*:?\s*(\d{4}Z\d{5}))"};
  RE2 subject{
      R"((?:Kamerstuk(?:ken)?\s+(?:[IVX]+\s+\d{4}[/-]\d{2,4},\s*)?)?(\d{2}\s?\d{3})(?:\s*/\s*\d{2}\s?\d{3})?,\s*nr\.\s*(\d+))"};
  RE2 betreft{R"((?m)^\s*Betreft:?\s+(.+)$)"};
  RE2 debate{R"(^\s*Aan de orde is (?:het|de) (debat over .+?)\.?\s*$)"};
  RE2 date{R"((?m)^\s*Datum:?\s+(\d{1,2}) ([a-z]+) (\d{4}))"};
};

const Patterns& P() {
  static const Patterns* p = new Patterns;
  return *p;
}

void AddUnique(std::vector<std::string>* v, const std::string& id) {
  if (std::find(v->begin(), v->end(), id) == v->end()) v->push_back(id);
}

std::string IsoDate(const std::string& day, const std::string& month, const std::string& year) {
  static const char* kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                  "juli",    "augustus", "september", "oktober", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (month == kMonths[m]) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%s-%02d-%02d", year.c_str(), m + 1, std::stoi(day));
      return buf;
    }
  }
  return "";
}

// The id printed in the head of a Kamerstuk: "Tweede Kamer der Staten-Generaal" (or Eerste Kamer) in the
// first three lines, a line with only the dossier ("21 501-02", "23400 XIII") and at most four lines below it
// "Nr. 125". Empty when the head is not there.
std::string KamerstukIdFromHead(std::string_view text) {
  static const RE2 kDossier(R"((\d{2}) ?(\d{3})(?: ([A-Z]{1,6})|-([A-Z0-9]{1,6}))?)");
  static const RE2 kNumber(R"(Nr\. ?(\d{1,5}))");
  std::vector<std::string_view> head;
  std::size_t pos = 0;
  while (head.size() < 14 && pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    head.push_back(StripAscii(text.substr(pos, eol - pos)));
    pos = eol + 1;
  }
  bool chamber = false;
  for (std::size_t i = 0; i < head.size() && i < 3; ++i) {
    if (StartsWith(head[i], "Tweede Kamer der Staten-Generaal") ||
        StartsWith(head[i], "Eerste Kamer der Staten-Generaal")) {
      chamber = true;
    }
  }
  if (!chamber) return "";
  for (std::size_t i = 0; i < head.size(); ++i) {
    std::string a, b, roman, suffix;
    if (!RE2::FullMatch(head[i], kDossier, &a, &b, &roman, &suffix)) continue;
    for (std::size_t j = i + 1; j < head.size() && j <= i + 4; ++j) {
      std::string number;
      if (!RE2::FullMatch(head[j], kNumber, &number)) continue;
      std::string id = "kst-" + a + b;
      if (!roman.empty()) id += "-" + roman;
      if (!suffix.empty()) id += "-" + suffix;
      return id + "-" + number;
    }
    return "";
  }
  return "";
}

}  // namespace

void IdentifyDocument(std::string_view path, std::string_view text, Document* doc) {
  std::string_view base = path;
  if (std::size_t slash = base.find_last_of('/'); slash != std::string_view::npos) base.remove_prefix(slash + 1);
  std::string id;
  if (RE2::FullMatch(base, P().file_name, &id)) {
    doc->id = id;
    doc->has_official_id = true;
  } else if (doc->id.empty()) {
    doc->id = std::string(path);
    doc->has_official_id = false;
  }

  if (!doc->has_official_id) {
    std::string from_head = KamerstukIdFromHead(text);
    if (!from_head.empty()) {
      doc->id = from_head;
      doc->has_official_id = true;
    }
  }

  std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 6000));
  re2::StringPiece input(head.data(), head.size());
  std::string zaak;
  while (RE2::FindAndConsume(&input, P().kenmerk, &zaak)) AddUnique(&doc->answers_to, zaak);

  // The subject of a written consultation is named in its opening sentence.
  std::string opening = FoldWhitespace(text.substr(0, std::min<std::size_t>(text.size(), 1200)));
  if (opening.find("vaste commissie") != std::string::npos) {
    std::string dossier, number;
    if (RE2::PartialMatch(opening, P().subject, &dossier, &number)) {
      dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
      AddUnique(&doc->about, "kst-" + dossier + "-" + number);
    }
  }

  if (doc->title.empty()) {
    std::string title;
    if (RE2::PartialMatch(head, P().betreft, &title)) {
      doc->title = std::string(StripAscii(title));
    } else {
      std::size_t eol = head.find('\n');
      std::string first(StripAscii(head.substr(0, eol)));
      if (RE2::FullMatch(first, P().debate, &title)) doc->title = title;
    }
  }
  if (doc->date.empty()) {
    std::string day, month, year;
    if (RE2::PartialMatch(head, P().date, &day, &month, &year)) doc->date = IsoDate(day, month, year);
  }
}

}  // namespace kamergraaf

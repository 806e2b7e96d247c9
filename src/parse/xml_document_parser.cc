#include "parse/xml_document_parser.h"

#include <algorithm>

#include "kamergraaf/pipeline.h"
#include "parse/official_xml_renderer.h"
#include "parse/structure_overlay.h"

namespace kamergraaf {
namespace {

// Links questions and answers by number; unnumbered ones pair up in order.
void LinkAnswers(std::vector<Question>* questions, std::vector<Answer>* answers) {
  for (int a = 0; a < static_cast<int>(answers->size()); ++a) {
    Answer& ans = (*answers)[a];
    int match = -1;
    for (int q = 0; q < static_cast<int>(questions->size()); ++q) {
      const Question& qu = (*questions)[q];
      if (qu.answered) continue;
      if (ans.number.empty() ? qu.number.empty() : qu.number == ans.number) {
        match = q;
        break;
      }
    }
    if (match < 0) continue;
    (*questions)[match].answered = true;
    (*questions)[match].answer = a;
    ans.questions.push_back(match);
  }
}

}  // namespace

Document ParseOfficialXml(std::string_view path, const MarkupNode& root) {
  OfficialXmlRendering r = RenderOfficialXml(root);
  const std::string& text = r.text;
  Document doc = ParseDocument(path, text);

  auto meta = [&](std::initializer_list<const char*> keys) -> std::string {
    for (const char* k : keys) {
      auto it = r.meta.find(k);
      if (it != r.meta.end() && !it->second.empty()) return it->second;
    }
    return {};
  };
  std::string id = meta({"DC.identifier", "dcterms.identifier", "OVERHEID.identifier"});
  if (id.empty()) {
    // Kamerstukken also carry their dossier and number as separate records.
    std::string dossier = meta({"OVERHEIDop.dossiernummer"});
    std::string number = meta({"OVERHEIDop.ondernummer"});
    dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
    if (!dossier.empty() && !number.empty()) id = "kst-" + dossier + "-" + number;
  }
  if (id.empty()) {
    // Publications served by the TK open data carry only "…/kst-36600-VIII-123/metadata.xml".
    std::string record = meta({"OVERHEIDop.externMetadataRecord"});
    std::size_t end = record.rfind("/metadata.xml");
    if (end != std::string::npos) {
      std::size_t begin = record.rfind('/', end - 1);
      if (begin != std::string::npos) id = record.substr(begin + 1, end - begin - 1);
    }
  }
  if (!id.empty()) {
    CitationKind kind;
    doc.id = id;
    doc.has_official_id = CitationKindOfId(id, &kind);
    if (!doc.has_official_id) doc.id = std::string(path);
  }
  // The paper's own title in its head ("MOTIE VAN HET LID …") when the text has one, else the catalogue's.
  if (std::string title = meta({"DC.title", "dcterms.title"}); !title.empty() && doc.title.empty()) doc.title = title;
  if (std::string date = meta({"DC.date", "dcterms.issued", "OVERHEIDop.datumOndertekening", "DCTERMS.issued"});
      !date.empty() && doc.date.size() < 10) {  // the text's own full date wins; a session year does not
    doc.date = date;
    doc.date_evidence = "<meta DC.date " + date + ">";
  }

  if (!r.footnotes.empty()) doc.footnotes = std::move(r.footnotes);
  if (!r.speeches.empty()) doc.speeches = std::move(r.speeches);
  if (!r.questions.empty() || !r.answers.empty()) {
    LinkAnswers(&r.questions, &r.answers);
    doc.questions = std::move(r.questions);
    doc.answers = std::move(r.answers);
  }
  if (!r.motions.empty()) doc.motions = std::move(r.motions);

  if (r.body_kind == "handelingen") {
    doc.kind = DocumentKind::kHandelingen;
    doc.kind_evidence = "XML: <handelingen>";
  } else if (r.body_kind == "aanhangsel") {
    doc.kind = DocumentKind::kKamervragenAntwoorden;
    doc.kind_evidence = "XML: <aanhangsel>";
  } else if (r.body_kind == "kamerstuk" && !doc.motions.empty()) {
    doc.kind = DocumentKind::kMotie;
    doc.kind_evidence = "XML: <kamerstuk> with <motie>";
    if (doc.motions.size() == 1 && doc.motions[0].id.empty() && doc.has_official_id) doc.motions[0].id = doc.id;
  } else if (r.body_kind == "kamerstuk" && doc.kind == DocumentKind::kUnknown) {
    doc.kind = DocumentKind::kKamerstuk;
    doc.kind_evidence = "XML: <kamerstuk>";
  }
  OverlayCitations(text, std::move(r.citations), &doc);
  return doc;
}

}  // namespace kamergraaf

#include "parse/official_xml_renderer.h"

#include <algorithm>
#include <set>

#include "parse/structure_overlay.h"
#include "parse/text_builder.h"
#include "parse/text_util.h"

namespace kamergraaf {
namespace {

// Elements that flow within a paragraph; every other element starts and ends a line.
const std::set<std::string_view>& InlineElements() {
  static const std::set<std::string_view> k = {
      "extref", "intref", "nadruk", "sup", "sub", "nootref", "noot-ref", "noot.ref", "a", "i", "b", "u",
      "naam", "voornaam", "achternaam", "voorvoegsels", "politiek", "functie", "ondernummer", "dossiernr",
      "vergaderjaar", "span", "br"};
  return k;
}

bool IsNoot(const MarkupNode& n) { return n.IsElement("noot") || n.IsElement("voetnoot"); }
bool IsNootRef(const MarkupNode& n) {
  return n.IsElement("nootref") || n.IsElement("noot-ref") || n.IsElement("noot.ref");
}

std::string Digits(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d.push_back(c);
    else if (!d.empty()) break;
  }
  return d;
}

std::string NootNumber(const MarkupNode& noot) {
  for (std::string_view child : {"noot.nr", "nr", "noot-nr", "nootnr"}) {
    if (const MarkupNode* nr = noot.Child(child)) return FoldWhitespace(nr->InnerText());
  }
  std::string_view attr = noot.Attribute("nr");
  return std::string(attr);
}

std::string_view RefId(const MarkupNode& n) {
  for (std::string_view a : {"refid", "ref", "idref", "href", "noot"}) {
    std::string_view v = n.Attribute(a);
    if (!v.empty()) return v.front() == '#' ? v.substr(1) : v;
  }
  return {};
}

bool StartsWithWord(std::string_view s, std::string_view w) {
  if (s.size() < w.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != w[i]) return false;
  }
  return true;
}

Speech::Role RoleOf(std::string_view prefix, std::string_view name) {
  std::string p = FoldWhitespace(prefix) + " " + FoldWhitespace(name);
  for (char& c : p) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (p.find("voorzitter") != std::string::npos) return Speech::Role::kChair;
  if (p.find("staatssecretaris") != std::string::npos) return Speech::Role::kStateSecretary;
  if (p.find("minister") != std::string::npos) return Speech::Role::kMinister;
  if (p.find("de heer") != std::string::npos || p.find("mevrouw") != std::string::npos) {
    return Speech::Role::kMember;
  }
  return Speech::Role::kOther;
}

// "Deze motie is voorgesteld door de leden Van Raan, Kathmann en Six Dijkstra." → the three surnames.
std::vector<std::string> Submitters(std::string_view sentence) {
  std::vector<std::string> out;
  std::size_t door = sentence.find("voorgesteld door");
  if (door == std::string_view::npos) return out;
  std::string_view rest = sentence.substr(door + 16);
  for (std::string_view lead : {" de leden ", " het lid ", " de leden", " het lid"}) {
    if (rest.substr(0, lead.size()) == lead) {
      rest.remove_prefix(lead.size());
      break;
    }
  }
  // The names end at the first full stop that is not part of "c.s.": the chair's next sentence ("Naar mij
  // blijkt, wordt de indiening ervan voldoende ondersteund.") is not a name.
  for (std::size_t dot = rest.find('.'); dot != std::string_view::npos; dot = rest.find('.', dot + 1)) {
    bool cs = (dot >= 1 && rest[dot - 1] == 'c' && (dot < 2 || rest[dot - 2] == ' ')) ||
              (dot >= 3 && rest.substr(dot - 3, 3) == "c.s");
    if (!cs) {
      rest = rest.substr(0, dot);
      break;
    }
  }
  while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ')) rest.remove_suffix(1);
  std::string s(rest);
  for (std::size_t p; (p = s.find(" en ")) != std::string::npos;) s.replace(p, 4, ", ");
  for (std::string_view piece : SplitTrimmed(s, ',')) out.push_back(FoldWhitespace(piece));
  return out;
}

class XmlRenderer {
 public:
  XmlRenderer(const MarkupNode& root, OfficialXmlRendering* result) : r_(result) { IndexNotes(root); }

  void Render(const MarkupNode& node) { Visit(node, Context{}); }

  TextBuilder out;

 private:
  struct Context {
    bool in_motion = false;
    bool in_motion_info = false;
    bool in_signature = false;  // a motion document's `ondertekening`: one submitter per paragraph
  };

  void IndexNotes(const MarkupNode& n) {
    if (IsNoot(n)) {
      std::string_view id = n.Attribute("id");
      if (!id.empty()) note_number_by_id_[std::string(id)] = NootNumber(n);
    }
    for (const MarkupNode& c : n.children) IndexNotes(c);
  }

  void Visit(const MarkupNode& n, Context ctx) {
    if (n.type == MarkupNode::Type::kText) {
      out.Append(n.text);
      return;
    }
    const std::string& name = n.name;
    if (name == "metadata" || name == "meta") {
      CollectMeta(n);
      return;
    }
    if (r_->body_kind.empty() && (name == "kamerstuk" || name == "handelingen" || name == "aanhangsel" ||
                              name == "agenda" || name == "blg" || name == "bijlage")) {
      r_->body_kind = name;
    }
    if (IsNoot(n)) return Note(n, ctx);
    if (IsNootRef(n)) return Marker(std::string(RefId(n)), "");
    if (name == "br") return out.EndLine();
    if (name == "extref") return ExtRef(n, ctx);
    if (name == "spreker") return Speaker(n);
    if (name == "vraag" || name == "antwoord") return QuestionOrAnswer(n, ctx);
    if (name == "motie") {
      Motion m;
      std::string_view id = n.Attribute("id");  // "M-29453-469"
      if (id.substr(0, 2) == "M-") {
        std::string rest(id.substr(2));
        std::size_t dash = rest.rfind('-');
        if (dash != std::string::npos) {
          m.dossier = rest.substr(0, dash);
          m.number = rest.substr(dash + 1);
          m.id = "kst-" + rest;
        }
      }
      out.EndLine();
      m.line = out.line();
      r_->motions.push_back(std::move(m));
      ctx.in_motion = true;
      Children(n, ctx);
      out.EndLine();
      return;
    }
    if (name == "motie-info") ctx.in_motion_info = true;
    if (name == "ondertekening" || name == "handtekening") ctx.in_signature = true;
    bool block = InlineElements().count(name) == 0;
    if (block) out.EndLine();
    std::size_t start = out.offset();
    int line = out.line();
    Children(n, ctx);
    if (block) {
      if ((ctx.in_motion || ctx.in_motion_info) && (name == "al" || (ctx.in_signature && name != "ondertekening" &&
                                                                        name != "handtekening")) &&
          !r_->motions.empty()) {
        MotionParagraph(std::string_view(out.text()).substr(std::min(start, out.end())), line, ctx);
      }
      out.EndLine();
      FlushNotes(ctx);
    }
  }

  void Children(const MarkupNode& n, Context ctx) {
    for (const MarkupNode& c : n.children) Visit(c, ctx);
  }

  void CollectMeta(const MarkupNode& n) {
    if (n.name == "meta") {
      std::string key(n.Attribute("name"));
      if (!key.empty() && r_->meta.count(key) == 0) r_->meta[key] = FoldWhitespace(n.Attribute("content"));
      return;
    }
    for (const MarkupNode& c : n.children) {
      if (c.type == MarkupNode::Type::kElement) CollectMeta(c);
    }
  }

  void Marker(const std::string& id, std::string number) {
    if (number.empty()) {
      auto it = note_number_by_id_.find(id);
      if (it != note_number_by_id_.end()) number = it->second;
    }
    if (number.empty()) return;
    out.AppendRaw(SuperscriptDigits(number));
    if (!id.empty() && marker_line_by_id_.count(id) == 0) marker_line_by_id_[id] = out.line();
    if (marker_line_by_number_.count(number) == 0) marker_line_by_number_[number] = out.line();
  }

  // A noot inside running text leaves its marker here and its body after the paragraph; a noot standing
  // on its own (a notes section) is written where it stands.
  void Note(const MarkupNode& n, Context ctx) {
    std::string number = NootNumber(n);
    std::string id(n.Attribute("id"));
    if (!out.at_line_start()) {
      Marker(id, number);
      pending_notes_.push_back(&n);
      return;
    }
    WriteNoteBody(n, ctx);
  }

  void FlushNotes(Context ctx) {
    std::vector<const MarkupNode*> notes;
    notes.swap(pending_notes_);
    for (const MarkupNode* n : notes) WriteNoteBody(*n, ctx);
  }

  void WriteNoteBody(const MarkupNode& n, Context ctx) {
    Footnote f;
    f.number = NootNumber(n);
    std::string id(n.Attribute("id"));
    out.EndLine();
    f.line = out.line();
    out.AppendRaw(SuperscriptDigits(f.number));
    out.Append(" ");
    f.body_start = out.offset();
    for (const MarkupNode& c : n.children) {
      if (c.IsElement("noot.nr") || c.IsElement("nr") || c.IsElement("noot-nr") || c.IsElement("nootnr")) continue;
      if (c.type == MarkupNode::Type::kElement && InlineElements().count(c.name) == 0) {
        // Paragraphs of a note stay on one line: the body is one unit.
        for (const MarkupNode& cc : c.children) Visit(cc, ctx);
        out.Append(" ");
      } else {
        Visit(c, ctx);
      }
    }
    f.body_end = out.end();
    f.text = FoldWhitespace(std::string_view(out.text()).substr(std::min(f.body_start, f.body_end)));
    auto by_id = marker_line_by_id_.find(id);
    auto by_number = marker_line_by_number_.find(f.number.str());
    if (!id.empty() && by_id != marker_line_by_id_.end()) f.marker_line = by_id->second;
    else if (by_number != marker_line_by_number_.end()) f.marker_line = by_number->second;
    out.EndLine();
    r_->footnotes.push_back(std::move(f));
  }

  void ExtRef(const MarkupNode& n, Context ctx) {
    std::size_t start = out.offset();
    Children(n, ctx);
    std::string target(n.Attribute("doc"));
    if (target.empty()) target = std::string(n.Attribute("href"));
    if (target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0) {
      // A link to a publication ("https://zoek.officielebekendmakingen.nl/kst-26643-1317.html") cites it.
      std::string_view last(target);
      last = last.substr(last.find_last_of('/') + 1);
      last = last.substr(0, std::min(last.find('.'), last.find('?')));
      CitationKind kind;
      bool publication = CitationKindOfId(last, &kind) && kind != CitationKind::kZaak &&
                         kind != CitationKind::kTkDocument && target.find("officielebekendmakingen") != std::string::npos;
      target = publication ? std::string(last) : "url:" + target;
    }
    Citation c;
    if (target.empty() || !CitationKindOfId(target, &c.kind)) return;
    // "Zij krijgt nr. <extref doc="kst-29453-469">469</extref>": the motion's own number. (A paper cited
    // in the motion's text is just a Kamerstuk.)
    if (ctx.in_motion_info && c.kind == CitationKind::kKamerstuk) {
      c.kind = CitationKind::kMotie;
      if (!r_->motions.empty() && r_->motions.back().id.empty()) {
        Motion& m = r_->motions.back();
        m.id = target;
        std::string rest = target.substr(4);
        std::size_t dash = rest.rfind('-');
        if (dash != std::string::npos) m.dossier = rest.substr(0, dash), m.number = rest.substr(dash + 1);
      }
    }
    c.target = target;
    c.start = std::min(start, out.end());
    c.end = out.end();
    r_->citations.push_back(std::move(c));
  }

  void Speaker(const MarkupNode& n) {
    Speech s;
    std::string prefix, surname, full_name, party;
    for (const MarkupNode& c : n.children) {
      if (c.IsElement("voorvoegsels")) prefix = FoldWhitespace(c.InnerText());
      if (c.IsElement("politiek")) party = FoldWhitespace(c.InnerText());
      if (c.IsElement("naam")) {
        full_name = FoldWhitespace(c.InnerText());
        if (const MarkupNode* a = c.Child("achternaam")) surname = FoldWhitespace(a->InnerText());
      }
    }
    if (surname.empty()) surname = full_name;
    out.EndLine();
    s.line = out.line();
    s.speaker = surname;
    s.party = party;
    s.role = RoleOf(prefix, full_name);
    std::string heading = prefix;
    if (!full_name.empty()) heading += (heading.empty() ? "" : " ") + full_name;
    if (!party.empty()) heading += " (" + party + ")";
    out.Append(heading + ":");
    out.EndLine();
    if (!surname.empty() || s.role == Speech::Role::kChair) r_->speeches.push_back(std::move(s));
  }

  void QuestionOrAnswer(const MarkupNode& n, Context ctx) {
    std::string number(n.Attribute("nummer"));
    if (number.empty()) number = std::string(n.Attribute("nr"));
    if (const MarkupNode* nr_child = n.Child("nr"); number.empty() && nr_child != nullptr) {
      number = Digits(nr_child->InnerText());
    }
    number = Digits(number);
    out.EndLine();
    int line = out.line();
    // The number line ("Vraag 1") first, then the text the question or answer consists of.
    const MarkupNode* nr = n.Child("nr");
    if (nr != nullptr) Visit(*nr, ctx);
    out.EndLine();
    std::size_t start = out.offset();
    for (const MarkupNode& c : n.children) {
      if (&c != nr) Visit(c, ctx);
    }
    std::string text = FoldWhitespace(std::string_view(out.text()).substr(std::min(start, out.end())));
    if (text.size() > 400) text.resize(400);
    out.EndLine();
    FlushNotes(ctx);
    if (n.name == "vraag") {
      Question q;
      q.number = number;
      q.line = line;
      q.text = std::move(text);
      r_->questions.push_back(std::move(q));
    } else {
      Answer a;
      a.number = number;
      a.line = line;
      a.text = std::move(text);
      r_->answers.push_back(std::move(a));
    }
  }

  void MotionParagraph(std::string_view paragraph, int line, Context ctx) {
    std::string p = FoldWhitespace(paragraph);
    Motion& m = r_->motions.back();
    if (ctx.in_signature) {
      if (!p.empty() && m.submitters.size() < 64) m.submitters.push_back(p);
      return;
    }
    if (ctx.in_motion_info) {
      if (p.find("voorgesteld door") != std::string::npos && m.submitters.empty()) m.submitters = Submitters(p);
      return;
    }
    if (m.line == 0) m.line = line;
    if (StartsWithWord(p, "overwegende") || StartsWithWord(p, "constaterende") || StartsWithWord(p, "van mening")) {
      m.considerations.push_back(p);
    } else if (StartsWithWord(p, "verzoekt") || StartsWithWord(p, "spreekt uit") || StartsWithWord(p, "roept") ||
               StartsWithWord(p, "draagt")) {
      m.requests.push_back(p);
    }
  }

  std::map<std::string, std::string> note_number_by_id_;
  std::map<std::string, int> marker_line_by_id_;
  std::map<std::string, int> marker_line_by_number_;
  std::vector<const MarkupNode*> pending_notes_;
  OfficialXmlRendering* r_;  // what the walk found so far
};

}  // namespace

OfficialXmlRendering RenderOfficialXml(const MarkupNode& root) {
  OfficialXmlRendering result;
  XmlRenderer r(root, &result);
  r.Render(root);
  result.text = r.out.Take();
  return result;
}

}  // namespace kamergraaf

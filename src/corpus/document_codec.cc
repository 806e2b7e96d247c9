#include "corpus/document_codec.h"

#include <cstdint>
#include <type_traits>

namespace kamergraaf {
namespace {

// Bump when the layout below changes. The parse cache also keys entries by a fingerprint of the parser
// sources, so a field added to the model and written here invalidates old entries on its own.
constexpr std::uint8_t kCodecVersion = 4;

// Adding a field to the model? Encode and decode it below, then update the size here. (These sizes are
// those of x86-64 Linux with libstdc++; elsewhere the check is skipped.)
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Citation) == 112, "Citation changed: update document_codec.cc");
static_assert(sizeof(Footnote) == 64, "Footnote changed: update document_codec.cc");
static_assert(sizeof(Question) == 72, "Question changed: update document_codec.cc");
static_assert(sizeof(Answer) == 80, "Answer changed: update document_codec.cc");
static_assert(sizeof(Motion) == 448, "Motion changed: update document_codec.cc");
static_assert(sizeof(Speech) == 40, "Speech changed: update document_codec.cc");
static_assert(sizeof(Commitment) == 128, "Commitment changed: update document_codec.cc");
static_assert(sizeof(Diagnostic) == 72, "Diagnostic changed: update document_codec.cc");
static_assert(sizeof(Document) == 464, "Document changed: update document_codec.cc");
#endif

class Writer {
 public:
  void U(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void I(std::int64_t v) { U((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
  void S(std::string_view s) {
    U(s.size());
    out_.append(s);
  }
  void B(bool b) { U(b ? 1 : 0); }
  void Strings(const std::vector<std::string>& v) {
    U(v.size());
    for (const std::string& s : v) S(s);
  }
  template <typename T, typename F>
  void List(const std::vector<T>& v, F f) {
    U(v.size());
    for (const T& x : v) f(x);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == in_.size(); }

  std::uint64_t U() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return Fail();
      auto b = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
    return Fail();
  }
  std::int64_t I() {
    std::uint64_t u = U();
    return static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1);
  }
  int Int() { return static_cast<int>(I()); }
  std::size_t Size() { return static_cast<std::size_t>(U()); }
  bool B() { return U() != 0; }
  std::string S() {
    std::uint64_t n = U();
    if (n > in_.size() - pos_) return Fail(), std::string();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::vector<std::string> Strings() {
    std::vector<std::string> v;
    std::uint64_t n = Count();
    for (std::uint64_t i = 0; i < n && ok_; ++i) v.push_back(S());
    return v;
  }
  template <typename T, typename F>
  void List(std::vector<T>* v, F f) {
    std::uint64_t n = Count();
    v->clear();
    for (std::uint64_t i = 0; i < n && ok_; ++i) {
      v->emplace_back();
      f(&v->back());
    }
  }

 private:
  // A count can never exceed the bytes left (each element takes at least one byte).
  std::uint64_t Count() {
    std::uint64_t n = U();
    if (n > in_.size() - pos_) return Fail();
    return n;
  }
  std::uint64_t Fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

void Put(Writer& w, const Diagnostic& d) {
  w.S(d.path), w.I(d.line), w.U(static_cast<int>(d.severity)), w.S(d.message);
}
void Get(Reader& r, Diagnostic* d) {
  d->path = r.S(), d->line = r.Int();
  std::uint64_t sev = r.U();
  d->severity = sev <= 2 ? static_cast<Diagnostic::Severity>(sev) : Diagnostic::Severity::kWarning;
  d->message = r.S();
}

}  // namespace

std::string EncodeDocument(const Document& doc, const Diagnostics& read_diagnostics) {
  Writer w;
  w.U(kCodecVersion);
  w.List(read_diagnostics, [&](const Diagnostic& d) { Put(w, d); });
  w.S(doc.path), w.S(doc.id), w.B(doc.has_official_id), w.U(static_cast<int>(doc.kind)), w.S(doc.kind_evidence);
  w.S(doc.title), w.S(doc.date), w.Strings(doc.about), w.Strings(doc.answers_to);
  w.S(doc.date_evidence), w.S(doc.signer), w.S(doc.addressee);
  w.S(doc.asked_date), w.S(doc.answered_date), w.S(doc.asker), w.S(doc.question_zaak);
  w.U(doc.bytes), w.I(doc.lines);
  w.List(doc.citations, [&](const Citation& c) {
    w.U(static_cast<int>(c.kind)), w.S(c.target), w.B(c.resolved), w.U(c.start), w.U(c.end), w.I(c.line);
    w.I(c.column), w.S(c.text), w.S(c.footnote), w.I(c.context_line), w.S(c.chamber), w.S(c.vergaderjaar);
    w.S(c.page), w.S(c.mention_name);
  });
  w.List(doc.footnotes, [&](const Footnote& f) {
    w.S(f.number), w.I(f.line), w.I(f.marker_line), w.U(f.body_start), w.U(f.body_end), w.S(f.text);
  });
  w.List(doc.questions, [&](const Question& q) {
    w.S(q.number), w.I(q.line), w.S(q.fractie), w.S(q.text), w.B(q.answered), w.I(q.answer), w.I(q.end_line);
  });
  w.List(doc.answers, [&](const Answer& a) {
    w.S(a.number), w.I(a.line), w.S(a.text), w.I(a.end_line);
    w.List(a.questions, [&](int q) { w.I(q); });
  });
  w.List(doc.motions, [&](const Motion& m) {
    w.S(m.id), w.S(m.dossier), w.S(m.number), w.I(m.line), w.Strings(m.submitters), w.Strings(m.considerations);
    w.Strings(m.requests), w.S(m.verdict), w.I(m.verdict_line);
    w.S(m.title), w.S(m.date), w.S(m.outcome), w.I(m.outcome_line), w.S(m.outcome_date), w.S(m.replaces);
    w.S(m.zaak), w.B(m.amendment);
    w.List(m.votes, [&](const Motion::Vote& v) { w.S(v.party), w.I(v.seats), w.S(v.side); });
  });
  w.List(doc.speeches, [&](const Speech& s) {
    w.I(s.line), w.S(s.speaker), w.U(static_cast<int>(s.role)), w.S(s.party), w.I(s.end_line);
  });
  w.List(doc.commitments, [&](const Commitment& c) {
    w.I(c.line), w.S(c.speaker), w.S(c.text), w.S(c.deadline), w.S(c.related);
    w.S(c.deadline_date), w.S(c.deadline_rule);
  });
  w.List(doc.diagnostics, [&](const Diagnostic& d) { Put(w, d); });
  w.S(doc.format);
  return w.Take();
}

bool DecodeDocument(std::string_view blob, Document* doc, Diagnostics* read_diagnostics) {
  Reader r(blob);
  if (r.U() != kCodecVersion) return false;
  *doc = Document();
  r.List(read_diagnostics, [&](Diagnostic* d) { Get(r, d); });
  doc->path = r.S(), doc->id = r.S(), doc->has_official_id = r.B();
  std::uint64_t kind = r.U();
  doc->kind = kind <= static_cast<int>(kLastDocumentKind) ? static_cast<DocumentKind>(kind)
                                                          : DocumentKind::kUnknown;
  doc->kind_evidence = r.S(), doc->title = r.S(), doc->date = r.S(), doc->about = r.Strings();
  doc->answers_to = r.Strings();
  doc->date_evidence = r.S(), doc->signer = r.S(), doc->addressee = r.S();
  doc->asked_date = r.S(), doc->answered_date = r.S(), doc->asker = r.S(), doc->question_zaak = r.S();
  doc->bytes = r.Size(), doc->lines = r.Int();
  r.List(&doc->citations, [&](Citation* c) {
    std::uint64_t k = r.U();
    c->kind = k <= static_cast<int>(kLastCitationKind) ? static_cast<CitationKind>(k) : CitationKind::kMention;
    c->target = r.S(), c->resolved = r.B(), c->start = r.Size(), c->end = r.Size(), c->line = r.Int();
    c->column = r.Int(), c->text = r.S(), c->footnote = r.S(), c->context_line = r.Int(), c->chamber = r.S();
    c->vergaderjaar = r.S(), c->page = r.S(), c->mention_name = r.S();
  });
  r.List(&doc->footnotes, [&](Footnote* f) {
    f->number = r.S(), f->line = r.Int(), f->marker_line = r.Int(), f->body_start = r.Size();
    f->body_end = r.Size(), f->text = r.S();
  });
  r.List(&doc->questions, [&](Question* q) {
    q->number = r.S(), q->line = r.Int(), q->fractie = r.S(), q->text = r.S(), q->answered = r.B();
    q->answer = r.Int(), q->end_line = r.Int();
  });
  r.List(&doc->answers, [&](Answer* a) {
    a->number = r.S(), a->line = r.Int(), a->text = r.S(), a->end_line = r.Int();
    r.List(&a->questions, [&](int* q) { *q = r.Int(); });
  });
  r.List(&doc->motions, [&](Motion* m) {
    m->id = r.S(), m->dossier = r.S(), m->number = r.S(), m->line = r.Int(), m->submitters = r.Strings();
    m->considerations = r.Strings(), m->requests = r.Strings(), m->verdict = r.S(), m->verdict_line = r.Int();
    m->title = r.S(), m->date = r.S(), m->outcome = r.S(), m->outcome_line = r.Int(), m->outcome_date = r.S();
    m->replaces = r.S(), m->zaak = r.S(), m->amendment = r.B();
    r.List(&m->votes, [&](Motion::Vote* v) { v->party = r.S(), v->seats = r.Int(), v->side = r.S(); });
  });
  r.List(&doc->speeches, [&](Speech* s) {
    s->line = r.Int(), s->speaker = r.S();
    std::uint64_t role = r.U();
    s->role = role <= static_cast<int>(Speech::Role::kOther) ? static_cast<Speech::Role>(role) : Speech::Role::kOther;
    s->party = r.S(), s->end_line = r.Int();
  });
  r.List(&doc->commitments, [&](Commitment* c) {
    c->line = r.Int(), c->speaker = r.S(), c->text = r.S(), c->deadline = r.S(), c->related = r.S();
    c->deadline_date = r.S(), c->deadline_rule = r.S();
  });
  r.List(&doc->diagnostics, [&](Diagnostic* d) { Get(r, d); });
  doc->format = r.S();
  return r.ok() && r.done();
}

}  // namespace kamergraaf

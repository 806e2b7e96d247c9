// Groups the written-question documents of a corpus into sets and times each against the three-week term.
#include "kamergraaf/question_timing.h"

#include <algorithm>
#include <map>
#include <string>

#include "model/civil_date.h"
#include "parse/qa_parser.h"

namespace kamergraaf {
namespace {

enum class Role { kNone, kQuestions, kAnswer, kNotice };

Role RoleOf(const Document& doc) {
  switch (doc.kind) {
    // Kinds that are never written questions, whatever dates they mention.
    case DocumentKind::kCommissievragenAntwoorden:
    case DocumentKind::kSchriftelijkOverleg:
    case DocumentKind::kHandelingen:
    case DocumentKind::kHandelingenCommissie:
    case DocumentKind::kMotie:
    case DocumentKind::kAmendement:
    case DocumentKind::kVerslagCommissiedebat:
      return Role::kNone;
    default:
      break;
  }
  if (doc.kind == DocumentKind::kUitstelbericht) return Role::kNotice;
  if (doc.kind == DocumentKind::kKamervragenAntwoorden || !doc.answered_date.empty()) return Role::kAnswer;
  if (doc.kind == DocumentKind::kSchriftelijkeVragen || !doc.asked_date.empty()) return Role::kQuestions;
  return Role::kNone;
}

// The zaak of the questions a document asks, answers or postpones: what the parser read, else the document's
// own id when that is a zaak number (an open-data Zaak record, a file named after its zaak).
std::string ZaakOf(const Document& doc) {
  if (!doc.question_zaak.empty()) return doc.question_zaak.str();
  const std::string& id = doc.id;
  if (id.size() == 10 && id[4] == 'Z' &&
      std::all_of(id.begin(), id.end(), [](char c) { return c == 'Z' || (c >= '0' && c <= '9'); })) {
    return id;
  }
  return "";
}

bool FullDate(const std::string& iso) {
  int days = 0;
  return IsoToDays(iso, &days);
}

// Letters of the asker's name only, lower case: "De Vries (VVD)" and "de Vries ( VVD )" agree.
std::string NameKey(std::string_view asker) {
  std::string out;
  for (char c : asker) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  return out;
}


void KeepEarliest(std::string* slot, std::string_view date) {
  if (!FullDate(std::string(date))) return;
  if (slot->empty() || date < *slot) *slot = std::string(date);
}

int StatusRank(QuestionStatus s) {
  switch (s) {
    case QuestionStatus::kOverdue: return 0;
    case QuestionStatus::kPostponed: return 1;
    case QuestionStatus::kOpen: return 2;
    case QuestionStatus::kAnsweredLate: return 3;
    case QuestionStatus::kAnsweredInTime: return 4;
    case QuestionStatus::kUnknown: return 5;
  }
  return 5;
}

}  // namespace

std::string_view QuestionStatusName(QuestionStatus status) {
  switch (status) {
    case QuestionStatus::kAnsweredInTime: return "answered-in-time";
    case QuestionStatus::kAnsweredLate: return "answered-late";
    case QuestionStatus::kPostponed: return "postponed";
    case QuestionStatus::kOpen: return "open";
    case QuestionStatus::kOverdue: return "overdue";
    case QuestionStatus::kUnknown: return "unknown";
  }
  return "unknown";
}

bool IsoToDays(std::string_view iso, int* days) {
  CivilDate d = ParseIsoDate(iso);
  if (!d.valid()) return false;
  *days = static_cast<int>(d.Days());
  return true;
}

std::string TodayIso() { return Today().Iso(); }

std::vector<QuestionSet> TimeWrittenQuestions(const Corpus& corpus, std::string_view as_of) {
  int as_of_days = 0;
  if (!IsoToDays(as_of, &as_of_days)) IsoToDays(TodayIso(), &as_of_days);

  std::vector<QuestionSet> sets;
  std::map<std::string, int> by_key;
  std::map<std::string, int> by_asker;  // "asked date|asker name key" → set
  // Documents with a zaak number first, so that the others can join the set they name by asker and date.
  std::vector<int> order;
  for (int i = 0; i < static_cast<int>(corpus.documents.size()); ++i) {
    if (RoleOf(corpus.documents[i]) != Role::kNone) order.push_back(i);
  }
  std::vector<std::string> zaak_of(corpus.documents.size());
  for (int i : order) zaak_of[i] = ZaakOf(corpus.documents[i]);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return !zaak_of[a].empty() && zaak_of[b].empty(); });
  for (int i : order) {
    const Document& doc = corpus.documents[i];
    const Role role = RoleOf(doc);
    const std::string& zaak = zaak_of[i];
    int s = -1;
    if (!zaak.empty()) {
      auto it = by_key.find(zaak);
      if (it != by_key.end()) s = it->second;
    } else if (!doc.asked_date.empty() && !doc.asker.empty()) {
      auto it = by_asker.find(doc.asked_date.str() + "|" + NameKey(doc.asker));
      if (it != by_asker.end()) s = it->second;
    }
    if (s < 0) {
      s = static_cast<int>(sets.size());
      QuestionSet set;
      set.key = zaak.empty() ? doc.id : zaak;
      set.zaak = zaak;
      sets.push_back(set);
      by_key[set.key] = s;
    }
    QuestionSet& set = sets[s];
    if (set.asker.empty()) set.asker = doc.asker.str();
    // Later documents without a zaak join by asked date and asker (the first of each pair wins).
    if (!doc.asked_date.empty() && !doc.asker.empty()) by_asker.emplace(doc.asked_date.str() + "|" + NameKey(doc.asker), s);
    if (set.title.empty()) set.title = doc.title;
    // The addressee as the questions name it; an answer's signer when nothing names it.
    if (role == Role::kQuestions && !doc.addressee.empty()) set.addressee = doc.addressee.str();
    if (set.addressee.empty()) set.addressee = (!doc.addressee.empty() ? doc.addressee : doc.signer).str();
    KeepEarliest(&set.asked, doc.asked_date);
    if (role == Role::kQuestions && doc.asked_date.empty()) KeepEarliest(&set.asked, doc.date);
    const std::string reply = doc.answered_date.empty() ? doc.date : doc.answered_date.str();
    switch (role) {
      case Role::kQuestions: set.questions.push_back(doc.path); break;
      case Role::kAnswer: set.answers.push_back(doc.path), KeepEarliest(&set.answered, reply); break;
      case Role::kNotice: set.notices.push_back(doc.path), KeepEarliest(&set.postponed, reply); break;
      case Role::kNone: break;
    }
  }

  for (QuestionSet& set : sets) {
    set.fractie = FractieOfAsker(set.asker);
    int asked = 0, answered = 0;
    const bool have_asked = IsoToDays(set.asked, &asked);
    const bool have_answer = IsoToDays(set.answered, &answered);
    if (have_answer && have_asked && answered < asked) {
      set.status = QuestionStatus::kUnknown;  // the dates contradict each other (an OCR'd year, a misread item)
    } else if (have_answer && have_asked) {
      set.latency_days = answered - asked;
      set.overdue_days = std::max(0, set.latency_days - kAnswerTermDays);
      set.status = set.latency_days <= kAnswerTermDays ? QuestionStatus::kAnsweredInTime : QuestionStatus::kAnsweredLate;
    } else if (have_answer || !set.answers.empty()) {
      set.status = QuestionStatus::kUnknown;
    } else if (have_asked) {
      set.age_days = as_of_days - asked;
      set.overdue_days = std::max(0, set.age_days - kAnswerTermDays);
      set.status = !set.notices.empty()      ? QuestionStatus::kPostponed
                   : set.overdue_days > 0 ? QuestionStatus::kOverdue
                                          : QuestionStatus::kOpen;
    } else {
      set.status = set.notices.empty() ? QuestionStatus::kUnknown : QuestionStatus::kPostponed;
    }
  }
  std::sort(sets.begin(), sets.end(), [](const QuestionSet& a, const QuestionSet& b) {
    if (StatusRank(a.status) != StatusRank(b.status)) return StatusRank(a.status) < StatusRank(b.status);
    if (a.overdue_days != b.overdue_days) return a.overdue_days > b.overdue_days;
    if (a.asked != b.asked) return a.asked < b.asked;
    return a.key < b.key;
  });
  return sets;
}

QuestionTimingSummary SummarizeQuestionTiming(const std::vector<QuestionSet>& sets) {
  QuestionTimingSummary s;
  std::vector<int> latencies;
  for (const QuestionSet& q : sets) {
    ++s.sets;
    switch (q.status) {
      case QuestionStatus::kAnsweredInTime: ++s.in_time; break;
      case QuestionStatus::kAnsweredLate: ++s.late; break;
      case QuestionStatus::kPostponed: ++s.postponed; break;
      case QuestionStatus::kOpen: ++s.open; break;
      case QuestionStatus::kOverdue: ++s.overdue; break;
      case QuestionStatus::kUnknown: ++s.unknown; break;
    }
    if (q.latency_days >= 0) latencies.push_back(q.latency_days);
  }
  s.with_latency = static_cast<int>(latencies.size());
  if (!latencies.empty()) {
    std::sort(latencies.begin(), latencies.end());
    const std::size_t n = latencies.size();
    s.median_latency = n % 2 ? latencies[n / 2] : (latencies[n / 2 - 1] + latencies[n / 2]) / 2.0;
  }
  return s;
}

}  // namespace kamergraaf

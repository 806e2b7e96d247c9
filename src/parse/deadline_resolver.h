// ResolveDeadline: turns a deadline phrase ("voor het zomerreces", "binnen zes weken", "in het eerste
// kwartaal van 2026") into a date, against the date of the document that says it.
//
// Rules (the first phrase found in the text wins; a vague phrase only when nothing more precise is there):
//   recesses      "voor het (komend) zomerreces" / kerst-, mei-, voorjaars-, krokus-, herfstreces, "voor de
//                 zomer", "voor de kerst": the day before the next such recess starts (RecessCalendar);
//                 "na het …reces", "na de zomer": 30 days after it ends (an estimate).
//   seasons       "dit voorjaar" (20 June), "deze zomer" (22 September), "dit najaar"/"in het najaar"
//                 (20 December), "deze winter" (20 March), with "volgend" for the next year's.
//   year parts    "voor het einde van het jaar", "later dit jaar", "eind 2026" (31 December), "begin 2027"
//                 (31 March), "medio 2026" (30 June), "in het eerste kwartaal van 2026" (quarter's last
//                 day), "voor 2027" (31 December 2026).
//   dates         "voor 1 juli" (30 June), "uiterlijk 1 juli", "op 1 juli" (1 July), "eind juni" (30 June), "in
//                 juni" (30 June); without a year the first such day after the document's date.
//   relative      "binnen zes weken", "binnen drie maanden", "binnen 10 werkdagen" (weekdays), "over twee
//                 weken", "volgende week", "volgende maand".
//   budget        "voor Prinsjesdag" (the day before the third Tuesday of September), "op Prinsjesdag", "bij de
//                 Miljoenennota"/"bij de begroting" (Prinsjesdag), "bij de Voorjaarsnota" (1 June, its legal
//                 deadline), "bij de Najaarsnota" (1 December), "voor de begrotingsbehandeling" (31 October,
//                 an estimate).
//   vague         "op korte termijn", "binnenkort", "zo spoedig/snel mogelijk", "te zijner tijd", "de
//                 komende tijd": no date; the caller reports the age instead.
// A document date of lower precision ("2025-03", "2025") counts from its first day, and the rule says so.
#ifndef KAMERGRAAF_PARSE_DEADLINE_RESOLVER_H_
#define KAMERGRAAF_PARSE_DEADLINE_RESOLVER_H_

#include <string>
#include <string_view>

#include "parse/recess_calendar.h"

namespace kamergraaf {

struct ResolvedDeadline {
  enum class Kind {
    kNone,      // no deadline phrase in the text
    kDate,      // `date` holds the deadline
    kEstimate,  // `date` holds an estimated deadline (an estimated recess, "na het reces", …)
    kVague,     // a phrase without a date ("op korte termijn")
    kUndated,   // a phrase that needs the document's date, which is unknown
  };
  Kind kind = Kind::kNone;
  std::string phrase;  // the words that set the deadline, as folded ("voor het komend meireces")
  std::string date;    // ISO YYYY-MM-DD, for kDate and kEstimate
  std::string rule;    // how it was resolved: "meireces 2025 starts 2025-04-25 (calendar): the day before"
};

// `text` is the phrase or the whole sentence; `document_date` an ISO date of any precision, or empty.
ResolvedDeadline ResolveDeadline(std::string_view text, std::string_view document_date,
                                 const RecessCalendar& calendar);

}  // namespace kamergraaf

#endif  // KAMERGRAAF_PARSE_DEADLINE_RESOLVER_H_

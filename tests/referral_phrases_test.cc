#include "analysis/referral_phrases.h"

#include <catch2/catch.hpp>

namespace kamergraaf {
namespace {

TEST_CASE("FindDeadlinePhrase finds the deadline as written", "[referrals]") {
  struct Case {
    const char* text;
    const char* want;
  };
  const Case cases[] = {
      {"Ik zal uw Kamer voor het zomerreces per brief informeren", "voor het zomerreces"},
      {"Zoals verzocht zullen wij de Kamer hier verder over informeren voor het komend meireces.",
       "voor het komend meireces"},
      {"Ik zeg toe dat ik voor de zomer een brief stuur", "voor de zomer"},
      {"die op korte termijn worden verzonden", "op korte termijn"},
      {"die op\nkorte  termijn worden verzonden", "op korte termijn"},
      {"Ik zal uw Kamer in aanloop naar het Raadsakkoord per brief informeren", "in aanloop naar het Raadsakkoord"},
      {"Ik zal uw Kamer na de zomer per brief informeren", "na de zomer"},
      {"u ontvangt de brief voor 1 oktober 2026.", "voor 1 oktober 2026"},
      {"Voor het einde van het jaar volgt een evaluatie", "Voor het einde van het jaar"},
      {"De Kamer ontvangt binnenkort een BNC-fiche", "binnenkort"},
      {"uiterlijk eind 2026", "uiterlijk eind 2026"},
      {"een brief (voor de zomer) over de pilot", "voor de zomer"},
      // No deadline: "voor" without a time word, or with the time word after a clause break.
      {"verzoekt de regering om voor alle overheden één landelijk meldformulier in te voeren", ""},
      {"Voor het antwoord op deze vraag verwijs ik u naar de brief", ""},
      {"Dat is voor de toezichthouder niet uitvoerbaar, dit jaar niet", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(FindDeadlinePhrase(c.text) == c.want);
  }
}

TEST_CASE("IsDeferral recognises answers that send the reader elsewhere", "[referrals]") {
  struct Case {
    const char* text;
    bool want;
  };
  const Case cases[] = {
      {"Voor het antwoord op deze vraag verwijs ik u naar de antwoorden op de aangehaalde Kamervragen, die op "
       "korte termijn naar uw Kamer zullen worden verzonden.",
       true},
      {"Hiervoor wordt verwezen naar de brief van 6 december.", true},
      {"Ik kom hier in de voortgangsrapportage op terug.", true},
      {"Het kabinet komt daar na de zomer op terug.", true},
      {"Ik zal hier later op terugkomen.", true},
      {"De antwoorden worden op korte termijn aan uw Kamer verzonden.", true},
      {"Ik kom hierop zo snel mogelijk terug.", true},
      {"Ja.", false},
      // Seed 001: topics that recur, and a pointer to another answer of the same document.
      {"Dit zijn onderwerpen die in vrijwel alle bilaterale en regionale dialogen\nterugkomen.", false},
      {"Voor meer informatie over Cyclotron verwijs ik graag\nnaar het antwoord op vraag 13.", false},
      {"Hiervoor verwijs ik u ook naar het antwoord op vraag 18 en 43.", false},
      {"Het kabinet komt terug op dat besluit.", false},
      // A pointer after the substance is no deferral.
      {"Het kabinet steunt dit. Het voorstel is besproken. De Raad stemt in. Er is een akkoord. Voor details "
       "verwijs ik u naar de brief van 6 december.",
       false},
      {"Het kabinet is terughoudend met het inzetten van een EU-voorkeursprincipe.", false},
      {"Ik kom tot de conclusie dat dit niet nodig is. Terug naar de vraag.", false},
      {"De brief is verzonden. Op korte termijn volgt de evaluatie.", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(IsDeferral(c.text) == c.want);
  }
}

TEST_CASE("IsInternalReference spots pointers inside the same document", "[referrals]") {
  CHECK(IsInternalReference("Hiervoor verwijs ik u naar het antwoord op vraag 3."));
  CHECK(IsInternalReference("Ik verwijs naar de antwoorden op de vragen 2 en 4."));
  CHECK(IsInternalReference("Zie het antwoord op de vorige vraag."));
  CHECK_FALSE(IsInternalReference("Ik verwijs u naar de antwoorden op de Kamervragen 2026Z01234."));
}

TEST_CASE("RequestsAction separates requests from statements", "[referrals]") {
  CHECK(RequestsAction("verzoekt de regering om een aanbesteding uit te schrijven"));
  CHECK(RequestsAction("roept de regering op de Kamer te informeren"));
  CHECK_FALSE(RequestsAction("spreekt uit dat digitale weerbaarheid een publieke taak is"));
  CHECK_FALSE(RequestsAction("Spreekt zich uit tegen verdere migratie"));
  CHECK_FALSE(RequestsAction("  "));
}

}  // namespace
}  // namespace kamergraaf

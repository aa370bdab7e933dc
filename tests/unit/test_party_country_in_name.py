"""A political party whose name holds a country's name is a party, not that country
("Forza Italia", "Fratelli d'Italia", "Italia Viva", "Reform UK", "La France insoumise",
"Alternative für Deutschland"):
``data/organizations_extra.json`` rows of family "party", read whole even when joined to
another party's name by "e"/"and" or before a member's name ("di Fratelli d'Italia Marco
Bellini": ``org_acronyms._inside_name``), and a country's name in the title inside such a
name is no subject (``PartiesContext.title_skipped``).  Short made-up texts."""

from __future__ import annotations

import pytest
from party_rows import party_rows

from congo_digital.enrich.parties import find_parties


def test_italian_parties_named_after_italy() -> None:
    """Italy was a country party with four mentions (the title's among them) and neither
    party was found."""
    body = ("Forza Italia e Fratelli d'Italia hanno trovato martedì un accordo sulla legge "
            "elettorale, ha annunciato il segretario del partito, Antonio Tajani. Il deputato di "
            "Fratelli d'Italia Marco Bellini ha spiegato che il testo arriverà in aula a luglio. "
            "Forza Italia chiede tempi rapidi.")
    assert party_rows(body, "Forza Italia e Fratelli d'Italia trovano l'accordo", "it") == [
        ("Fratelli d'Italia", "organization", "IT", None, None, 2),
        ("Forza Italia", "organization", "IT", None, None, 2),
        ("Antonio Tajani", "person", None, "segretario del partito", None, 1),
        ("Marco Bellini", "person", "IT", "deputato di Fratelli d'Italia", "Fratelli d'Italia", 1),
    ]


@pytest.mark.parametrize(("language", "title", "body", "expected"), [
    ("it", "Italia Viva lascia la maggioranza",
     "Italia Viva ha annunciato lunedì che lascerà la maggioranza in Senato. La decisione di "
     "Italia Viva è stata criticata dagli alleati.",
     [("Italia Viva", "organization", "IT", None, None, 2)]),
    ("en", "Reform UK wins council seats",
     "Reform UK won 12 council seats in local elections on Thursday, party leader Nigel Farage told "
     "reporters. Reform UK said it would now target the general election.",
     [("Reform UK", "organization", "GB", None, None, 2),
      ("Nigel Farage", "person", None, "leader", None, 1)]),
    ("fr", "La France insoumise votera contre le budget",
     "La France insoumise a annoncé mardi qu'elle voterait contre le budget, a déclaré son "
     "coordinateur Manuel Bompard. Debout la France a aussi critiqué le texte.",
     [("La France insoumise", "organization", "FR", None, None, 1),
      ("Manuel Bompard", "person", "FR", "coordinateur", "La France insoumise", 1),
      ("Debout la France", "organization", "FR", None, None, 1)]),
])
def test_parties_named_after_their_country(language: str, title: str, body: str,
                                          expected: list[tuple]) -> None:
    """Before: no party ("Italia Viva", "Reform UK" unread), or France as the country
    twice and its coordinator no member of a party."""
    assert party_rows(body, title, language) == expected


def test_a_german_party_named_after_germany() -> None:
    """"Alternative für Deutschland" printed whole and "AfD" are one party, named as the
    news prints it; before, neither was found (the name held Germany)."""
    body = ("Die Alternative für Deutschland hat am Montag ihr Programm vorgestellt. Die AfD will "
            "die Grenzen schließen, sagte Parteichefin Alice Weidel.")
    found = find_parties(body, title="AfD stellt Programm vor", language="de")
    assert [(p.name, p.kind, p.country, p.aliases, p.mentions) for p in found] == [
        ("AfD", "organization", "DE", ["Alternative für Deutschland"], 2)]


def test_a_state_body_in_the_title_still_names_its_country() -> None:
    """Only the party rows and the bodies' printed names are read so: "Bank of Uganda"
    keeps its country (unchanged)."""
    body = ("The Bank of Uganda raised its main rate on Monday to curb inflation. The Bank of "
            "Uganda said prices would ease next year.")
    assert party_rows(body, "Bank of Uganda raises rates", "en") == [
        ("Uganda", "country", "UG", None, None, 0),
        ("Bank of Uganda", "organization", "UG", None, None, 2),
    ]


def test_a_party_before_a_members_name_is_read() -> None:
    """A party's name before a given name and a surname is the member's party, not a word
    of the name: "Tory Hannah Briggs" was the person's whole name."""
    body = ("Tory Hannah Briggs said the Home Secretary should resign over the visa row. Liberal "
            "Democrat Owen Pryce said the minister had misled MPs. Briggs said she would raise it "
            "in the Commons.")
    assert party_rows(body, "Home Secretary under pressure", "en") == [
        ("Hannah Briggs", "person", None, None, None, 2),
        ("Owen Pryce", "person", None, None, None, 1),
    ]

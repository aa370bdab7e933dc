"""A company named by an initialism glued before a name shaped like a person's ("JP Morgan
Chase", "JPMorgan Chase") is an organisation, not the person "Morgan Chase"
(``enrich/org_initialisms.py``); a title written as initials before a person's name ("PM",
"DJ") or initials of a person's own ("JD Vance") make no company.  Short made-up texts in
English, Spanish and French."""

from __future__ import annotations

import pytest
from party_rows import party_rows

from congo_digital.enrich.parties import find_parties


@pytest.mark.parametrize(("language", "body", "mentions"), [
    ("en", "JP Morgan Chase said on Tuesday it would cut 500 jobs at its London offices. Analysts at "
           "JP Morgan Chase expect more cuts, and a spokesman for JP Morgan Chase declined to comment.", 3),
    ("es", "JP Morgan Chase anunció el martes que recortará 500 empleos en Londres. Un portavoz de "
           "JP Morgan Chase declinó hacer comentarios.", 2),
    ("fr", "JP Morgan Chase a annoncé mardi la suppression de 500 emplois à Londres. Un porte-parole "
           "de JP Morgan Chase n'a pas souhaité commenter.", 2),
])
def test_an_initialism_before_a_given_name_and_a_surname(language: str, body: str, mentions: int) -> None:
    """Before: the person "Morgan Chase", a "spokesman for JP" (and no organisation)."""
    assert party_rows(body, "Bank cuts jobs", language) == [
        ("JP Morgan Chase", "organization", None, None, None, mentions)]


def test_an_initialism_glued_to_a_given_name() -> None:
    """"JPMorgan" then "Chase": one organisation, with the spaced form as its alias."""
    body = ("JPMorgan Chase said on Tuesday that its profits rose 12% in the quarter. Analysts at "
            "JP Morgan Chase expect more gains.")
    found = find_parties(body, title="Bank profits rise", language="en")
    assert [(p.name, p.kind, p.aliases, p.mentions) for p in found] == [
        ("JP Morgan Chase", "organization", ["JPMorgan Chase"], 2)]


def test_titles_and_a_persons_initials_make_no_company() -> None:
    body = ("Former PM Liz Truss said on Monday that her budget had been right. PM Boris Johnson "
            "disagreed, and DJ Tim Westwood said nothing. Liz Truss's allies agreed with her.")
    assert party_rows(body, "Truss defends her budget", "en") == [
        ("Liz Truss", "person", None, None, None, 2),
        ("Boris Johnson", "person", None, None, None, 1),
        ("Tim Westwood", "person", None, None, None, 1),
    ]
    body = "JD Vance said on Monday that the economy was strong. Vance spoke in Ohio."
    assert party_rows(body, "Vance visits Ohio", "en") == [("JD Vance", "person", None, None, None, 2)]


def test_a_german_genitive_of_an_initialism_is_no_company() -> None:
    """"CATLs Akkus" (CATL's batteries): the capitals end in a genitive "s", no given name."""
    body = "Die Firma testet CATLs Akkus seit Monaten in einem neuen Motorrad aus Berlin."
    assert [p.name for p in find_parties(body, title="Akkus im Test", language="de")] == []

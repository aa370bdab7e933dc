"""Person actors on real news: who acts is a party, a role played is not.  Short
real-style texts written for these tests."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _people(body: str, title: str, language: str) -> set[str]:
    return {p.name for p in find_parties(body, title=title, language=language) if p.kind == "person"}


def test_a_person_named_once_in_the_lead_who_acts_is_a_party() -> None:
    body = ("Nearly 9,000 runners crossed the line in the city's marathon on Sunday. "
            "Helen Marsh won the women's race in a course record of 2:21:40, ahead of last "
            "year's winner, in cool and dry weather.\n\n"
            "Organisers said the number of runners was the highest since the race began in "
            "1981. Roads in the centre reopened by the late afternoon.\n\n"
            "The next edition is planned for the first Sunday of October.")
    assert _people(body, "Record field for the city marathon", "en") == {"Helen Marsh"}


def test_a_fictional_character_is_no_party() -> None:
    body = ("Seit 25 Jahren ermitteln sie gemeinsam im Fernsehen. Petra Lindner (58) und "
            "Jonas Albrecht (61) feiern am Sonntag ihr Jubiläum mit einem neuen Fall.\n\n"
            "Nur Karin Hollmann als Greta Vogt ist länger im Dienst. Vogt ermittelt seit 1989 "
            "in Bremen, Vogt ist damit die dienstälteste Kommissarin.\n\n"
            "Lindner und Albrecht drehen schon den nächsten Film. «Wir haben noch viel vor», "
            "sagt Lindner.")
    assert _people(body, "Jubiläum im Krimi: 25 Jahre Lindner und Albrecht", "de") == {
        "Petra Lindner", "Jonas Albrecht"}


def test_british_offices_keep_their_portfolio_word() -> None:
    """'Home' and 'Shadow' are part of the office, as 'Foreign' is (they were dropped:
    'Jane Smith (Secretary)')."""
    body = ("Home Secretary Jane Holt said on Monday that the bill would pass. Holt added that "
            "police numbers would rise.\n\nShadow Home Secretary Tom Reeve said the plan was "
            "unfunded. Foreign Secretary Anne Lyle backed the bill.")
    roles = {p.name: p.role for p in find_parties(body, title="Minister defends police bill", language="en")
             if p.kind == "person"}
    assert roles == {"Jane Holt": "Home Secretary", "Tom Reeve": "Shadow Home Secretary",
                     "Anne Lyle": "Foreign Secretary"}

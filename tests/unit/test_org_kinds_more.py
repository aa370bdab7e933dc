"""More kinds of organisation names on real news: a one-word company that has a
spokesperson ("a Meta spokesperson said").  Short real-style texts written for these
tests; each test asserts the exact parties."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str = "en") -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def test_one_word_company_with_a_spokesperson_is_an_organisation() -> None:
    # "Meta" is also a given name and a place: its spokesperson says it is a body
    body = ("Hackers took over dozens of pages. The accounts include pages like Meta Ads. "
            "They targeted tech companies, including Meta itself.\n\n\"We invest in "
            "detecting scams,\" a Meta spokesperson told reporters. Meta’s offer of "
            "protection is not yet available.")
    assert _parties(body, "Hacked pages impersonating Meta buy ads from Meta") == {
        ("organization", "Meta")}


def test_a_person_with_a_spokesperson_stays_a_person() -> None:
    body = ("Donald Trump said on Monday that he would appeal. A Trump spokesperson told "
            "reporters the ruling was wrong.\n\nTrump has appealed before.")
    assert _parties(body, "Trump to appeal ruling") == {("person", "Donald Trump")}

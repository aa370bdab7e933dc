"""Kinds of wrong parties on real news: an acronym that several known bodies share read by
the story's subject ("IOC" in an Olympics story), a plural common noun opening sentences
("Carmakers are starting"), a place whose name ends in an organisation keyword ("the West
Bank").  Short made-up texts; each test asserts the exact parties."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str = "en") -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def test_shared_acronym_is_read_by_the_story_subject() -> None:
    body = ("The IOC said on Tuesday that it would add surfing to the next Olympic Games.\n\n"
            "IOC president Jane Moss told reporters the Olympics needed younger fans. "
            "The IOC will vote in June.")
    found = find_parties(body, title="Olympic body weighs new sports", language="en")
    assert {(p.kind, p.name) for p in found} == {
        ("organization", "International Olympic Committee"), ("person", "Jane Moss")}
    assert [p.affiliation for p in found if p.kind == "person"] == ["International Olympic Committee"]


def test_shared_acronym_keeps_the_first_body_without_a_subject_word() -> None:
    body = ("The IOC said on Tuesday that prices would rise this year.\n\n"
            "IOC director Jane Moss told reporters that the harvest was poor. "
            "The IOC will meet in June.")
    assert ("organization", "International Olive Council") in _parties(body, "Prices to rise")


def test_plural_common_noun_opening_sentences_is_no_company() -> None:
    body = ("Carmakers are starting to build cheaper batteries as demand for electric cars "
            "slows.\n\nCarmakers said the cost of lithium had fallen. Carmakers say they need "
            "more help.\n\nBattery makers are also cutting prices, said Tom Reed, head of the "
            "trade group EuroBat.")
    assert _parties(body, "Carmakers are starting to build cheaper batteries") == {
        ("person", "Tom Reed"), ("organization", "EuroBat")}


def test_one_word_company_with_singular_verbs_still_acts() -> None:
    body = ("Zorbex says it will cut 500 jobs this year.\n\nZorbex said demand for its "
            "scooters had fallen. Zorbex is also closing a plant.")
    assert ("organization", "Zorbex") in _parties(body, "Zorbex to cut jobs")


def test_place_named_with_an_organisation_keyword_is_no_body() -> None:
    body = ("Hundreds of people marched in Ramallah on Friday as soldiers raided towns across "
            "the West Bank.\n\nThe West Bank has seen rising violence since January. West Bank "
            "residents said roads were blocked.")
    assert not {name for kind, name in _parties(body, "Protests spread in the West Bank")
                if kind == "organization"}

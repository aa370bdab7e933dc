"""Exact parties of real-style stories written for these tests (fixtures/parties) where
words near a person are no party and say nothing of them (issue #11): a person's
country comes from the phrase that names them, never from the nearest country word."""

from __future__ import annotations

from pathlib import Path

from congo_digital.enrich.parties import find_parties
from congo_digital.record import Party

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "parties"


def _parties(name: str, language: str = "en") -> list[Party]:
    title, body = (FIX / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)
    return find_parties(body.strip(), title=title, language=language)


def _people(parties: list[Party]) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {p.name: (p.role, p.country, p.affiliation) for p in parties if p.kind == "person"}


def test_minister_without_country_does_not_take_the_other_states():
    # Zambia and Japan each have their official; "Mines Minister" alone names no state,
    # so the minister does not take the most named country (Japan)
    people = _people(_parties("en_cobalt_deal"))
    assert people == {
        "Hakainde Hichilema": ("President", "ZM", "ZM"),
        "Paul Kabuswe": ("Mines Minister", None, None),
        "Takeshi Matsunaga": ("ambassador", "JP", "JP"),
    }


def test_photographers_in_picture_credits_are_not_parties():
    # "(AP Photo/Name)", "Name/Copyright ...", "Photograph: Name for the Guardian",
    # "Copyright Name/...", "Foto: Name/dpa", "Photo by Name"
    parties = _parties("en_photo_credits")
    assert {(p.kind, p.name) for p in parties} == {
        ("person", "Janno Lieber"),
        ("person", "Kathy Hochul"),
        ("organization", "Metropolitan Transportation Authority"),
        ("country", "United States"),
    }


def test_name_does_not_run_into_an_ad_label_on_the_next_line():
    # a text dump: "Олег Ткачук" ends a line, "Реклама:" (Advertisement) opens the next
    people = {p.name: p.aliases for p in _parties("ru_ad_label", "ru") if p.kind == "person"}
    assert people == {
        "Олег Ткачук": ["Ткачук"],
        "Марта Сидоренко": ["Сидоренко"],
        "Иван Лысенко": ["Лысенко"],
    }


def test_a_name_once_followed_by_the_noun_of_a_thing_is_no_person():
    # "The Fianna Fáil party will meet": Fianna Fáil "said" and "told" elsewhere is a
    # party, not a person; "Fake Instagram pages" are pages
    parties = _parties("en_thing_names")
    assert _people(parties) == {"Paschal Donohoe": ("Finance Minister", None, None)}


def test_a_name_after_known_as_or_dubbed_is_a_thing():
    # "known as “Silent Harbor”", "dubbed Grey Heron": names of malware, not people
    assert _parties("en_known_as") == []


def test_product_names_quoted_or_described_are_not_people():
    # "pages such as “Amber Help”" (a name alone in quotes) and "Amber Shield, the
    # company's new account protection service," (an apposition ending in a thing's
    # noun): a company's products, not people (its lone name "Amber" is a given name)
    assert _parties("en_product_names") == []


def test_the_other_side_of_a_match_is_no_person():
    # "Aston Villa - West Ham United": the run joined by a dash to a club is a club
    parties = _parties("en_match")
    assert {(p.kind, p.name) for p in parties} == {
        ("organization", "West Ham United"),
        ("person", "David Moyes"),
        ("person", "Tomáš Souček"),
    }


def test_an_implied_state_is_no_evidence_of_affiliation():
    # "A ministra da Ciência ..., Maria ...": her state is implied by the story (MZ) and
    # printed, but it does not count as an affiliation in the decision to keep her
    parties = _parties("pt_dados", "pt")
    minister = next(p for p in parties if p.kind == "person" and p.role and "ministra" in p.role)
    assert (minister.country, minister.affiliation) == ("MZ", "MZ")
    assert "affiliated" not in minister.why and minister.why["state_role"] == 0.5

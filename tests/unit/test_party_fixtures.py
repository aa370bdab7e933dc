"""Exact parties of short real-style stories written for these tests (fixtures/parties):
a German sports report, a Spanish EU story, a US court story, a list of countries that
are not parties, and a person named with a rank and honorifics around them."""

from __future__ import annotations

from pathlib import Path

from congo_digital.enrich.parties import find_parties
from congo_digital.record import Party

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "parties"


def _parties(name: str, language: str) -> list[Party]:
    title, body = (FIX / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)
    return find_parties(body.strip(), title=title, language=language)


def _kinds(parties: list[Party]) -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in parties}


def _person(parties: list[Party], name: str) -> Party:
    return next(p for p in parties if p.kind == "person" and p.name == name)


def test_german_sports_report_players_and_coach():
    parties = _parties("de_sport", "de")
    people = {p.name for p in parties if p.kind == "person"}
    # Guirassy scores once and is named once: a minor participant
    assert people == {"Harry Kane", "Jamal Musiala", "Vincent Kompany"}
    assert _person(parties, "Vincent Kompany").role == "Trainer"
    assert not [p for p in parties if p.kind == "country"]


def test_german_sports_report_both_clubs():
    orgs = {p.name for p in _parties("de_sport", "de") if p.kind == "organization"}
    assert orgs == {"FC Bayern München", "Borussia Dortmund"}


def test_spanish_eu_story():
    parties = _parties("es_eu", "es")
    assert _kinds(parties) == {
        ("country", "Spain"),
        ("organization", "European Commission"),  # "la Comisión Europea"
        ("person", "Carlos Cuerpo"),
        ("person", "Dan Jørgensen"),
    }  # France, Italy and Portugal, a list of places, are not parties
    cuerpo = _person(parties, "Carlos Cuerpo")
    assert (cuerpo.role, cuerpo.affiliation, cuerpo.country) == ("ministro de Vivienda", "ES", "ES")
    assert _person(parties, "Dan Jørgensen").role == "comisario de Energía"
    spain = next(p for p in parties if p.kind == "country")
    # the title names Spain as the object ("abre un expediente a España"): 1, not a subject's 2
    assert spain.why["state_acts"] > 0 and spain.why["title"] == 1.0


def test_us_court_story():
    parties = _parties("us_court", "en")
    assert _kinds(parties) == {
        ("country", "United States"),  # a federal court acts; Texas is no country
        ("person", "Robert Pitman"),
        ("person", "Ken Paxton"),
        ("person", "Chris Marchese"),
        ("organization", "NetChoice"),
    }  # Meta and Google, named in a list of members, are not parties
    judge = _person(parties, "Robert Pitman")
    assert (judge.role, judge.affiliation, judge.country) == ("U.S. District Judge", "US", "US")
    assert _person(parties, "Ken Paxton").role == "Texas Attorney General"
    assert _person(parties, "Chris Marchese").affiliation == "NetChoice"


def test_list_of_countries_is_no_party():
    # growing countries, markets, a data source quoted and an analyst: no actor at all
    assert _parties("country_list", "en") == []


def test_rank_and_honorifics_leave_the_name():
    parties = _parties("honorific_rank", "en")
    assert _kinds(parties) == {("country", "Uganda"), ("person", "Samuel Okiror")}
    okiror = _person(parties, "Samuel Okiror")
    assert okiror.aliases == ["Okiror"] and okiror.mentions == 3
    assert okiror.why == {"mentions": 4.5, "paragraphs": 1.0, "lead": 1.0, "subject": 1.0,
                          "score": 7.5}  # "Okiror was sworn in"

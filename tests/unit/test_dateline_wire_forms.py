"""The Spanish-language wires' dateline, whose agency bracket is followed by a full stop and a
dash ("Madrid, 12 mar (EFE).- El presidente …"): read as a dateline (place, agency, date) as
"LAGOS, March 12 (Reuters) - …" is.  Made-up texts."""

from __future__ import annotations

import pytest
from text_records import plain_record

TITLE = "El Gobierno anuncia un plan de vivienda"
REST = ("El presidente del Gobierno anunció este martes un plan de vivienda de 5.000 millones de euros "
        "para jóvenes.")
SECOND = "La oposición criticó la medida en el Congreso de los Diputados."


@pytest.mark.parametrize(("opening", "place", "agency", "text", "date"), [
    ("Madrid, 12 mar (EFE).- ", "Madrid", "EFE", "Madrid, 12 mar (EFE)", None),
    ("Madrid, 12 mar 2025 (EFE).- ", "Madrid", "EFE", "Madrid, 12 mar 2025 (EFE)", "2025-03-12"),
    ("Bogotá, 4 nov (AFP).– ", "Bogotá", "AFP", "Bogotá, 4 nov (AFP)", None),
    ("CARACAS (Xinhua) .- ", "Caracas", "Xinhua", "CARACAS (Xinhua)", None),
])
def test_a_full_stop_and_dash_after_the_agency_closes_a_dateline(opening: str, place: str, agency: str,
                                                                   text: str, date: str | None):
    rec = plain_record(f"{TITLE}\n\n{opening}{REST}\n\n{SECOND}")
    assert rec["dateline"] == {"place": place, "agency": agency, "text": text}
    assert (rec["title"], rec["date"], [a["name"] for a in rec["authors"]]) == (TITLE, date, [agency])
    assert rec["body"] == f"{opening}{REST}\n\n{SECOND}"


def test_a_full_stop_after_a_bracket_without_a_dash_is_no_dateline():
    rec = plain_record(f"{TITLE}\n\nMadrid, 12 mar (EFE). {REST}\n\n{SECOND}")
    assert (rec["dateline"], rec["authors"]) == (None, [])


@pytest.mark.parametrize(("opening", "place", "agency", "text"), [
    ("MADRID (EFE) - ", "Madrid", "EFE", "MADRID (EFE)"),
    ("CARACAS (Reuters) – ", "Caracas", "Reuters", "CARACAS (Reuters)"),
    ("Bogotá (EFE) - ", "Bogotá", "EFE", "Bogotá (EFE)"),
    ("Madrid (EFE) — ", "Madrid", "EFE", "Madrid (EFE)"),
    ("BUENOS AIRES (AFP) -- ", "Buenos Aires", "AFP", "BUENOS AIRES (AFP)"),
])
def test_a_dash_without_a_full_stop_after_the_agency_closes_a_dateline(opening: str, place: str, agency: str,
                                                                        text: str):
    rec = plain_record(f"{TITLE}\n\n{opening}{REST}\n\n{SECOND}")
    assert rec["dateline"] == {"place": place, "agency": agency, "text": text}
    assert (rec["title"], rec["date"], [a["name"] for a in rec["authors"]]) == (TITLE, None, [agency])
    assert rec["body"] == f"{opening}{REST}\n\n{SECOND}"


@pytest.mark.parametrize(("opening", "place", "text", "date"), [
    # the Cuban wire's form: no dash between the agency's bracket and the text
    ("La Habana, 12 feb (Prensa Latina) ", "La Habana", "La Habana, 12 feb (Prensa Latina)", None),
    ("Caracas, 3 mar (Prensa Latina) ", "Caracas", "Caracas, 3 mar (Prensa Latina)", None),
    ("Havana, Aug 18 (Prensa Latina) ", "Havana", "Havana, Aug 18 (Prensa Latina)", None),
    ("Quito, 9 abr 2025 (Prensa Latina) ", "Quito", "Quito, 9 abr 2025 (Prensa Latina)", "2025-04-09"),
])
def test_an_agency_bracket_after_a_date_closes_a_dateline_without_a_dash(opening: str, place: str, text: str,
                                                                          date: str | None):
    rec = plain_record(f"{TITLE}\n\n{opening}{REST}\n\n{SECOND}")
    assert rec["dateline"] == {"place": place, "agency": "Prensa Latina", "text": text}
    assert (rec["title"], rec["date"], [a["name"] for a in rec["authors"]]) == (TITLE, date, ["Prensa Latina"])
    assert rec["body"] == f"{opening}{REST}\n\n{SECOND}"


@pytest.mark.parametrize("opening", [
    "MADRID (EFE) ",  # no date: a bracket after a name, no dateline
    "Lagos, Ogun (Agency) ",
    "Madrid, 12 mar (EFE) el ",  # no capital after the bracket
])
def test_an_agency_bracket_without_a_dash_needs_a_date_and_a_capital(opening: str):
    rec = plain_record(f"{TITLE}\n\n{opening}{REST}\n\n{SECOND}")
    assert (rec["dateline"], rec["authors"]) == (None, [])


@pytest.mark.parametrize("opening", [
    "La Paz, 3 mar (foto) ", "Real Madrid, 3 mar (2-1) ", "María, 15 ago (cumpleaños) ",
    "Kyiv, 3 Mar (video) ", "Madrid, 3 mar (lunes) ",
])
def test_a_bracket_that_names_no_agency_makes_no_dateline_without_a_dash(opening: str):
    """Without a dash, only a known agency's bracket closes a dateline (``data/agencies.json``):
    any bracket after a place and a date had been read as the agency, and as an author."""
    rec = plain_record(f"{TITLE}\n\n{opening}{REST}\n\n{SECOND}")
    assert (rec["dateline"], rec["authors"]) == (None, [])

"""The Spanish, Portuguese and Italian month abbreviation "ago" (agosto), which is also the
English word of relative stamps ("2 hours ago"): beside a day number it is the month
("México, 15 ago (EFE).-", "15 ago 2024", "15-ago-2024"); after a unit it stays a relative
stamp that gives no date.  Made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.fields.dateparse import find_dates
from congo_digital.pipeline import parse_bytes
from congo_digital.record import to_json


@pytest.mark.parametrize(("text", "language", "value"), [
    ("15 ago 2024", "es", "2024-08-15"),
    ("15 ago. 2024", "pt", "2024-08-15"),
    ("ago 15, 2024", "es", "2024-08-15"),
    ("15-ago-2024", "es", "2024-08-15"),
    ("15/ago/2024", "pt", "2024-08-15"),
    ("15 ago, 2024", "it", "2024-08-15"),
])
def test_ago_beside_a_day_is_august(text: str, language: str, value: str):
    assert [d.value for d in find_dates(text, language=language)] == [value]


def test_ago_without_a_year_reads_with_the_default_year():
    assert [d.value for d in find_dates("15 ago", language="es", default_year=2025)] == ["2025-08-15"]
    assert find_dates("15 ago", language="es") == []


@pytest.mark.parametrize("text", ["2 hours ago", "3 days ago", "Updated 15 minutes ago", "Posted 2 days ago"])
def test_ago_after_a_unit_is_a_relative_stamp(text: str):
    assert find_dates(text, language="en", default_year=2025) == []


TEXTS = {
    "es": ("El banco central sube los tipos",
           "El banco central subió este jueves su tasa de interés en un cuarto de punto porcentual.",
           "Los analistas esperaban la decisión."),
    "pt": ("Banco central sobe os juros",
           "O banco central subiu nesta quinta-feira a sua taxa de juro em um quarto de ponto percentual.",
           "Os analistas esperavam a decisão."),
    "it": ("La banca centrale alza i tassi",
           "La banca centrale ha alzato giovedì il suo tasso di interesse di un quarto di punto percentuale.",
           "Gli analisti si aspettavano la decisione."),
}


@pytest.mark.parametrize(("lang", "opening", "place", "agency", "text", "date"), [
    ("es", "México, 15 ago (EFE).- ", "México", "EFE", "México, 15 ago (EFE)", None),
    ("es", "Bogotá, 7 ago (EFE).- ", "Bogotá", "EFE", "Bogotá, 7 ago (EFE)", None),
    ("es", "Ciudad de México, 15 ago 2025 (EFE).- ", "Ciudad de México", "EFE",
     "Ciudad de México, 15 ago 2025 (EFE)", "2025-08-15"),
    ("pt", "Lisboa, 15 ago (Lusa) - ", "Lisboa", "Lusa", "Lisboa, 15 ago (Lusa)", None),
    ("pt", "São Paulo, 20 ago 2024 (Lusa) – ", "São Paulo", "Lusa", "São Paulo, 20 ago 2024 (Lusa)", "2024-08-20"),
    ("it", "Roma, 15 ago (ANSA) - ", "Roma", "ANSA", "Roma, 15 ago (ANSA)", None),
])
def test_a_dateline_in_august_is_read(lang: str, opening: str, place: str, agency: str, text: str,
                                      date: str | None):
    title, lead, second = TEXTS[lang]
    rec = to_json(parse_bytes(f"{title}\n\n{opening}{lead}\n\n{second}", plain=True))
    assert rec["dateline"] == {"place": place, "agency": agency, "text": text}
    assert (rec["title"], rec["date"], [a["name"] for a in rec["authors"]]) == (title, date, [agency])
    assert rec["body"] == f"{opening}{lead}\n\n{second}"


def test_a_yearless_august_dateline_takes_the_copyright_year():
    title, lead, second = TEXTS["es"]
    rec = to_json(parse_bytes(f"{title}\n\nMéxico, 15 ago (EFE).- {lead}\n\n{second}\n\n© 2025 EFE", plain=True))
    assert (rec["date"], rec["dateline"]["place"]) == ("2025-08-15", "México")

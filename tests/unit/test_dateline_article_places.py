"""A dateline whose place opens with an article ("LA PAZ, 3 mar (EFE).-", "LE CAIRE, 4 mai (AFP) -",
"EL ALTO, Bolivia (AP) —"): read when the gazetteer knows the place with its article, or when the
place is in upper case before a region; an article that opens a sentence ("La ministra (PSOE) -",
"The President (AP) —") or that the place's name does not hold ("O PORTO": the city is Porto) still
gives no dateline.  Made-up texts, in the languages the wires write such places in."""

from __future__ import annotations

import pytest

from congo_digital.pipeline import parse_bytes
from congo_digital.record import to_json

TEXTS = {
    "es": ("El Gobierno aprueba un plan de ayudas",
           "El ministro de Economía anunció este martes un plan de ayudas de 3.000 millones para las pymes.",
           "La oposición criticó la medida en el Parlamento."),
    "en": ("Protesters block roads over fuel",
           "Protesters blocked the main roads into the city on Tuesday, demanding fuel supplies.",
           "Police said no one was hurt."),
    "fr": ("Le gouvernement aide les petites entreprises",
           "Le gouvernement a annoncé mardi un plan de soutien de 3 milliards aux petites entreprises.",
           "Les syndicats ont salué la mesure."),
    "it": ("Il governo aiuta le piccole imprese",
           "Il ministro dell'Economia ha annunciato martedì un piano di aiuti per le piccole imprese.",
           "L'opposizione ha criticato la misura in Parlamento."),
    "pt": ("Governo aprova plano de apoio",
           "O ministro da Economia anunciou nesta terça-feira um plano de apoio às pequenas empresas.",
           "A oposição criticou a medida no Parlamento."),
}


def _plain(lang: str, opening: str) -> tuple[dict, str]:
    title, lead, second = TEXTS[lang]
    return to_json(parse_bytes(f"{title}\n\n{opening}{lead}\n\n{second}", plain=True)), f"{opening}{lead}\n\n{second}"


@pytest.mark.parametrize(("lang", "opening", "place", "agency", "text", "date"), [
    ("es", "LA PAZ, 3 mar (EFE).- ", "La Paz", "EFE", "LA PAZ, 3 mar (EFE)", None),
    ("es", "La Paz, 3 mar 2025 (EFE).- ", "La Paz", "EFE", "La Paz, 3 mar 2025 (EFE)", "2025-03-03"),
    ("es", "LOS ÁNGELES, 5 jun (EFE).- ", "Los Ángeles", "EFE", "LOS ÁNGELES, 5 jun (EFE)", None),
    ("es", "LAS PALMAS, 3 mar (EFE).- ", "Las Palmas", "EFE", "LAS PALMAS, 3 mar (EFE)", None),
    ("es", "A Coruña, 3 mar 2025 (EFE).- ", "A Coruña", "EFE", "A Coruña, 3 mar 2025 (EFE)", "2025-03-03"),
    ("en", "EL ALTO, Bolivia (AP) — ", "El Alto", "AP", "EL ALTO, Bolivia (AP)", None),  # not in the gazetteer
    ("en", "EL PASO, Texas (AP) — ", "El Paso", "AP", "EL PASO, Texas (AP)", None),
    ("en", "THE HAGUE, Netherlands (AP) — ", "The Hague", "AP", "THE HAGUE, Netherlands (AP)", None),
    ("en", "LOS ANGELES (Reuters) - ", "Los Angeles", "Reuters", "LOS ANGELES (Reuters)", None),
    ("fr", "LE CAIRE, 4 mai (AFP) - ", "Le Caire", "AFP", "LE CAIRE, 4 mai (AFP)", None),
    ("fr", "LA HAYE, 3 juil (AFP) - ", "La Haye", "AFP", "LA HAYE, 3 juil (AFP)", None),
    # a year: "Le" was read as the label of the date ("Le 12 juin 2025"), the lead as a date line
    ("fr", "Le Havre, 12 juin 2025 (AFP) - ", "Le Havre", "AFP", "Le Havre, 12 juin 2025 (AFP)", "2025-06-12"),
    ("fr", "LE CAP, 3 juil 2025 (AFP) - ", "Le Cap", "AFP", "LE CAP, 3 juil 2025 (AFP)", "2025-07-03"),
    ("it", "LA SPEZIA, 3 mar (ANSA) - ", "La Spezia", "ANSA", "LA SPEZIA, 3 mar (ANSA)", None),
    ("it", "L'AQUILA, 3 mar (ANSA) - ", "L'Aquila", "ANSA", "L'AQUILA, 3 mar (ANSA)", None),
])
def test_a_place_that_opens_with_an_article_is_read(lang: str, opening: str, place: str, agency: str,
                                                    text: str, date: str | None):
    rec, body = _plain(lang, opening)
    assert rec["dateline"] == {"place": place, "agency": agency, "text": text}
    assert (rec["title"], rec["date"], [a["name"] for a in rec["authors"]], rec["body"]) == (
        TEXTS[lang][0], date, [agency], body)


@pytest.mark.parametrize(("lang", "opening"), [
    ("es", "La ministra (PSOE) - "),
    ("en", "The President (AP) — "),
    ("es", "LA ÚLTIMA HORA (EFE) - "),  # upper case, but no place of the gazetteer and no region
    ("fr", "Le président, le 3 mai (AFP) - "),
    ("pt", "O PORTO, 3 mar (Lusa) - "),  # the wires write "PORTO"
])
def test_an_article_that_opens_a_sentence_gives_no_dateline(lang: str, opening: str):
    rec, body = _plain(lang, opening)
    assert (rec["dateline"], rec["authors"], rec["body"]) == (None, [], body)

"""The place a header's date line prints before its date, with the small words and weekday that
stand between them in letters and dispatches ("Kinshasa, le 3 avril 2025", "Berlin, den 3. April
2025", "Brasília, em 3 de abril de 2025", "Dakar, le mardi 3 avril 2025"): the place is the city
alone, never "Kinshasa, le"; words that are not set off by a comma ("Nachricht vom 3. April 2025")
give no place.  A place's article is no date label ("Le Havre, 12 juin 2025").  Made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.fields.dateparse import find_dates
from congo_digital.layout.stamp_line import place_head
from congo_digital.pipeline import parse_bytes
from congo_digital.record import to_json

TEXTS = {
    "fr": ("La banque centrale relève son taux",
           "La banque centrale a relevé son taux directeur de 50 points de base mercredi.",
           "Les économistes attendaient cette décision."),
    "de": ("Zentralbank erhöht den Leitzins",
           "Die Zentralbank hat am Mittwoch ihren Leitzins um 50 Basispunkte angehoben.",
           "Die Märkte reagierten gelassen auf die Entscheidung."),
    "pt": ("Banco central sobe os juros",
           "O banco central subiu nesta quarta-feira a sua taxa de juro em meio ponto percentual.",
           "Os analistas esperavam a decisão."),
    "es": ("El banco central sube los tipos",
           "El banco central subió este miércoles su tasa de interés en medio punto porcentual.",
           "Los analistas esperaban la decisión."),
    "en": ("Central bank raises rates",
           "The central bank raised its benchmark rate by 50 basis points on Wednesday.",
           "Markets took the decision calmly."),
}

BY = {"fr": "Par", "de": "Von", "pt": "Por", "es": "Por", "en": "By"}


@pytest.mark.parametrize(("lang", "line", "place"), [
    ("fr", "Kinshasa, le 3 avril 2025", "Kinshasa"),
    ("fr", "Dakar, le mardi 3 avril 2025", "Dakar"),
    ("de", "Berlin, den 3. April 2025", "Berlin"),
    ("pt", "Brasília, em 3 de abril de 2025", "Brasília"),
    ("es", "Madrid, jueves 3 de abril de 2025", "Madrid"),
    ("en", "Abuja, on 3 April 2025", "Abuja"),
])
@pytest.mark.parametrize("credit", [None, "byline"])
def test_the_place_of_a_date_line_leaves_out_the_words_before_the_date(lang: str, line: str, place: str,
                                                                      credit: str | None):
    title, lead, second = TEXTS[lang]
    header = line if credit is None else f"{BY[lang]} Ada Okafor\n{line}"
    rec = to_json(parse_bytes(f"{title}\n\n{header}\n\n{lead}\n\n{second}", plain=True))
    assert (rec["title"], rec["date"], rec["dateline"]) == (
        title, "2025-04-03", {"place": place, "agency": None, "text": place})
    assert ([a["name"] for a in rec["authors"]], rec["body"]) == (
        [] if credit is None else ["Ada Okafor"], f"{lead}\n\n{second}")


@pytest.mark.parametrize("line", ["Nachricht vom 3. April 2025", "Le 3 avril 2025", "On 3 April 2025"])
def test_words_before_a_date_without_a_comma_give_no_place(line: str):
    title, lead, second = TEXTS["de"]
    rec = to_json(parse_bytes(f"{title}\n\n{line}\n\n{lead}\n\n{second}", plain=True))
    assert (rec["date"], rec["dateline"]) == ("2025-04-03", None)


@pytest.mark.parametrize(("before", "head"), [
    ("Kinshasa, le ", "Kinshasa"), ("Dakar, le mardi ", "Dakar"), ("Berlin, den ", "Berlin"),
    ("Lisboa, em ", "Lisboa"), ("Abuja, ", "Abuja"), ("Abuja - ", "Abuja"), ("Dar es Salaam, ", "Dar es Salaam"),
    ("Le ", ""), ("Nachricht vom ", ""), ("Frank Hahn am ", ""),
])
def test_place_head(before: str, head: str):
    assert place_head(before) == head


@pytest.mark.parametrize(("text", "kind"), [
    ("Le Havre, 12 juin 2025", None), ("Le Mans, 3 avril 2025", None),
    ("Le 12 juin 2025", "published"), ("Le mardi 12 juin 2025", "published"),
    ("Am 12. März 2025", "published"), ("Am Dienstag, 12. März 2025", "published"),
    ("Em 12 de junho de 2025", "published"),
])
def test_a_places_article_is_no_date_label(text: str, kind: str | None):
    assert [d.kind for d in find_dates(text, language="fr")] == [kind]

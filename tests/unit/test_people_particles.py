"""People's names in Italian, Portuguese and English texts: a portfolio or section word
before a given name is no part of the name ("il ministro degli Esteri Luigi Di Maio";
``roles.json`` ``portfolio``), a name does not end on a particle ("Luigi Di"), a calendar
word after a capitalised particle is a surname ("Di Maio": "maio" is the Portuguese May),
and the Italian "di" is a particle ("Luca di Montezemolo") but, alone after a name, a
preposition ("Mario Rossi di Forza Italia").  Short texts written for these tests; each test
asserts the exact people."""

from __future__ import annotations

import pytest

from congo_digital.enrich.parties import find_parties


def _people(body: str, language: str) -> list[str]:
    return [p.name for p in find_parties(body, title="Notizia", language=language) if p.kind == "person"]


@pytest.mark.parametrize(("body", "name"), [
    ("Roma – Il ministro degli Esteri Luigi Di Maio ha incontrato ieri il collega francese a Parigi.",
     "Luigi Di Maio"),
    ("Roma – Il ministro degli Esteri Antonio Tajani ha incontrato ieri il collega francese a Parigi.",
     "Antonio Tajani"),
    ("Roma – Il ministro degli Interni Matteo Piantedosi ha incontrato ieri i prefetti a Napoli.",
     "Matteo Piantedosi"),
    ("Roma – Politica Luigi Di Maio ha parlato ieri con i giornalisti davanti a Montecitorio.",
     "Luigi Di Maio"),
    ("Roma – Luigi Di Maio ha incontrato ieri il collega francese. Di Maio ha detto che l'incontro è stato "
     "utile.", "Luigi Di Maio"),
])
def test_a_portfolio_or_section_word_before_a_given_name_is_no_part_of_the_name(body: str, name: str) -> None:
    assert _people(body, "it") == [name]


@pytest.mark.parametrize(("body", "language", "name"), [
    # "maio" is the Portuguese May, "abril" April: after a name's particle they are surnames
    ("Roma – Il ministro Luigi Di Maio ha incontrato ieri il collega francese a Parigi.", "it", "Luigi Di Maio"),
    ("Lisboa – O ministro Luís De Abril falou ontem aos jornalistas no parlamento.", "pt", "Luís De Abril"),
    ("Leonardo di Caprio won the award on Sunday, and the audience stood up to applaud.", "en",
     "Leonardo di Caprio"),
    ("Union leaders met the carmaker's chairman Marco di Bellavista on Tuesday to discuss the future of the "
     "plant.", "en", "Marco di Bellavista"),
])
def test_a_name_holds_its_particle_and_does_not_end_on_it(body: str, language: str, name: str) -> None:
    assert _people(body, language) == [name]


def test_a_lower_case_di_after_a_name_opens_no_part_of_it() -> None:
    body = ("Roma – Mario Rossi di Forza Italia ha parlato ieri con i giornalisti davanti al Senato. "
            "Rossi ha poi lasciato il palazzo.")  # (named twice: "di" is no verb that makes him a subject)
    assert _people(body, "it") == ["Mario Rossi"]

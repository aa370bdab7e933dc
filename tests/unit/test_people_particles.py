"""People's names in Italian, Portuguese and English texts: a portfolio or section word
before a given name is no part of the name ("il ministro degli Esteri Luigi Di Maio";
``roles.json`` ``portfolio``), a name does not end on a particle ("Luigi Di"), a calendar
word after a capitalised particle is a surname ("Di Maio": "maio" is the Portuguese May),
and the Italian "di" is a particle ("Luca di Montezemolo") but, alone after a name, a
preposition ("Mario Rossi di Forza Italia").  "Di Maio" alone after "Luigi Di Maio" is his
surname, "de la" and "de los" are particles ("Anna de la Cruz"), and a place word after a
Romance particle ends a name ("Pedro Sánchez del Río").  Short texts written for these
tests; each test asserts the exact people."""

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


def _aliases(body: str, language: str = "en") -> dict[str, list[str]]:
    return {p.name: p.aliases for p in find_parties(body, title="News", language=language) if p.kind == "person"}


@pytest.mark.parametrize(("body", "language", "aliases"), [
    # the surname of "Luigi Di Maio" alone later: "Di Maio", not "Di"
    ("ROME - Foreign Minister Luigi Di Maio met his counterpart on Tuesday. \"We agree,\" Di Maio told "
     "reporters. The plan, which Di Maio described as a first step, was welcomed.", "en",
     {"Luigi Di Maio": ["Di Maio"]}),
    ("ROME - Foreign Minister Luigi Di Maio met his counterpart on Tuesday. Asked about it, Di Maio said "
     "the talks had gone well.", "en", {"Luigi Di Maio": ["Di Maio"]}),
])
def test_a_particle_and_calendar_surname_stand_alone_after_the_whole_name(
        body: str, language: str, aliases: dict[str, list[str]]) -> None:
    assert _aliases(body, language) == aliases


def test_de_la_and_de_los_are_particles_inside_a_name() -> None:
    body = ("MADRID - Anna de la Cruz, a spokeswoman for the interior ministry, said the plan would be studied. "
            "\"It is a start,\" de la Cruz said. Minister Jorge de los Santos said he agreed.")
    assert _aliases(body) == {"Anna de la Cruz": ["de la Cruz"], "Jorge de los Santos": []}


@pytest.mark.parametrize(("body", "names"), [
    ("MADRID - Pedro Sánchez del Río, a spokesman for the ministry, said the deal was fragile.",
     ["Pedro Sánchez del Río"]),
    ("PARIS - Spokeswoman Claire Dupont du Mont said the talks would resume on Monday.",
     ["Claire Dupont du Mont"]),
    # a capitalised word after the place word: a place, not the name's end
    ("TEXAS - Spokesman Juan Pérez del Río Grande Valley office said the river was rising.", ["Juan Pérez"]),
])
def test_a_place_word_after_a_romance_particle_ends_a_name(body: str, names: list[str]) -> None:
    assert list(_aliases(body)) == names

"""A body's name does not read on into the name of a person printed after it, and a head of
government's title is no body: "il governatore della Banca d'Italia Fabio Panetta" names the
bank and its governor (``org_claims.person_after_complement``: a known given name and a
capitalised word after the name's complement), "la presidente del Consiglio Giorgia Meloni"
names Italy's prime minister, no body "Consiglio Giorgia Meloni" (``roles.json``
``office_phrases``: "presidente del Consiglio", "président du Conseil", "presidente del
Consejo").  Short texts written for these tests; each asserts the exact parties."""

from __future__ import annotations

import pytest

from congo_digital.enrich.parties import find_parties


def _parties(body: str, language: str, title: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.kind, p.role) for p in find_parties(body, title=title, language=language)]


@pytest.mark.parametrize(("title", "body", "language", "parties"), [
    ("Vertice sul bilancio",
     "ROMA - La presidente del Consiglio Lucia Ferrante ha ricevuto oggi il presidente francese Henri "
     "Lambert a Palazzo Chigi.\n\nFerrante ha detto che il colloquio è stato utile.", "it",
     [("France", "country", None), ("Lucia Ferrante", "person", "presidente del Consiglio"),
      ("Henri Lambert", "person", "presidente")]),  # "francese": France's president, as "el presidente francés"
    ("Le budget en débat",
     "PARIS - Le président du Conseil Marcel Bréhat a reçu hier les syndicats.\n\n"
     "Bréhat a promis une réforme.", "fr",
     [("Marcel Bréhat", "person", "président du Conseil")]),
    ("Debate sobre el presupuesto",
     "MADRID - El presidente del Consejo Tomás Arrieta recibió ayer a los sindicatos.\n\n"
     "Arrieta prometió una reforma.", "es",
     [("Tomás Arrieta", "person", "presidente del Consejo")]),
])
def test_a_head_of_governments_title_is_a_role_not_a_body(
        title: str, body: str, language: str, parties: list[tuple[str, str, str | None]]) -> None:
    assert _parties(body, language, title) == parties


@pytest.mark.parametrize(("title", "body", "language", "parties"), [
    ("Tassi e crescita",
     "Torino, 4 maggio 2025 – Ieri la Banca d'Italia ha pubblicato il rapporto annuale. Il governatore "
     "della Banca d'Italia Paolo Venturi ha detto che i prezzi rallentano.", "it",
     [("Italy", "country", None), ("Banca d'Italia", "organization", None),
      ("Paolo Venturi", "person", "governatore della Banca d'Italia")]),
    ("Les taux en question",
     "Lyon, 4 mai 2025 – Hier la Banque de France a publié son rapport. Le gouverneur de la Banque de "
     "France Michel Dutertre de Lanoy a dit que les prix ralentissent.", "fr",
     [("France", "country", None), ("Banque de France", "organization", None),
      ("Michel Dutertre de Lanoy", "person", "gouverneur de la Banque de France")]),
    ("Vertice a Bruxelles",
     "BRUXELLES - Il presidente del Consiglio Europeo Pierre Lambotte ha aperto oggi il vertice. "
     "La Fondazione Giorgio Cini ha ospitato la cena.\n\nLambotte ha parlato del bilancio.", "it",
     [("Pierre Lambotte", "person", "presidente del Consiglio Europeo"),
      ("Fondazione Giorgio Cini", "organization", None), ("Consiglio Europeo", "organization", None)]),
])
def test_a_bodys_name_ends_before_the_given_name_of_a_person_after_it(
        title: str, body: str, language: str, parties: list[tuple[str, str, str | None]]) -> None:
    assert _parties(body, language, title) == parties


@pytest.mark.parametrize(("body", "language", "name"), [
    ("PARIS - La Fondation Jean Jaurès a publié hier une note sur les retraites. La Fondation Jean "
     "Jaurès a été critiquée.", "fr", "Fondation Jean Jaurès"),
    ("Roma, 4 maggio 2025 – Ieri il Consiglio di Stato ha respinto il ricorso della regione.", "it",
     "Consiglio di Stato"),
])
def test_a_given_name_that_is_the_bodys_own_stays_in_its_name(body: str, language: str, name: str) -> None:
    assert [p.name for p in find_parties(body, title="Notizia", language=language)
            if p.kind == "organization"] == [name]


def test_a_surname_after_a_head_of_governments_title_is_no_bodys_word() -> None:
    body = ("ROMA - Il presidente del Consiglio Ferrante ha incontrato oggi i sindacati.\n\n"
            "Ferrante ha detto che il colloquio è stato utile. Ferrante tornerà a Bruxelles.")
    assert _parties(body, "it", "Sindacati a Palazzo Chigi") == [("Italy", "country", None)]

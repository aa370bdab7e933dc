"""Publications whose article is part of their name ("Le Monde", "Le Monde diplomatique",
"El País": ``cues.json`` ``article_titles``, ``enrich/org_titles.py``) are one
organisation with their article, never "Monde Diplomatique" as a person or a body, and
"Le Monde" is no short form of "Le Monde diplomatique", another paper.  Short made-up
texts in English, French and Spanish."""

from __future__ import annotations

from congo_digital.enrich.party_context import PartiesContext


def _orgs(body: str, language: str = "en") -> list[tuple[str, int]]:
    ctx = PartiesContext(body, None, language)
    assert not any("Monde" in p.name for p in ctx.people)
    return [(o.name, len(o.mentions)) for o in ctx.orgs]


def test_an_english_text_keeps_the_article() -> None:
    body = ("Le Monde Diplomatique, the French monthly known for its coverage of world affairs, "
            "marked its 70th anniversary on Friday. Editors of Le Monde Diplomatique said it now "
            "sells editions in more than 20 languages.")
    assert _orgs(body) == [("Le Monde Diplomatique", 2)]


def test_two_papers_of_one_group_stay_two() -> None:
    body = ("The newspaper Le Monde said on Tuesday it would sue the minister. A lawyer for Le "
            "Monde said the case would be filed this week. A journalist at Le Monde Diplomatique "
            "said the monthly had received similar threats. Le Monde Diplomatique is owned in "
            "part by Le Monde.")
    assert _orgs(body) == [("Le Monde", 3), ("Le Monde Diplomatique", 2)]


def test_a_french_text_prints_the_article_in_lower_case() -> None:
    body = ("Selon le Monde diplomatique, les documents ont été publiés par erreur. Le journal Le "
            "Monde a annoncé mardi qu'il porterait plainte. Le Monde diplomatique, mensuel détenu "
            "en partie par le Monde, a reçu des menaces similaires.")
    assert _orgs(body, "fr") == [("Le Monde diplomatique", 2), ("Le Monde", 2)]


def test_the_world_and_a_region_are_no_paper() -> None:
    """"le monde" is the world; "El País Vasco" the Basque Country (no paper of the list)."""
    body = "Le monde entier regarde Paris, a dit le ministre. Le monde change vite."
    assert _orgs(body, "fr") == []
    body = "El País Vasco votará en abril. El gobierno del País Vasco publicó la fecha el lunes."
    assert _orgs(body, "es") == []


def test_a_spanish_paper() -> None:
    body = ("Según informó el diario El Mundo, el Gobierno aprobará la ley en mayo. El Mundo "
            "publicó la encuesta el lunes.")
    assert _orgs(body, "es") == [("El Mundo", 2)]


def test_a_paper_in_a_picture_credit_is_no_body() -> None:
    body = ("Photo: Anne Roy Archives Le Devoir The city will ban scooters next year, a council "
            "member said on Wednesday.")
    assert _orgs(body, "fr") == []

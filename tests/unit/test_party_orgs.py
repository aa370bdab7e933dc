"""Organisations on real news that used to split or go missing: a known body met first
under its other-language name and then as an acronym in role compounds, its organs named
with the acronym.  Short real-style texts written for these tests."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _orgs(body: str, title: str, language: str) -> dict[str, list[str]]:
    return {p.name: p.aliases for p in find_parties(body, title=title, language=language)
            if p.kind == "organization"}


def test_known_body_under_two_names_is_one_party_and_its_council_another() -> None:
    body = ("Mehrere Staaten verurteilten am Montag im UN-Sicherheitsrat den Angriff. Vor dem "
            "Gremium der Vereinten Nationen sprachen zahlreiche Botschafter.\n\nDer "
            "norwegische UN-Botschafter Lars Berg sagte, der Angriff sei rechtswidrig. "
            "UN-Generalsekretär António Guterres erklärte, er sei besorgt.\n\nDie Sitzung des "
            "UN-Sicherheitsrats dauerte drei Stunden. Der Sicherheitsrat tagt am Freitag erneut.")
    assert _orgs(body, "UN: Staaten kritisieren Angriff", "de") == {
        "United Nations": ["Vereinten Nationen", "UN-Botschafter", "UN-Generalsekretär"],
        "United Nations Security Council": ["UN-Sicherheitsrat", "UN-Sicherheitsrats",
                                           "Sicherheitsrat"],
    }


def test_body_named_with_a_known_acronym_is_no_mention_of_it() -> None:
    body = ("Die Bundesregierung muss ihre Exporte prüfen, entschied das Verwaltungsgericht "
            "Köln. Das Gericht verwies auf ein Gutachten des UN-Menschenrechtsrats und auf "
            "ein Urteil des UN-Gerichts in Den Haag.\n\nDas Verwaltungsgericht Köln ließ die "
            "Berufung zu. Die Vereinten Nationen äußerten sich nicht.")
    assert "United Nations" not in _orgs(body, "Gericht stoppt Exporte", "de")

"""Live pages: only the item that the headline names gives parties.  A real-style
digest written for this test."""

from __future__ import annotations

from congo_digital.enrich.live_digest import story_only
from congo_digital.enrich.parties import find_parties

_BODY = (
    "Le fil info\n\n"
    "9h05 - La Bourse de Paris ouvre dans le vert\n\nLe CAC 40 gagne 0,4 %.\n\n"
    "8h41 - Le Premier ministre britannique reçu à l'Elysée\n\nKeir Starmer s'entretiendra "
    "avec le président français Emmanuel Macron. Le Royaume-Uni et la France veulent "
    "renforcer leur défense.\n\n"
    "8h16 - Ventes de camions : la hausse se poursuit en Europe\n\nLes ventes de camions ont "
    "augmenté de 6 % en juin, selon l'Association des constructeurs européens "
    "d'automobiles (ACEA). L'ACEA prévoit une hausse sur l'année.\n\n"
    "7h07 - La Russie dit avoir abattu 20 drones\n\nLe ministère russe de la Défense a "
    "publié un communiqué.\n\n"
    "7h05 - Samsung rachète une start-up britannique\n\nSamsung Electronics annonce "
    "l'acquisition."
)
_TITLE = "Ventes de camions : la hausse se poursuit en Europe"


def test_live_page_keeps_the_headline_item_with_the_same_offsets() -> None:
    kept = story_only(_BODY, _TITLE)
    assert len(kept) == len(_BODY)
    assert [p for p in kept.split("\n\n") if p.strip()] == [
        "8h16 - Ventes de camions : la hausse se poursuit en Europe",
        "Les ventes de camions ont augmenté de 6 % en juin, selon l'Association des "
        "constructeurs européens d'automobiles (ACEA). L'ACEA prévoit une hausse sur l'année.",
    ]


def test_live_page_parties_are_the_headline_item_actors() -> None:
    parties = find_parties(_BODY, title=_TITLE, language="fr")
    assert [(p.kind, p.name, p.aliases) for p in parties] == [
        ("organization", "Association des constructeurs européens d'automobiles", ["ACEA"])]


def test_an_article_with_a_few_times_is_no_live_page() -> None:
    body = "9h05 - Ouverture.\n\nLe marché ouvre.\n\n10h30 - Clôture.\n\nLe marché ferme."
    assert story_only(body, "Le marché") == body

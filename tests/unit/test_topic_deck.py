"""The deck (standfirst and page description) is article evidence for the topics: it tips
a near decision and never outweighs the text; a city council's decision is local
government; battery technology is science and technology.  Texts written for these tests."""

from __future__ import annotations

from congo_digital.enrich.topic_zones import deck_text, zones
from congo_digital.enrich.topics import classify

BODY = ("The council met on Tuesday. Officers arrested two men after the meeting, and the mayor "
        "said the budget vote would wait until the police finished their inquiry.")


def _tops(body: str, title: str, deck: str | None) -> list[tuple[str, float]]:
    return [(t.label, t.score) for t in classify(body, title=title, language="en", deck=deck) if t.level == 1]


def test_deck_keeps_only_new_text():
    body = "Exporters will file their papers online from April.\n\nThe pilot runs for a year."
    assert deck_text("Paperless trade", "Exporters will  file their papers online from April.",
                     "A pilot for paperless certificates of origin", body) == (
        "A pilot for paperless certificates of origin")
    assert deck_text("Paperless trade", "Paperless trade", None, body) is None
    assert deck_text("Paperless trade", " ", "", body) is None
    assert deck_text(None, "A new line", "A new line", body) == "A new line"


def test_deck_is_its_own_zone_after_the_title():
    assert zones("First paragraph of the story with more than twelve words in it, so it is the lead.",
                 "Title", "The deck") == [
        ("title", "Title"), ("deck", "The deck"),
        ("lead", "First paragraph of the story with more than twelve words in it, so it is the lead.")]
    assert zones("Short body.", "Title", None) == [("title", "Title"), ("body", "Short body.")]


def test_deck_tips_a_near_decision():
    assert _tops(BODY, "Budget vote delayed", None) == [("crime, law and justice", 0.5)]
    assert _tops(BODY, "Budget vote delayed", "The city's government delays its budget vote") == [
        ("politics and government", 0.644), ("crime, law and justice", 0.5)]


def test_deck_does_not_outweigh_the_text():
    body = ("The striker scored twice as the team won the final. The coach praised his players after "
            "the match, and the fans celebrated the title in the stadium.")
    assert _tops(body, "Team wins the final", "Shares in the club's owner rose on the stock market") == [
        ("sport", 0.858)]


def test_a_city_councils_decision_is_local_government():
    body = ("Le conseil municipal a adopté lundi un nouveau règlement sur le stationnement. La Ville "
            "interdira les voitures dans trois rues du centre dès le printemps, a annoncé la mairesse. "
            "Les commerçants craignent une baisse de leur chiffre d'affaires.")
    got = [(t.label, t.score, t.matched) for t in classify(body, title="Moins de voitures au centre-ville",
                                                           language="fr")]
    assert got == [("politics and government", 0.6, ["conseil municipal", "Ville", "mairesse"]),
                   ("local government policy", 0.6, ["conseil municipal", "Ville", "mairesse"])]


def test_battery_technology_is_science_not_the_energy_business():
    body = ("Der Hersteller hat einen Prototyp mit Festkörperakku vorgestellt. Die Akkuzellen erreichen "
            "eine Energiedichte von 844 Wh/l, nannte aber keine weiteren Daten. Investoren hoffen auf "
            "einen Start der Serienfertigung in zwei Jahren.")
    tops = [(t.label, t.score) for t in classify(body, title="Akkutechnik: Neuer Akku für Motorräder",
                                                 language="de") if t.level == 1]
    assert tops == [("science and technology", 0.826)]


def test_required_by_law_is_no_bylaw():
    body = ("The company must by law pay its taxes before the sale. The court ruled on Monday that the "
            "tax bill was legal, and the company's lawyers said they would appeal.")
    labels = [t.label for t in classify(body, title="Court rules on tax bill", language="en")]
    assert "local government policy" not in labels

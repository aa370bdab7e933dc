"""The actor decision (party_actors), the lexical data (lexicon) and the recogniser stage."""

from __future__ import annotations

import pytest

from congo_digital.api import parse_text
from congo_digital.enrich.lexicon import first_name, place, zipf
from congo_digital.enrich.parties import find_parties
from congo_digital.enrich.party_actors import decide
from congo_digital.enrich.recogniser import RULES, choose


def test_decide_sums_weights_and_caps():
    d = decide("person", {"mentions": 9.0, "title": 1.0, "bystander": 0.0})
    assert d.why == {"mentions": 6.0, "title": 2.0}  # 1.5 x mentions capped at 4, zero left out
    assert d.score == 8.0 and d.kept


def test_decide_bystander_is_dropped():
    d = decide("person", {"mentions": 2.0, "role": 1.0, "bystander": 1.0})
    assert d.why == {"mentions": 3.0, "role": 1.0, "bystander": -3.0}
    assert d.score == 1.0 and not d.kept


def test_lexicon():
    assert zipf("although", "en") == 5.3 and zipf("hyeok", "en") < 3.0
    assert zipf("obwohl", "de-AT") > 4.0 and zipf("zzzq", None) == 0.0
    assert first_name("udo") and first_name("moisés") and not first_name("although")
    assert place("Kribi") and place("Bayern") and place("  MUNICH ") and not place("Udo Wachtveitl")


def test_recogniser_choice(monkeypatch):
    monkeypatch.delenv("CONGO_DIGITAL_RECOGNISER", raising=False)
    assert choose("en", "rules") is RULES
    assert choose(None) is RULES
    with pytest.raises(ValueError, match="auto, rules or spacy"):
        choose("en", "bert")
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", "rules")
    assert choose("fr") is RULES


def test_record_names_the_recogniser(monkeypatch):
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", "rules")
    rec = parse_text("Minister visits Lusaka\n\nZambia's health minister Sylvia Masebo said on Monday "
                     "that the vaccine drive would start in Lusaka. Masebo spoke to reporters.")
    assert rec.evidence["parties"].source == "recogniser:rules"
    masebo = next(p for p in rec.parties if p.kind == "person")
    assert masebo.name == "Sylvia Masebo" and masebo.why["score"] >= 3.0


def _people(title: str, body: str) -> list[str]:
    return [p.name for p in find_parties(body, title=title, language="en") if p.kind == "person"]


def test_a_name_whose_head_is_a_common_noun_is_a_thing():
    body = ("The Citizen App lets readers follow the council. Mayor Mark Sutcliffe said the Citizen "
            "App was popular. Sutcliffe said he uses the app daily. The Citizen App is free.")
    assert _people("Council app launched", body) == ["Mark Sutcliffe"]


def test_a_given_name_keeps_a_surname_that_is_a_common_word():
    body = ("Carly Page said the page had moved. Page added that readers should check it. "
            "Carly Page writes about security.")
    assert _people("Security page moved", body) == ["Carly Page"]


def test_an_economist_quoted_for_comment_is_no_actor():
    body = ("Canada lost 20,000 jobs in May, Statistics Canada said on Friday.\n\n"
            "\"The labour market is cooling,\" said Andrew Hencic, TD Economics director and "
            "senior economist. Hencic said the central bank would cut rates.")
    assert _people("Canada sheds jobs", body) == []  # his employer no longer makes him affiliated


def test_an_elided_article_opens_no_name():
    body = ("L'Airbus A320 de la compagnie s'est posé à Paris. L'Airbus transportait 150 "
            "passagers. Le ministre Laurent Fabius a salué l'équipage. Fabius a parlé.")
    names = [p.name for p in find_parties(body, title="Atterrissage", language="fr")
             if p.kind == "person"]
    assert names == ["Laurent Fabius"]


def test_a_city_and_a_plural_nickname_is_a_club():
    body = ("The Sixers played host to the Boston Celtics Wednesday night. The Celtics lost "
            "for the first time. Joel Embiid scored 30 points. Embiid said the Sixers were ready.")
    orgs = [(p.name, p.aliases) for p in find_parties(body, title="Sixers beat Celtics", language="en")
            if p.kind == "organization"]
    assert orgs == [("Boston Celtics", ["Celtics"])]  # the weekday is not part of the name
    assert "Embiid" not in str(orgs) and "Joel Embiid" in _people("Sixers beat Celtics", body)


def test_a_given_name_that_is_a_city_opens_no_club():
    body = ("David Moyes said West Ham were unlucky. Moyes praised his players. "
            "David Moyes will stay in charge.")
    assert _people("Moyes stays", body) == ["David Moyes"]


def test_acronyms_opening_role_compounds_are_bodies():
    body = ("Erfurt. Der CDU-Spitzenkandidat Mario Voigt hat im TV-Duell den AfD-Chef Björn Höcke "
            "angegriffen. Voigt sagte, die AfD wolle das Land spalten. Höcke widersprach. "
            "Die CDU liegt in Umfragen hinter der AfD. Im MDR-Studio blieb Höcke ruhig.")
    parties = find_parties(body, title="Voigt gegen Höcke", language="de")
    assert sorted(p.name for p in parties if p.kind == "organization") == ["AfD", "CDU"]
    assert sorted(p.name for p in parties if p.kind == "person") == ["Björn Höcke", "Mario Voigt"]


def test_an_official_belongs_to_the_country_named_not_to_a_demonym_of_victims():
    body = ("El incendio de Almería ha dejado siete muertos, entre ellos turistas británicos. El "
            "alcalde de Bédar, Ángel Collados, ha dicho que los vecinos británicos y belgas viven "
            "allí desde hace décadas. El ministro del Interior, Fernando Grande-Marlaska, ha "
            "visitado la zona. Grande-Marlaska ha prometido ayudas. España ha activado el plan de "
            "emergencias. Collados ha pedido calma a los ciudadanos británicos.")
    parties = find_parties(body, title="Siete muertos en el incendio de Almería", language="es")
    assert [(p.kind, p.name, p.country) for p in parties] == [
        ("country", "Spain", "ES"),
        ("person", "Ángel Collados", "ES"),
        ("person", "Fernando Grande-Marlaska", "ES"),
    ]


def test_a_roster_closed_by_and_others_names_no_actors():
    body = ("Canada's economy added 8,800 jobs in May, Statistics Canada said.\n\n"
            "Exclusive articles from Barbara Shecter, Joe O'Connor, Gabriel Friedman and others.\n\n"
            "Finance Minister François-Philippe Champagne said the figures were encouraging. "
            "Champagne said more help would come.\n\n"
            "Exclusive articles from Barbara Shecter, Joe O'Connor, Gabriel Friedman and others.")
    assert _people("Canada adds jobs", body) == ["François-Philippe Champagne"]
    fr = ("Des articles exclusifs de Marie Dupont, Jean Martin et d'autres.\n\n"
          "La ministre Élisabeth Borne a parlé. Borne a confirmé le plan.\n\n"
          "Des articles exclusifs de Marie Dupont, Jean Martin et d'autres.")
    assert [p.name for p in find_parties(fr, title="Le plan", language="fr")
            if p.kind == "person"] == ["Élisabeth Borne"]


def test_an_acronyms_plural_ends_no_name():
    body = ("Health Secretary Matt Hancock said the fine would deter abuse. Tory MPs criticised the "
            "plan. Hancock defended it. Tory MPs said they would vote against it.")
    assert _people("Fines for false reports", body) == ["Matt Hancock"]


def test_a_body_whose_shares_are_the_subject_is_an_actor():
    """"Shares in X have tumbled", "X shares fell": the body named once is what the story is
    about, as when it acts (``subject``; ``cues.json`` ``share_nouns``, ``share_links``)."""
    found = find_parties("Shares in Brightwater Airlines have tumbled after the firm warned it could run "
                         "out of cash. The airline blamed fuel costs.", language="en")
    assert [(p.name, p.kind, p.why) for p in found] == [
        ("Brightwater Airlines", "organization", {"mentions": 0.5, "subject": 1.5, "score": 2.0})]
    found = find_parties("Calder Holdings shares fell 4% on Monday after a profit warning. Traders "
                         "had expected a better year.", language="en")
    assert [(p.name, p.kind, p.why) for p in found] == [
        ("Calder Holdings", "organization", {"mentions": 0.5, "subject": 1.5, "score": 2.0})]
    assert find_parties("Analysts expect Calder Holdings to cut its dividend. Traders had expected a "
                        "better year.", language="en") == []

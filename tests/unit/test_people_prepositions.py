"""A capitalised preposition is no word of a person's name: "Wellness Without Walls" and
"Smolny Beyond Borders" are a programme's and an institution's names, not people's
(``cues.json`` ``stop_capitals``).  Short texts written for this test."""

from __future__ import annotations

from congo_digital.enrich.doc import make_doc
from congo_digital.enrich.people import PeopleFinder
from congo_digital.enrich.people_names import _cap_runs

TEXT = ("The resort's Wellness Without Walls philosophy treats nature as the main vehicle for rest, said "
        "Garrett Turta. Smolny Beyond Borders placed 40 researchers, Anna Petrova said.")


def test_a_capitalised_preposition_ends_a_persons_name() -> None:
    doc = make_doc(TEXT, "en")
    runs = [doc.span_text(i, j) for i, j in _cap_runs(PeopleFinder(doc, [], [], {}, None))]
    assert runs == ["Wellness", "Walls", "Garrett Turta", "Smolny", "Borders", "Anna Petrova"]

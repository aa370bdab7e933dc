"""Eval gate: every corpus run's field scores stay within [floor, floor + BAND] (tests/floors.py).

Each run of ``tests/floors.json`` is scored exactly as ``../shared/tools/score.py MANIFEST
[--use text] --json`` scores it, on records parsed in-process once per session.  Below a floor:
a regression.  More than ``BAND`` above it: raise the floor (``python tests/floors.py --pin``)
so the floors stay at the measured values.  Lowering one needs ``--pin --allow-lower``.
Skipped when ``../shared`` is absent.
"""

from __future__ import annotations

import congo_floors as gate  # tests/floors.py, registered by tests/integration/conftest.py
import pytest

RUNS = gate.load_floors()["runs"]


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xdist_group(gate.group(run)))
                                  for name, run in RUNS.items()])
def test_scores_hold_their_floors(name, corpus_records):
    run = RUNS[name]
    if not (gate.SHARED / run["manifest"]).exists():
        pytest.skip(f"{run['manifest']} not present in {gate.SHARED}")
    measured = gate.scores(gate.measure(run, corpus_records))
    problems = gate.check(name, run, measured, gate.digests(run))
    assert not problems, "\n".join(problems)


def test_check_flags_low_high_and_unpinned_fields():
    pins = {"items": 2, "corpus_sha256": "c", "scorer_sha256": "s"}
    pinned = {**pins, "floors": {"title": 0.5, "date": 0.5, "authors": 0.5, "gone": 0.5}}
    problems = gate.check("r", pinned, {"title": 0.4999, "date": 0.52, "authors": 0.5201, "new": 1.0}, pins)
    assert len(problems) == 4, problems
    assert problems[0].startswith("r: authors = 0.5201 is +0.0201 above its floor 0.5000") and "--pin" in problems[0]
    assert problems[1] == "r: gone is no longer scored (floor 0.5000)"
    assert problems[2] == "r: title = 0.4999 is below its floor 0.5000 (-0.0001)"
    assert problems[3].startswith("r: new = 1.0000 has no floor")
    changed = gate.check("r", {**pinned, "corpus_sha256": "old"}, {f: 0.5 for f in pinned["floors"]}, pins)
    assert len(changed) == 1 and changed[0].startswith("r: the corpus changed")


def test_pin_refuses_to_lower_a_floor(tmp_path, monkeypatch, capsys):
    target = tmp_path / "floors.json"
    monkeypatch.setattr(gate, "FLOORS_FILE", target)
    monkeypatch.setattr(gate, "ROOT", tmp_path)
    monkeypatch.setattr(gate, "digests", lambda run: {"items": 1, "corpus_sha256": "c", "scorer_sha256": "s"})
    measured = {"fields": {"title": {"n": 1, "score": 0.8}, "date": {"n": 1, "score": 0.9}}}
    monkeypatch.setattr(gate, "measure", lambda run, records: measured)
    data = {"runs": {"r": {"manifest": "m", "use": "input", "floors": {"title": 0.85, "date": 0.5}}}}
    gate.save_floors(data)
    assert gate.pin(gate.load_floors(target), ["r"], None, allow_lower=False) == 1
    assert gate.load_floors(target) == data  # unchanged
    assert "title: floor 0.8500 -> 0.7950" in capsys.readouterr().out
    assert gate.pin(gate.load_floors(target), ["r"], None, allow_lower=True) == 0
    assert gate.load_floors(target)["runs"]["r"]["floors"] == {"date": 0.895, "title": 0.795}
    measured["fields"]["title"]["score"] = 0.9  # raising needs no flag
    assert gate.pin(gate.load_floors(target), ["r"], None, allow_lower=False) == 0
    assert gate.load_floors(target)["runs"]["r"]["floors"]["title"] == 0.895

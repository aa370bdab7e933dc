"""Golden records: each fixture's full record equals its checked-in JSON (no ../shared needed).

The golden files are ``tests/golden/<path under fixtures>.json``, written by
``python tests/golden/update.py`` from what ``congo-digital parse`` prints.  A fixture without a
golden file fails, so a new fixture is never silently unguarded; a golden file whose fixture is
gone fails too.  An intended change of output: run the script, review its diff, commit both.
"""

from __future__ import annotations

import json
from typing import Any

import congo_golden as golden  # tests/golden/update.py, registered by tests/integration/conftest.py
import pytest

from congo_digital.errors import InputError
from congo_digital.pipeline import parse_path

UPDATE = "python tests/golden/update.py"


def _record(fixture: str) -> dict[str, Any]:
    """The record the CLI prints for ``fixture`` (relative to the repository root), in-process."""
    try:
        record = parse_path(fixture).model_dump(mode="json")
    except InputError as exc:  # the CLI prints this record in the input's place
        record = {"error": str(exc), "kind": exc.kind, "path": exc.path}
    return json.loads(json.dumps(record, ensure_ascii=False))


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + "..."


def differences(expected: object, got: object, where: str = "") -> list[str]:
    """One line per differing key (dotted, with list indices) between two JSON values."""
    if isinstance(expected, dict) and isinstance(got, dict):
        out = []
        for key in sorted(set(expected) | set(got)):
            here = f"{where}.{key}" if where else key
            if key not in got:
                out.append(f"{here}: missing (expected {_short(expected[key])})")
            elif key not in expected:
                out.append(f"{here}: unexpected {_short(got[key])}")
            else:
                out += differences(expected[key], got[key], here)
        return out
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        return [line for i, (e, g) in enumerate(zip(expected, got, strict=True))
                for line in differences(e, g, f"{where}[{i}]")]
    if expected != got or type(expected) is not type(got):
        return [f"{where or '(record)'}: expected {_short(expected)}, got {_short(got)}"]
    return []


@pytest.mark.parametrize("fixture", golden.fixture_paths())
def test_record_equals_golden(fixture, monkeypatch):
    monkeypatch.chdir(golden.ROOT)  # source.path is the path as given: fixtures/...
    path = golden.golden_path(fixture)
    assert path.exists(), f"{fixture} has no golden record: run {UPDATE}, review {path.name}, commit it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    diffs = differences(expected, _record(fixture))
    assert not diffs, (f"{fixture}: the record differs from {path.relative_to(golden.ROOT)} in "
                       f"{len(diffs)} place(s); if intended, run {UPDATE} and review its diff:\n  "
                       + "\n  ".join(diffs))


def test_every_golden_file_has_its_fixture():
    wanted = {golden.golden_path(f) for f in golden.fixture_paths()}
    stale = [p.relative_to(golden.ROOT).as_posix() for p in golden.golden_files() if p not in wanted]
    assert not stale, f"golden files without a fixture: {stale}; run {UPDATE} to remove them"


def test_differences_name_the_keys():
    expected = {"title": "A", "authors": [{"name": "B"}], "source": {"path": "x"}}
    got = {"title": "A", "authors": [{"name": "C"}], "source": {"path": "x", "bytes": 1}}
    assert differences(expected, got) == ['authors[0].name: expected "B", got "C"', "source.bytes: unexpected 1"]
    assert differences(expected, expected) == []

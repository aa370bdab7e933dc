"""The fuzz harness itself: its inputs are reproducible and a short run finds no crash."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def harness():
    spec = importlib.util.spec_from_file_location("fuzz_run", ROOT / "fuzz" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_inputs_are_rebuilt_from_seed_and_index(harness):
    seeds = harness.seeds()
    assert seeds and (ROOT / "fixtures" / "seed.txt").read_bytes() in seeds
    first = [harness.build(i, 7, seeds) for i in range(30)]
    assert first == [harness.build(i, 7, seeds) for i in range(30)]
    assert {kind for kind, _ in first} == set(harness.KINDS)


def test_short_run_finds_no_crash(harness, capsys: pytest.CaptureFixture[str]):
    assert harness.main(["-n", "60", "--workers", "2", "--seed", "3", "--cli-every", "20"]) == 0
    out = capsys.readouterr().out
    assert "inputs: 60 in " in out
    assert "crashes: 0" in out

"""Shared test helpers: paths to the project's fixtures and to ``../shared`` when present."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
AUTHORED = SHARED / "corpus" / "authored"
REAL = SHARED / "corpus" / "real"


def manifest(path: Path) -> list[dict]:
    """Items of a corpus manifest, or skip the test when ``../shared`` is absent."""
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is optional)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scorer():  # noqa: ANN201 - returns the score module
    """The corpus scorer ``../shared/tools/score.py`` as a module (skip when absent)."""
    tools = SHARED / "tools"
    if not (tools / "score.py").exists():
        pytest.skip("../shared/tools/score.py not present")
    sys.path.insert(0, str(tools))
    import score  # type: ignore[import-not-found]

    return score

"""The real corpus (../shared/corpus/real, beside the repository): skipped when absent.

Scores the HTML pages in-process with score.py's own ``score_item`` and holds the
figures reached, so a change that loses ground fails here.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from congo_digital.pipeline import parse_bytes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "real"

pytestmark = pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="../shared corpus absent")


def _score_item():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score_item


def _mean_scores(use: str) -> dict[str, float]:
    """score.py's field means over the corpus, parsing each item's ``use`` file ("input": the
    HTML page; "text": its w3m rendering)."""
    score_item = _score_item()
    totals: dict[str, list[float]] = {}
    for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        rec = parse_bytes((CORPUS / item[use]).read_bytes(), path=item[use]).model_dump()
        gold = item.get("gold", {})
        for field, value in score_item(gold, gold.get("language") or item.get("language"), rec).items():
            totals.setdefault(field, []).append(value)
    return {f: sum(v) / len(v) for f, v in totals.items()}


def test_real_pages_reach_the_targets():
    mean = _mean_scores("input")
    assert mean["title"] >= 0.88
    assert mean["title_f1"] >= 0.95
    assert mean["authors"] >= 0.85
    assert mean["date"] >= 0.95
    assert mean["language"] >= 0.95


def test_text_renderings_reach_the_targets():
    # the same pages as w3m renders them (score.py --use text): the plain-text rules alone
    mean = _mean_scores("text")
    assert mean["title_f1"] >= 0.75
    assert mean["authors"] >= 0.60
    assert mean["date"] >= 0.85

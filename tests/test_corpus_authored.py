"""Corpus-wide floors on the authored articles (skipped when ../shared is absent).

The floors are the main-job issue's acceptance figures; the parser scores higher today
(see the README), so a drop below them is a regression, not noise.
"""

from __future__ import annotations

import pytest
from conftest import AUTHORED, manifest, scorer

from congo_digital import parse_path

FLOORS = {"title": 0.90, "authors": 0.85, "date": 0.90, "language": 0.95, "editors": 0.90, "section": 0.85}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    items = manifest(AUTHORED / "manifest.jsonl")
    score = scorer()
    totals: dict[str, list[float]] = {}
    for item in items:
        record = parse_path(str(AUTHORED / item["input"])).model_dump(mode="json")
        gold = item["gold"]
        for field, value in score.score_item(gold, gold.get("language") or item.get("language"), record).items():
            totals.setdefault(field, []).append(value)
    return {f: sum(v) / len(v) for f, v in totals.items()}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_authored_floor(scores, field):
    assert scores[field] >= FLOORS[field], f"{field} = {scores[field]:.3f}"

"""Corpus-wide scores of find_parties on the authored DEV set (skipped without ../shared)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from congo_digital.enrich.parties import find_parties

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "authored"
TOOLS = ROOT.parent / "shared" / "tools"


def _items() -> list[dict]:
    if not (CORPUS / "manifest.jsonl").exists() or not (TOOLS / "score.py").exists():
        pytest.skip("shared corpus or scorer not available")
    lines = (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip()]


def _body(item: dict) -> tuple[str, str]:
    raw = (CORPUS / item["input"]).read_bytes()
    text = raw.decode("cp1252" if item["input"] == "19.txt" else "utf-8")
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    k = next(i for i, line in enumerate(lines) if line.strip())
    return lines[k].strip(), "\n".join(lines[k + 1 :])


def test_corpus_scores_meet_targets():
    items = _items()
    sys.path.insert(0, str(TOOLS))
    from score import score_item

    totals = {"countries": [], "persons": [], "organizations": []}
    for item in items:
        title, body = _body(item)
        parties = find_parties(body, title=title, language=item["language"])
        scores = score_item(item["gold"], None, {"parties": [p.model_dump() for p in parties]})
        for key, values in totals.items():
            values.append(scores[key])
    means = {k: sum(v) / len(v) for k, v in totals.items()}
    assert means["countries"] >= 0.90, means
    assert means["persons"] >= 0.80, means
    assert means["organizations"] >= 0.70, means

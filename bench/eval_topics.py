"""Evaluate ``congo_digital.topics.classify`` on the authored corpus.

Usage: ``PYTHONPATH=src python bench/eval_topics.py [--corpus DIR] [--tools DIR] [-v]``

For each manifest item the article file is read (UTF-8, except ``19.txt`` which is
Windows-1252; a BOM is stripped), its first non-empty line is taken as the title and
the rest as the body, and ``classify`` is called with the manifest's language.  The
scorer's ``score_item`` (``shared/tools/score.py``) gives ``topics_top`` (set F1 over
top-level topics) and ``topics_fine`` (recall of the finer gold labels); their means
and the items below 1 are printed, with the slowest call once the data is loaded.
``-v`` also prints every prediction.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from congo_digital.enrich.topics import classify
from congo_digital.record import to_json

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "authored"
DEFAULT_TOOLS = ROOT.parent / "shared" / "tools"


def read_article(path: Path) -> tuple[str | None, str]:
    """Return (title, body): the first non-empty line, then the rest of the text."""
    encoding = "cp1252" if path.name == "19.txt" else "utf-8"
    text = path.read_bytes().decode(encoding).lstrip("\ufeff")
    lines = text.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1:]).strip("\n")
    return None, ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--tools", type=Path, default=DEFAULT_TOOLS)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.tools))
    from score import score_item  # noqa: PLC0415

    totals: dict[str, list[float]] = {}
    misses: list[str] = []
    slowest = 0.0
    for line in (args.corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        gold = item["gold"]
        lang = gold.get("language") or item.get("language")
        title, body = read_article(args.corpus / item["input"])
        topics = classify(body, title=title, language=lang)  # first call loads the data
        t0 = time.perf_counter()
        classify(body, title=title, language=lang)
        slowest = max(slowest, time.perf_counter() - t0)
        pred = {"topics": to_json(topics)}
        scores = score_item(gold, lang, pred)
        for key in ("topics_top", "topics_fine"):
            if key in scores:
                totals.setdefault(key, []).append(scores[key])
        got = [f"{t.label}" for t in topics]
        if args.verbose:
            print(f"{item['id']}: {got}")
            for t in topics:
                print(f"    {t.code} {t.label} {t.score} {t.matched[:8]}")
        if scores.get("topics_top", 1.0) < 1.0 or scores.get("topics_fine", 1.0) < 1.0:
            misses.append(f"{item['id']} top={scores.get('topics_top', 1.0):.2f} "
                          f"fine={scores.get('topics_fine', 1.0):.2f} gold={gold.get('topics')} "
                          f"got={got}")
    for key, values in totals.items():
        print(f"{key:<12} n={len(values):<3} {sum(values) / len(values):.3f}")
    print(f"slowest classify (data loaded): {slowest * 1000:.1f} ms")
    for m in misses:
        print("MISS", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())

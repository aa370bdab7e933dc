"""Parties' name recognisers: articles per second on the BBC texts.

Run: ``python bench/recognisers.py [--limit N] [--corpus MANIFEST]``

Parses the first ``N`` texts of the BBC corpus (``../shared/corpus/bbc/manifest.jsonl``)
in one process, after a warm-up pass over 20 of them, once with the rules
(``CONGO_DIGITAL_RECOGNISER=rules``, the default install) and once with spaCy
(``spacy``, when spaCy and an English pipeline are installed), and prints articles/s
and the recogniser the records name.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rate(files: list[Path], mode: str) -> tuple[float, str]:
    from congo_digital import parse_path

    os.environ["CONGO_DIGITAL_RECOGNISER"] = mode
    for f in files[:20]:  # warm-up: imports, data files, a pipeline's load
        parse_path(str(f))
    t = time.perf_counter()
    used = set()
    for f in files:
        rec = parse_path(str(f))
        ev = rec.evidence.get("parties")
        used.add(ev.source if ev else "-")
    return len(files) / (time.perf_counter() - t), ", ".join(sorted(used))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc" / "manifest.jsonl")
    args = ap.parse_args()
    items = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = [args.corpus.parent / it["input"] for it in items[: args.limit]]
    for mode in ("rules", "spacy"):
        rate, used = _rate(files, mode)
        print(f"{mode:<6} {len(files):5d} BBC texts  {rate:7.1f} articles/s   ({used})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

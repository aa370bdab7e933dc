"""Score ``find_parties`` on the authored corpus (a stand-in until the CLI exists).

Usage: ``PYTHONPATH=src python bench/eval_parties.py [--corpus DIR] [--show ID ...]``.
For each manifest item the first non-empty line (roughly the title) is passed as
``title`` (``--gold-title``: the gold title instead; ``--no-title``: none) and the rest
as ``body`` (``--no-lang``: without the item's language). Prints the misses per item,
then the mean countries/persons/organizations scores (``score.py``'s ``score_item``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from congo_digital.enrich.parties import find_parties
from congo_digital.record import to_json

ROOT = Path(__file__).resolve().parents[1]


def read_item(folder: Path, item: dict) -> tuple[str, str]:
    raw = (folder / item["input"]).read_bytes()
    enc = "cp1252" if item["input"] == "19.txt" else "utf-8"
    text = raw.decode(enc).lstrip("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    k = next(i for i, line in enumerate(lines) if line.strip())
    return lines[k].strip(), "\n".join(lines[k + 1 :]).strip("\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "authored")
    ap.add_argument("--show", nargs="*", default=[])
    ap.add_argument("--no-lang", action="store_true", help="pass language=None")
    ap.add_argument("--no-title", action="store_true", help="pass title=None")
    ap.add_argument("--gold-title", action="store_true",
                    help="pass the gold title (what the pipeline's title step should give)")
    args = ap.parse_args()
    sys.path.insert(0, str(args.corpus.parent.parent / "tools"))
    from score import score_item  # noqa: PLC0415

    totals: dict[str, list[float]] = {}
    slow = 0.0
    for line in (args.corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        title, body = read_item(args.corpus, item)
        if args.gold_title:
            title = item["gold"].get("title") or title
        t0 = time.perf_counter()
        parties = find_parties(body, title=None if args.no_title else title,
                               language=None if args.no_lang else item.get("language"))
        if item["id"] != "seed":
            slow = max(slow, time.perf_counter() - t0)
        pred = {"parties": to_json(parties)}
        scores = score_item(item["gold"], None, pred)
        for k in ("countries", "persons", "organizations"):
            totals.setdefault(k, []).append(scores[k])
        gold = item["gold"]["parties"]
        for kind, key in (("country", "countries"), ("person", "persons"),
                          ("organization", "organizations")):
            if scores[key] < 1.0 or item["id"] in args.show:
                g = [x["country"] if kind == "country" else x["name"] for x in gold
                     if x["kind"] == kind]
                p = [x.country if kind == "country" else x.name for x in parties
                     if x.kind == kind]
                print(f"{item['id']:>4} {key:<13} {scores[key]:.2f} gold={g} got={p}")
        if item["id"] in args.show:
            for p in parties:
                print("      ", {k: v for k, v in to_json(p).items() if k != "evidence"})
    for k, v in totals.items():
        print(f"{k:<14} {sum(v) / len(v):.3f}")
    print(f"slowest item: {slow * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

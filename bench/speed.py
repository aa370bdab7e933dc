"""Speed benchmark: cold start of the CLI and articles per second.

Run: ``python bench/speed.py [--runs N] [--corpus DIR]``

* Cold start: wall time of ``parse fixtures/seed.txt`` in a fresh process, against
  ``python -c pass`` measured in the same run (median of N runs each); prints the ratio.
* Throughput: articles per second of ``parse_path`` in one process over the authored
  corpus (``../shared/corpus/authored`` when present, else the project's fixtures),
  after one warm-up pass; the baseline is reading the same files' bytes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _median_run(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "authored")
    args = ap.parse_args()

    seed = str(ROOT / "fixtures" / "seed.txt")
    base = _median_run([sys.executable, "-c", "pass"], args.runs)
    cold = _median_run([sys.executable, "-m", "congo_digital", "parse", seed], args.runs)
    print(f"cold start  python -c pass        {base * 1000:8.1f} ms")
    print(f"cold start  parse fixtures/seed   {cold * 1000:8.1f} ms   ratio {cold / base:6.1f}x")

    from congo_digital import parse_path

    files = sorted(args.corpus.glob("*.txt")) if args.corpus.exists() else sorted((ROOT / "fixtures").glob("*.txt"))
    for f in files:  # warm-up: imports, data files, dateparser's language data
        parse_path(str(f))
    t = time.perf_counter()
    for f in files:
        f.read_bytes()
    read_time = time.perf_counter() - t
    rounds = 5
    t = time.perf_counter()
    for _ in range(rounds):
        for f in files:
            parse_path(str(f))
    parse_time = (time.perf_counter() - t) / rounds
    rate = len(files) / parse_time
    print(f"throughput  {len(files)} articles          {rate:8.1f} articles/s  "
          f"({parse_time / len(files) * 1000:.1f} ms each; reading bytes alone: "
          f"{read_time / len(files) * 1e6:.0f} µs each, ratio {parse_time / max(read_time, 1e-9):.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

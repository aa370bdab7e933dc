"""Batch benchmark: throughput (articles/s) of ``parse FOLDER`` at ``-j 1`` and ``-j 2``, and
peak memory at 1,000 and 10,000 files (the 10,000-file peak should be within 10% of the
1,000-file one: a batch streams, it is never held whole).

Run: ``python bench/batch.py`` (about 2 minutes on 2 cores; ``--files 1000`` for a quick
look, ``--small`` for tiny articles, which measures the batch machinery rather than the
parser).

Each run is a fresh process, ``parse FOLDER -f jsonl -q -j N`` with its output to the null
device; peak memory is the largest resident set (``ru_maxrss``) of the parent process and of
its worker processes.  The articles are the project's fixtures (``fixtures/**``), each copy
given one distinct closing sentence, with 1% of the files empty, binary or undecodable.
``make_batch`` also builds the 2,000-file batch of ``tests/cli/test_batch.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAD = (b"", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", b"\xef\xbb\xbfTitle\n\n\xff\xfe\xfd\xfc body")
"""The bad files, in turn: empty, binary (a PDF), undecodable (a UTF-8 BOM, then invalid bytes)."""
BAD_KINDS = ("empty", "binary", "undecodable")


def letters(i: int, width: int = 5) -> str:
    """``i`` written with letters (a digit in a header line wakes the date reader)."""
    out = ""
    for _ in range(width):
        out += "abcdefghij"[i % 10]
        i //= 10
    return out


def _small(i: int) -> tuple[str, bytes]:
    if i % 4 == 0:
        return "html", (f"<html><body><h1>Headline {letters(i)} about trade</h1>"
                        "<p>The minister met the delegation in the capital.</p></body></html>").encode()
    return "txt", f"Headline {letters(i)} about trade\n\nThe minister met the delegation in the capital.\n".encode()


def _fixtures() -> list[Path]:
    return sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in (".txt", ".html"))


def make_batch(folder: Path, n: int, *, small: bool = True, bad_every: int = 100) -> list[int]:
    """Write ``n`` articles under ``folder`` (``dNNN/fNNNNN.txt|html``, 100 a folder, so the
    sorted walk is the index order), every ``bad_every``-th one (from the middle) a bad file.
    Returns the indexes of the bad files."""
    sources = [] if small else [(p.suffix[1:], p.read_bytes()) for p in _fixtures()]
    bad = []
    for i in range(n):
        ext, data = _small(i) if small else sources[i % len(sources)]
        if i % bad_every == bad_every // 2:
            ext, data = "txt", BAD[len(bad) % len(BAD)]
            bad.append(i)
        elif not small:
            closing = f"Reference {letters(i)}.".encode()
            data = data.replace(b"</body>", b"<p>" + closing + b"</p></body>") if ext == "html" \
                else data.rstrip() + b"\n\n" + closing + b"\n"
        path = folder / f"d{i // 100:03d}" / f"f{i:05d}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return bad


_CHILD = """
import json, resource, sys, time
folder, jobs = sys.argv[1], sys.argv[2]
from congo_digital.cli.commands import parse_main
start = time.perf_counter()
try:
    parse_main([folder, "-f", "jsonl", "-q", "-j", jobs])
except SystemExit as exc:
    code = exc.code
scale = 1 if sys.platform == "darwin" else 1024
print(json.dumps({"code": code, "seconds": time.perf_counter() - start,
                  "parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale,
                  "workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale}), file=sys.stderr)
"""


def measure(folder: Path, jobs: int) -> dict:
    """One fresh ``parse`` run over ``folder``: exit code, seconds, peak bytes (parent, workers)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(jobs)], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, env=env, check=False)
    return json.loads(done.stderr.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", default="1000,10000", help="batch sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--jobs", default="1,2", help="-j values, comma-separated (default 1,2)")
    ap.add_argument("--small", action="store_true", help="tiny articles instead of the fixtures")
    args = ap.parse_args()
    sizes = [int(n) for n in args.files.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]
    peaks: dict[tuple[int, int], dict] = {}
    print(f"{'files':>7} {'jobs':>4} {'seconds':>8} {'articles/s':>10} {'parent MB':>9} {'worker MB':>9}  exit")
    with tempfile.TemporaryDirectory(prefix="congo-batch-") as tmp:
        for n in sizes:
            folder = Path(tmp) / str(n)
            bad = make_batch(folder, n, small=args.small)
            for j in jobs:
                r = measure(folder, j)
                peaks[(n, j)] = r
                print(f"{n:>7,} {j:>4} {r['seconds']:>8.1f} {(n - len(bad)) / r['seconds']:>10.1f} "
                      f"{r['parent'] / 2**20:>9.1f} {r['workers'] / 2**20:>9.1f}  {r['code']}", flush=True)
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        for j in jobs:
            a, b = peaks[(small, j)], peaks[(large, j)]
            ratios = [b[k] / a[k] for k in ("parent", "workers") if a[k]]
            verdict = "within 10%" if all(r <= 1.10 for r in ratios) else "OVER 10%"
            print(f"-j {j}: peak memory {large:,} / {small:,} files: parent {b['parent'] / a['parent']:.3f}"
                  + (f", workers {b['workers'] / a['workers']:.3f}" if a["workers"] else "") + f"  ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

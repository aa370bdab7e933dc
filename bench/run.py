"""The one speed benchmark: every figure of issue 14, each against a baseline measured in the same run.

Run: ``python bench/run.py`` (a few minutes on 2 cores); ``--quick`` for a look (fewer runs,
40 files a corpus, smaller sweep and batch); ``--only cold,text,html,stages,sweep,batch``.
The peers are the ``bench`` extra (``pip install -e ".[bench]"``); the corpora are
``../shared/corpus`` beside the checkout (``--corpus``).  A peer or corpus that is absent
is skipped with a line saying so.

* **cold**: wall time of fresh processes, the median of ``--runs`` runs taken in turn:
  ``python -c pass``; ``congo-digital parse fixtures/seed.txt`` (its per-user cache already
  written: the first run ever, which writes it, is timed once apart); ``parse --help``;
  ``--version``; trafilatura's CLI (``trafilatura --with-metadata``) given the same article
  on its standard input.  The package's modules are compiled to bytecode first, as ``pip
  install`` does for a wheel (the peers are installed so): an editable checkout run with
  ``PYTHONDONTWRITEBYTECODE`` set would otherwise compile every module in every process.
* **text** and **html**: articles per second, one process per tool and corpus, one thread
  (one core), after one warm-up file and, for congo-digital, after one process over the
  same files that fills its per-user cache (the indexes of each language met are derived
  and written on first use, once per install and version: that pass is printed apart, as
  the first cold start is): congo-digital's ``parse_bytes`` (parties and topics
  included; its loaded data frozen out of the garbage collector after the warm-up,
  ``batch.task.settle_process``, as the command line does) against trafilatura's
  ``bare_extraction`` with metadata, newspaper4k and goose3 on the same files (the authored
  corpus and the BBC texts; the real HTML pages); with each process's peak memory.  Rates
  by wall time and by the process's CPU time (the second holds better on a busy machine);
  each the median of ``--rounds`` runs, the tools taken in turn round after round (the
  machine's speed may drift by a quarter within minutes: one run's rate says little), with
  the range of the wall rates.
* **stages**: CPU milliseconds per document in each pipeline stage (the BBC texts and the
  real pages, 200 of each).
* **sweep**: one text and one HTML article of 1 KB to 20 MB: seconds, and microseconds per KB.
* **batch**: ``parse FOLDER -f jsonl -q -j 1`` over 1,000 small documents (``bench/batch.py``'s),
  start-up included, and its peak memory against the same run over 3,000.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from batch import make_batch, measure  # noqa: E402 - bench/batch.py beside this file

PEERS = ("trafilatura", "newspaper4k", "goose3")
ENV = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1",
           PYTHONPATH=str(ROOT / "src"))


def _script(name: str) -> list[str] | None:
    """The console script ``name`` of this interpreter's environment, else on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    return [found] if found else None


def _wall(cmd: list[str], stdin: Path | None = None, env: dict | None = None) -> float:
    with open(stdin or os.devnull, "rb") as src:
        t = time.perf_counter()
        subprocess.run(cmd, stdin=src, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENV,
                       check=False)
        return time.perf_counter() - t


def cold(runs: int) -> None:
    seed = ROOT / "fixtures" / "seed.txt"
    ours = _script("congo-digital") or [sys.executable, "-m", "congo_digital"]
    cmds = {"python -c pass": ([sys.executable, "-c", "pass"], None),
            "parse fixtures/seed.txt": ([*ours, "parse", str(seed)], None),
            "parse --help": ([*ours, "parse", "--help"], None),
            "congo-digital --version": ([*ours, "--version"], None)}
    trafilatura = _script("trafilatura")
    if trafilatura:
        cmds["trafilatura CLI, same article"] = ([*trafilatura, "--with-metadata"], seed)
    compileall.compile_dir(ROOT / "src" / "congo_digital", quiet=1)  # as a wheel's install does
    _wall(cmds["parse fixtures/seed.txt"][0])  # writes the per-user cache if it is not there
    with tempfile.TemporaryDirectory() as empty:
        first = _wall(cmds["parse fixtures/seed.txt"][0], env=dict(ENV, CONGO_DIGITAL_CACHE=empty))
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(runs):
        for name, (cmd, stdin) in cmds.items():
            times[name].append(_wall(cmd, stdin))
    med = {k: statistics.median(v) for k, v in times.items()}
    base = med["python -c pass"]
    print(f"\n== cold start (median of {runs} runs each, taken in turn)")
    for name, t in med.items():
        line = f"  {name:<32}{t * 1000:8.1f} ms   {t / base:5.1f}x python -c pass"
        if trafilatura and name != "trafilatura CLI, same article":
            line += f"   {t / med['trafilatura CLI, same article']:5.2f}x trafilatura"
        print(line)
    if not trafilatura:
        print("  trafilatura CLI: not installed, skipped (pip install -e '.[bench]')")
    print(f"  first run ever (empty cache, writes it): {first * 1000:.0f} ms (once)")


def _worker(*args: str) -> dict | None:
    done = subprocess.run([sys.executable, str(HERE / "run_worker.py"), *args], capture_output=True, text=True,
                          env=ENV, check=False)
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _installed(tool: str) -> bool:
    module = {"trafilatura": "trafilatura", "newspaper4k": "newspaper", "goose3": "goose3"}[tool]
    check = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, check=False)
    return check.returncode == 0


def corpora(corpus: Path, limit: int) -> dict[str, list[Path]]:
    """The benchmark's file sets: ``authored`` and ``bbc`` texts, ``real`` HTML pages."""
    out: dict[str, list[Path]] = {}
    for name, fmt in (("authored", "text"), ("bbc", "text"), ("real", "html")):
        manifest = corpus / name / "manifest.jsonl"
        if not manifest.exists():
            print(f"  corpus {name}: {manifest} not found, skipped")
            continue
        items = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
        files = [corpus / name / i["input"] for i in items if i.get("format") == fmt and i.get("input")]
        out[name] = files[:limit] if limit else files
    return out


def rates(sets: dict[str, list[Path]], names: tuple[str, ...], tmp: Path, wanted: tuple[str, ...] = PEERS,
          rounds: int = 1) -> None:
    peers = [p for p in wanted if _installed(p)]
    for p in wanted:
        if p not in peers:
            print(f"  {p}: not installed, skipped (pip install -e '.[bench]')")
    for name in names:
        if name not in sets:
            continue
        listing = tmp / f"{name}.list"
        listing.write_text("\n".join(map(str, sets[name])), encoding="utf-8")
        kind = "HTML pages" if name == "real" else "texts"
        print(f"\n== {name}: {len(sets[name])} {kind}, one process each, one thread"
              + (f"; the median of {rounds} rounds, the range in brackets" if rounds > 1 else ""))
        if name != "real" and peers:
            print("  (the peers read HTML: given a plain text, trafilatura returns nothing and newspaper4k and goose3 "
                  "little, so their rates here are not like for like)")
        ours = None
        primed = _worker("rate", "congo-digital", str(listing))  # the per-user cache's first fill
        if primed is not None and "error" not in primed:
            print(f"  {'(first pass)':<15}{primed['n'] / primed['seconds']:8.1f} articles/s (fills the per-user cache "
                  "with the indexes of these files' languages, once per install; not compared)")
        results: dict[str, list[dict]] = {tool: [] for tool in ("congo-digital", *peers)}
        for _ in range(rounds):  # the tools in turn, round after round: a slow spell of the machine falls on all
            for tool in results:
                r = _worker("rate", tool, str(listing))
                if r is None or "error" in r:
                    print(f"  {tool:<15} failed: {r and r.get('error')}")
                    continue
                results[tool].append(r)
        for tool, runs in results.items():
            if not runs:
                continue
            walls = sorted(r["n"] / r["seconds"] for r in runs)
            per_s = statistics.median(walls)
            per_cpu_s = statistics.median(r["n"] / max(r["cpu"], 1e-9) for r in runs)
            r = runs[0]
            ours = ours or (per_s, per_cpu_s)
            spread = f" [{walls[0]:.1f}-{walls[-1]:.1f}]" if len(walls) > 1 else ""
            print(f"  {tool:<15}{per_s:8.1f} articles/s{spread} ({per_cpu_s:6.1f} per CPU second; first file with "
                  f"imports {r['first']:5.2f} s; peak {max(x['peak'] for x in runs) / 2**20:4.0f} MB; failures "
                  f"{r['failures']})"
                  + ("" if tool == "congo-digital" else
                     f"  congo-digital: {ours[0] / per_s:5.2f}x ({ours[1] / per_cpu_s:5.2f}x by CPU)"), flush=True)


def stages(sets: dict[str, list[Path]], tmp: Path) -> None:
    for name in ("bbc", "real"):
        if name not in sets:
            continue
        listing = tmp / f"{name}-stages.list"
        listing.write_text("\n".join(map(str, sets[name][:200])), encoding="utf-8")
        r = _worker("stages", str(listing))
        if r is None or "error" in r:
            print(f"\n== stages ({name}): failed: {r and r.get('error')}")
            continue
        print(f"\n== CPU time per pipeline stage, {name} ({r['n']} files, {r['total_ms']:.2f} ms a document)")
        for stage, ms in r["ms"].items():
            print(f"  {stage:<34}{ms:7.2f} ms  {100 * ms / r['total_ms']:5.1f}%")


def sweep(sizes: list[int]) -> None:
    r = _worker("sweep", ",".join(map(str, sizes)))
    if r is None or "error" in r:
        print(f"\n== size sweep: failed: {r and r.get('error')}")
        return
    print(f"\n== size sweep (one process; peak {r['peak'] / 2**20:.0f} MB; seconds wall, CPU in brackets; "
          "text past 1,000,000 characters and HTML past 5,000,000 are cut for analysis)")
    print(f"  {'bytes':>12}{'text s':>18}{'µs/KB':>8}{'html s':>18}{'µs/KB':>8}")
    for size in sizes:
        cells = ""
        for kind in ("text", "html"):
            t, c = r["seconds"][kind][str(size)], r["cpu"][kind][str(size)]
            cells += f"{t:9.3f} ({c:6.3f}){t * 1e6 / (size / 1000):8.0f}"
        print(f"  {size:>12,}{cells}")


def batch(sizes: tuple[int, int], tmp: Path) -> None:
    print("\n== batch: parse FOLDER -f jsonl -q -j 1, small documents (start-up included)")
    peaks = {}
    for n in sizes:
        folder = tmp / f"batch{n}"
        bad = make_batch(folder, n, small=True)
        r = measure(folder, 1)
        peaks[n] = r["parent"]
        print(f"  {n:>6,} documents ({len(bad)} bad): {r['seconds']:6.2f} s, {(n - len(bad)) / r['seconds']:7.1f} "
              f"articles/s, peak {r['parent'] / 2**20:.0f} MB, exit {r['code']}")
    a, b = sizes
    print(f"  peak memory {b:,} / {a:,} documents: {peaks[b] / peaks[a]:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer runs and files: a look, not a measure")
    ap.add_argument("--runs", type=int, default=0, help="cold-start runs per command (default 15; quick 5)")
    ap.add_argument("--rounds", type=int, default=0,
                    help="rate runs per tool, taken in turn (default 3; quick 1)")
    ap.add_argument("--limit", type=int, default=0, help="files per corpus (default all; quick 40)")
    ap.add_argument("--only", default="cold,text,html,stages,sweep,batch")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--peers", default=",".join(PEERS), help="peers to run beside congo-digital ('' for none)")
    args = ap.parse_args(argv)
    only = set(args.only.split(","))
    runs = args.runs or (5 if args.quick else 15)
    limit = args.limit or (40 if args.quick else 0)
    rounds = args.rounds or (1 if args.quick else 3)
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"congo-digital bench, {time.strftime('%Y-%m-%d %H:%M')}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs{load}")
    if "cold" in only:
        cold(runs)
    with tempfile.TemporaryDirectory(prefix="congo-bench-") as name:
        tmp = Path(name)
        sets = corpora(args.corpus, limit) if only & {"text", "html", "stages"} else {}
        peers = tuple(p for p in args.peers.split(",") if p)
        if "text" in only:
            rates(sets, ("authored", "bbc"), tmp, peers, rounds)
        if "html" in only:
            rates(sets, ("real",), tmp, peers, rounds)
        if "stages" in only:
            stages(sets, tmp)
        if "sweep" in only:
            sweep([1000, 10_000, 100_000, 1_000_000, 5_000_000] + ([] if args.quick else [20_000_000]))
        if "batch" in only:
            batch((300, 1000) if args.quick else (1000, 3000), tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())

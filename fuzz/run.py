"""Long fuzz run over ``congo_digital.parse_bytes`` and the ``parse`` CLI.

Usage (from the repository root)::

    PYTHONPATH=src python3 fuzz/run.py                       # 100,000 inputs on 2 processes
    PYTHONPATH=src python3 fuzz/run.py -n 2000 --seed 7      # a short run
    nohup env PYTHONPATH=src python3 fuzz/run.py > fuzz/out/run.log 2>&1 &   # in the background

Input ``i`` of a run is built from ``random.Random(f"{seed}:{i}")`` alone, so any input can
be rebuilt with ``--show I`` (writes it to ``fuzz/crashes/input-I.bin``).  The kinds:

* ``random``: random bytes, 0 to 64 KiB (some with a BOM or a binary format's magic);
* ``mutated``: a corpus article (``fixtures/``, and ``../shared/corpus`` when present;
  files under 12 kB, so that 100,000 inputs take about an hour on 2 cores) with byte
  flips, inserted or deleted runs, duplicated slices, splices of two articles and
  inserted tokens ("By ", ``<div>``, CR, NUL, "Ã©", BOMs, dates, ``|`` …);
* ``recoded``: a corpus article re-encoded (UTF-16 with and without BOM, Windows-1252,
  Latin-1, UTF-8 with BOM, mojibake, CRLF/CR);
* ``html-bomb``: deep nesting (up to 100,000 levels), many nodes, deep JSON-LD, odd
  ``<meta charset>`` values;
* ``huge-line``: one line of up to 1 MB of a repeated token.

Every input goes through ``parse_bytes``: an ``InputError`` is counted by its ``kind``;
a record is validated against ``Article.model_json_schema()``; anything else (another
exception, an invalid record, an input running longer than ``--hang`` seconds) is a crash,
saved as ``fuzz/crashes/<kind>-<i>.bin`` with a ``.txt`` saying what happened.  Every
``--cli-every``-th input also goes through the ``parse`` command (click's test runner,
in process): its exit code must be 0 or 1, stdout valid JSON, stderr one line without a
traceback.  At the end the run prints the counts, the errors by kind, the crashes and
the slowest input (its time, kind and index); the exit status is 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import codecs
import json
import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CRASHES = ROOT / "fuzz" / "crashes"
KINDS = ("random", "mutated", "recoded", "html-bomb", "huge-line")
WEIGHTS = (30, 35, 10, 10, 15)
TOKENS = [b"By ", b"By By By ", b"Par ", b"<div>", b"</div>", b"<p>", b"<html>", b"<!--", b"-->", b"\r", b"\r\n",
          b"\x00", "Ã©".encode(), "â€™".encode(), codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"|", b" | ", b"\n\n",
          b"19 f\xc3\xa9vrier 2025", b"2025-02-19T10:56:00+01:00", b"Updated ", b"NAIROBI, March 3 (Reuters) - ",
          b"Reporting by ", b"; Editing by ", b"**", b"[", b"](", b"# ", b"\xff", b"\xc3", b"\xe2\x80",
          b"<meta charset=\"utf-7\">", b"<script type=\"application/ld+json\">", b" " * 50, b"," * 50,
          b"Capital Word " * 20, "\u2028".encode(), "\ufeff".encode(), b"\t", b"\x0b", b"\x1b[31m"]


def seeds() -> list[bytes]:
    """The corpus articles to mutate: the project's fixtures and ``../shared/corpus`` when present."""
    paths = sorted((ROOT / "fixtures").rglob("*.txt")) + sorted((ROOT / "fixtures").rglob("*.html"))
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        paths += sorted(shared.glob("authored/*.txt"))
        paths += sorted(shared.glob("real/text/*")) + sorted(shared.glob("real/html/*"))
    return [p.read_bytes() for p in paths if p.is_file() and p.stat().st_size < 12_000]


def _random(rng: random.Random, _seeds: list[bytes]) -> bytes:
    data = rng.randbytes(int(2 ** rng.uniform(0, 16)))
    if rng.random() < 0.2:
        data = rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
                           b"%PDF-", b"\x89PNG", b"<html>", b"GIF8"]) + data
    return data


def _mutate(rng: random.Random, seed_list: list[bytes]) -> bytes:
    data = bytearray(rng.choice(seed_list))
    for _ in range(rng.randint(1, 12)):
        op = rng.randrange(7)
        pos = rng.randint(0, len(data))
        if op == 0 and data:  # flip bytes
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(len(data))
                data[i] = rng.randrange(256)
        elif op == 1:  # insert random bytes
            data[pos:pos] = rng.randbytes(rng.randint(1, 64))
        elif op == 2:  # delete a run
            del data[pos:pos + rng.randint(1, 2000)]
        elif op == 3 and data:  # duplicate a slice, possibly many times
            a = rng.randrange(len(data))
            piece = data[a:a + rng.randint(1, 500)]
            data[pos:pos] = piece * rng.choice([1, 2, 10, 100, 1000])
        elif op == 4:  # insert a token, possibly repeated
            data[pos:pos] = rng.choice(TOKENS) * rng.choice([1, 1, 3, 50, 2000])
        elif op == 5:  # splice another article
            other = rng.choice(seed_list)
            data[pos:] = other[rng.randint(0, len(other)):]
        else:  # truncate
            del data[pos:]
    return bytes(data[:1_000_000])


def _recode(rng: random.Random, seed_list: list[bytes]) -> bytes:
    raw = rng.choice(seed_list)
    text = raw.decode("utf-8", "replace")
    choice = rng.randrange(8)
    if choice == 0:
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if choice == 1:
        return text.encode(rng.choice(["utf-16-le", "utf-16-be"]))
    if choice == 2:
        return text.encode("cp1252", "replace")
    if choice == 3:
        return text.encode("latin-1", "replace")
    if choice == 4:
        return codecs.BOM_UTF8 + raw
    if choice == 5:
        return text.encode("utf-8").decode("cp1252", "replace").encode("utf-8")  # mojibake
    if choice == 6:
        return raw.replace(b"\n", rng.choice([b"\r\n", b"\r"]))
    return text.encode(rng.choice(["cp1251", "shift_jis", "gb18030", "iso8859-7", "koi8-r", "mac_roman"]),
                       "replace")


def _html_bomb(rng: random.Random, _seeds: list[bytes]) -> bytes:
    choice = rng.randrange(5)
    n = int(10 ** rng.uniform(1, 5))
    tag = rng.choice(["div", "p", "span", "b", "table", "li", "article", "h1"])
    if choice == 0:
        body = f"<{tag}>" * n + "deep text" + (f"</{tag}>" * n if rng.random() < 0.5 else "")
    elif choice == 1:
        body = f"<{tag}>x</{tag}>" * n * 3
    elif choice == 2:
        body = ('<script type="application/ld+json">' + '{"@type":"NewsArticle","author":' + "[" * n
                + '"A"' + "]" * n + "}" + "</script><p>Body</p>")
    elif choice == 3:
        body = ('<script type="application/ld+json">' + '{"@graph":' * min(n, 5000) + "{}" + "}" * min(n, 5000)
                + "</script><h1>Title</h1>")
    else:
        charset = rng.choice(["utf-7", "utf-16", "punycode", "idna", "unicode_escape", "rot13", "hex", "bogus",
                              "iso-8859-1", "windows-1251", "x" * 40, "utf-32be", "cp037"])
        body = f'<meta charset="{charset}"><h1>Titre été</h1><p>Le président a parlé.</p>'
        return ("<html><head>" + body + "</head></html>").encode("latin-1", "replace")
    return ("<!doctype html><html><head><title>Bomb</title></head><body>" + body + "</body></html>").encode()


def _huge_line(rng: random.Random, _seeds: list[bytes]) -> bytes:
    token = rng.choice(TOKENS + [b"a", b" ", b"Word ", b"By ", b"\xc3\xa9", b"-"])
    line = token * (int(10 ** rng.uniform(3, 6)) // max(1, len(token)))
    return rng.choice([b"", b"A title for a huge line\n\n"]) + line[:1_000_000]


BUILDERS = {"random": _random, "mutated": _mutate, "recoded": _recode, "html-bomb": _html_bomb,
            "huge-line": _huge_line}


def build(index: int, run_seed: int, seed_list: list[bytes]) -> tuple[str, bytes]:
    """Build input ``index`` of the run ``run_seed``: its kind and its bytes."""
    rng = random.Random(f"{run_seed}:{index}")
    kind = rng.choices(KINDS, WEIGHTS)[0]
    return kind, BUILDERS[kind](rng, seed_list)


def _save(index: int, kind: str, data: bytes, what: str) -> Path:
    CRASHES.mkdir(parents=True, exist_ok=True)
    path = CRASHES / f"{kind}-{index}.bin"
    path.write_bytes(data)
    path.with_suffix(".txt").write_text(f"input {index} ({kind}, {len(data):,} bytes)\n{what}\n", encoding="utf-8")
    return path


def _check_cli(data: bytes) -> str | None:
    """Run the ``parse`` command on ``data`` in a temporary file; return a problem or ``None``."""
    from click.testing import CliRunner

    from congo_digital.cli import parse_main

    with tempfile.NamedTemporaryFile(suffix=".in", delete=False) as handle:
        handle.write(data)
    try:
        result = CliRunner().invoke(parse_main, [handle.name, "--format", "jsonl"])
    finally:
        os.unlink(handle.name)
    stderr = result.stderr
    if result.exit_code not in (0, 1):
        return f"CLI exit code {result.exit_code}: {stderr.strip()[:300]}"
    if "Traceback" in stderr or "Traceback" in result.stdout or len(stderr.strip().splitlines()) > 1:
        return f"CLI stderr is not one line: {stderr[:300]}"
    try:
        json.loads(result.stdout)
    except ValueError:
        return f"CLI stdout is not JSON: {result.stdout[:300]}"
    return None


def _worker(wid: int, indices: range, run_seed: int, cli_every: int, current: Any, out: Any) -> None:
    from jsonschema import Draft202012Validator

    from congo_digital.errors import InputError
    from congo_digital.model import Article
    from congo_digital.pipeline import parse_bytes

    validator = Draft202012Validator(Article.model_json_schema())
    seed_list = seeds()
    for index in indices:
        kind, data = build(index, run_seed, seed_list)
        current.value = index
        start = time.perf_counter()
        outcome, problem = "ok", None
        try:
            record = parse_bytes(data, path=None)
            errors = sorted(validator.iter_errors(record.model_dump(mode="json")), key=str)
            if errors:
                problem = f"record fails its JSON Schema: {errors[0].message}"
        except InputError as exc:
            outcome = f"InputError:{exc.kind}"
            if not str(exc).strip() or "\n" in str(exc):
                problem = f"InputError message is not one line: {exc!r}"
        except BaseException:  # noqa: BLE001 - a fuzz harness records every failure
            problem = traceback.format_exc()
        elapsed = time.perf_counter() - start
        if problem is None and cli_every and index % cli_every == 0:
            problem = _check_cli(data)
        if problem is not None:
            outcome = "CRASH"
            _save(index, kind, data, problem)
        out.put((wid, index, kind, outcome, elapsed, len(data)))
    out.put((wid, None, "", "done", 0.0, 0))


def main(argv: list[str] | None = None) -> int:
    """Run the fuzz campaign and print its figures; return 1 when anything crashed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--inputs", type=int, default=100_000, help="number of inputs (default 100000)")
    parser.add_argument("--seed", type=int, default=1, help="run seed (default 1)")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--hang", type=float, default=30.0, help="seconds after which an input is a hang")
    parser.add_argument("--cli-every", type=int, default=200, help="also run the CLI on every N-th input (0: never)")
    parser.add_argument("--show", type=int, help="only write input SHOW to fuzz/crashes/input-SHOW.bin")
    args = parser.parse_args(argv)
    if args.show is not None:
        kind, data = build(args.show, args.seed, seeds())
        path = CRASHES / f"input-{args.show}.bin"
        CRASHES.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"input {args.show}: {kind}, {len(data):,} bytes -> {path}")
        return 0
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    shares = [range(w, args.inputs, args.workers) for w in range(args.workers)]
    procs: dict[int, Any] = {}
    currents: dict[int, Any] = {}
    last_seen: dict[int, tuple[int, float]] = {}

    def start(wid: int, indices: range) -> None:
        currents[wid] = ctx.Value("q", -1)
        procs[wid] = ctx.Process(target=_worker, args=(wid, indices, args.seed, args.cli_every, currents[wid], out),
                                 daemon=True)
        procs[wid].start()
        last_seen[wid] = (-1, time.monotonic())

    for wid, share in enumerate(shares):
        start(wid, share)
    counts: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    crashes: list[tuple[int, str, str]] = []
    slowest = (0.0, -1, "", 0)
    done = set()
    total = 0
    began = time.monotonic()
    next_report = began + 60
    seed_list: list[bytes] | None = None
    while len(done) < len(procs):
        try:
            wid, index, kind, outcome, elapsed, size = out.get(timeout=1.0)
        except Exception:  # queue.Empty: look for hangs and dead workers
            wid = None
        if wid is not None:
            if index is None:
                done.add(wid)
                continue
            total += 1
            counts[outcome.split(":")[0]] += 1
            by_kind[kind] += 1
            if outcome.startswith("InputError"):
                counts[outcome] += 1
            if outcome == "CRASH":
                crashes.append((index, kind, str(CRASHES / f"{kind}-{index}.bin")))
            if elapsed > slowest[0]:
                slowest = (elapsed, index, kind, size)
        now = time.monotonic()
        for w, proc in list(procs.items()):
            if w in done:
                continue
            cur = currents[w].value
            if cur != last_seen[w][0]:
                last_seen[w] = (cur, now)
            elif proc.exitcode == 0:
                continue  # finished normally: its last results and end mark are still in the queue
            elif now - last_seen[w][1] > args.hang or not proc.is_alive():
                seed_list = seed_list if seed_list is not None else seeds()
                kind, data = build(cur, args.seed, seed_list)
                what = "hang" if proc.is_alive() else f"worker died (exit code {proc.exitcode})"
                _save(cur, kind, data, f"{what} after {now - last_seen[w][1]:.0f} s")
                crashes.append((cur, kind, str(CRASHES / f"{kind}-{cur}.bin")))
                total += 1
                counts["CRASH"] += 1
                proc.kill()
                proc.join()
                rest = range(cur + args.workers, shares[w].stop, args.workers)
                shares[w] = rest
                start(w, rest)
        if now >= next_report:
            next_report = now + 60
            print(f"[{now - began:6.0f} s] {total:,} inputs, {counts['CRASH']} crashes, "
                  f"slowest {slowest[0]:.3f} s", flush=True)
    wall = time.monotonic() - began
    print(f"\ninputs: {total:,} in {wall:,.0f} s on {args.workers} processes (seed {args.seed})")
    print("by generator: " + ", ".join(f"{k} {by_kind[k]:,}" for k in KINDS))
    print(f"records: {counts['ok']:,}; input errors: {counts['InputError']:,}; crashes: {counts['CRASH']}")
    for key in sorted(k for k in counts if k.startswith("InputError:")):
        print(f"  {key.split(':', 1)[1]:<12} {counts[key]:,}")
    print(f"slowest input: #{slowest[1]} ({slowest[2]}, {slowest[3]:,} bytes) in {slowest[0]:.3f} s")
    for index, kind, path in crashes[:50]:
        print(f"CRASH #{index} ({kind}): {path}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())

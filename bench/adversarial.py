"""Adversarial-input benchmark: time the parser on inputs built to be slow.

Usage (from the repository root)::

    PYTHONPATH=src python3 bench/adversarial.py            # every case
    PYTHONPATH=src python3 bench/adversarial.py spaces by   # only cases whose name contains a word
    PYTHONPATH=src python3 bench/adversarial.py --profile by-by-by   # cProfile one case

Each case runs in its own child process (so a hang cannot stop the benchmark; a child
is killed after ``--timeout`` seconds, 60 by default) and is timed from the raw bytes on
disk to the record, through ``congo_digital.pipeline.parse_path`` with the default size
limit, i.e. reading, decoding, layout or HTML, and every field.  The baseline is the
seed article (``fixtures/seed.txt``) timed the same way in the same run; the table gives
each case's time, its ratio to the baseline, and the outcome (``ok`` for a record, or the
``InputError`` kind).  The target is every case under one second; the exit status is 1
when one is slower (or crashes), 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed.txt"
TARGET_SECONDS = 1.0
MB = 1_000_000


def _seed() -> bytes:
    return SEED.read_bytes()


def _headed(body: str) -> bytes:
    """A short headline and byline above an adversarial body, as an article would have."""
    return ("Adversarial headline for the parser\n\nBy Jane Doe\n\n" + body + "\n").encode("utf-8")


def _deep_html(levels: int) -> bytes:
    return ("<html><head><title>Deep</title></head><body>" + "<div>" * levels + "text"
            + "</div>" * levels + "</body></html>").encode("ascii")


def _many_nodes(count: int) -> bytes:
    return ("<html><head><title>Wide</title></head><body>" + "<p>a</p>" * count
            + "</body></html>").encode("ascii")


def _twenty_mb() -> bytes:
    paragraph = _seed().decode("utf-8").split("\n\n", 3)[3] + "\n\n"
    text = _seed().decode("utf-8")
    while len(text.encode("utf-8")) < 20 * MB - len(paragraph.encode("utf-8")):
        text += paragraph * 200
    data = text.encode("utf-8")
    return data[: 20 * MB - 1000].rsplit(b"\n", 1)[0] + b"\n"


CASES: dict[str, Callable[[], bytes]] = {
    "baseline: seed.txt": _seed,
    "spaces: 1 MB run of spaces": lambda: _headed("word" + " " * MB + "word"),
    "commas: 1 MB run of commas": lambda: _headed("By A" + "," * MB),
    "caps: 100k capitalised words": lambda: _headed(" ".join(["Capital"] * 100_000)),
    "caps-line: capitalised words on one line, no body": lambda: (" ".join(["Word"] * 200_000)).encode(),
    "by-by-by: 'By ' x 100k": lambda: ("By " * 100_000).encode(),
    "by-lines: 'By By By' on 10k lines": lambda: ("By By By By By By By By By By\n" * 10_000).encode(),
    "dashes: dateline-like run of dashes": lambda: _headed("NAIROBI, " + "- " * 200_000 + "x"),
    "pipes: 1 MB of ' | ' segments": lambda: _headed(" | ".join(["Posted"] * 300_000)),
    "markdown: 1 MB of unclosed ** and [": lambda: _headed("**[" * 300_000),
    "one-line: a 1 MB single line": lambda: _headed("The minister met the ambassador in Brazzaville. " * 21_000),
    "short-lines: 100k short lines": lambda: _headed("\n".join(f"Line {i}." for i in range(100_000))),
    "blank-lines: 1M newlines": lambda: _headed("\n" * MB),
    "dates: 50k dates on one line": lambda: _headed("19 février 2025, " * 50_000),
    "date-lines: 80 distinct date lines in the header": lambda: ("Dated headline\n\n" + "".join(
        f"Date : mercredi, {1 + i % 28} février {1990 + i // 28} 10:{i % 60:02d}\n\n" for i in range(80))).encode(),
    "date-lines-same: one date line 1,500 times": lambda: (
        "Dated headline\n\n" + "Date : mercredi, 19 février 2025 10:56\n\n" * 1500).encode(),
    "nav-lines-same: a '|' menu line with numbers 3,000 times": lambda: (
        "Radio headline\n\n" + "101,4 MHz | 90,4 Kielce | 1 (7)\n" * 3000).encode(),
    "nav-lines: 100 distinct '|' menu lines with numbers": lambda: ("Radio headline\n\n" + "".join(
        f"{100 + i},4 MHz | {i},4 Kielce | {i} (7)\n" for i in range(100))).encode(),
    "nav-lines-many: 2,500 distinct '|' menu lines with numbers": lambda: ("Radio headline\n\n" + "".join(
        f"{80 + i % 40},{i % 10} MHz | {i},{i % 7} Kielce | {i % 9} ({i % 5})\n" for i in range(2500))).encode(),
    "html-attr-count: a tag with 200k attributes": lambda: (
        b"<html><body><div " + b" ".join(b"a%d=1" % i for i in range(200_000)) + b"><p>t</p></div></body></html>"),
    "html-comment-run: 100k '<!---->' before the text": lambda: ("<!---->" * 100_000 + "x\n\nBody.").encode(),
    "html-deep: 100k nested <div>": lambda: _deep_html(100_000),
    "html-quotes: a 3.3 MB paragraph under 250 nested <blockquote>": lambda: (
        "<html><head><title>Deep</title></head><body>" + "<blockquote>" * 250 + "<p>" + "word " * 660_000
        + "</p>" + "</blockquote>" * 250 + "</body></html>").encode("ascii"),
    "html-nodes: 1M <p> nodes": lambda: _many_nodes(1_000_000),
    "html-attrs: a 1 MB attribute": lambda: (b"<html><body><p class=\"" + b"a" * MB + b"\">t</p></body></html>"),
    "html-comments: 1 MB of unclosed comment": lambda: b"<html><body><!--" + b"-" * MB,
    "cp1252: 1 MB undecodable as UTF-8": lambda: ("Un été à Brazzaville\n\n" + "é" * MB).encode("cp1252"),
    "mojibake: 1 MB of 'PrÃ©sident'": lambda: _headed("PrÃ©sident " * 90_000),
    "nul: NUL bytes every 20 bytes": lambda: b"Title line here\n\n" + (b"some words here\x00    " * 50_000),
    "utf16: 1 MB UTF-16 with BOM": lambda: ("\ufeff" + "Title\n\n" + "Texte en français. " * 27_000).encode(
        "utf-16-le"),
    "random: 1 MB of random bytes": lambda: os.urandom(MB),
    "20mb: a 19.99 MB article (at the default limit)": _twenty_mb,
    "20mb-html: a 20 MB HTML page": lambda: (b"<html><head><title>Big</title></head><body>"
                                                 + b"<p>Le pr\xc3\xa9sident a parl\xc3\xa9.</p>\n" * 645_000
                                                 + b"</body></html>"),
    "20mb-line: 20 MB on one line": lambda: b"Headline\n\n" + b"word " * (4 * MB - 10),
    "too-large: 25 MB (refused by the limit)": lambda: b"a" * (25 * MB),
}


def _child(name: str, profile: bool) -> None:
    """Time one case in this process and print a JSON result line."""
    from congo_digital.errors import InputError
    from congo_digital.pipeline import parse_path

    data = CASES[name]()
    with tempfile.NamedTemporaryFile(suffix=".in", delete=False) as handle:
        handle.write(data)
        path = handle.name
    try:
        # Warm up (imports, word lists, dateparser's locale data, ftfy, charset-normalizer)
        # on an article other than the seed, so that no case, the baseline included, finds
        # its own lines already in a cache: the cases time the parsing, not a one-off import.
        from congo_digital.pipeline import parse_bytes

        parse_bytes(b"Warm-up headline\n\nBy Jo Bloggs\n\nPublished 3 March 2024 | 10:20\n\nBody text.\n")
        parse_bytes("Un été à Brazzaville\n\nLe PrÃ©sident a parlé.".encode("cp1252"))
        parse_bytes("Un été à Brazzaville\n\nLe PrÃ©sident a parlé.".encode())
        if profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
        start = time.perf_counter()
        try:
            parse_path(path)
            outcome = "ok"
        except InputError as exc:
            outcome = exc.kind
        except Exception as exc:  # noqa: BLE001 - the benchmark reports crashes, it does not raise
            outcome = f"CRASH {type(exc).__name__}: {exc}"[:200]
        elapsed = time.perf_counter() - start
        if profile:
            prof.disable()
            pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
    finally:
        os.unlink(path)
    print(json.dumps({"name": name, "seconds": elapsed, "outcome": outcome, "bytes": len(data)}))


def _run(name: str, timeout: float, profile: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", name] + (["--profile-child"] if profile else [])
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"name": name, "seconds": timeout, "outcome": f"TIMEOUT after {timeout:.0f} s", "bytes": 0}
    if profile:
        sys.stderr.write(done.stderr)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"name": name, "seconds": float("nan"), "outcome": f"CHILD FAILED: {tail}"[:200], "bytes": 0}
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    """Run the selected cases and print the table; return 1 when a case misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("only", nargs="*", help="run only cases whose name contains one of these words")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a case is killed")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of each selected case")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--profile-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.profile_child)
        return 0
    names = [n for n in CASES if n.startswith("baseline") or not args.only or any(w in n for w in args.only)]
    results = [_run(n, args.timeout, args.profile) for n in names]
    base = results[0]["seconds"]
    width = max(len(n) for n in names)
    print(f"{'case':<{width}}  {'size':>10}  {'seconds':>8}  {'x seed':>7}  outcome")
    for r in results:
        ratio = r["seconds"] / base if base and base > 0 else float("nan")
        print(f"{r['name']:<{width}}  {r['bytes']:>10,}  {r['seconds']:>8.3f}  {ratio:>7.1f}  {r['outcome']}")
    cases = [r for r in results[1:]]
    if not cases:
        return 0
    worst = max(cases, key=lambda r: (r["seconds"] != r["seconds"], r["seconds"]))
    print(f"\nworst case: {worst['name']} in {worst['seconds']:.3f} s "
          f"({worst['seconds'] / base:.1f}x the seed article's {base * 1000:.1f} ms)")
    failed = [r for r in cases if not (r["seconds"] < TARGET_SECONDS) or r["outcome"].startswith(("CRASH", "TIMEOUT",
                                                                                                     "CHILD"))]
    print(f"{len(cases) - len(failed)} of {len(cases)} cases under {TARGET_SECONDS:.0f} s"
          + ("" if not failed else ": slow or failed: " + ", ".join(r["name"].split(":")[0] for r in failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

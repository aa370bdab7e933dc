"""Score the body text on trafilatura's own evaluation corpus, beside trafilatura itself.

Usage: python bench/trafilatura_eval.py --repo PATH [--limit N] [--tools ours,trafilatura]
       [--show-misses] [--json]

``PATH`` is a checkout of github.com/adbar/trafilatura (Apache-2.0): its
``tests/evaldata.json`` maps each page's URL to its file (under ``tests/cache`` or
``tests/eval``), the snippets its text must hold (``with``) and those it must not
(``without``).  The metric is that project's (``tests/eval_common.py``): a snippet counts
when its whitespace-normalised text is a substring of the whitespace-normalised output;
``with`` snippets found are true positives, missed ones false negatives; ``without``
snippets found are false positives, absent ones true negatives; precision, recall,
accuracy and F1 over the counts summed across pages.  congo-digital's output is the
record's ``body`` (parties and topics off); trafilatura's is ``extract`` with its
benchmark's settings (tables in, comments out).  ``empty`` counts pages whose output is
empty; ``--show-misses`` lists, per page, the snippets a tool missed or wrongly kept.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """White space collapsed to one space, ends stripped."""
    return _SPACE.sub(" ", text).strip()


def _ours() -> Callable[[bytes], str]:
    sys.path.insert(0, str(ROOT / "src"))
    from congo_digital.pipeline import parse_bytes

    def run(data: bytes) -> str:
        return parse_bytes(data, path="page.html", input_format="html", parties=False, topics=False).body

    return run


def _trafilatura() -> Callable[[bytes], str]:
    import trafilatura

    def run(data: bytes) -> str:
        return trafilatura.extract(data, include_comments=False, include_tables=True) or ""

    return run


TOOLS: dict[str, Callable[[], Callable[[bytes], str]]] = {"congo-digital": _ours, "trafilatura": _trafilatura}


def load(repo: Path) -> list[tuple[str, dict, bytes]]:
    """The corpus as ``(url, annotation, html bytes)``, in URL order; pages whose file is
    missing are left out."""
    tests = repo / "tests"
    data = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
    out = []
    for url in sorted(data):
        item = data[url]
        for sub in ("cache", "eval"):
            path = tests / sub / item["file"]
            if path.is_file():
                out.append((url, item, path.read_bytes()))
                break
    return out


def count(item: dict, text: str) -> tuple[int, int, int, int, list[str], list[str]]:
    """``(tp, fp, fn, tn, missed, kept)`` of one output against one annotation."""
    got = norm(text)
    missed = [w for w in item["with"] if norm(w) not in got]
    kept = [w for w in item["without"] if norm(w) in got]
    tp = len(item["with"]) - len(missed)
    return tp, len(kept), len(missed), len(item["without"]) - len(kept), missed, kept


def score(name: str, pages: list[tuple[str, dict, bytes]], show: bool) -> dict[str, float] | None:
    """Run one tool over the pages; its precision, recall, accuracy, F1, empty outputs,
    errors and milliseconds per page, or None when it is not installed."""
    try:
        run = TOOLS[name]()
    except ImportError:
        return None
    tp = fp = fn = tn = empty = errors = 0
    elapsed = 0.0
    for _url, item, data in pages:
        start = time.perf_counter()
        try:
            text = run(data)
        except Exception as exc:  # noqa: BLE001 - a failure on one page is a miss, not a crash
            text, errors = "", errors + 1
            print(f"{name}: {item['file']}: {type(exc).__name__}: {exc}", file=sys.stderr)
        elapsed += time.perf_counter() - start
        a, b, c, d, missed, kept = count(item, text)
        tp, fp, fn, tn = tp + a, fp + b, fn + c, tn + d
        empty += not text.strip()
        if show and (missed or kept):
            print(f"{name}\t{item['file']}\tlen={len(text)}\tmissed={missed}\tkept={kept}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": precision, "recall": recall, "accuracy": (tp + tn) / max(1, tp + fp + fn + tn),
            "f1": 2 * tp / max(1, 2 * tp + fp + fn), "empty": empty, "errors": errors,
            "ms": 1000 * elapsed / max(1, len(pages))}


def main(argv: list[str] | None = None) -> int:
    """Print one line per tool: precision, recall, accuracy, F1, empty outputs, ms/page."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", type=Path, required=True, help="a checkout of adbar/trafilatura")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (URL order)")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of " + ", ".join(TOOLS))
    ap.add_argument("--show-misses", action="store_true", help="list each page's missed and wrongly kept snippets")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    if not (args.repo / "tests" / "evaldata.json").is_file():
        print(f"no tests/evaldata.json under {args.repo}", file=sys.stderr)
        return 2
    pages = load(args.repo)
    if args.limit:
        pages = pages[: args.limit]
    results: dict[str, dict[str, float]] = {}
    if not args.json:
        print(f"{len(pages)} pages from {args.repo}")
        print(f"{'tool':<15}{'precision':>10}{'recall':>10}{'accuracy':>10}{'f1':>10}{'empty':>7}{'ms/page':>10}")
    for name in (n.strip() for n in args.tools.split(",")):
        result = score(name, pages, args.show_misses)
        if result is None:
            print(f"{name:<15} not installed (pip install -e '.[bench]')", file=sys.stderr)
            continue
        results[name] = result
        if not args.json:
            print(f"{name:<15}" + "".join(f"{result[k]:>10.3f}" for k in ("precision", "recall", "accuracy", "f1"))
                  + f"{result['empty']:>7}{result['ms']:>10.1f}", flush=True)
    if args.json:
        print(json.dumps({"pages": len(pages), "tools": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

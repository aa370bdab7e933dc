"""One measurement of ``bench/run.py`` in a process of its own (so that its peak memory and
its imports are its own): prints one JSON object on its last line of standard output.

Run by ``bench/run.py``; by hand: ``python bench/run_worker.py rate TOOL LIST`` (LIST: a file
of paths, one a line), ``python bench/run_worker.py stages LIST``, ``python bench/run_worker.py
sweep SIZES``.  The process runs one thread (``bench/run.py`` keeps numpy's BLAS to one),
so it uses one core.
"""

from __future__ import annotations

import json
import resource
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def peak_bytes() -> int:
    """This process's peak resident set, in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def _runner(tool: str) -> Callable[[bytes, str], object]:
    """``run(data, name)`` for ``tool``: congo-digital's ``parse_bytes`` (parties and topics
    included), or a peer as ``bench/peers.py`` calls it (trafilatura: ``bare_extraction`` with
    metadata)."""
    if tool == "congo-digital":
        sys.path.insert(0, str(ROOT / "src"))
        from congo_digital.batch.task import settle_process
        from congo_digital.pipeline import parse_bytes

        def parse(data: bytes, name: str) -> object:
            record = parse_bytes(data, path=name)
            settle_process()  # as the command line does after each input
            return record

        return parse
    sys.path.insert(0, str(HERE))
    import peers

    run = peers.TOOLS[tool]()
    return lambda data, name: run(data, None)


def rate(tool: str, listing: str) -> dict:
    """Articles per second of ``tool`` over the files of ``listing``, in this process, after
    one warm-up file (its imports and data): wall and CPU seconds; failures counted, not
    timed apart."""
    paths = [Path(p) for p in Path(listing).read_text(encoding="utf-8").splitlines() if p]
    files = [(p.name, p.read_bytes()) for p in paths]
    start = time.perf_counter()
    run = _runner(tool)
    failures = 0
    try:
        run(*files[0])
    except Exception:  # noqa: BLE001 - a tool's failure on one input is counted, not fatal
        pass
    first = time.perf_counter() - start  # (congo-digital's run settles the process after each parse)
    start, cpu = time.perf_counter(), time.process_time()
    for name, data in files:
        try:
            run(data, name)
        except Exception:  # noqa: BLE001
            failures += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"n": len(files), "seconds": seconds, "cpu": cpu, "first": first, "failures": failures,
            "peak": peak_bytes()}


STAGES = {
    "read (decode, sniff)": ["decode_document"],
    "html (parse, markup, main text)": ["html.page.read_page", "html.page.main_text", "decide_title"],
    "layout (lines, byline, dates)": ["analyse"],
    "language (py3langid)": ["read_language", "detect_language"],
    "fields (decisions)": ["decide_authors", "decide_date", "decide_section", "decide_language"],
    "parties": ["find_parties"],
    "topics": ["classify"],
    "record (plain; validated by pydantic in \"other\")": ["Record"],
}
"""Pipeline stages, each the names ``congo_digital.pipeline`` calls for it (a dotted name: a
function of that ``congo_digital`` module, which the pipeline imports when it needs it)."""


def stages(listing: str) -> dict:
    """CPU milliseconds per document in each stage of ``parse_bytes`` over the files of
    ``listing`` (after one warm-up pass), by wrapping the functions the pipeline calls;
    ``other`` is the rest of the total."""
    sys.path.insert(0, str(ROOT / "src"))
    from congo_digital import pipeline

    files = [(p.name, p.read_bytes()) for p in map(Path, Path(listing).read_text(encoding="utf-8").splitlines()) if p]
    spent = dict.fromkeys(STAGES, 0.0)
    active: list[str] = []

    def wrap(stage: str, fn: Callable) -> Callable:
        def timed(*args: object, **kwargs: object) -> object:
            if active:  # a stage called from another is counted in the outer one
                return fn(*args, **kwargs)
            active.append(stage)
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - t
                active.pop()
        return timed

    import importlib

    for stage, names in STAGES.items():
        for name in names:
            module_name, _, attr = name.rpartition(".")
            module = importlib.import_module(f"congo_digital.{module_name}") if module_name else pipeline
            setattr(module, attr, wrap(stage, getattr(module, attr)))
    for name, data in files:  # warm-up
        pipeline.parse_bytes(data, path=name)
    from congo_digital.batch.task import settle_process

    settle_process()  # as the command line does after its first parse
    spent = dict.fromkeys(STAGES, 0.0)
    start = time.process_time()
    for name, data in files:
        pipeline.parse_bytes(data, path=name)
        settle_process()  # as the command line does after each input (counted in "other")
    total = time.process_time() - start
    ms = {k: 1000 * v / len(files) for k, v in spent.items()}
    ms["other"] = 1000 * total / len(files) - sum(ms.values())
    return {"n": len(files), "ms": ms, "total_ms": 1000 * total / len(files)}


def _article(size: int, html: bool) -> bytes:
    """A real-style article of about ``size`` bytes: a headline, a byline, a date line and
    numbered paragraphs (``fixtures/seed.txt``'s body repeated), as text or as HTML."""
    seed = (ROOT / "fixtures" / "seed.txt").read_text(encoding="utf-8").split("\n\n")
    paras = [p.strip() for p in seed[3:] if len(p.strip()) > 80] or ["The minister met the delegation."]
    head = "Congo weighs a digital plan\n\nBy Jane Doe\n\n19 February 2025\n\n"
    out, i, used = [], 0, len(head)
    while used < size:
        p = f"{i + 1}. {paras[i % len(paras)]}"
        out.append(p)
        used += len(p.encode()) + 2
        i += 1
    if html:
        body = "".join(f"<p>{p}</p>\n" for p in out)
        doc = (f"<html><head><title>Congo weighs a digital plan</title></head><body><article>"
               f"<h1>Congo weighs a digital plan</h1><p class='byline'>By Jane Doe</p>{body}</article></body></html>")
    else:
        doc = head + "\n\n".join(out) + "\n"
    return doc.encode()[:size]


def sweep(sizes: str) -> dict:
    """Seconds of ``parse_bytes`` (wall and CPU) on a text and an HTML article of each size
    (bytes), after a warm-up; the best of three runs under 1 MB, one run above."""
    sys.path.insert(0, str(ROOT / "src"))
    from congo_digital.pipeline import parse_bytes

    parse_bytes(_article(4000, False), path="a.txt")
    parse_bytes(_article(4000, True), path="a.html")
    from congo_digital.batch.task import settle_process

    settle_process()  # as the command line does after its first parse
    out: dict[str, dict[str, float]] = {"text": {}, "html": {}}
    cpu: dict[str, dict[str, float]] = {"text": {}, "html": {}}
    for size in map(int, sizes.split(",")):
        for kind in ("text", "html"):
            data = _article(size, kind == "html")
            best = best_cpu = float("inf")
            for _ in range(3 if size < 1_000_000 else 1):
                t, c = time.perf_counter(), time.process_time()
                parse_bytes(data, path=f"a.{'html' if kind == 'html' else 'txt'}")
                best, best_cpu = min(best, time.perf_counter() - t), min(best_cpu, time.process_time() - c)
            out[kind][str(size)], cpu[kind][str(size)] = best, best_cpu
    return {"seconds": out, "cpu": cpu, "peak": peak_bytes()}


def main(argv: list[str]) -> int:
    warnings.filterwarnings("ignore")
    mode, *args = argv
    result = {"rate": rate, "stages": stages, "sweep": sweep}[mode](*args)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

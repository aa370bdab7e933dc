"""Score congo-digital and its peers (trafilatura, newspaper4k, goose3) on the real HTML corpus.

Usage: python bench/peers.py [--corpus DIR] [--limit N] [--tools ours,trafilatura,...]

The corpus is ``<repo>/../shared/corpus/real`` unless ``--corpus`` names another folder
holding ``manifest.jsonl``; scoring is ``score_item`` of ``<shared>/tools/score.py`` (the
shared folder is the corpus folder's grandparent), the same function ``score.py`` uses.
Every tool reads the same bytes in this process; the times are the mean and the median
wall time per page after one warm-up page.  ``body_f1`` is score.py's body metric (word
4-gram shingles against the gold article text of the pages that have one): the F1 of the
mean precision and the mean recall; each peer's body is its own main text (trafilatura's
``text``, newspaper4k's ``text``, goose3's ``cleaned_text``).  The peers are the ``bench``
extra of pyproject.toml; a peer that is not installed is reported as missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("title", "title_f1", "authors", "date", "language", "body_f1")


def load_scorer(corpus: Path) -> Callable[..., dict[str, float]]:
    """Import ``score_item`` from the shared tools folder next to the corpus."""
    path = corpus.parents[1] / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score_item


def _ours() -> Callable[[bytes, str | None], dict]:
    sys.path.insert(0, str(ROOT / "src"))
    from congo_digital.pipeline import parse_bytes

    def run(data: bytes, url: str | None) -> dict:
        return parse_bytes(data, path="page.html").model_dump()

    return run


def _trafilatura() -> Callable[[bytes, str | None], dict]:
    import trafilatura

    def run(data: bytes, url: str | None) -> dict:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True)
        if doc is None:
            return {}
        meta = doc if isinstance(doc, dict) else doc.as_dict()
        authors = [a.strip() for a in (meta.get("author") or "").split(";") if a.strip()]
        return {"title": meta.get("title"), "authors": [{"name": a} for a in authors],
                "date": meta.get("date"), "language": meta.get("language"), "body": meta.get("text") or ""}

    return run


def _offline_tldextract() -> None:
    """Make tldextract (used by newspaper4k and goose3) read its bundled suffix list instead of
    fetching one over the network, which would stall every page here."""
    try:
        import tldextract
        import tldextract.tldextract as tld_module
    except ImportError:
        return
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tld_module.TLD_EXTRACTOR = offline
    tldextract.extract = offline
    tld_module.extract = offline


def _newspaper() -> Callable[[bytes, str | None], dict]:
    warnings.filterwarnings("ignore")
    _offline_tldextract()
    import newspaper

    def run(data: bytes, url: str | None) -> dict:
        art = newspaper.Article(url or "http://example.invalid/page.html", fetch_images=False)
        art.download(input_html=data.decode("utf-8", "replace"))
        art.parse()
        date = art.publish_date.isoformat() if art.publish_date else None
        return {"title": art.title, "authors": [{"name": a} for a in art.authors], "date": date,
                "language": art.meta_lang or None, "body": art.text or ""}

    return run


def _goose() -> Callable[[bytes, str | None], dict]:
    _offline_tldextract()
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})

    def run(data: bytes, url: str | None) -> dict:
        art = goose.extract(raw_html=data.decode("utf-8", "replace"))
        date = art.publish_date
        return {"title": art.title, "authors": [{"name": a} for a in (art.authors or [])],
                "date": str(date) if date else None, "language": art.meta_lang or None,
                "body": art.cleaned_text or ""}

    return run


TOOLS: dict[str, Callable[[], Callable[[bytes, str | None], dict]]] = {
    "congo-digital": _ours, "trafilatura": _trafilatura, "newspaper4k": _newspaper, "goose3": _goose,
}


def bench(name: str, items: list[dict], corpus: Path, score_item: Callable) -> dict[str, float] | None:
    """Run one tool over ``items``; returns mean scores per field, mean ``ms`` and ``median`` ms per
    page, or None when the tool is not installed."""
    try:
        run = TOOLS[name]()
    except ImportError:
        return None
    pages = [(item, (corpus / item["input"]).read_bytes()) for item in items]
    if pages:
        try:
            run(pages[0][1], pages[0][0].get("url"))  # warm-up
        except Exception:  # noqa: BLE001 - a peer's failure on one page is a miss, not a crash
            pass
    totals: dict[str, list[float]] = {}
    times: list[float] = []
    for item, data in pages:
        body_gold = (corpus / item["body_file"]).read_text(encoding="utf-8") if item.get("body_file") else None
        start = time.perf_counter()
        try:
            pred = run(data, item.get("url"))
        except Exception as exc:  # noqa: BLE001
            pred = {"error": str(exc)}
        times.append(time.perf_counter() - start)
        gold = item.get("gold", {})
        lang = gold.get("language") or item.get("language")
        for field, value in score_item(gold, lang, pred, body_gold).items():
            totals.setdefault(field, []).append(value)
    out = {f: sum(v) / len(v) for f, v in totals.items() if v}
    if totals.get("body_p") and totals.get("body_r"):  # score.py's: F1 of the mean precision and recall
        bp, br = out["body_p"], out["body_r"]
        out["body_f1"] = 2 * bp * br / (bp + br) if bp + br else 0.0
    out["ms"] = 1000 * sum(times) / max(1, len(times))
    out["median"] = 1000 * statistics.median(times) if times else 0.0
    return out


def main(argv: list[str] | None = None) -> int:
    """Print one line per tool: its scores and milliseconds per page."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "real")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of " + ", ".join(TOOLS))
    args = ap.parse_args(argv)
    manifest = args.corpus / "manifest.jsonl"
    if not manifest.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    items = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [i for i in items if i.get("format", "html") == "html" and i.get("input")]
    if args.limit:
        items = items[: args.limit]
    score_item = load_scorer(args.corpus)
    print(f"{len(items)} pages from {args.corpus}")
    print(f"{'tool':<15}" + "".join(f"{f:>10}" for f in FIELDS) + f"{'ms/page':>10}{'median':>10}")
    for name in args.tools.split(","):
        result = bench(name.strip(), items, args.corpus, score_item)
        if result is None:
            print(f"{name:<15} not installed (pip install trafilatura newspaper4k goose3)")
            continue
        print(f"{name:<15}" + "".join(f"{result.get(f, 0.0):>10.3f}" for f in FIELDS)
              + f"{result['ms']:>10.1f}{result['median']:>10.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

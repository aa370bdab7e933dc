#!/usr/bin/env python3
"""Eval gate: per-field score floors on the ``../shared`` corpora (issue #10).

``tests/floors.json`` lists the corpus runs (a manifest under ``../shared`` and which file of
each item to parse: ``input`` or its plain-text rendering ``text``) and, per run and per field,
a floor: the score ``../shared/tools/score.py`` measured, minus ``EPSILON``.  It also pins a
digest of each run's corpus (manifest, parsed inputs, gold body files) and of the scorer
(score.py and the IPTC data it reads), so a changed corpus or scorer asks for a re-pin instead
of moving the scores unnoticed.  The scheme follows trafilatura's ``tests/eval_gate.py``.

A run fails when a field scores below its floor, when a field scores more than ``BAND`` above
its floor (the floor must then be raised, so that floors stay at the measured value), when a
pinned field is no longer scored or a scored field has no floor, or when a digest changed.

Scoring is score.py's own: its ``main`` is run on the manifest with ``--json``, its
``run_parser`` replaced by a function that returns records parsed in-process (each input once
per ``Records`` cache), so the item selection, the per-item scores, the means, their rounding
and ``body_f1`` are exactly what ``score.py MANIFEST [--use text] --json`` prints.

Usage (from anywhere; ``../shared`` is the repository's sibling folder):
    python tests/floors.py                      measure every run and compare (exit 1 on a failure)
    python tests/floors.py --pin                re-measure and rewrite floors.json; refuses to lower
                                                a floor (exit 1, file unchanged)
    python tests/floors.py --pin --allow-lower  ... and accept the lower floors
    python tests/floors.py --run bbc [--pin]    only the named run(s)
Exit status: 0, 1 (a check failed or a floor would be lowered), 2 (``../shared`` absent).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import io
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
IPTC_JSON = SHARED / "data" / "iptc-mediatopics.json"
FLOORS_FILE = ROOT / "tests" / "floors.json"

EPSILON = 0.005  # floor = measured - EPSILON
BAND = 0.02  # a score more than this above its floor asks for the floor to be raised

# the floors are the default recogniser's (the rules), whether or not spaCy is installed
os.environ["CONGO_DIGITAL_RECOGNISER"] = "rules"
if str(ROOT / "src") not in sys.path:  # this checkout's package, as pytest's pythonpath gives it
    sys.path.insert(0, str(ROOT / "src"))

from congo_digital.errors import InputError  # noqa: E402
from congo_digital.model import Article  # noqa: E402
from congo_digital.pipeline import parse_path  # noqa: E402


def shared_present() -> bool:
    """Whether ``../shared`` holds the scorer (the corpora are checked per run)."""
    return SCORE_PY.exists()


def load_floors(path: Path | None = None) -> dict[str, Any]:
    """The pinned runs (``path`` defaults to ``FLOORS_FILE``): ``{"runs": {name: {"manifest",
    "use", "items", "corpus_sha256", "scorer_sha256", "floors": {field: floor}}}}``."""
    return json.loads((path or FLOORS_FILE).read_text(encoding="utf-8"))


def save_floors(data: dict[str, Any], path: Path | None = None) -> None:
    """Write ``data`` to ``path`` (default ``FLOORS_FILE``) atomically: an interrupted pin
    cannot truncate the file."""
    path = path or FLOORS_FILE
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def group(run: dict[str, Any]) -> str:
    """The run's input set, e.g. ``"corpus/real:input"``: runs (and tests) of one group parse the
    same files, so pytest-xdist's ``--dist loadgroup`` keeps them on one worker."""
    return f"{Path(run['manifest']).parent.as_posix()}:{run.get('use', 'input')}"


class Records:
    """In-process parse results, each input file parsed once (keyed by its resolved path)."""

    def __init__(self) -> None:
        self._done: dict[tuple[Path, bool], Article | dict[str, Any]] = {}

    def article(self, path: Path, parties: bool = True) -> Article | dict[str, Any]:
        """The ``Article`` parsed from ``path`` (without parties when ``parties`` is false), or
        the CLI's error record (``{"error", "kind", "path"}``) when the input cannot be parsed."""
        key = (path.resolve(), parties)
        path = key[0]
        if key not in self._done:
            try:
                self._done[key] = parse_path(str(path), parties=parties)
            except InputError as exc:
                self._done[key] = {"error": str(exc), "kind": exc.kind, "path": exc.path}
            except Exception as exc:  # noqa: BLE001 - scored as a miss, as the CLI's internal-error record
                self._done[key] = {"error": f"internal error ({type(exc).__name__})", "kind": "internal",
                                   "path": str(path)}
        return self._done[key]

    def record(self, path: Path, parties: bool = True) -> dict[str, Any]:
        """The JSON record ``congo-digital parse`` prints for ``path`` (as a dict)."""
        found = self.article(path, parties)
        return found.model_dump(mode="json") if isinstance(found, Article) else found


def load_score() -> ModuleType:
    """A private instance of ``../shared/tools/score.py`` (so patching it touches no other user)."""
    spec = importlib.util.spec_from_file_location("congo_floors_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def manifest_items(run: dict[str, Any]) -> list[dict[str, Any]]:
    """The run's manifest items (every line, as score.py reads them)."""
    text = (SHARED / run["manifest"]).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def measure(run: dict[str, Any], records: Records) -> dict[str, Any]:
    """score.py's ``--json`` result for the run: ``{"items", "errors", "fields": {field: {"n",
    "score"}}}``, scores rounded to 4 places by score.py."""
    score = load_score()
    parties = run.get("parties", True)  # a run whose gold has no parties need not find them
    score.run_parser = lambda _cmd, paths: [records.record(Path(p), parties) for p in paths]
    argv = [str(SHARED / run["manifest"]), "--json"]
    if run.get("use", "input") != "input":
        argv += ["--use", run["use"]]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = score.main(argv)
    if status != 0:
        raise RuntimeError(f"score.py exited {status} on {run['manifest']}: {out.getvalue()[-300:]}")
    return json.loads(out.getvalue())


def _sha(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(SHARED).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<absent>")
    return digest.hexdigest()


def digests(run: dict[str, Any]) -> dict[str, Any]:
    """The run's pins: ``items`` (manifest lines), ``corpus_sha256`` (manifest, each parsed
    input, each gold body file) and ``scorer_sha256`` (score.py and its IPTC data)."""
    manifest = SHARED / run["manifest"]
    items = manifest_items(run)
    files = [manifest]
    for item in items:
        rel = item.get(run.get("use", "input"))
        if rel:
            files.append(manifest.parent / rel)
        if item.get("body_file"):
            files.append(manifest.parent / item["body_file"])
    return {"items": len(items), "corpus_sha256": _sha(files), "scorer_sha256": _sha([SCORE_PY, IPTC_JSON])}


def scores(result: dict[str, Any]) -> dict[str, float]:
    """``{field: score}`` from a ``measure`` result."""
    return {field: value["score"] for field, value in result["fields"].items()}


def floor_of(value: float) -> float:
    """The floor pinned for a measured score: ``value - EPSILON`` (not below 0), 4 places."""
    return max(0.0, round(value - EPSILON, 4))


def check(name: str, pinned: dict[str, Any], measured: dict[str, float], pins: dict[str, Any]) -> list[str]:
    """Why run ``name`` fails its pinned floors (empty: it passes).  ``measured`` as ``scores``
    gives it, ``pins`` as ``digests`` gives it."""
    problems = []
    repin = "python tests/floors.py --pin" + (f" --run {name}" if name else "")
    for key in ("items", "corpus_sha256", "scorer_sha256"):
        if pinned.get(key) != pins[key]:
            what = "scorer (score.py or its IPTC data)" if key == "scorer_sha256" else "corpus"
            problems.append(f"{name}: the {what} changed since the floors were pinned ({key}); "
                            f"re-measure and re-pin: {repin}")
    floors = pinned.get("floors", {})
    for field, floor in sorted(floors.items()):
        if field not in measured:
            problems.append(f"{name}: {field} is no longer scored (floor {floor:.4f})")
            continue
        gap = round(measured[field] - floor, 4)
        if gap < 0:
            problems.append(f"{name}: {field} = {measured[field]:.4f} is below its floor {floor:.4f} ({gap:+.4f})")
        elif gap > BAND:
            problems.append(f"{name}: {field} = {measured[field]:.4f} is {gap:+.4f} above its floor {floor:.4f} "
                            f"(more than {BAND}): raise the floor: {repin}")
    for field in sorted(set(measured) - set(floors)):
        problems.append(f"{name}: {field} = {measured[field]:.4f} has no floor: pin it: {repin}")
    return problems


def lowered(old: dict[str, float], new: dict[str, float]) -> list[str]:
    """Floors of ``old`` that ``new`` lowers or drops, one line each."""
    out = []
    for field, floor in sorted(old.items()):
        if field not in new:
            out.append(f"{field}: floor {floor:.4f} dropped (field no longer scored)")
        elif new[field] < floor:
            out.append(f"{field}: floor {floor:.4f} -> {new[field]:.4f} ({new[field] - floor:+.4f})")
    return out


def pin(data: dict[str, Any], names: list[str], records: Records, allow_lower: bool) -> int:
    """Re-measure runs ``names`` and rewrite their floors and digests in floors.json.  Returns 1
    (and writes nothing) when a floor would be lowered and ``allow_lower`` is false, else 0."""
    drops = []
    for name in names:
        run = data["runs"][name]
        new = {field: floor_of(value) for field, value in scores(measure(run, records)).items()}
        drops += [f"{name}: {line}" for line in lowered(run.get("floors", {}), new)]
        run.update(digests(run))
        run["floors"] = dict(sorted(new.items()))
        print(f"{name}: " + ", ".join(f"{f}={v:.4f}" for f, v in run["floors"].items()))
    if drops and not allow_lower:
        print("refusing to lower floors (floors.json unchanged):\n  " + "\n  ".join(drops))
        print("fix the regression, or re-run with --pin --allow-lower to accept the lower floors")
        return 1
    save_floors(data)
    print(f"pinned {', '.join(names)} in {FLOORS_FILE.relative_to(ROOT)}"
          + (f" (lowered: {len(drops)})" if drops else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pin", action="store_true", help="re-measure and rewrite floors.json")
    ap.add_argument("--allow-lower", action="store_true", help="let --pin lower (or drop) a floor")
    ap.add_argument("--run", action="append", metavar="NAME", help="only this run (repeatable)")
    args = ap.parse_args(argv)
    if not shared_present():
        print(f"{SHARED} not present: nothing to measure", file=sys.stderr)
        return 2
    data = load_floors()
    names = args.run or list(data["runs"])
    unknown = [n for n in names if n not in data["runs"]]
    if unknown:
        ap.error(f"unknown run(s) {', '.join(unknown)}; floors.json has {', '.join(data['runs'])}")
    records = Records()
    if args.pin:
        return pin(data, names, records, args.allow_lower)
    failed = False
    for name in names:
        run = data["runs"][name]
        measured = scores(measure(run, records))
        for field, value in sorted(measured.items()):
            floor = run["floors"].get(field)
            print(f"{name:<14} {field:<14} {value:.4f}  floor " + (f"{floor:.4f}" if floor is not None else "-"))
        problems = check(name, run, measured, digests(run))
        failed = failed or bool(problems)
        for line in problems:
            print("FAIL " + line)
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Golden records: the full JSON record of every fixture, as ``congo-digital parse`` prints it.

Each file under ``fixtures/`` (but README files and dotfiles) has its record in
``tests/golden/<path under fixtures>.json``, e.g. ``fixtures/html/microdata.html`` ->
``tests/golden/html/microdata.html.json``.  The CLI is run from the repository root on the
fixture's relative path, so ``source.path`` reads ``fixtures/...`` wherever the checkout is.
``tests/integration/test_golden.py`` checks that the in-process parse gives these records.

Usage:
    python tests/golden/update.py           regenerate the golden files; print a unified diff
                                            of what changed (and remove golden files whose
                                            fixture is gone)
    python tests/golden/update.py --check   only print the diff; exit 1 if any file differs
Review the diff before committing: every changed line is a change of the parser's output.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
SKIP_NAMES = ("README", ".")  # a fixture folder's notes and dotfiles are not inputs
# the golden records are the default recogniser's (the rules), whether or not spaCy is installed
os.environ["CONGO_DIGITAL_RECOGNISER"] = "rules"


def fixture_paths() -> list[str]:
    """Every fixture as a path relative to the repository root (``fixtures/...``), sorted."""
    return sorted(p.relative_to(ROOT).as_posix() for p in FIXTURES.rglob("*")
                  if p.is_file() and not p.name.startswith(SKIP_NAMES))


def golden_path(fixture: str) -> Path:
    """The golden file of ``fixture`` (a ``fixtures/...`` path)."""
    return GOLDEN / (Path(fixture).relative_to("fixtures").as_posix() + ".json")


def golden_files() -> list[Path]:
    """Every golden record file present, sorted."""
    return sorted(GOLDEN.rglob("*.json"))


def render(record: dict[str, Any]) -> str:
    """A record as the CLI prints one (indented JSON, UTF-8 as is, final newline)."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def cli_records(fixtures: list[str]) -> list[dict[str, Any]]:
    """The records ``python -m congo_digital parse --format jsonl`` (this checkout's package,
    run from the repository root) prints for ``fixtures``, in order.  Raises ``RuntimeError``
    when the CLI fails or prints the wrong number of records."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                                        os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-m", "congo_digital", "parse", "--format", "jsonl", *fixtures],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
    lines = [line for line in proc.stdout.split("\n") if line.strip()]
    if proc.returncode not in (0, 1) or len(lines) != len(fixtures):
        raise RuntimeError(f"congo-digital parse exited {proc.returncode} with {len(lines)} records for "
                           f"{len(fixtures)} fixtures: {proc.stderr.strip()[-500:]}")
    return [json.loads(line) for line in lines]


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only show the diff; exit 1 if a golden file differs")
    args = ap.parse_args(argv)
    fixtures = fixture_paths()
    changed = 0
    for fixture, record in zip(fixtures, cli_records(fixtures), strict=True):
        path = golden_path(fixture)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        new = render(record)
        if old == new:
            continue
        changed += 1
        name = path.relative_to(ROOT).as_posix()
        sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                                   "/dev/null" if not old else f"a/{name}", f"b/{name}"))
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(new, encoding="utf-8")
    wanted = {golden_path(f) for f in fixtures}
    for stale in (p for p in golden_files() if p not in wanted):
        changed += 1
        print(f"stale golden file (its fixture is gone): {stale.relative_to(ROOT).as_posix()}"
              + ("" if args.check else " (removed)"))
        if not args.check:
            stale.unlink()
    verb = "differ" if args.check else "updated"
    print(f"{changed} of {len(fixtures)} golden records {verb}", file=sys.stderr)
    return int(args.check and changed > 0)


if __name__ == "__main__":
    sys.exit(main())

"""The CLI's golden outputs: each case's arguments, run from the project root on
``fixtures/seed.txt``; ``golden/update.py`` writes them and ``test_formats.py`` compares.

The parser's own values (parties, topics …) are those of ``tests/golden/`` (records); these
files check how each format prints them.  After a change to the parser's output, run
``python tests/cli/golden/update.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from congo_digital.cli import parse_main

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = "fixtures/seed.txt"
URL = "https://example.org/congo-russia"
FIELDS = "title,authors,date,url,source"

CASES: dict[str, list[str]] = {
    "seed.json": ["-f", "json", SEED],
    "seed.jsonl": ["-f", "jsonl", SEED],
    "seed.jsonld": ["-f", "jsonld", SEED],
    "seed.csv": ["-f", "csv", SEED],
    "seed.tsv": ["-f", "tsv", SEED],
    "seed.md": ["-f", "markdown", SEED],
    "seed.txt": ["-f", "text", SEED],
    "seed-fields.json": ["-f", "json", "--fields", FIELDS, "--url", URL, SEED],
    "seed-fields.jsonld": ["-f", "jsonld", "--fields", FIELDS, "--url", URL, SEED],
    "seed-fields.csv": ["-f", "csv", "--fields", FIELDS, "--url", URL, SEED],
    "seed-fields.md": ["-f", "markdown", "--fields", FIELDS, "--url", URL, SEED],
    "seed-fields.txt": ["-f", "text", "--fields", FIELDS, "--url", URL, SEED],
}


def produce(args: list[str], code: int = 0) -> str:
    """The standard output of ``parse ARGS`` run from the project root (no colour); the exit
    code must be ``code``."""
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(parse_main, ["--no-color", *args])
    finally:
        os.chdir(here)
    assert result.exit_code == code, result.output
    return result.stdout

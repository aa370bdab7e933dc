"""Regressions from a user's trial of the reader and the CLI: which NUL bytes make a file
binary, a JSON array closed when a run is interrupted, a UTF-8 text with stray Windows-1252
bytes in proportion to its length, and the other settled points of that trial.

The commands run as a user runs them, ``python -m congo_digital …`` in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed.txt"
SEED_TITLE = "Congo Seeks Russian Support for Digital Growth"
BINARY_LINE = "{}: binary data (NUL bytes), not an article's text or HTML; give the article as a text or HTML file"


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "congo_digital", *args], input=stdin, capture_output=True,
                          cwd=cwd, env=_env(), timeout=120, stdin=subprocess.DEVNULL if stdin is None else None)


def test_a_text_with_a_few_stray_nul_bytes_is_read_with_a_warning(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"Le titre du jour\n\nLe corps\x00 du texte\x00 est ici.\n")
    done = run("parse", "-f", "jsonl", "a.txt", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    record = json.loads(done.stdout)
    assert (record["title"], record["body"], record["warnings"]) == (
        "Le titre du jour", "Le corps du texte est ici.", ["NUL characters removed"])


@pytest.mark.parametrize("data", [
    b"ab" + b"\x00" * 8,  # fewer than 9 NULs, but more NULs than other bytes (was read: title "ab")
    b"Le titre\n\n" + b"x\x00\x00" * 20,  # over a tenth and more than 8
], ids=["short, mostly NUL", "share and count"])
def test_nul_bytes_past_the_documented_share_are_binary(tmp_path: Path, data: bytes):
    (tmp_path / "n.txt").write_bytes(data)
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    done = run("parse", "-f", "jsonl", "n.txt", "good.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode() == "congo-digital: " + BINARY_LINE.format("n.txt") + "\n"
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first == {"error": BINARY_LINE.format("n.txt"), "kind": "binary", "path": "n.txt"}
    assert second["title"] == SEED_TITLE

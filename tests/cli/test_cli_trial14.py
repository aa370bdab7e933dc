"""Regressions from a new user's trial of the CLI (issue #14): standard input under
--timeout, warc's summary line after an interrupt or a closed pipe, -o inside an input
folder, a binary --files-from list, an -o that cannot be written, and count phrases.

The commands run as a user runs them, ``python -m congo_digital …`` in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed.txt"
TIMEOUT_LINE = ("standard input: not parsed within 1 s; raise the limit with --timeout or check the input "
                "(a device or a pipe that never ends?)")


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "congo_digital", *args], input=stdin, capture_output=True,
                          cwd=cwd, env=_env(), timeout=120, stdin=subprocess.DEVNULL if stdin is None else None)


@pytest.mark.skipif(sys.platform == "win32", reason="the budget of the main process needs SIGALRM")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_standard_input_that_never_ends_fails_within_its_timeout(jobs: str):
    proc = subprocess.Popen([sys.executable, "-m", "congo_digital", "parse", "-", "--timeout", "1", "-f", "jsonl",
                             "-j", jobs], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_env())
    start = time.monotonic()
    try:  # standard input stays open: its writer never ends it
        code = proc.wait(timeout=60)
        out, err = proc.stdout.read(), proc.stderr.read()
    finally:
        proc.kill()
        proc.stdin.close()
        proc.stdout.close()
        proc.stderr.close()
    assert time.monotonic() - start < 30
    assert code == 1
    assert err.decode("utf-8").splitlines() == [f"congo-digital: {TIMEOUT_LINE}"]
    assert [json.loads(line) for line in out.splitlines()] == [{"error": TIMEOUT_LINE, "kind": "timeout", "path": "-"}]

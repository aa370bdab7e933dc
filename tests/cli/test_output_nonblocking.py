"""A standard output in non-blocking mode (a pipe some parent processes hand over so) gets
every record: Python's buffered writer dropped, without an error, what the pipe did not take
at once (``cli.sinks.write_all``), and ``-o /dev/stdout`` failed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

fcntl = pytest.importorskip("fcntl")  # (POSIX only)

ROOT = Path(__file__).resolve().parents[2]


def _waiting(fd: int) -> int:
    """How many bytes the pipe ``fd`` holds, unread."""
    import termios

    return int.from_bytes(fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"), sys.byteorder)


def _run_into_a_full_pipe(args: list[str]) -> tuple[int, bytes, bytes]:
    """Run the command line with its stdout a non-blocking pipe that is read only once it
    is full, then to its end."""
    r, w = os.pipe()
    fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-m", "congo_digital", "parse", *args], stdout=w,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)
    os.close(w)
    deadline, held, still = time.monotonic() + 120, -1, 0
    while proc.poll() is None and still < 6 and time.monotonic() < deadline:
        time.sleep(0.05)  # until the pipe is full: what it holds stops growing (0.3 s)
        now = _waiting(r)
        still = still + 1 if now == held and now else 0
        held = now
    data = b""
    with os.fdopen(r, "rb") as pipe:
        while chunk := pipe.read(1 << 16):
            data += chunk
    err = proc.stderr.read() if proc.stderr else b""
    return proc.wait(timeout=120), data, err


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 copies of the sample article (about a megabyte of JSON Lines: sixteen pipes' worth)."""
    where = tmp_path_factory.mktemp("many")
    for k in range(120):
        shutil.copy(ROOT / "fixtures" / "seed.txt", where / f"a{k:03d}.txt")
    return where


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_record_reaches_a_non_blocking_pipe(folder, jobs):
    code, data, err = _run_into_a_full_pipe([str(folder), "-q", "-f", "jsonl", "-j", jobs])
    records = [json.loads(line) for line in data.splitlines()]
    assert (code, err, len(records)) == (0, b"", 120)
    assert {r["title"] for r in records} == {"Congo Seeks Russian Support for Digital Growth"}


def test_every_record_reaches_a_non_blocking_pipe_named_as_the_output(folder):
    """``-o /dev/stdout`` writes through the same (non-blocking) stream: it failed, exit 4."""
    code, data, err = _run_into_a_full_pipe([str(folder), "-q", "-f", "jsonl", "-o", "/dev/stdout"])
    assert (code, err, len(data.splitlines())) == (0, b"", 120)


def test_a_json_array_reaches_a_non_blocking_pipe_whole(folder):
    code, data, err = _run_into_a_full_pipe([str(folder), "-q", "-f", "json"])
    assert (code, err, len(json.loads(data))) == (0, b"", 120)

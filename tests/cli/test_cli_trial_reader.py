"""Regressions from a user's trial of the reader and the CLI: which NUL bytes make a file
binary, a JSON array closed when a run is interrupted, a UTF-8 text with stray Windows-1252
bytes in proportion to its length, and the other settled points of that trial.

The commands run as a user runs them, ``python -m congo_digital …`` in a child process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
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


PARAGRAPH = ("Le président de la République a reçu mercredi à Kinshasa les délégués des provinces ; "
             "il a parlé de l@économie, de l’éducation et de la santé.\n\n")


def test_a_long_utf8_text_with_twenty_stray_bytes_is_read_as_utf8(tmp_path: Path):
    # 3,179 bytes, 20 of them a Windows-1252 apostrophe: one in 100 bytes are allowed (was: at most 8 in all,
    # and the file was refused as undecodable)
    data = ("Le président reçoit les délégués\n\n" + PARAGRAPH * 20).encode("utf-8").replace(b"@", b"\x92")
    assert (len(data), data.count(b"\x92")) == (3179, 20)
    (tmp_path / "a.txt").write_bytes(data)
    done = run("parse", "-f", "jsonl", "a.txt", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    record = json.loads(done.stdout)
    assert record["source"]["encoding"] == "utf-8"
    assert record["title"] == "Le président reçoit les délégués"
    assert record["body"].count("il a parlé de l’économie, de l’éducation") == 20
    assert record["warnings"] == ["20 bytes that are not UTF-8 read as Windows-1252"]


@pytest.mark.parametrize(("data", "kind", "message"), [
    # 9 stray bytes in 61: past the floor of 8 that a short input is allowed
    ("Été à Kinshasa: l@économie, l@État, l@été, l@île".encode().replace(b"@", b"\x92")
     + b"\x81\x8d\x8f\x90\x9d", "undecodable",
     "s.txt: the bytes match no known text encoding; convert the file to UTF-8"),
    # a little UTF-8, then high bytes and control bytes
    (b"\xc3\xa9t\xc3\xa9 " + bytes(range(0x92, 0x9d)) + b"\x01\x02\x03", "binary",
     "s.txt: binary data, not text (control bytes that no text holds); give the article as a text or HTML file"),
], ids=["nine stray bytes", "binary-ish"])
def test_a_short_file_with_stray_bytes_past_the_floor_is_refused_and_the_batch_goes_on(
        tmp_path: Path, data: bytes, kind: str, message: str):
    (tmp_path / "s.txt").write_bytes(data)
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    done = run("parse", "-f", "jsonl", "s.txt", "good.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode() == f"congo-digital: {message}\n"
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first == {"error": message, "kind": kind, "path": "s.txt"}
    assert second["title"] == SEED_TITLE


def test_a_latin1_text_reads_as_windows_1252_without_a_warning(tmp_path: Path):
    # Windows-1252 is Latin-1's superset for text: nothing is guessed that could be wrong (README, kind undecodable)
    (tmp_path / "l.txt").write_bytes("Élodie à Kinshasa\n\nLe ministre a parlé de l'économie.\n".encode("latin-1"))
    done = run("parse", "-f", "jsonl", "l.txt", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    record = json.loads(done.stdout)
    assert (record["source"]["encoding"], record["title"], record["warnings"]) == ("cp1252", "Élodie à Kinshasa", [])


def _read_until(fd: int, end: bytes) -> bytes:
    """The bytes read from ``fd`` until they end with ``end`` (the first record written)."""
    got = b""
    deadline = time.monotonic() + 60
    while not got.endswith(end):
        assert time.monotonic() < deadline
        chunk = os.read(fd, 65536)
        assert chunk, got
        got += chunk
    return got


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(("jobs", "fmt", "output", "signame", "code", "word"), [
    ("1", "json", None, "SIGINT", 130, "interrupted"),
    ("2", "json", None, "SIGTERM", 143, "terminated"),
    ("1", "jsonld", None, "SIGINT", 130, "interrupted"),
    ("1", "json", "/dev/stdout", "SIGINT", 130, "interrupted"),  # a pipe: written directly, as standard output is
])
def test_an_interrupted_json_array_is_closed_after_the_records_written(tmp_path: Path, jobs: str, fmt: str,
                                                                       output: str | None, signame: str, code: int,
                                                                       word: str):
    # The list comes on a pipe that stays open: parse has written the first record and waits for more paths.
    # (The array was left open: "[ {...}" and jq failed on it.)
    args = ["--files-from", "-", "-f", fmt, "-j", jobs] + (["-o", output] if output else [])
    proc = subprocess.Popen([sys.executable, "-m", "congo_digital", "parse", *args], cwd=tmp_path, env=_env(),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdin.write(f"{SEED}\n".encode())
        proc.stdin.flush()
        head = _read_until(proc.stdout.fileno(), b"\n  }")
        proc.send_signal(getattr(signal, signame))
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.stdin.close()
    assert proc.returncode == code
    assert err.decode() == f"congo-digital: {word} (1 record written)\n"
    assert (head + out).endswith(b"\n  }\n]\n")
    records = json.loads(head + out)
    assert len(records) == 1
    assert records[0]["title" if fmt == "json" else "headline"] == SEED_TITLE


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform == "win32", reason="POSIX signals")
def test_an_interrupted_json_array_to_a_regular_file_leaves_it_as_it_was(tmp_path: Path):
    (tmp_path / "out.json").write_text("before\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "congo_digital", "parse", "--files-from", "-", "-o", "out.json"],
                            cwd=tmp_path, env=_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        proc.stdin.write(f"{SEED}\n".encode())
        proc.stdin.flush()
        deadline = time.monotonic() + 60
        while not any(p.name.endswith(".part") and p.stat().st_size for p in tmp_path.iterdir()):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.stdin.close()
    assert (proc.returncode, out, err.decode()) == (130, b"", "congo-digital: interrupted; out.json left as it was\n")
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == "before\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a file name that is not UTF-8")
def test_a_file_name_that_is_not_utf8_is_shown_by_its_bytes_on_stderr(tmp_path: Path):
    # (stderr showed U+FFFD, "miss\ufffd.txt", and a usage error "caf\\udce9.txt": now both show the byte)
    cafe, missing = os.fsdecode(b"caf\xe9.txt"), os.fsdecode(b"miss\xe9.txt")
    (tmp_path / cafe).write_bytes(SEED.read_bytes())
    done = run("parse", "-f", "jsonl", missing, cafe, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode() == "congo-digital: miss\\xe9.txt: no such file; check the path\n"
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first == {"error": "miss\ufffd.txt: no such file; check the path", "kind": "missing",
                     "path": "miss\ufffd.txt"}
    assert (second["title"], second["source"]["path"]) == (SEED_TITLE, "caf\ufffd.txt")
    usage = run("parse", cafe, "-o", cafe, cwd=tmp_path)
    assert (usage.returncode, usage.stdout) == (2, b"")
    assert usage.stderr.decode() == (
        "congo-digital: usage: -o caf\\xe9.txt: this file is an input (caf\\xe9.txt) and would be overwritten; "
        "give another output file (see 'python -m congo_digital parse --help')\n")

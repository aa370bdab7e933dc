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


def _page_records(count: int) -> bytes:
    """``count`` gzipped WARC response records of the tests' article page (``cli.warcs``)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from cli.warcs import CHARSET, PAGE_BYTES, PAGE_URL

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for _ in range(count):
        http = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={CHARSET}")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(PAGE_URL, "response", payload=io.BytesIO(PAGE_BYTES),
                                                      http_headers=http))
    return out.getvalue()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("how", ["SIGINT", "closed pipe"])
def test_warc_prints_no_count_line_after_an_interrupt_or_a_closed_pipe(tmp_path: Path, how: str):
    # The WARC comes through a named pipe that stays open: warc has written a record or more
    # and waits for the next bytes when the signal comes, or its reader goes away.  (The count
    # line counted the records read ahead of those written.)
    pytest.importorskip("warcio")
    import signal

    fifo = tmp_path / "crawl.warc.gz"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "congo_digital", "warc", str(fifo), "-f", "jsonl", "--fields",
                             "title"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_env())
    title = {"title": "Łódź approves new tram line"}
    with open(fifo, "wb") as writer:
        writer.write(_page_records(60))
        writer.flush()
        assert json.loads(proc.stdout.readline()) == title
        if how == "SIGINT":
            proc.send_signal(signal.SIGINT)
            code = proc.wait(timeout=60)
            rest = proc.stdout.read().splitlines()
        proc.stdout.close()
    if how != "SIGINT":
        code = proc.wait(timeout=60)
    err = proc.stderr.read().decode("utf-8")
    proc.stderr.close()
    if how == "SIGINT":
        written = 1 + len(rest)
        assert [json.loads(line) for line in rest] == [title] * (written - 1)
        assert (code, err) == (130, f"congo-digital: interrupted ({written} record{'s' if written > 1 else ''} "
                                    "written)\n")
    else:
        assert (code, err) == (0, "")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_binary_files_from_list_is_one_error_not_one_per_garbled_name(tmp_path: Path, jobs: str):
    # (an executable given as the list: each run of bytes between newlines was tried as a path,
    # one line each; one of them, "/", walked the whole file system)
    (tmp_path / "prog").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8 + b"\n/\n")
    message = ("--files-from prog: binary data, not a list of paths; give a text file with one path a line "
               "(NUL-separated with -0)")
    done = run("parse", str(SEED), "--files-from", "prog", "-f", "jsonl", "--fields", "title", "-j", jobs,
               cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").splitlines() == [f"congo-digital: {message}"]
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        {"title": "Congo Seeks Russian Support for Digital Growth"},
        {"error": message, "kind": "binary", "path": "prog"},
    ]


def test_a_nul_separated_list_is_still_a_list(tmp_path: Path):
    (tmp_path / "list").write_bytes(f"{SEED}\0{SEED}\0".encode())
    done = run("parse", "--files-from", "list", "-0", "-f", "jsonl", "--fields", "title", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        {"title": "Congo Seeks Russian Support for Digital Growth"}] * 2


def test_count_phrases_are_singular_for_one():
    from congo_digital import pipeline

    page = ("<html><body><article><h1>Big</h1><p>" + " ".join(["word"] * 60000)
            + "</p><p>A second paragraph here.</p></article></body></html>").encode()
    record = pipeline.parse_bytes(page, path="big.html", parties=False, topics=False, plain=True)
    assert record.warnings[-1] == "main text cut for analysis: only its first 1 block (199,994 characters) was read"
    done = run("parse", "--max-bytes", "1", str(SEED), "-f", "jsonl")
    assert (done.returncode, done.stderr.decode("utf-8")) == (
        1, f"congo-digital: {SEED}: larger than the limit of 1 byte; raise it with --max-bytes\n")
    one = run("parse", "-", "-f", "text", "--no-color", stdin=b"a")
    assert one.stdout.decode("utf-8").splitlines()[-1] == "- · text · utf-8 · 1 byte"


@pytest.mark.skipif(not os.path.isfile("/proc/version"), reason="a /proc file system")
def test_an_output_that_cannot_be_written_gives_the_real_reason(tmp_path: Path):
    done = run("parse", str(SEED), "-o", "/proc/version")
    assert (done.returncode, done.stdout) == (4, b"")
    assert done.stderr.decode("utf-8") == ("congo-digital: cannot write /proc/version (no file can be made in /proc: "
                                           "No such file or directory); give a path in a folder that takes new "
                                           "files\n")
    missing = tmp_path / "no" / "out.json"
    done = run("parse", str(SEED), "-o", str(missing))
    assert (done.returncode, done.stderr.decode("utf-8")) == (
        4, f"congo-digital: cannot write {missing} (no folder {missing.parent}); create the folder or give another "
           "path\n")


def test_a_meta_description_is_unescaped_once_as_a_browser_shows_it():
    from congo_digital import pipeline

    page = (b'<html><head><title>Title here</title><meta name="description" content="A &amp;amp; B and &amp; C">'
            b"</head><body><article><h1>Title here</h1><p>Some words of the article body go here in a sentence.</p>"
            b"</article></body></html>")
    record = pipeline.parse_bytes(page, path="d.html", parties=False, topics=False, plain=True)
    assert record.description == "A &amp; B and & C"  # html.unescape of the attribute, once


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_one_letter_heading_is_not_a_drop_cap_of_the_next_paragraph(gap: str):
    # (the heading "T" and the paragraph were joined as a drop cap: the title "Tword one ...")
    from congo_digital import pipeline

    page = (f"<html><body><h1>T</h1>{gap}<p>word one two three four five six seven eight nine ten.</p>"
            "</body></html>").encode()
    record = pipeline.parse_bytes(page, path="t.html", parties=False, topics=False, plain=True)
    assert (record.title, record.body) == ("T", "word one two three four five six seven eight nine ten.")


def test_parquet_with_an_output_dir_says_to_give_one_output_file(tmp_path: Path):
    """`--output-dir D -f parquet` said "give -o FILE" as if no output had been given."""
    (tmp_path / "a.txt").write_text("Title\n\nSome article text, long enough to be read as a body of prose.\n")
    done = run("parse", "a.txt", "--output-dir", "out", "-f", "parquet", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode().startswith("congo-digital: usage: --format parquet writes one file of all the "
                                           "records: give -o FILE, not --output-dir. (see '")


def test_a_data_file_that_glob_matches_is_not_told_to_use_glob(tmp_path: Path):
    """A folder walk with --glob '*.jsonl' skipped the JSON Lines file and said '-g/--glob
    picks others', though --glob was given."""
    (tmp_path / "corp").mkdir()
    (tmp_path / "corp" / "x.jsonl").write_text('{"a": 1}\n')
    done = run("parse", "corp", "--glob", "*.jsonl", "-q", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, b"")
    assert done.stderr.decode() == ("congo-digital: corp: no article in this folder: 1 file of data skipped "
                                    "(x.jsonl: JSON): a file of data is no article, whatever -g/--glob matches\n")


@pytest.mark.parametrize("command", ["parse", "warc"])
def test_partition_size_without_a_scheduler_is_a_usage_error(tmp_path: Path, command: str):
    """`--partition-size 5` without --scheduler was accepted and did nothing."""
    (tmp_path / "a.warc").write_text("\n")
    done = run(command, "a.warc", "--partition-size", "5", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode() == ("congo-digital: usage: --partition-size sets the inputs of a partition file of "
                                    f"--scheduler; give --scheduler too. (see 'python -m congo_digital {command} "
                                    "--help')\n")

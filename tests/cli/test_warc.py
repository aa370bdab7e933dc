"""``congo-digital warc``: a WARC file the test writes (``warcs.py``) with a text record, a page,
a redirect and a PDF; exactly one record comes out, with the record's URL and the charset of
its HTTP header; the skipped records are counted on stderr; a cut or foreign file is one
printable error line (exit 1) and the good records before it stay; a named pipe is read as
parse reads one (a writer within FIFO_WAIT seconds, else an error); JSON Lines and Parquet
outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.goldens import ROOT
from cli.warcs import CHARSET, PAGE_BYTES, PAGE_URL, SKIPPED, write_warc
from congo_digital import pipeline
from congo_digital.cli import main
from congo_digital.read.encoding import decode_bytes

pytest.importorskip("warcio")

TITLE = "Łódź approves new tram line"


def warc(*args: str, cwd: Path):
    here = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["warc", *args])
    finally:
        os.chdir(here)


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "news.warc.gz"
    return path, write_warc(path)


def expected(path: str, offset: int) -> dict:
    """The record of the page as the parser gives it for those bytes, URL and charset."""
    return pipeline.parse_bytes(PAGE_BYTES, path=f"{path}@{offset}", url=PAGE_URL, input_format="html",
                                charset=CHARSET).model_dump(mode="json")


def test_the_http_charset_decodes_the_page():
    # the bytes alone were read as Windows-1252 ("£ódŸ"); their Polish letters now tell Windows-1250
    assert decode_bytes(PAGE_BYTES, None)[1] == "cp1250"
    text, encoding, warnings = decode_bytes(PAGE_BYTES, None, CHARSET)
    assert (encoding, warnings) == ("cp1250", [])
    assert TITLE in text
    assert decode_bytes(PAGE_BYTES, None, "ISO-8859-2")[1] == "iso8859-2"
    assert decode_bytes("Łódź".encode(), None, "ISO-8859-2")[1] == "utf-8"  # UTF-8 bytes stay UTF-8


def test_one_page_comes_out_and_the_others_are_counted(archive):
    path, offsets = archive
    done = warc(path.name, cwd=path.parent)
    assert done.exit_code == 0, done.output
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records == [expected("news.warc.gz", offsets[PAGE_URL])]
    record = records[0]
    assert (record["title"], record["url"], record["date"]) == (TITLE, PAGE_URL, "2026-11-30T09:00+01:00")
    assert [a["name"] for a in record["authors"]] == ["Agnieszka Wróbel"]
    assert record["source"]["encoding"] == "cp1250"
    assert record["source"]["path"] == f"news.warc.gz@{offsets[PAGE_URL]}"
    assert done.stderr == f"congo-digital: news.warc.gz: {SKIPPED}\n"


def test_the_offset_gives_the_record_back(archive):
    from warcio.archiveiterator import ArchiveIterator

    path, offsets = archive
    with open(path, "rb") as handle:
        handle.seek(offsets[PAGE_URL])
        record = next(iter(ArchiveIterator(handle)))
        assert record.rec_headers.get_header("WARC-Target-URI") == PAGE_URL
        assert record.content_stream().read() == PAGE_BYTES


def test_plain_warc_and_two_jobs_give_the_same_records(tmp_path: Path):
    plain = tmp_path / "news.warc"
    offsets = write_warc(plain, gzip=False)
    write_warc(tmp_path / "news.warc.gz")
    one = warc("news.warc", "news.warc.gz", "-j", "1", "-q", cwd=tmp_path)
    two = warc("news.warc", "news.warc.gz", "-j", "2", "-q", cwd=tmp_path)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    records = [json.loads(line) for line in one.stdout.splitlines()]
    assert [r["source"]["path"] for r in records][:1] == [f"news.warc@{offsets[PAGE_URL]}"]
    assert [r["url"] for r in records] == [PAGE_URL, PAGE_URL]
    assert two.stderr == ""  # -q: no summary


def test_a_cut_file_keeps_its_good_records_and_says_so_in_one_line(archive):
    path, offsets = archive
    data = path.read_bytes()
    cut = path.with_name("cut.warc.gz")
    cut.write_bytes(data[:offsets["https://news.example.pl/old"] + 40])  # inside the redirect's record
    (path.parent / "notes.warc").write_bytes(b"these are my notes, not an archive\n" * 5)
    done = warc("cut.warc.gz", "notes.warc", "missing.warc.gz", "--fields", "url,title", cwd=path.parent)
    assert done.exit_code == 1
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records == [
        {"url": PAGE_URL, "title": TITLE},
        {"error": "cut.warc.gz: not a valid WARC file at record 7 (the file ends inside a record "
                  "(cut short?)); the 6 before it were read", "kind": "unreadable", "path": "cut.warc.gz"},
        {"error": "notes.warc: not a WARC file (it does not begin with a WARC record); give a WARC file, plain or "
                  "gzipped", "kind": "unreadable", "path": "notes.warc"},
        {"error": "missing.warc.gz: no such file; check the path", "kind": "missing", "path": "missing.warc.gz"},
    ]
    lines = done.stderr.splitlines()
    assert lines[:3] == [f"congo-digital: {r['error']}" for r in records[1:]]
    assert lines[3] == ("congo-digital: cut.warc.gz, notes.warc, missing.warc.gz: 1 HTML page; "
                        "5 records skipped: 4 not an HTTP response, 1 not HTML")
    assert "Traceback" not in done.output


def test_an_uncompressed_file_cut_short(tmp_path: Path):
    offsets = write_warc(tmp_path / "news.warc", gzip=False)
    data = (tmp_path / "news.warc").read_bytes()
    (tmp_path / "news.warc").write_bytes(data[:offsets[PAGE_URL] + 300])
    done = warc("news.warc", "-q", cwd=tmp_path)
    assert done.exit_code == 1
    assert done.stderr == ("congo-digital: news.warc: not a valid WARC file at record 5 (the file ends inside a "
                           "record (cut short?)); the 4 before it were read\n")  # cut in the page's WARC headers
    (tmp_path / "news.warc").write_bytes(data[:offsets[PAGE_URL] + 700])  # in its HTTP payload
    done = warc("news.warc", "-q", cwd=tmp_path)
    assert done.exit_code == 1
    assert done.stderr == ("congo-digital: news.warc: not a valid WARC file at record 5 (the file ends 374 bytes "
                           "into a record (cut short?)); the 4 before it were read\n")


def test_no_page_at_all_exits_1(tmp_path: Path):
    from warcio.warcwriter import WARCWriter

    with open(tmp_path / "info.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("info.warc.gz", {"software": "test"}))
    done = warc("info.warc.gz", cwd=tmp_path)
    assert (done.exit_code, done.stdout) == (1, "")
    assert done.stderr.splitlines() == [
        "congo-digital: no HTML page with status 200 in the WARC files",
        "congo-digital: info.warc.gz: 0 HTML pages; 1 record skipped: 1 not an HTTP response"]


def test_parquet_output(archive):
    pq = pytest.importorskip("pyarrow.parquet")
    path, offsets = archive
    done = warc(path.name, path.name, "-f", "parquet", "-o", "pages.parquet", cwd=path.parent)
    assert done.exit_code == 0, done.output
    table = pq.read_table(path.parent / "pages.parquet")
    assert table.num_rows == 2
    rows = table.to_pylist()
    assert [r["url"] for r in rows] == [PAGE_URL, PAGE_URL]
    first = expected("news.warc.gz", offsets[PAGE_URL])
    assert rows[0]["title"] == first["title"]
    assert rows[0]["authors"] == first["authors"]
    assert rows[0]["source"] == first["source"]
    assert dict(rows[0]["evidence"]) == first["evidence"]
    assert (rows[0]["error"], rows[0]["kind"]) == (None, None)
    assert table.schema.names[-2:] == ["error", "kind"]


def test_usage_errors_exit_2(archive):
    path, _ = archive
    assert warc(cwd=path.parent).exit_code == 2
    done = warc(path.name, "-f", "parquet", cwd=path.parent)
    assert done.exit_code == 2
    assert "--format parquet writes a file: give -o FILE." in done.stderr
    (path.parent / "out").mkdir()
    done = warc(path.name, "-o", "out", cwd=path.parent)  # warc has no --output-dir to suggest
    assert (done.exit_code, done.stdout) == (2, "")
    assert done.stderr.startswith("congo-digital: usage: -o out: this is a folder, not a file; give a file name. ")


def test_without_the_extra_one_line_names_it(tmp_path: Path):
    code = ("import sys; sys.modules['warcio'] = None; sys.argv = ['congo-digital', 'warc', 'x.warc.gz']; "
            "from congo_digital.cli.entry import congo_digital; congo_digital()")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=60)
    assert done.returncode == 2
    assert done.stderr == ('congo-digital: reading WARC files needs the optional extra [warc]: '
                           'pip install "congo-digital[warc]"\n')
    assert done.stdout == ""


NOT_WARC = "not a WARC file (it does not begin with a WARC record); give a WARC file, plain or gzipped"


def random_bytes() -> bytes:
    """4 KiB of random bytes, the same each run (warcio: "Unknown archive format, first line: ['Í\\x07…")."""
    import random

    return random.Random(0).randbytes(4096)


def test_random_bytes_or_a_folder_are_one_printable_line_and_no_summary(tmp_path: Path):
    """warcio's message quoted ~100 raw bytes of the file ("first line: ['Í\\x07,Ø¾o…"); the
    summary "0 HTML pages; no record skipped" followed the error line of a file that gave nothing."""
    (tmp_path / "rand.txt").write_bytes(random_bytes())
    (tmp_path / "somefolder").mkdir()
    for args, error, kind in [(["rand.txt"], f"rand.txt: {NOT_WARC}", "unreadable"),
                              (["somefolder/"], "somefolder/: is a directory; give a file path", "unreadable"),
                              (["gone.warc.gz"], "gone.warc.gz: no such file; check the path", "missing")]:
        done = warc(*args, cwd=tmp_path)
        assert done.exit_code == 1
        assert [json.loads(line) for line in done.stdout.splitlines()] == [
            {"error": error, "kind": kind, "path": args[0]}]
        assert done.stderr == f"congo-digital: {error}\n"
        assert done.stderr[:-1].isprintable()


def test_the_summary_stays_when_a_file_gave_records(tmp_path: Path):
    write_warc(tmp_path / "news.warc.gz")
    (tmp_path / "rand.txt").write_bytes(random_bytes())
    done = warc("rand.txt", "news.warc.gz", "--fields", "url", cwd=tmp_path)
    assert done.exit_code == 1
    assert done.stderr.splitlines() == [f"congo-digital: rand.txt: {NOT_WARC}",
                                        f"congo-digital: rand.txt, news.warc.gz: {SKIPPED}"]
    assert done.stdout.splitlines()[1:] == [f'{{"url": "{PAGE_URL}"}}']


def test_a_warc_cut_inside_a_record_header(tmp_path: Path):
    """Cut after the page record's WARC-Type line, warcio raised AttributeError ('NoneType'
    object has no attribute 'startswith'), and the message showed it."""
    offsets = write_warc(tmp_path / "news.warc", gzip=False)
    data = (tmp_path / "news.warc").read_bytes()
    assert data[offsets[PAGE_URL]:offsets[PAGE_URL] + 31] == b"WARC/1.0\r\nWARC-Type: response\r\n"
    (tmp_path / "news.warc").write_bytes(data[:offsets[PAGE_URL] + 40])
    done = warc("news.warc", cwd=tmp_path)
    assert (done.exit_code, done.stdout) == (1, (
        '{"error": "news.warc: not a valid WARC file at record 5 (a record header cut short or corrupt); the 4 '
        'before it were read", "kind": "unreadable", "path": "news.warc"}\n'))
    assert done.stderr.splitlines() == [
        "congo-digital: news.warc: not a valid WARC file at record 5 (a record header cut short or corrupt); "
        "the 4 before it were read",
        "congo-digital: news.warc: 0 HTML pages; 4 records skipped: 3 not an HTTP response, 1 not HTML"]
    (tmp_path / "news.warc").write_bytes(data[:offsets[PAGE_URL] + 20])  # before its Content-Length
    done = warc("news.warc", "-q", cwd=tmp_path)
    assert done.exit_code == 1
    assert done.stderr == ("congo-digital: news.warc: not a valid WARC file at record 5 (a record header cut "
                           "short or corrupt (no Content-Length)); the 4 before it were read\n")


def test_a_fifo_without_a_writer_is_refused_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """warc waited for ever on a named pipe that no one writes to; it now waits as parse does."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    import time

    import congo_digital.read.files as files

    monkeypatch.setattr(files, "FIFO_WAIT", 0.2)
    os.mkfifo(tmp_path / "pipe.txt")
    write_warc(tmp_path / "news.warc.gz")
    start = time.monotonic()
    done = warc("pipe.txt", "news.warc.gz", "--fields", "url", cwd=tmp_path)
    assert time.monotonic() - start < 10
    assert done.exit_code == 1
    error = ("pipe.txt: a named pipe whose writer did not start within 0.2 s; start the writer first, "
             "or give a regular file")
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        {"error": error, "kind": "unreadable", "path": "pipe.txt"}, {"url": PAGE_URL}]
    assert done.stderr.splitlines() == [f"congo-digital: {error}",
                                        f"congo-digital: pipe.txt, news.warc.gz: {SKIPPED}"]


def test_a_fifo_whose_writer_starts_after_the_command_is_read(tmp_path: Path):
    """warc pipe.warc.gz & then a writer (as warc <(curl ...)): its records are read."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    import threading
    import time

    offsets = write_warc(tmp_path / "news.warc.gz")
    os.mkfifo(tmp_path / "pipe.warc.gz")

    def write() -> None:
        time.sleep(0.5)
        with open(tmp_path / "pipe.warc.gz", "wb") as fifo:
            fifo.write((tmp_path / "news.warc.gz").read_bytes())

    writer = threading.Thread(target=write)
    writer.start()
    try:
        done = warc("pipe.warc.gz", "--fields", "url,source", cwd=tmp_path)
    finally:
        writer.join(timeout=10)
    assert done.exit_code == 0, done.output
    [record] = [json.loads(line) for line in done.stdout.splitlines()]
    assert (record["url"], record["source"]["path"]) == (PAGE_URL, f"pipe.warc.gz@{offsets[PAGE_URL]}")
    assert done.stderr == f"congo-digital: pipe.warc.gz: {SKIPPED}\n"


def test_a_page_whose_content_encoding_cannot_be_undone_fails_alone(tmp_path: Path):
    """A gzip payload corrupt from its start (warcio hands its bytes back as they are) and a
    corrupt brotli one (or any without the brotli module) each fail as one page; the page after
    them in the same file is read."""
    import gzip
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    packed = gzip.compress(PAGE_BYTES)
    with open(tmp_path / "enc.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, encoding, body in [("https://x.example/a", "gzip", packed[:10] + b"\xff" * 100 + packed[110:]),
                                    ("https://x.example/b", "br", b"\x8b\x00not brotli"),
                                    ("https://x.example/c", "gzip", packed)]:
            http = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={CHARSET}"),
                                               ("Content-Encoding", encoding)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
    done = warc("enc.warc.gz", "--fields", "url,title", "-q", cwd=tmp_path)
    assert done.exit_code == 1
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r.get("kind") for r in records] == ["unreadable", "unreadable", None]
    assert records[0]["error"].endswith(": the page's content encoding (gzip) cannot be undone (a corrupt "
                                        "payload, or an encoding with no decoder installed)")
    assert "content encoding (br) cannot be undone" in records[1]["error"]
    assert records[2] == {"url": "https://x.example/c", "title": TITLE}
    assert "Traceback" not in done.output



@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_labelled_gzip_whose_bytes_are_not_is_read_with_a_warning(tmp_path: Path, jobs: str):
    """A server that labels a plain page ``Content-Encoding: gzip``: warcio reads its bytes as
    they are; the page is parsed as a plain page is, and its record says why."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(tmp_path / "label.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, encoding in [("https://x.example/a", "gzip"), ("https://x.example/b", "identity")]:
            http = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={CHARSET}"),
                                               ("Content-Encoding", encoding)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(PAGE_BYTES),
                                                          http_headers=http))
    done = warc("label.warc.gz", "--fields", "url,title,warnings", "-q", "-j", jobs, cwd=tmp_path)
    assert done.exit_code == 0
    records = [json.loads(line) for line in done.stdout.splitlines()]
    plain = pipeline.parse_bytes(PAGE_BYTES, input_format="html", charset=CHARSET).warnings
    assert records == [
        {"url": "https://x.example/a", "title": TITLE,
         "warnings": ["the page's content encoding (gzip) does not apply to its bytes: read as they are", *plain]},
        {"url": "https://x.example/b", "title": TITLE, "warnings": plain}]


CUT_MEMBER = "the file ends inside the gzip member of its last record (cut short?)"


@pytest.mark.parametrize("cut", range(1, 9))
def test_a_gzip_file_cut_in_its_last_trailer_is_told_and_keeps_its_records(archive, cut: int):
    """Cut by 1 to 8 bytes (the last member's CRC-32 and length, RFC 1952), the file was read
    to its end without a word and the run exited 0: warcio has every record's bytes."""
    path, _ = archive
    path.write_bytes(path.read_bytes()[:-cut])
    done = warc(path.name, "--fields", "url,title", cwd=path.parent)
    assert done.exit_code == 1
    error = f"news.warc.gz: not a valid WARC file at record 9 ({CUT_MEMBER}); its 9 records were read"
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        {"url": PAGE_URL, "title": TITLE}, {"error": error, "kind": "unreadable", "path": "news.warc.gz"}]
    assert done.stderr.splitlines() == [f"congo-digital: {error}", f"congo-digital: news.warc.gz: {SKIPPED}"]


@pytest.mark.parametrize("cut", [1, 8])
def test_a_page_in_the_cut_last_member_is_still_parsed(tmp_path: Path, cut: int):
    """The page is the file's one record, and its member lacks its last bytes: the page's
    record comes out, then the file's error."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(tmp_path / "one.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={CHARSET}")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(PAGE_URL, "response", payload=io.BytesIO(PAGE_BYTES),
                                                      http_headers=http))
    whole = warc("one.warc.gz", "-q", cwd=tmp_path)
    assert (whole.exit_code, whole.stderr) == (0, "")
    (tmp_path / "one.warc.gz").write_bytes((tmp_path / "one.warc.gz").read_bytes()[:-cut])
    done = warc("one.warc.gz", "-q", cwd=tmp_path)
    assert done.exit_code == 1
    error = f"one.warc.gz: not a valid WARC file at record 1 ({CUT_MEMBER}); its 1 record was read"
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        json.loads(whole.stdout), {"error": error, "kind": "unreadable", "path": "one.warc.gz"}]
    assert done.stderr == f"congo-digital: {error}\n"


def test_an_empty_file_is_one_line_of_kind_empty(tmp_path: Path):
    """A file of no bytes was read as a WARC file of no record: the lines 'no HTML page with
    status 200' and '0 HTML pages; no record skipped' did not say the file was empty.  A
    file of blank lines and an empty gzip stream had been reported as WARC files cut short
    at record 1 ('a record header cut short or corrupt', 'the file ends inside a record'):
    they hold no record at all.  A gzip member holding text is still not a WARC."""
    import gzip

    cases = {"empty.warc.gz": b"", "empty.warc": b"", "blank.warc": b"\n\n \r\n", "nothing.warc.gz": gzip.compress(b""),
             "two.warc.gz": gzip.compress(b"") + gzip.compress(b"\n\n")}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        done = warc(name, cwd=tmp_path)
        error = f"{name}: empty input (no WARC record); give a WARC file, plain or gzipped"
        assert done.exit_code == 1
        assert [json.loads(line) for line in done.stdout.splitlines()] == [
            {"error": error, "kind": "empty", "path": name}]
        assert done.stderr == f"congo-digital: {error}\n"
    (tmp_path / "words.warc.gz").write_bytes(gzip.compress(b"\n\nsome words\n"))
    done = warc("words.warc.gz", cwd=tmp_path)
    assert done.exit_code == 1
    assert json.loads(done.stdout)["kind"] == "unreadable"


def test_bad_files_as_a_user_runs_the_command(tmp_path: Path):
    """The console script on a missing file, a text file, an empty file and a folder: one
    line on stderr each, no traceback, exit code 1."""
    (tmp_path / "notes.txt").write_text("my notes\n")
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for name, error in [("gone.warc.gz", "gone.warc.gz: no such file; check the path"),
                        ("notes.txt", f"notes.txt: {NOT_WARC}"),
                        ("empty.warc.gz", "empty.warc.gz: empty input (no WARC record); give a WARC file, plain or "
                                          "gzipped"),
                        ("folder", "folder: is a directory; give a file path")]:
        done = subprocess.run([sys.executable, "-m", "congo_digital", "warc", name, "-o", "out.jsonl"],
                              capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
                              stdin=subprocess.DEVNULL)
        assert (done.returncode, done.stderr) == (1, f"congo-digital: {error}\n")


def test_a_file_gzipped_whole_says_how_to_fix_it(tmp_path: Path):
    """'gzip news.warc' makes one gzip stream, which warcio refuses after the first record;
    the message said 'a record header cut short or corrupt'."""
    import gzip

    write_warc(tmp_path / "news.warc", gzip=False)
    (tmp_path / "news.warc.gz").write_bytes(gzip.compress((tmp_path / "news.warc").read_bytes()))
    done = warc("news.warc.gz", "-q", cwd=tmp_path)
    error = ("news.warc.gz: not a valid WARC file at record 2 (the file is gzipped whole, not record by record; give "
             "it gunzipped, or recompress it with 'warcio recompress FILE NEW_FILE'); the 1 before it was read")
    assert (done.exit_code, done.stderr) == (1, f"congo-digital: {error}\n")
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        {"error": error, "kind": "unreadable", "path": "news.warc.gz"}]

"""The CLI's errors: exact exit codes (0 ok, 1 input error, 2 usage, 3 internal) and one-line
stderr messages that name the file, say what is wrong and what to do; never a traceback.

The commands run as a user runs them, ``python -m congo_digital parse …`` in a child
process; the internal-error case patches the parser in process (click's test runner).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from congo_digital import cli

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed.txt"
SEED_TITLE = "Congo Seeks Russian Support for Digital Growth"
PREFIX = "congo-digital: "
USAGE_HINT = " (see 'python -m congo_digital parse --help')"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "congo_digital", "parse", *args], input=stdin,
                          capture_output=True, cwd=cwd, env=env, timeout=120,
                          stdin=subprocess.DEVNULL if stdin is None else None)


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \r\n\t\n ")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40))
    (tmp_path / "nul.bin").write_bytes(b"ab\x00\x00\x00\x00cd\x00\x00" * 200)
    (tmp_path / "bad-bom.txt").write_bytes(b"\xef\xbb\xbfTitle\n\n\xff\xfe\xfd\xfc body")
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n")
    (tmp_path / "crawl.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n"))
    (tmp_path / "folder").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.txt", "missing.txt: no such file; check the path"),
        ("empty.txt", "empty.txt: empty input; give a file with an article's text or HTML"),
        ("blank.txt", "blank.txt: empty input; give a file with an article's text or HTML"),
        ("doc.pdf", "doc.pdf: this is a PDF file, not an article's text or HTML; "
                    "give the article as a text or HTML file"),
        ("pic.png", "pic.png: this is a PNG image, not an article's text or HTML; "
                    "give the article as a text or HTML file"),
        ("nul.bin", "nul.bin: binary data (NUL bytes), not an article's text or HTML; "
                    "give the article as a text or HTML file"),
        ("crawl.warc", "crawl.warc: this is a WARC file (a web archive), not one article; "
                       "read it with: congo-digital warc crawl.warc"),
        ("crawl.warc.gz", "crawl.warc.gz: this is a WARC file (a web archive), not one article; "
                          "read it with: congo-digital warc crawl.warc.gz"),
        ("bad-bom.txt", "bad-bom.txt: starts with a UTF-8 byte-order mark but is not valid UTF-8; "
                        "convert the file to UTF-8"),
        ("empty.txt/", "empty.txt/: cannot be read (Not a directory); check the path"),  # was read as empty.txt
    ],
)
def test_single_bad_input_exits_1_with_one_line_message(files: Path, name: str, message: str):
    done = run(name, cwd=files)
    assert done.returncode == 1
    assert done.stdout == b""
    assert one_line(done.stderr) == PREFIX + message


def test_too_large_input_is_refused_with_the_limit_and_the_option(files: Path):
    done = run("--max-bytes", "1000", "good.txt", cwd=files)
    assert done.returncode == 1
    assert done.stdout == b""
    assert one_line(done.stderr) == PREFIX + "good.txt: larger than the limit of 1,000 bytes; raise it with --max-bytes"
    assert run("--max-bytes", str(SEED.stat().st_size), "good.txt", cwd=files).returncode == 0


def test_stdin_dash_is_parsed():
    done = run("-", stdin=SEED.read_bytes())
    assert done.returncode == 0
    assert done.stderr == b""
    record = json.loads(done.stdout)
    assert record["title"] == SEED_TITLE
    assert record["source"]["path"] == "-"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        ((), b"", "standard input: empty input; give a file with an article's text or HTML"),
        (("--max-bytes", "10"), b"x" * 11,
         "standard input: larger than the limit of 10 bytes; raise it with --max-bytes"),
        ((), b"%PDF-1.4 rest", "standard input: this is a PDF file, not an article's text or HTML; "
                               "give the article as a text or HTML file"),
    ],
)
def test_stdin_errors_name_standard_input(args: tuple[str, ...], stdin: bytes, message: str):
    done = run(*args, "-", stdin=stdin)
    assert done.returncode == 1
    assert one_line(done.stderr) == PREFIX + message


def test_undecodable_input(tmp_path: Path):
    # Random-looking bytes that no encoding explains (the UTF-16 BOM promises text it is not).
    (tmp_path / "garbage.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8" * 20)
    done = run("garbage.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert one_line(done.stderr) == PREFIX + ("garbage.txt: starts with a UTF-16-LE byte-order mark but is not "
                                              "valid UTF-16-LE; convert the file to UTF-8")


RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Congo Digital News</title><link>https://example.org/</link>
<item><title>Congo Seeks Russian Support for Digital Growth</title><link>https://example.org/a</link>
<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;Brazzaville wants help.&lt;/p&gt;</description>
</item></channel></rss>
"""
RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://example.org/"><title>News</title></channel>
<item rdf:about="https://example.org/a"><title>A story</title></item></rdf:RDF>
"""
ATOM = b"""\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?>
<!-- generated -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Congo Digital News</title>
<entry><title>Congo Seeks Russian Support for Digital Growth</title><updated>2025-03-03T10:00:00Z</updated>
<content type="html">&lt;p&gt;Brazzaville wants help.&lt;/p&gt;</content></entry></feed>
"""
SVG = b"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><title>Congo Seeks Russian Support</title>
<text x="0" y="20">Congo Seeks Russian Support for Digital Growth</text></svg>
"""
FEED_ADVICE = "a list of articles, not one article; give the page or text of one of its articles"
JSON_MESSAGE = ("this is a JSON document, not an article's text or HTML; give the article's text "
                "(a JSON value such as an 'articleBody' as a file of its own)")
SVG_MESSAGE = "this is an SVG image, not an article's text or HTML; give the article as a text or HTML file"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("feed.xml", RSS, f"feed.xml: this is an RSS feed, {FEED_ADVICE}"),
        ("rss1.rdf", RSS1, f"rss1.rdf: this is an RSS feed, {FEED_ADVICE}"),
        ("atom.xml", ATOM, f"atom.xml: this is an Atom feed, {FEED_ADVICE}"),
        ("atom16.xml", ATOM[3:].decode("utf-8").encode("utf-16"), f"atom16.xml: this is an Atom feed, {FEED_ADVICE}"),
        ("logo.svg", SVG, f"logo.svg: {SVG_MESSAGE}"),
        ("bare.svg", b'<svg viewBox="0 0 10 10"><circle r="4"/></svg>\n', f"bare.svg: {SVG_MESSAGE}"),
        # (a JSON file was read as a text: its raw JSON became the title, exit 0)
        ("api.json", b'{"headline": "Congo Seeks Russian Support", "articleBody": "Brazzaville wants help."}\n',
         f"api.json: {JSON_MESSAGE}"),
    ],
)
def test_feed_or_svg_exits_1_as_not_an_article(tmp_path: Path, name: str, data: bytes, message: str):
    (tmp_path / name).write_bytes(data)
    done = run(name, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout == b""
    assert one_line(done.stderr) == PREFIX + message
    batch = run("--format", "jsonl", name, cwd=tmp_path)
    assert batch.returncode == 1
    assert json.loads(batch.stdout) == {"error": message, "kind": "not-an-article", "path": name}


def test_page_fragment_opening_with_an_svg_icon_is_read_as_html(tmp_path: Path):
    (tmp_path / "fragment.html").write_bytes(
        b'<svg class="logo" viewBox="0 0 10 10"><path d="M0 0h10v10z"/></svg>'
        b"<div><h1>Congo Seeks Russian Support for Digital Growth</h1>"
        b"<p>Brazzaville wants Russian help with its new data centre, officials said on Monday.</p>"
        b"<p>The centre is to open next year.</p><p>Moscow has not answered yet.</p></div>\n")
    done = run("fragment.html", cwd=tmp_path)
    assert done.returncode == 0
    record = json.loads(done.stdout)
    assert (record["title"], record["source"]["format"]) == ("Congo Seeks Russian Support for Digital Growth", "html")


def test_batch_mixing_good_and_bad_inputs_keeps_order_and_exits_1(files: Path):
    names = ["good.txt", "missing.txt", "doc.pdf", "empty.txt", "nul.bin", "good.txt"]
    done = run(*names, cwd=files)
    assert done.returncode == 1
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(names)
    records = [json.loads(line) for line in lines]
    assert [r.get("title") for r in records] == [SEED_TITLE, None, None, None, None, SEED_TITLE]
    assert [r.get("kind") for r in records] == [None, "missing", "binary", "empty", "binary", None]
    assert [r.get("path") or r["source"]["path"] for r in records] == names
    assert records[1] == {"error": "missing.txt: no such file; check the path", "kind": "missing",
                          "path": "missing.txt"}
    errors = done.stderr.decode("utf-8").splitlines()
    assert "Traceback" not in done.stderr.decode("utf-8")
    assert errors == [
        PREFIX + "missing.txt: no such file; check the path",
        PREFIX + "doc.pdf: this is a PDF file, not an article's text or HTML; give the article as a text or HTML file",
        PREFIX + "empty.txt: empty input; give a file with an article's text or HTML",
        PREFIX + "nul.bin: binary data (NUL bytes), not an article's text or HTML; give the article as a text or "
                 "HTML file",
    ]


def test_batch_as_json_array_puts_error_records_in_place(files: Path):
    done = run("--format", "json", "missing.txt", "good.txt", cwd=files)
    assert done.returncode == 1
    records = json.loads(done.stdout)
    assert [r.get("kind") for r in records] == ["missing", None]
    assert records[1]["title"] == SEED_TITLE


def test_all_good_batch_exits_0(files: Path):
    done = run("good.txt", "good.txt", cwd=files)
    assert done.returncode == 0
    assert done.stderr == b""
    assert [json.loads(line)["title"] for line in done.stdout.splitlines()] == [SEED_TITLE, SEED_TITLE]


@pytest.mark.parametrize(
    ("args", "last_line"),
    [
        ((), "Missing argument 'PATHS...'; give files or folders, - for standard input, or --files-from "
             "FILE."),
        (("--max-bytes", "0", "x"), "Invalid value for '--max-bytes': 0 is not in the range x>=1."),
        (("--format", "xml", "x"), "Invalid value for '-f' / '--format': 'xml' is not one of 'auto', 'json', "
                                   "'jsonl', 'jsonld', 'csv', 'tsv', 'markdown', 'text', 'parquet'."),
        (("--no-such-option", "x"), "No such option '--no-such-option'. Did you mean '--no-color'?"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], last_line: str):
    # one line on stderr: click's message and where the help is (click printed four lines)
    done = run(*args)
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode("utf-8") == f"{PREFIX}usage: {last_line}{USAGE_HINT}\n"


def test_output_is_utf8_whatever_the_locale(files: Path):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONIOENCODING="ascii", LC_ALL="C")
    done = subprocess.run([sys.executable, "-m", "congo_digital", "parse", "good.txt"], capture_output=True,
                          cwd=files, env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["editors"] == [{"name": "Sèna D. B. de Sodji", "role": None}]


def test_closed_stdin_is_an_input_error():
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    code = ("import sys; sys.stdin.close(); sys.stdin = None; "
            "from congo_digital.cli import parse_main; parse_main(['-'])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120)
    assert done.returncode == 1
    assert one_line(done.stderr) == PREFIX + ("standard input: not available (closed); pipe the article in or "
                                              "give a file path")


def test_internal_error_exits_3_with_one_line_and_no_traceback(files: Path, monkeypatch: pytest.MonkeyPatch):
    from congo_digital import pipeline

    def broken(path: str, **options) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(pipeline, "parse_path", broken)
    result = CliRunner().invoke(cli.parse_main, [str(files / "good.txt")])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr == (f"{PREFIX}{files / 'good.txt'}: internal error (KeyError); "
                             "please report it with this input\n")


def test_internal_error_in_a_batch_keeps_the_batch(files: Path, monkeypatch: pytest.MonkeyPatch):
    from congo_digital import pipeline

    real = pipeline.parse_path

    def sometimes_broken(path: str, **options):
        if path.endswith("bad.txt"):
            raise ZeroDivisionError
        return real(path, **options)

    (files / "bad.txt").write_bytes(SEED.read_bytes())
    monkeypatch.setattr(pipeline, "parse_path", sometimes_broken)
    result = CliRunner().invoke(cli.parse_main, [str(files / "bad.txt"), str(files / "good.txt")])
    assert result.exit_code == 3
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0] == {"error": f"{files / 'bad.txt'}: internal error (ZeroDivisionError); please report it "
                                   "with this input", "kind": "internal", "path": str(files / "bad.txt")}
    assert records[1]["title"] == SEED_TITLE


def test_hostile_inputs_never_show_a_traceback(tmp_path: Path):
    cases = {
        "deep.html": b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000 + b"</body></html>",
        "jsonld.html": b'<html><head><script type="application/ld+json">' + b"[" * 100_000
                       + b'</script></head><body><h1>T</h1></body></html>',
        "comment.html": b"<!doctype html><!--" + b"-" * 10_000,
        "controls.txt": bytes(range(1, 32)) * 50 + b"\nTitle\n\nBody text.",
        "utf7.html": b'<meta charset="utf-7"><h1>+ADw-script+AD4-</h1>\xe9',
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    done = run(*cases, cwd=tmp_path)
    text = done.stderr.decode("utf-8")
    assert "Traceback" not in text
    assert done.returncode == 0, text
    assert len(done.stdout.splitlines()) == len(cases)


def test_path_with_undecodable_bytes_is_printed_not_crashed(tmp_path):
    import os

    from click.testing import CliRunner

    from congo_digital.cli import parse_main

    odd = tmp_path / os.fsdecode(b"bad\xffname.txt")
    odd.write_bytes(b"A Headline For The Test\n\nBy Jane Doe\n\n" + b"Body sentence of the article. " * 8)
    result = CliRunner().invoke(parse_main, [str(odd), str(odd)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["A Headline For The Test"] * 2
    assert records[0]["source"]["path"].endswith("bad\ufffdname.txt")


def test_unwritable_output_is_one_line_and_exit_4():
    import os
    import subprocess
    import sys

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    seed = str(Path(__file__).resolve().parents[2] / "fixtures" / "seed.txt")
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "congo_digital", "parse", seed], stdout=full,
                              stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 4
    assert proc.stderr == ("congo-digital: cannot write the output (No space left on device); "
                           "check where the output goes\n")


@pytest.mark.parametrize(("first", "code"), [(str(SEED), 0), ("missing.txt", 1)])
def test_reader_going_away_stops_the_batch_with_the_status_so_far(tmp_path: Path, first: str, code: int):
    # `parse a b c | head -c 10`: the reader leaves after the first record; parse stops
    # without a traceback and exits 1 when an input before that point was bad.
    proc = subprocess.Popen([sys.executable, "-m", "congo_digital", "parse", first] + [str(SEED)] * 40,
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == code
    assert "Traceback" not in err
    assert err == ("" if code == 0 else PREFIX + "missing.txt: no such file; check the path\n")


def test_huge_max_bytes_reads_normally(tmp_path: Path):
    # read(limit) allocated the whole limit: 30 GB gave MemoryError, 2**63 - 1 OverflowError
    done = subprocess.run([sys.executable, "-m", "congo_digital", "parse", "--max-bytes", str(2**63 - 1), str(SEED)],
                          capture_output=True, text=True)
    assert done.returncode == 0
    assert json.loads(done.stdout)["title"] == SEED_TITLE


def test_newline_in_a_file_name_stays_on_one_line(tmp_path: Path):
    done = subprocess.run([sys.executable, "-m", "congo_digital", "parse", "new\nline.txt"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr == PREFIX + "new\\nline.txt: no such file; check the path\n"


@pytest.mark.parametrize(("value", "message"), [
    ("nan", "Invalid value for '--timeout': not a number of seconds"),
    ("inf", "Invalid value for '--timeout': inf is not in the range 0<=x<=86400.0."),
    ("-1", "Invalid value for '--timeout': -1.0 is not in the range 0<=x<=86400.0."),
])
def test_a_timeout_that_is_no_number_of_seconds_is_a_usage_error(files: Path, value: str, message: str):
    # (nan and inf were an internal error, exit 3)
    done = run("good.txt", "--timeout", value, cwd=files)
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode() == f"{PREFIX}usage: {message}{USAGE_HINT}\n"


def test_unknown_command_is_one_usage_line_and_a_bare_name_prints_the_help():
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    unknown = subprocess.run([sys.executable, "-m", "congo_digital", "bogus"], capture_output=True, env=env,
                             timeout=120, stdin=subprocess.DEVNULL, text=True)
    assert (unknown.returncode, unknown.stdout) == (2, "")
    assert unknown.stderr == f"{PREFIX}usage: No such command 'bogus'. (see 'python -m congo_digital --help')\n"
    bare = subprocess.run([sys.executable, "-m", "congo_digital"], capture_output=True, env=env,
                          timeout=120, stdin=subprocess.DEVNULL, text=True)
    assert (bare.returncode, bare.stdout) == (2, "")
    assert bare.stderr.startswith("Usage: python -m congo_digital [OPTIONS] COMMAND [ARGS]...\n")


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["parse", "--help"], ["warc", "-h"]])
def test_a_help_or_version_answer_that_cannot_be_written_is_one_line_and_exit_4(tmp_path: Path, args: list[str]):
    """--help and --version printed a traceback (AttributeError, OSError) when standard
    output was closed or full, both when click answers (first run, kept in the cache) and when
    the kept answer is printed (second run)."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    env = {**os.environ, "CONGO_DIGITAL_CACHE": str(tmp_path / "cache")}
    line = "congo-digital: cannot write the output (No space left on device); check where the output goes\n"
    for _ in range(2):  # click's answer, then the kept one
        with open("/dev/full", "w") as full:
            proc = subprocess.run([sys.executable, "-m", "congo_digital", *args], stdout=full,
                                  stderr=subprocess.PIPE, text=True, env=env)
        assert (proc.returncode, proc.stderr) == (4, line)
        proc = subprocess.run([sys.executable, "-m", "congo_digital", *args], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env=env)
        assert (proc.returncode, proc.stderr) == (0, "")
    closed = subprocess.run([sys.executable, "-m", "congo_digital", *args], stderr=subprocess.PIPE, text=True,
                            env=env, preexec_fn=lambda: os.close(1))  # `>&-`: Python starts without stdout
    assert (closed.returncode, closed.stderr) == (4, "congo-digital: cannot write the output (standard output is "
                                                     "closed); check where the output goes\n")


def test_a_help_answer_whose_reader_went_away_stops_quietly(tmp_path: Path):
    """`parse --help | true`: exit 0 and nothing on standard error (it was a BrokenPipeError
    traceback, exit 1)."""
    env = {**os.environ, "CONGO_DIGITAL_CACHE": str(tmp_path / "cache")}
    for _ in range(2):
        proc = subprocess.Popen([sys.executable, "-m", "congo_digital", "parse", "--help"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        proc.stdout.close()
        assert (proc.wait(timeout=60), proc.stderr.read()) == (0, b"")


@pytest.mark.parametrize("args", [["parse", str(SEED)], ["warc", "crawl.warc.gz"]])
def test_an_unknown_recogniser_in_the_environment_is_a_usage_error(tmp_path: Path, args: list[str]):
    """CONGO_DIGITAL_RECOGNISER=bogus failed every input as an internal error (exit 3)."""
    env = {**os.environ, "CONGO_DIGITAL_RECOGNISER": "bogus"}
    proc = subprocess.run([sys.executable, "-m", "congo_digital", *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path)
    command = f"python -m congo_digital {args[0]}"
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == ("congo-digital: usage: CONGO_DIGITAL_RECOGNISER='bogus' names no recogniser; set it to "
                           f"auto, rules or spacy (or unset it). (see '{command} --help')\n")



@pytest.mark.parametrize("value", ["spacy", " SpaCy "])
def test_spacy_asked_for_by_name_without_spacy_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, value: str):
    """CONGO_DIGITAL_RECOGNISER=spacy without spaCy used the rules with no word said; an
    optional extra that is not installed is a usage error (exit 2), as for warc's."""
    from congo_digital.enrich import recogniser

    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", value)
    monkeypatch.setattr(recogniser, "_installed", lambda package: package != "spacy")
    assert recogniser.env_problem() == (
        f"CONGO_DIGITAL_RECOGNISER={value!r} needs spaCy, which is not installed: pip install "
        '"congo-digital[spacy]" and a pipeline (or set it to auto or rules).')
    monkeypatch.setenv("CONGO_DIGITAL_RECOGNISER", "auto")
    assert recogniser.env_problem() is None


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_an_output_file_that_cannot_be_written_is_one_line_and_exit_4(fmt: str):
    """-o /dev/full gave a traceback and exit 1: the failed write was told, then closing the
    file failed again while the output was given up."""
    proc = subprocess.run([sys.executable, "-m", "congo_digital", "parse", str(SEED), "-f", fmt, "-o", "/dev/full"],
                          capture_output=True, text=True)
    assert (proc.returncode, proc.stdout) == (4, "")
    assert proc.stderr == ("congo-digital: cannot write /dev/full (No space left on device); free some space or write "
                           "elsewhere\n")


def test_a_staged_output_file_whose_disk_fills_is_given_up_without_a_second_error(tmp_path: Path):
    """A full disk under -o FILE: the staged file's close failed again in abort() (a
    traceback through atomic.py); now OutputFailed alone, FILE as it was, no file left over."""
    import errno

    from congo_digital.cli.sinks import FileSink, OutputFailed

    target = tmp_path / "out.jsonl"
    target.write_text("old records\n", encoding="utf-8")
    sink = FileSink(str(target))
    sink.write("{}\n")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    sink.handle.flush = full  # type: ignore[method-assign]  # also what the close calls
    full_line = (r"^congo-digital: cannot write .*out\.jsonl \(No space left on device\); free some space or write "
                 r"elsewhere$")
    with pytest.raises(OutputFailed, match=full_line):
        sink.commit()
    assert target.read_text(encoding="utf-8") == "old records\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


@pytest.mark.skipif(os.name != "posix", reason="/dev/stdout of a POSIX system")
def test_o_dev_stdout_writes_through_the_shells_stream_and_keeps_what_is_there(tmp_path: Path):
    """`parse a.txt -o /dev/stdout >> app.out` replaced app.out by a new file (the staged file
    renamed over the regular file /dev/stdout led to), losing its earlier lines."""
    out = tmp_path / "app.out"
    out.write_text("FIRST\n", encoding="utf-8")
    with open(out, "a", encoding="utf-8") as appended:
        proc = subprocess.run([sys.executable, "-m", "congo_digital", "parse", str(SEED), "-f", "jsonl",
                               "--fields", "title", "-o", "/dev/stdout"], stdout=appended, stderr=subprocess.PIPE,
                              text=True)
        appended.write("LAST\n")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert out.read_text(encoding="utf-8") == f'FIRST\n{{"title": "{SEED_TITLE}"}}\nLAST\n'


@pytest.mark.skipif(os.name != "posix", reason="/dev/stdout of a POSIX system")
def test_o_a_link_to_dev_stdout_writes_through_the_shells_stream(tmp_path: Path):
    """The re-trial: a symbolic link to /dev/stdout still replaced the file standard output
    was appended to (the link was followed to that regular file)."""
    (tmp_path / "so.lnk").symlink_to("/dev/stdout")
    out = tmp_path / "so.out"
    out.write_text("PRE\n", encoding="utf-8")
    with open(out, "a", encoding="utf-8") as appended:
        proc = subprocess.run([sys.executable, "-m", "congo_digital", "parse", str(SEED), "-f", "jsonl",
                               "--fields", "title", "-o", str(tmp_path / "so.lnk")], stdout=appended,
                              stderr=subprocess.PIPE, text=True)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert out.read_text(encoding="utf-8") == f'PRE\n{{"title": "{SEED_TITLE}"}}\n'


@pytest.mark.skipif(os.name != "posix", reason="/dev/stdout of a POSIX system")
def test_o_dev_stdout_whose_reader_goes_away_stops_quietly_as_standard_output_does(tmp_path: Path):
    """`parse … -o /dev/stdout | head -c 10` said 'cannot write /dev/stdout (Broken pipe)'
    and exited 4, where plain standard output stops without a word with the status so far."""
    proc = subprocess.Popen([sys.executable, "-m", "congo_digital", "parse", "-f", "jsonl", "-o", "/dev/stdout"]
                            + [str(SEED)] * 40, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(10)
    proc.stdout.close()
    assert (proc.wait(timeout=60), proc.stderr.read()) == (0, b"")


def test_a_parquet_output_given_up_closes_its_writer_first(tmp_path: Path):
    """Ctrl-C on -f parquet printed 'Exception ignored in ParquetWriter.__del__ … write to
    closed file' after the interrupt's line: the writer was closed by the collector after its
    file.  Now abort() closes it first, so a file written directly keeps a readable footer."""
    pq = pytest.importorskip("pyarrow.parquet")
    import gc

    from congo_digital.cli.sinks import ParquetSink

    dropped: list[object] = []
    hook, sys.unraisablehook = sys.unraisablehook, dropped.append
    try:
        with open(tmp_path / "direct.parquet", "wb") as handle:
            sink = ParquetSink(f"/dev/fd/{handle.fileno()}") if os.path.exists("/dev/fd") else None
            staged = ParquetSink(str(tmp_path / "staged.parquet"))
            for one in (sink, staged):
                if one is not None:
                    one.add({"title": "A"})
                    one.abort()
            del sink, staged
            gc.collect()
    finally:
        sys.unraisablehook = hook
    assert dropped == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["direct.parquet"]
    if os.path.exists("/dev/fd"):
        assert pq.read_table(tmp_path / "direct.parquet").num_rows == 1


@pytest.mark.skipif(not os.path.exists("/dev/fd"), reason="/dev/fd of a POSIX system")
def test_o_a_stream_that_is_not_open_says_so():
    """-o /dev/fd/97 with no descriptor 97 was told to 'check that the folder and the file are
    writable', which was not the cause."""
    proc = subprocess.run([sys.executable, "-m", "congo_digital", "parse", str(SEED), "-o", "/dev/fd/97"],
                          capture_output=True, text=True, close_fds=True)
    assert (proc.returncode, proc.stdout) == (4, "")
    assert proc.stderr == ("congo-digital: cannot write /dev/fd/97 (Bad file descriptor); no stream 97 is open in this "
                           "command: give a file name, or open it in the shell\n")

"""Regressions from a new user's trial of the CLI: a --files-from URL that is no web address,
-o naming /dev/stdout on a pipe, -o '', a command name alone, and the exit codes of --help.

The commands run as a user runs them, ``python -m congo_digital …`` in a child process (a
real pipe on standard output)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from congo_digital.cli.helptext import PARSE_HELP

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Congo Seeks Russian Support for Digital Growth"
BAD_URL = ("congo-digital: corp/c.txt: --files-from url 'not a url' is not a web address; "
           "give an absolute one (https://host/path)")


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "congo_digital", *args], input=stdin, capture_output=True,
                          cwd=cwd, env=env, timeout=120, stdin=subprocess.DEVNULL if stdin is None else None)


@pytest.fixture()
def corp(tmp_path: Path) -> Path:
    (tmp_path / "corp").mkdir()
    for name in ("a.txt", "c.txt"):
        (tmp_path / "corp" / name).write_bytes((ROOT / "fixtures" / "seed.txt").read_bytes())
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_files_from_url_that_is_no_web_address_fails_that_input_alone(corp: Path, jobs: str):
    listing = b"corp/a.txt\thttps://example.org/a\ncorp/c.txt\tnot a url\n"
    done = run("parse", "--files-from", "-", "--fields", "title,url", "-j", jobs, stdin=listing, cwd=corp)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").splitlines() == [BAD_URL]
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        {"title": TITLE, "url": "https://example.org/a"},
        {"error": BAD_URL.removeprefix("congo-digital: "), "kind": "bad-url", "path": "corp/c.txt",
         "url": "not a url"},
    ]


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout")
@pytest.mark.parametrize("target", ["/dev/stdout", "/dev/null"])
def test_o_naming_a_device_or_a_pipe_is_written_directly(corp: Path, target: str):
    done = run("parse", "corp/a.txt", "--fields", "title", "-o", target, cwd=corp)
    assert done.returncode == 0
    assert done.stderr == b""
    assert done.stdout == (f'{{\n  "title": "{TITLE}"\n}}\n'.encode() if target == "/dev/stdout" else b"")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_o_naming_a_fifo_is_written_directly(corp: Path):
    os.mkfifo(corp / "out.fifo")
    reader = subprocess.Popen(["cat", "out.fifo"], cwd=corp, stdout=subprocess.PIPE)
    done = run("parse", "corp/a.txt", "--fields", "title", "-f", "jsonl", "-o", "out.fifo", cwd=corp)
    out, _ = reader.communicate(timeout=60)
    assert (done.returncode, done.stderr) == (0, b"")
    assert out == f'{{"title": "{TITLE}"}}\n'.encode()
    assert sorted(p.name for p in corp.iterdir()) == ["corp", "out.fifo"]


@pytest.mark.parametrize("command", [("parse", "corp/a.txt"), ("warc", "x.warc")])
def test_o_empty_is_a_usage_error(corp: Path, command: tuple[str, str]):
    done = run(command[0], "-o", "", command[1], cwd=corp)
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode("utf-8") == ("congo-digital: usage: -o/--output needs a file name (- for standard "
                                           f"output). (see 'python -m congo_digital {command[0]} --help')\n")


def test_a_command_name_alone_says_what_is_missing_in_one_line():
    """'parse' alone (or 'cat a.txt | parse', the '-' forgotten) names the missing argument
    and the way to read standard input; 'congo-digital' alone prints its help."""
    done = run("parse")
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode("utf-8") == ("congo-digital: usage: Missing argument 'PATHS...'; give files or "
                                           "folders, - for standard input, or --files-from FILE. (see 'python -m "
                                           "congo_digital parse --help')\n")


def _exit_row(text: str, code: str) -> str:
    """The words of exit code ``code``'s row in the README's table or in ``parse --help``."""
    for line in text.splitlines():
        if line.startswith(f"| {code} |"):
            return " ".join(line.split("|")[2].replace("`", "").split())
    block = text.split("Exit codes:\n", 1)[1].split(f"\n  {code}    ", 1)[1]
    return " ".join(block.split(f"\n  {int(code) + 1}    ", 1)[0].split())


def test_help_lists_the_exit_code_1_cases_of_the_readme():
    readme = _exit_row((ROOT / "README.md").read_text(encoding="utf-8"), "1")
    helped = _exit_row(PARSE_HELP, "1")
    assert helped.startswith("at least one input was missing, unreadable, empty, binary, undecodable, too large, "
                             "nested too deeply, not an article (an RSS or Atom feed, an SVG image, a JSON "
                             "document, JSON Lines, a CSV or TSV table, a text without a letter, standard input "
                             "listing only file paths), given a "
                             "--files-from URL that is no web address, or past its --timeout; or no input was found")
    for case in ("a CSV or TSV table, a text without a letter, standard input that lists only file paths)",
                 "given a --files-from URL that is no",
                 "--files-from list names no file"):
        assert case in readme
    assert helped.endswith("(an empty folder, a --glob matching nothing, a --files-from list naming no file)")

"""The one line and exit code when the output cannot be written: the system's reason and
what to do about it (``errors.write_failure``, ``cli.sinks``)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from congo_digital.errors import write_failure

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seed.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "congo_digital", *args], capture_output=True, text=True)


@pytest.mark.parametrize(("code", "advice"), [
    (errno.ENOSPC, "free some space or write elsewhere"),
    (errno.EROFS, "that file system is read-only: write elsewhere"),
    (errno.EACCES, "you may not write there: write elsewhere or change the folder's permissions"),
    (errno.ENOTDIR, "a part of the path is a file, not a folder: give another path"),
    (errno.EIO, "check that the folder and the file are writable"),  # (no advice of its own)
])
def test_a_failed_write_says_what_to_do_for_its_reason(code: int, advice: str):
    line = write_failure("out/a.json", OSError(code, os.strerror(code)))
    assert line == f"congo-digital: cannot write out/a.json ({os.strerror(code)}); {advice}"


def test_a_failure_without_an_errno_gets_the_general_advice():
    assert write_failure("x.json", ValueError("I/O operation on closed file")) == (
        "congo-digital: cannot write x.json (standard output is closed); check that the folder and the file are "
        "writable")


def test_an_os_error_without_a_reason_gives_its_own_text():
    """The partitions' line (``cli.distribute``) printed such an error's text; the shared
    line must not call it 'standard output is closed'."""
    assert write_failure("the partitions under out", OSError("scheduler lost the folder")) == (
        "congo-digital: cannot write the partitions under out (scheduler lost the folder); check that the folder "
        "and the file are writable")


@pytest.mark.parametrize("below", ["out.json", "a/b/out.json"])
def test_an_output_file_under_a_file_names_that_file(tmp_path: Path, below: str):
    """-o notes.txt/out.json was told 'no folder notes.txt; create the folder', which cannot
    be done while notes.txt is a file."""
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    target = notes / below
    done = run("parse", str(SEED), "-o", str(target))
    assert (done.returncode, done.stdout) == (4, "")
    assert done.stderr == f"congo-digital: cannot write {target} ({notes} is a file, not a folder); give another path\n"
    assert notes.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.skipif(os.name != "posix", reason="the reason Windows gives differs (ENOENT)")
def test_an_output_folder_under_a_file_names_the_reason_and_what_to_do(tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    done = run("parse", str(SEED), "--output-dir", str(notes / "sub"))
    assert (done.returncode, done.stdout) == (4, "")
    reason = os.strerror(errno.ENOTDIR)
    assert done.stderr == (f"congo-digital: cannot write {notes / 'sub' / 'seed.json'} ({reason}); a part of the "
                           "path is a file, not a folder: give another path\n")


@pytest.mark.skipif(not os.path.isfile("/proc/version"), reason="a /proc file system")
def test_an_output_folder_that_cannot_be_made_says_to_give_another():
    """--output-dir /proc/x gave the system's reason alone ('No such file or directory')."""
    done = run("parse", str(SEED), "--output-dir", "/proc/congo-digital-x")
    assert (done.returncode, done.stdout) == (4, "")
    assert done.stderr == ("congo-digital: cannot write /proc/congo-digital-x/seed.json (No such file or "
                           "directory); no folder can be made there: give another path\n")

"""The console scripts end the process at once when the command is done (``cli.entry.leave``):
the same output and exit code as Python's normal exit, without freeing the objects one by
one, and the normal exit whenever it has other work (exit handlers, running threads)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "fixtures" / "seed.txt")

_PROBE = """
import atexit, os, sys, threading
from congo_digital.cli.entry import run_congo_digital

class Freed:
    def __del__(self):
        os.write(2, b"freed\\n")

kept = Freed()  # freed by Python's normal exit only
mode = sys.argv.pop(1)
if mode == "atexit":
    atexit.register(lambda: os.write(2, b"handler ran\\n"))
elif mode == "thread":  # a thread still running when the command is done, whatever the machine's speed
    import congo_digital.cli.entry as entry
    asked = threading.Event()
    check = entry._exit_work
    def checked():
        busy = check()
        asked.set()
        return busy
    entry._exit_work = checked
    threading.Thread(target=lambda: (asked.wait(), os.write(2, b"thread done\\n"))).start()
print("before", end="")  # buffered: written by the flush before the exit
sys.argv = ["congo-digital", *sys.argv[1:]]
run_congo_digital()
"""


def _probe(mode: str, *args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), CONGO_DIGITAL_CACHE=str(tmp))
    return subprocess.run([sys.executable, "-c", _PROBE, mode, *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, check=False)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A per-user cache the first run has written (a run that builds it imports libraries
    whose exit handlers get the normal exit)."""
    folder = tmp_path_factory.mktemp("cache")
    _record(folder)
    return folder


def _record(tmp: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), CONGO_DIGITAL_CACHE=str(tmp))
    code = "import sys; from congo_digital.cli.entry import congo_digital; sys.argv = sys.argv[1:]; congo_digital()"
    done = subprocess.run([sys.executable, "-c", code, "congo-digital", "parse", "-q", SEED], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=True)
    return done.stdout


def test_a_parse_ends_at_once_with_its_whole_output(cache):
    done = _probe("plain", "parse", "-q", SEED, tmp=cache)
    assert done.returncode == 0 and done.stderr == ""  # no object freed one by one
    assert done.stdout == "before" + _record(cache)
    assert json.loads(done.stdout.removeprefix("before"))["title"] == "Congo Seeks Russian Support for Digital Growth"


@pytest.mark.parametrize(("args", "code", "line"), [
    (("parse", "no/such/file.txt"), 1, "congo-digital: no/such/file.txt: no such file; check the path\n"),
    (("parse", "--bogus"), 2, "congo-digital: usage: No such option '--bogus'. Did you mean '--jobs'? "
                              "(see 'congo-digital parse --help')\n"),
])
def test_failures_keep_their_exit_code_and_line(cache, args, code, line):
    done = _probe("plain", *args, tmp=cache)
    assert (done.returncode, done.stderr) == (code, line)


def test_exit_handlers_get_the_normal_exit(cache):
    done = _probe("atexit", "parse", "-q", "no/such/file.txt", tmp=cache)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["congo-digital: no/such/file.txt: no such file; check the path",
                                        "handler ran", "freed"]


def test_a_running_thread_gets_the_normal_exit(cache):
    done = _probe("thread", "parse", "-q", "no/such/file.txt", tmp=cache)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["congo-digital: no/such/file.txt: no such file; check the path",
                                        "thread done", "freed"]


def test_python_dash_m_ends_the_same_way(cache):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), CONGO_DIGITAL_CACHE=str(cache))
    done = subprocess.run([sys.executable, "-m", "congo_digital", "parse", "-q", SEED], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert (done.returncode, done.stderr, done.stdout) == (0, "", _record(cache))

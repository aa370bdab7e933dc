"""``--help`` and ``--version`` answered from the per-user cache (``cli.helpcache``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from congo_digital.cli.helpcache import is_quick

ROOT = Path(__file__).resolve().parents[2]
_PROBE = """
import json, sys
from congo_digital.cli.entry import congo_digital
sys.argv = ["congo-digital", *sys.argv[1:]]
try:
    congo_digital()
except SystemExit as done:
    code = done.code
print(json.dumps([code, "click" in sys.modules]), file=sys.stderr)
"""


def _run(args: list[str], cache: Path, columns: str = "100") -> tuple[str, int, bool]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), CONGO_DIGITAL_CACHE=str(cache), COLUMNS=columns)
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120, check=True)
    code, clicked = json.loads(done.stderr.strip().splitlines()[-1])
    return done.stdout, code, clicked


@pytest.mark.parametrize("args", [["parse", "--help"], ["--help"], ["--version"], ["parse", "-h"]])
def test_the_second_answer_is_the_first_without_click(tmp_path, args):
    first, second = _run(args, tmp_path), _run(args, tmp_path)
    assert first[1:] == (0, True) and second[1:] == (0, False)
    assert second[0] == first[0] and first[0].strip()


def test_another_width_is_another_answer(tmp_path):
    wide, narrow = _run(["parse", "--help"], tmp_path, "100"), _run(["parse", "--help"], tmp_path, "60")
    assert narrow[2] is True  # not the kept 100-column text: click renders it
    assert narrow[0] != wide[0] and narrow[0].startswith("Usage: congo-digital parse")
    assert _run(["parse", "--help"], tmp_path, "60")[0] == narrow[0]


def test_the_parse_command_has_a_version_as_the_parse_script_has(tmp_path):
    """``parse`` is the shortcut for ``congo-digital parse``: both answer --version (the
    subcommand was a usage error, exit 2), from click and then from the cache."""
    from congo_digital import __version__

    first, second = _run(["parse", "--version"], tmp_path), _run(["parse", "--version"], tmp_path)
    assert first == (f"congo-digital, version {__version__}\n", 0, True)
    assert second == (first[0], 0, False)


def test_without_a_cache_click_answers():
    assert _run(["--version"], Path("off"))[1:] == (0, True) == _run(["--version"], Path("off"))[1:]


@pytest.mark.parametrize(("args", "quick"), [
    (["--help"], True), (["-h"], True), (["parse", "--help"], True), (["schema", "--version"], True),
    (["parse", "a.txt", "--help"], False), (["--fields", "--help"], False), ([], False), (["parse"], False),
])
def test_which_requests_are_kept(args, quick):
    assert is_quick(args) is quick


@pytest.mark.parametrize("damage", ["truncate", "other-text", "flip"])
def test_a_damaged_kept_answer_is_not_printed(tmp_path, damage):
    first = _run(["--help"], tmp_path)
    [kept] = list((tmp_path / "help").glob("*.txt"))
    blob = kept.read_bytes()
    if damage == "truncate":
        kept.write_bytes(blob[:len(blob) // 2])
    elif damage == "other-text":
        kept.write_text("parse, ver", encoding="utf-8")
    else:
        kept.write_bytes(blob[:-5] + bytes([blob[-5] ^ 0x20]) + blob[-4:])
    again = _run(["--help"], tmp_path)
    assert again == (first[0], 0, True)  # click's answer, kept again
    assert _run(["--help"], tmp_path) == (first[0], 0, False)
    assert first[0].startswith("Usage: congo-digital [OPTIONS] COMMAND [ARGS]...\n")

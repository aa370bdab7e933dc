"""The cache folder (``congo_digital.cachedir``): platformdirs' answer, remembered in the
folder it names so that later runs with the same inputs need not import platformdirs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_PROBE = """
import json, sys
from congo_digital.cachedir import cache_folder
print(json.dumps([cache_folder(), "platformdirs" in sys.modules]))
"""

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the answer is remembered on POSIX systems only")


def _folder(home: Path, **env: str) -> tuple[str, bool]:
    """The cache folder a fresh process finds, and whether it imported platformdirs."""
    clean = {k: v for k, v in os.environ.items() if k not in ("CONGO_DIGITAL_CACHE", "XDG_CACHE_HOME")}
    clean.update(PYTHONPATH=str(ROOT / "src"), HOME=str(home), **env)
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, env=clean, cwd=ROOT,
                          timeout=120, check=True)
    folder, imported = json.loads(done.stdout)
    return folder, imported


def _platformdirs(home: Path, **env: str) -> str:
    probe = "import platformdirs; print(platformdirs.user_cache_dir('congo-digital', appauthor=False))"
    clean = {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"}
    clean.update(HOME=str(home), **env)
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=clean, check=True,
                          timeout=120).stdout.strip()


def test_the_second_run_takes_platformdirs_answer_without_it(tmp_path):
    want = _platformdirs(tmp_path)
    assert _folder(tmp_path) == (want, True)
    assert (Path(want) / "where.txt").is_file()
    assert _folder(tmp_path) == (want, False)


def test_other_inputs_ask_platformdirs_again(tmp_path):
    _folder(tmp_path)
    elsewhere = tmp_path / "xdg"
    want = _platformdirs(tmp_path, XDG_CACHE_HOME=str(elsewhere))
    assert want == str(elsewhere / "congo-digital")
    assert _folder(tmp_path, XDG_CACHE_HOME=str(elsewhere)) == (want, True)
    assert _folder(tmp_path, XDG_CACHE_HOME=str(elsewhere)) == (want, False)
    assert _folder(tmp_path) == (_platformdirs(tmp_path), False)


def test_a_note_from_other_inputs_is_not_taken(tmp_path):
    want = _platformdirs(tmp_path)
    _folder(tmp_path)
    marker = Path(want) / "where.txt"
    marker.write_text(marker.read_text().replace("platformdirs", "platformdirs-older"))  # another install
    assert _folder(tmp_path) == (want, True)
    assert _folder(tmp_path) == (want, False)


def test_the_variable_names_the_folder_or_turns_the_cache_off(tmp_path):
    assert _folder(tmp_path, CONGO_DIGITAL_CACHE=str(tmp_path / "c")) == (str(tmp_path / "c"), False)
    assert _folder(tmp_path, CONGO_DIGITAL_CACHE="off") == (None, False)
    assert _folder(tmp_path, CONGO_DIGITAL_CACHE=" ") == (None, False)


def test_environments_sharing_the_folder_each_keep_their_line(tmp_path):
    want = _platformdirs(tmp_path)
    _folder(tmp_path)
    _folder(tmp_path, SHELL="/bin/other")
    assert len((Path(want) / "where.txt").read_text().splitlines()) == 2
    assert _folder(tmp_path) == (want, False)
    assert _folder(tmp_path, SHELL="/bin/other") == (want, False)


def test_a_sealed_payload_comes_back_and_a_damaged_one_does_not():
    from congo_digital.cachedir import seal, unseal

    blob = seal(b"payload")
    assert blob[:4] == b"CDG1" and len(blob) == 16 + 7
    assert bytes(unseal(blob)) == b"payload"
    assert unseal(blob[:-1]) is None and unseal(blob + b"x") is None
    assert unseal(blob[:-1] + b"D") is None and unseal(b"payload") is None and unseal(b"") is None
    assert bytes(unseal(seal(b""))) == b""

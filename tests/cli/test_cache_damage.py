"""A damaged per-user cache is found and rebuilt: every kind of entry (sealed marshal data,
sliced tables and word sets, the compiled patterns, the mapped language model, the kept
help text) overwritten, flipped, truncated or replaced by other valid data gives the very
record (and help) of a clean cache, with exit code 0 and nothing on stderr."""

from __future__ import annotations

import marshal
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from congo_digital.cachedir import unseal

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed.txt"


def _cli(cache: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), CONGO_DIGITAL_CACHE=str(cache), COLUMNS="100")
    return subprocess.run([sys.executable, "-m", "congo_digital", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[Path, str, str]:
    """A cache written by a parse, a topics listing and a help request; their outputs."""
    folder = tmp_path_factory.mktemp("clean")
    record = _cli(folder, "parse", str(SEED))
    topics = _cli(folder, "topics", "--level", "1")
    assert record.returncode == 0 == topics.returncode and record.stdout.startswith("{")
    assert _cli(folder, "parse", str(SEED)).stdout == record.stdout  # read back from the cache: the same
    return folder, record.stdout, topics.stdout


def _copy(clean: Path, tmp_path: Path) -> Path:
    target = tmp_path / "cache"
    shutil.copytree(clean, target)  # copy2: times kept, so the model's check still holds
    return target


def _random(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size))


def _flip(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        for at in random.Random(3).sample(range(size), min(size, 4)):
            f.seek(at)
            byte = f.read(1)[0]
            f.seek(at)
            f.write(bytes([byte ^ 0xFF]))


def _truncate(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _other_shape(path: Path) -> None:
    path.write_bytes(marshal.dumps({"x": [1, 2, 3]}))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "random": _random, "flip": _flip, "truncate": _truncate, "other-shape": _other_shape}


def _content(blob: bytes) -> list[str]:
    """The entries of a sealed marshal file, as sorted texts (the patterns' file keeps them
    in the order a run compiled them)."""
    payload = unseal(blob)
    assert payload is not None
    value = marshal.loads(payload)
    return sorted(map(repr, value)) if isinstance(value, list) else [repr(value)]


def _entry(cache: Path, pattern: str) -> Path:
    found = sorted(cache.glob(pattern))
    assert len(found) == 1, (pattern, found)
    return found[0]


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("pattern", ["0.*/organisation-index-en.marshal", "0.*/places.marshal",
                                     "0.*/wordfreq-zipf-en.marshal", "0.*/taxonomy.marshal",
                                     "0.*/regex-*.marshal"])
def test_a_damaged_data_file_is_rebuilt(clean, tmp_path, pattern, damage):
    folder, record, _ = clean
    cache = _copy(folder, tmp_path)
    entry = _entry(cache, pattern)
    kept = entry.read_bytes()
    DAMAGES[damage](entry)
    done = _cli(cache, "parse", str(SEED))
    assert (done.returncode, done.stderr, done.stdout) == (0, "", record)
    written, before = _content(entry.read_bytes()), _content(kept)
    if "regex" in pattern:  # the patterns this parse compiled (the clean cache has the other commands' too)
        assert written and set(written) <= set(before)
    else:
        assert written == before  # written again, as it was
    again = _cli(cache, "parse", str(SEED))
    assert (again.returncode, again.stderr, again.stdout) == (0, "", record)


def test_a_taxonomy_of_another_shape_still_lists_the_topics(clean, tmp_path):
    folder, _, topics = clean
    cache = _copy(folder, tmp_path)
    _other_shape(_entry(cache, "0.*/taxonomy.marshal"))
    done = _cli(cache, "topics", "--level", "1")
    assert (done.returncode, done.stderr, done.stdout) == (0, "", topics)
    assert topics.startswith("medtop:01000000  1  arts, culture, entertainment and media\n")


@pytest.mark.parametrize(("name", "damage"), [("nextmove.bin", "random"), ("rowbase.bin", "flip"),
                                              ("weights.bin", "flip"), ("output.bin", "truncate"),
                                              ("model.json", "flip")])
def test_a_damaged_language_model_is_unpacked_again(clean, tmp_path, name, damage):
    folder, record, _ = clean
    cache = _copy(folder, tmp_path)
    entry = _entry(cache, f"py3langid-*/model/{name}")
    DAMAGES[damage](entry)
    done = _cli(cache, "parse", str(SEED))
    assert (done.returncode, done.stderr, done.stdout) == (0, "", record)
    fresh, original = _entry(cache, f"py3langid-*/model/{name}"), _entry(folder, f"py3langid-*/model/{name}")
    assert fresh.read_bytes() == original.read_bytes()
    assert not list(cache.glob("py3langid-*/.tmp-*"))


def test_a_model_damaged_with_its_time_kept_still_gives_the_record(clean, tmp_path):
    folder, record, _ = clean
    cache = _copy(folder, tmp_path)
    entry = _entry(cache, "py3langid-*/model/nextmove.bin")
    kept = entry.stat()
    _random(entry)
    os.utime(entry, ns=(kept.st_atime_ns, kept.st_mtime_ns))  # the check (size and time) cannot see it
    done = _cli(cache, "parse", str(SEED))
    assert (done.returncode, done.stderr, done.stdout) == (0, "", record)
    assert not list(cache.glob("py3langid-*/model/check.txt"))  # so the next process unpacks it again
    again = _cli(cache, "parse", str(SEED))
    assert (again.returncode, again.stderr, again.stdout) == (0, "", record)
    assert entry.read_bytes() == _entry(folder, "py3langid-*/model/nextmove.bin").read_bytes()

"""Compiled regular expressions kept in the per-user cache (``congo_digital.regex_cache``)."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from congo_digital import cache as cache_module
from congo_digital import regex_cache
from congo_digital.cachedir import unseal

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = [
    (r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\s+(\d{4})", 0),
    (r"^(?:by|par|von)\s+([A-ZÀ-Þ][\w'’\-]*)", re.I | re.M),
    (r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", 0),
    (r"(?<![\w*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\w*])", 0),
    (rb"\A\s*<\?xml[^>]*>", re.S),
    (r"(a|b)\1", re.X),
]
SAMPLES = ["12 mars 2024", "By Jane Doe\npar Élise", "政府週一", "a *bold* word", "aa ab bb", "<?xml x?>"]


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CONGO_DIGITAL_CACHE", str(tmp_path))
    monkeypatch.setattr(cache_module, "_WRITTEN", [])  # (a test before may have built an index)
    regex_cache.cache_base.cache_clear()
    regex_cache._stored.clear()
    re.purge()
    yield tmp_path
    regex_cache.cache_base.cache_clear()
    regex_cache._stored.clear()
    re.purge()


def test_saved_patterns_come_back_equal_and_match_the_same(cache):
    compiled = [re.compile(p, f) for p, f in PATTERNS]
    regex_cache.save()
    assert list(cache.glob("*/regex-*.marshal"))
    re.purge()
    assert regex_cache.load() >= len(PATTERNS)
    for (pattern, flags), want in zip(PATTERNS, compiled, strict=True):
        got = re._cache[type(pattern), pattern, flags]
        assert got == want and got is re.compile(pattern, flags)
        assert (got.groups, dict(got.groupindex), got.flags) == (want.groups, dict(want.groupindex), want.flags)
        for text in SAMPLES:
            sample = text.encode() if isinstance(pattern, bytes) else text
            assert [m.group(0) for m in got.finditer(sample)] == [m.group(0) for m in want.finditer(sample)]


def test_an_unreadable_cache_file_leaves_re_to_compile(cache):
    re.compile(PATTERNS[0][0])
    regex_cache.save()
    (path,) = cache.glob("*/regex-*.marshal")
    path.write_bytes(b"not marshal data")
    re.purge()
    regex_cache._stored.clear()
    assert regex_cache.load() == 0
    assert re.compile(PATTERNS[0][0]).search("on 12 mars 2024").group("month") == "mars"


def test_no_cache_folder_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CONGO_DIGITAL_CACHE", "off")
    regex_cache.cache_base.cache_clear()
    try:
        assert regex_cache.load() == 0
        regex_cache.save()
    finally:
        regex_cache.cache_base.cache_clear()


def test_the_next_run_loads_the_patterns_of_the_first_that_built_nothing(tmp_path):
    probe = ("import sys, json; from congo_digital.cli.entry import congo_digital\n"
             "import congo_digital.regex_cache as r\n"
             "load = r.load\n"
             "def counted():\n"
             "    n = load(); print(json.dumps(n), file=sys.stderr); return n\n"
             "r.load = counted\n"
             "sys.argv = ['congo-digital', 'parse', sys.argv[1]]\n"
             "congo_digital()\n")
    env = dict(os.environ, CONGO_DIGITAL_CACHE=str(tmp_path), PYTHONPATH=str(ROOT / "src"))
    runs = [subprocess.run([sys.executable, "-c", probe, str(ROOT / "fixtures" / "seed.txt")], capture_output=True,
                           text=True, env=env, check=True, timeout=120) for _ in range(3)]
    loaded = [json.loads(r.stderr.strip().splitlines()[0]) for r in runs]
    # the first run builds the indexes and keeps no patterns (it compiled those of the libraries
    # the indexes are derived from too); the second keeps its own; the third loads them
    assert loaded[0] == 0 == loaded[1] and loaded[2] > 100
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    kept = marshal.loads(unseal(next(tmp_path.glob("0.*/regex-*.marshal")).read_bytes()))
    assert not [e for e in kept if isinstance(e[0], str) and e[0].startswith("^(aa|")]  # no table of language tags


def test_more_patterns_than_re_keeps_are_all_installed_and_not_written_again(cache, monkeypatch):
    monkeypatch.setattr(re, "_MAXCACHE", re._MAXCACHE)  # restored after the test
    many = [f"word{i}\\b" for i in range(re._MAXCACHE + 40)]
    for pattern in many:
        re.compile(pattern)
    re._cache.update({(str, p, 0): re.compile(p) for p in many})  # as a run with a larger cache left them
    regex_cache.save()
    (path,) = cache.glob("*/regex-*.marshal")
    stamp = path.stat().st_mtime_ns
    re.purge()
    regex_cache._stored.clear()
    assert regex_cache.load() == len(many)
    assert re._MAXCACHE == len(many) + regex_cache.HEADROOM
    assert all(re.compile(p) is re._cache[str, p, 0] for p in many)
    regex_cache.save()  # nothing new: the file is not rewritten
    assert path.stat().st_mtime_ns == stamp and path == regex_cache._path()

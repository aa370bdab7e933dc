"""Start-up: what a command imports (not how long it takes; bench/run.py times it).

``--help`` and ``--version`` import none of the heavy libraries; parsing a plain text does
not import lxml (HTML only), multiprocessing (a pool only), pydantic (the command line
prints the plain record, ``congo_digital.record``) or the libraries whose data the per-user
cache holds (babel, pycountry, wordfreq, and numpy and py3langid for the language model),
once that cache is written, nor hashlib (its one input is hashed without loading OpenSSL), nor
dataclasses (the classes a parse defines are ``plain`` ones)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("lxml", "numpy", "pydantic", "dateparser", "babel", "py3langid", "pycountry", "ftfy", "charset_normalizer",
         "tqdm", "multiprocessing")

_PROBE = """
import json, sys
from congo_digital.cli.entry import congo_digital
sys.argv = ["congo-digital", *sys.argv[1:]]
try:
    congo_digital()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded(*args: str, cache: Path | None = None, top: bool = True) -> set[str]:
    """The top-level modules (``top``; else every module) loaded by ``congo-digital ARGS``
    in a fresh process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    if cache is not None:
        env["CONGO_DIGITAL_CACHE"] = str(cache)
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, check=True)
    modules = set(json.loads(done.stderr.strip().splitlines()[-1]))
    return {m.split(".")[0] for m in modules} if top else modules


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("parse", "--help"), ("parse", "--version")])
def test_help_and_version_import_no_heavy_library(args):
    assert loaded(*args) & set(HEAVY) == set()


def test_a_help_answer_from_the_cache_imports_no_typing(tmp_path):
    loaded("parse", "--help", cache=tmp_path)  # click answers, and the answer is kept
    assert "typing" not in loaded("parse", "--help", cache=tmp_path)


def test_text_parse_imports_only_what_it_needs(tmp_path):
    seed = str(ROOT / "fixtures" / "seed.txt")
    loaded("parse", seed, cache=tmp_path)  # writes the cache
    loaded("parse", seed, cache=tmp_path)  # keeps its compiled patterns (not the run that built: regex_cache)
    modules = loaded("parse", seed, cache=tmp_path)
    assert modules & set(HEAVY) == set()
    assert modules & {"wordfreq", "pydantic_core", "annotated_types", "hashlib"} == set()  # no OpenSSL to load
    assert modules & {"tempfile", "shutil", "bz2", "lzma", "random"} == set()  # temporary files only to write one
    assert modules & {"dataclasses", "copy"} == set()  # plain classes: no methods generated at start-up
    assert modules & {"csv", "textwrap"} == set()  # a title without commas is no table; JSON of one record
    every = loaded("parse", seed, cache=tmp_path, top=False)
    html = {m for m in every if m == "html" or m.startswith(("html.", "congo_digital.html"))}
    assert html == set()  # the HTML reader is imported for a page only
    assert every & {"congo_digital.cli.jsonld", "congo_digital.cli.textview"} == set()  # their formats only


_GC_PROBE = """
import gc, json, sys
from congo_digital.cli.entry import congo_digital
sys.argv = ["congo-digital", *sys.argv[1:]]
try:
    congo_digital()
except SystemExit as done:
    code = done.code
print(json.dumps([code, gc.isenabled()]), file=sys.stderr)
"""


@pytest.mark.parametrize(("args", "collecting"), [((), False), (("-j", "2"), True), (("fixtures/seed.txt",), True)])
def test_the_garbage_collector_is_off_for_one_input_in_process_only(tmp_path, args, collecting):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), CONGO_DIGITAL_CACHE=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", _GC_PROBE, "parse", "-q", str(ROOT / "fixtures" / "seed.txt"), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=True)
    assert json.loads(done.stderr.strip().splitlines()[-1]) == [0, collecting]

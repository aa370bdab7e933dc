"""The data files: each loads, has the shape its readers expect, and every list in it is read.

Like dateparser's checks of its language data: a word list is a list of non-empty
lowercase strings without duplicates; a key that no code reads (no string literal of the
package names it) fails, so a list cannot be added, or left behind, unread.
"""

from __future__ import annotations

import ast
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from congo_digital import vocab

PACKAGE = Path(vocab.__file__).parent
DATA = PACKAGE / "data"

# Files made of named word lists (dicts of lists, maybe nested): every key is checked.
# ``names``: lists of names, which keep their capitals (places); else lowercase words.
KEYED = {name: "words" for name in vocab.WORD_FILES} | {"cues.json": "words", "roles.json": "words",
                                                          "places.json": "names"}
# Tables whose keys are data, not names the code uses (zone names, country codes, languages,
# ambiguous forms): their keys are not looked for in the code.
DATA_KEYED = {"zone_offsets", "country_aliases", "homonyms", "ambiguous", "congo_cues", "capitals", "seats", "cities",
              "demonyms", "heads", "honorifics", "es", "pt", "de", "fr"}
# Known faults in files other helpers own: the check must fail once they are fixed (strict).
KNOWN_DUPLICATES: set[str] = set()


@cache
def _literals() -> frozenset[str]:
    """Every string literal of the package's code."""
    out: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
    return frozenset(out)


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text("utf-8"))


def _lists(value: Any, path: str) -> list[tuple[str, list]]:
    """``(path, list)`` for every list under ``value`` (a dict of lists, maybe nested)."""
    if isinstance(value, list):
        return [(path, value)]
    assert isinstance(value, dict), f"{path}: a list or a dict of lists expected, not {type(value).__name__}"
    return [item for key, sub in value.items() for item in _lists(sub, f"{path}.{key}")]


def _keys(value: Any, path: str, key: str) -> list[str]:
    """The dotted paths of the keys under ``value`` that the code must name."""
    if not isinstance(value, dict) or key in DATA_KEYED:
        return []
    return [p for k, sub in value.items() for p in [f"{path}.{k}", *_keys(sub, f"{path}.{k}", k)]]


def test_every_data_file_loads() -> None:
    names = sorted(p.name for p in DATA.glob("*.json"))
    assert set(vocab.WORD_FILES) <= set(names)
    for name in names:
        assert vocab.load_json(name) == _load(name)


def test_word_file_keys_are_unique() -> None:
    seen: dict[str, str] = {}
    for name in vocab.WORD_FILES:
        for key in _load(name):
            if not key.startswith("_"):
                assert key not in seen, f"{key} is in {seen.get(key)} and in {name}"
                seen[key] = name
    assert all(vocab.entry(key) == _load(name)[key] for key, name in seen.items())


@pytest.mark.parametrize("name", sorted(KEYED))
def test_every_key_is_read(name: str) -> None:
    data = _load(name)
    assert isinstance(data.get("_about"), str) and data["_about"].strip(), f"{name}: no _about"
    unread = []
    for key, value in data.items():
        if key.startswith("_"):
            continue
        for path in [key, *_keys(value, key, key)]:
            if path.rsplit(".", 1)[-1] not in _literals():
                unread.append(path)
    assert not unread, f"{name}: no code reads {unread}"


@pytest.mark.parametrize("name", sorted(KEYED))
def test_word_list_shape(name: str) -> None:
    data = _load(name)
    bad = []
    for key, value in data.items():
        if key.startswith("_") or key == "zone_offsets":
            continue
        for path, words in _lists(value, key):
            for w in words:
                if not isinstance(w, str) or not w.strip():
                    bad.append(f"{path}: {w!r} is not a non-empty string")
                elif KEYED[name] == "words" and w != w.lower():
                    bad.append(f"{path}: {w!r} is not lowercase")
    assert not bad, bad[:20]


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="duplicates in a file another helper owns"))
    if n in KNOWN_DUPLICATES else n for n in sorted(KEYED)])
def test_word_lists_have_no_duplicates(name: str) -> None:
    dups = []
    for key, value in _load(name).items():
        if key.startswith("_") or key == "zone_offsets":
            continue
        for path, words in _lists(value, key):
            seen: set[str] = set()
            dups += [f"{path}: {w!r}" for w in words if w in seen or seen.add(w)]
    assert not dups, dups


def test_zone_offsets() -> None:
    zones = vocab.entry("zone_offsets")
    assert zones and all(re.fullmatch(r"[A-Z]{1,5}", z) for z in zones)
    assert all(re.fullmatch(r"[+-](?:0\d|1[0-4]):[0-5]\d", off) for off in zones.values())


def test_records_files() -> None:
    """The list-of-records files: the fields their readers take."""
    for name in ("organizations.json", "organizations_extra.json"):
        rows = _load(name)
        assert rows and all(isinstance(r.get("name_en"), str) and r["name_en"] for r in rows), name
        assert all(isinstance(r.get(k, []), list) for r in rows for k in ("abbr_en", "aliases_en", "abbr_fr")), name
    topics = _load("iptc-mediatopics.json")
    assert all(re.fullmatch(r"medtop:\d{8}", t["code"]) and t["label_en"] for t in topics)
    lexicon = _load("topics-lexicon.json")
    assert isinstance(lexicon["version"], int) and all(e["code"] and e["terms"] for e in lexicon["entries"])
    demonyms = _load("demonyms.json")
    assert all(re.fullmatch(r"[A-Z]{2}", code) and set(langs) <= {"en", "fr"} for code, langs in demonyms.items())

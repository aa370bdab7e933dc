"""The one loader of the package's data files (``congo_digital/data/``; sources and
licences in its README).  Files are read lazily, once.

The word files (``WORD_FILES``) hold the vocabularies of the rules, one file per concept:

* ``bylines.json``: byline prefixes and labels, credit labels, "and"/"by"/place words,
  author roles, generic credits and the words that end or surround a name;
* ``dates.json``: date labels (published, modified), relative-date words, weekdays,
  stamp words and fixed time-zone offsets;
* ``agencies.json``: news agencies (and wire services) credited in bylines;
* ``encodings.json``: the alphabets and marks that tell Central European texts
  (Windows-1250, ISO-8859-2) from Windows-1252 ones;
* ``html.json``: class/id words of page templates, title separators, ``<meta>`` names
  and JSON-LD types;
* ``layout.json``: footer, noise, format-label and caption phrases of page layouts.

A key is unique across the word files, so a list is named by its key alone
(``entry(key)``, ``phrase_set(key)``).  Phrases are lowercase; the rules match them on
lowercased, whitespace-collapsed text.  The parties and topics data (``cues.json``,
``roles.json``, ``places.json``, ``demonyms.json``, ``organizations*.json``, the IPTC
files) are read with ``load_json``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).resolve().parent / "data"
"""The package's data folder (installed with it: ``package-data`` in pyproject.toml)."""

WORD_FILES = ("agencies.json", "bylines.json", "dates.json", "encodings.json", "html.json", "layout.json")


@cache
def load_json(name: str) -> Any:
    """Return the parsed JSON data file ``congo_digital/data/<name>`` (cached: do not modify it).

    Raises ``FileNotFoundError`` when the package was installed without its data.
    """
    return json.loads((_DATA / name).read_text("utf-8"))


@cache
def _index() -> dict[str, Any]:
    index: dict[str, Any] = {}
    for name in WORD_FILES:
        for key, value in load_json(name).items():
            if key.startswith("_"):  # "_about": the file's description
                continue
            if key in index:
                raise ValueError(f"data: the word list {key!r} is in two word files")
            index[key] = value
    return index


def entry(key: str) -> Any:
    """Return the word list (a list of lowercase phrases) or table (a dict) ``key`` of the
    word files, as stored.  Raises ``KeyError`` for an unknown key and ``ValueError`` when
    two word files hold the same key."""
    return _index()[key]


@cache
def phrase_set(key: str) -> frozenset[str]:
    """Return the word list ``key`` (``entry``) as a frozenset of lowercase phrases."""
    return frozenset(entry(key))

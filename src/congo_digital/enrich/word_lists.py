"""The word lists of ``cues.json`` and ``roles.json``, kept in the per-user cache.

The rules ask for about sixty of these lists as sets of normalised words
(``tokens.cue_set``, ``tokens.role_words``), most of them when their modules are imported;
reading the two JSON files and normalising their three thousand words one by one was some
milliseconds of every cold start.  ``lists(norm)`` builds every list once, as it is stored
(``cues.json``'s lists by key) and normalised by ``norm`` (``tokens.norm``: ``"norm:KEY"``
for a list of ``cues.json``, ``"roles:KEY"`` for one of ``roles.json``, whose per-language
tables are merged), and keeps them in the per-user cache (``congo_digital.cache.cached_data``,
keyed by this package's modules and data files: an edited list or ``norm`` builds them again).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from congo_digital.cache import cached_data
from congo_digital.vocab import load_json


def _words(data: Any) -> list[str] | None:
    """The words of a stored list, or of a table of lists by language (merged in the
    table's order); ``None`` for anything else (a description, a table of other values)."""
    words = [w for ws in data.values() for w in ws] if isinstance(data, dict) else data
    if isinstance(words, list) and all(isinstance(w, str) for w in words):
        return words
    return None


def _build(norm: Callable[[str], str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, data in load_json("cues.json").items():
        if isinstance(data, list) and all(isinstance(w, str) for w in data):
            out[key] = tuple(data)
            out["norm:" + key] = frozenset(norm(w) for w in data)
    for key, data in load_json("roles.json").items():
        words = _words(data)
        if words is not None:
            out["roles:" + key] = frozenset(norm(w) for w in words)
    return out


@cache
def lists(norm: Callable[[str], str]) -> dict[str, Any]:
    """Every list: ``KEY`` a ``cues.json`` list as stored (a tuple of str, in its order),
    ``norm:KEY`` the same normalised by ``norm`` (a frozenset), ``roles:KEY`` a
    ``roles.json`` list or table normalised (a frozenset).  A key that is not a list of
    words is not here (its reader falls back to the file)."""
    return cached_data("word-lists", lambda: _build(norm))

"""``Memo``: a function's answers kept for the whole process, read as a dict.

The per-word and per-class-name look-ups (``enrich.lexicon.zipf`` and ``place``, ``enrich.role_titles.is_head``,
``fields.given_names.first_name``, ``html.sighted.SAID``, ``html.labels.KINDS`` and
``OPENS``, ``html.maintext.BOILERPLATE``) are asked the same keys many times: ``memo[key]`` is a dict look-up for a key
seen before (the hot loops read it inline), and the function's answer, kept, for a new one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any


class Memo(dict):  # type: ignore[type-arg]
    """``memo[key]`` is ``fn(key)``, computed once and kept.  At most ``size`` answers are
    kept: a full memo is emptied (and ``seed``, answers known beforehand, put back), so a
    long process's memory stays bounded.  ``get`` and ``in`` see only the answers kept."""

    __slots__ = ("fn", "size", "seed")

    def __init__(self, fn: Callable[[Any], Any], size: int, seed: Mapping[Hashable, Any] | None = None) -> None:
        super().__init__(seed or {})
        self.fn = fn
        self.size = size
        self.seed = dict(seed or {})

    def __missing__(self, key: Hashable) -> Any:
        if len(self) >= self.size:
            self.clear()
            self.update(self.seed)
        value = self[key] = self.fn(key)
        return value

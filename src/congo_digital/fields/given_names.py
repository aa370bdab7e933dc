"""Known given names: ``first_name(norm)``, a word of ``data/first_names.json`` (from
Faker's person providers, MIT; see ``scripts/build_first_names.py`` and ``data/README.md``),
kept in the per-user cache as a ``WordSet`` read when first asked for.

In the fields layer so that the text layout (a two-word headline is no byline unless it
starts with a given name) and the enrichment (``enrich.lexicon`` re-exports it) share it.
"""

from __future__ import annotations

from functools import cache

from congo_digital.cache import WordSet, cached_words
from congo_digital.memo import Memo
from congo_digital.vocab import load_json


@cache
def _first_names() -> WordSet:
    return cached_words("first-names", lambda: load_json("first_names.json")["first_names"])


MEMO_SIZE = 200_000
"""The most answers ``_ANSWERS`` keeps (``memo.Memo``)."""

_ANSWERS = Memo(lambda norm: norm in _first_names(), MEMO_SIZE)
"""``first_name``'s answers of this process: word -> answer."""


def first_name(norm: str) -> bool:
    """True when ``norm`` (a casefolded word) is a known given name ("udo", "moisés").
    Each answer is kept (``_ANSWERS``): a text asks for the same words many times."""
    return _ANSWERS[norm]


"""``tokens.fold`` of a text read a character at a time: ``folded(text)``.

``fold`` case-folds a text, decomposes it (NFKD) and drops its combining marks.  Each step
reads one character alone: case folding has no context, a character's decomposition is
its own, and the canonical reordering of a decomposition moves only combining marks
(characters of a non-zero combining class), which are dropped.  So a text's fold is the
folds of its characters, one after the other, and ``folded`` reads a non-ASCII text
through a table of each character's fold (``str.translate``), kept for the process: a
character met before costs a dict look-up in C, where ``fold`` decomposes the text and
asks ``unicodedata.combining`` about each of its characters in Python.  The topics pass
folds whole lines (``boiler.furniture_line``) and each new word (``topic_match``).
"""

from __future__ import annotations

from congo_digital.enrich.tokens import fold
from congo_digital.memo import Memo

KEPT_CHARACTERS = 20_000
"""Characters whose fold is kept (a full table is emptied: ``memo.Memo``)."""

_FOLDS = Memo(lambda code: fold(chr(code)), KEPT_CHARACTERS)
"""A code point to its character's fold (``str.translate``'s table: a str of 0 to 3 characters)."""


def folded(text: str) -> str:
    """``tokens.fold(text)``: ``text`` case-folded, NFKD-decomposed, without combining marks."""
    if text.isascii():
        return text.casefold()
    return text.translate(_FOLDS)

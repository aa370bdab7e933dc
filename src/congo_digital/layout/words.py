"""The words of a line, and the kinds of line told by how many it has.

A word is a run of letters and digits with inner apostrophes and hyphens ("l'État",
"Jean-Claude"): ``words_of`` lists them.  ``has_words`` tells whether a text has ``k``
words or more without listing them: one match of a pattern that reads ``k`` words in a
row, each word and each gap before it taken whole (possessive quantifiers, so the engine
never gives a word back to split it in two: the words it reads are the ones
``words_of`` lists), which stops at the ``k``-th word.  ``paragraph_like``,
``headline_like`` and ``at_most_words`` read the line kinds the layouts ask of every line
through it.  All patterns are linear (no nested quantifier can backtrack).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_ASCII_WORD = re.compile(r"[0-9A-Za-z]+(?:['\-][0-9A-Za-z]+)*")
"""``_WORD`` for an ASCII text (the same words): a character's class is one table look-up
where ``_WORD``'s class asks Unicode's tables up to four times."""
_PROSE_HEAD = 300  # characters of a line whose words ``paragraph_like`` counts first

SENTENCE_END = re.compile(r"[.!?…»\"”’)]$")
"""A line that ends as a sentence does (a stop, a closing quote or bracket)."""
_SENTENCE_MARKS = tuple(".!?…»\"”’)")


def ends_sentence(text: str) -> bool:
    """``SENTENCE_END.search(text) is not None``: ``text`` ends with one of its marks, or with
    one before a final newline (where ``$`` also matches), read at the end where the
    pattern's search tries every character of a long line."""
    return text.endswith(_SENTENCE_MARKS) or (text.endswith("\n") and text[:-1].endswith(_SENTENCE_MARKS))


def words_of(text: str) -> list[str]:
    """The words of ``text``: runs of letters and digits, with inner apostrophes and
    hyphens ("l'État", "Jean-Claude")."""
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


@cache
def _words_in_row(k: int, ascii_only: bool) -> re.Pattern[str]:
    """The pattern of ``k`` words in a row from the start of a text, each after the
    characters no word starts with (what ``findall`` skips between two words): ``_WORD``
    (``_ASCII_WORD`` when ``ascii_only``) and that gap, both possessive."""
    if ascii_only:
        gap, word = r"[^0-9A-Za-z]*+", r"[0-9A-Za-z]++(?:['\-][0-9A-Za-z]++)*+"
    else:
        gap, word = r"[\W_]*+", r"[^\W_]++(?:['’\-][^\W_]++)*+"
    return re.compile(f"(?:{gap}{word}){{{k}}}")


def has_words(text: str, k: int, end: int | None = None) -> bool:
    """``len(words_of(text[:end])) >= k``, read by one match that stops at the ``k``-th
    word (``_words_in_row``): no word is listed.  ``k`` >= 0; ``end`` as a slice's."""
    size = len(text) if end is None else min(len(text), max(end, 0))
    if size < 2 * k - 1:  # (``k`` words need a character each and one between each two)
        return False
    row = _words_in_row(k, text.isascii())
    return (row.match(text) if end is None else row.match(text, 0, max(end, 0))) is not None


def at_most_words(text: str, n: int) -> bool:
    """``len(words_of(text)) <= n`` (``n`` >= 0), the match stopping at the ``n + 1``-th
    word: a long line's head settles it."""
    return not has_words(text, n + 1)


def cjk_heavy(text: str) -> bool:
    """More than a third of the first 400 characters of ``text`` are Chinese, Japanese,
    Korean or Thai (never an ASCII text's)."""
    return not text.isascii() and len(_CJK.findall(text[:400])) * 3 > min(len(text), 400)


def word_count(text: str) -> int:
    """The words of ``text``; for a CJK-heavy text (written without spaces), half its
    characters (at least 1)."""
    if cjk_heavy(text):
        return max(1, len(text) // 2)
    return len(words_of(text))


@lru_cache(maxsize=256)
def paragraph_like(text: str) -> bool:
    """A line of prose: 25 words or more, or 10 or more ending as a sentence (words as
    ``word_count`` counts them: a CJK line by its characters).  The words of the first
    ``_PROSE_HEAD`` characters are counted first: a word starting there is a word of the
    whole line (a word cut at the end still counts once), so 25 of them settle it without
    reading a long paragraph to its end.  Remembered: several rules ask it of a line."""
    if cjk_heavy(text):
        n = max(1, len(text) // 2)
        return n >= 25 or (n >= 10 and ends_sentence(text))
    if has_words(text, 25, _PROSE_HEAD) or (len(text) > _PROSE_HEAD and has_words(text, 25)):
        return True
    return ends_sentence(text) and has_words(text, 10)


def headline_like(text: str) -> bool:
    """A line that may be a headline: 1-40 words, at most 300 characters, no closing colon."""
    return len(text) <= 300 and not text.endswith(":") and has_words(text, 1) and not has_words(text, 41)


_SPACELESS = re.compile("[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
"""A character of writing that puts no space between words (Unicode's CJK Symbols and
Punctuation, Hiragana, Katakana and its extension, the CJK ideographs and compatibility
ideographs, the halfwidth and fullwidth forms).  Korean is not one: Hangul parts its words
with spaces, so a line break there may stand for one."""


_WRAP_WIDTH = 15
"""The characters, at least, of a line that a text wrapped at its width breaks after: a
shorter line is an item of its own (a menu's "プライバシーポリシー" above "利用規約")."""


def join_lines(texts: list[str]) -> str:
    """``texts`` (the lines of one paragraph, at least one) joined by a space, but for a
    break between two characters of a script written without spaces (``_SPACELESS``) after
    a line of ``_WRAP_WIDTH`` characters or more: a Chinese or Japanese text wrapped at its
    width ("外務省⏎報道官") reads as one word again, and short lines stay apart."""
    out, last = texts[0], texts[0]
    for text in texts[1:]:
        spaceless = last[-1:] >= "\u3000" and text[:1] >= "\u3000" and len(last) >= _WRAP_WIDTH \
            and _SPACELESS.match(last[-1]) and _SPACELESS.match(text[0])
        out += text if spaceless else " " + text
        last = text
    return out

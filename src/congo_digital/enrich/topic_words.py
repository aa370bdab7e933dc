"""The topic matcher's reading of each word: its ``Word`` (folded form, stem, the terms
that may start at it), read once per process and kept (``word_table``), and the index's
phrases grouped by length under each first stem (``groups``).  See ``topic_match``."""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.folds import folded as fold_word
from congo_digital.enrich.topic_lexicon import compound_heads, head_openings, index
from congo_digital.enrich.topic_stems import STEMMERS

_MAX_TOKEN = 40

Group = tuple[int, dict[tuple[str, ...], list[tuple[int, float, str]]]]
"""The terms of ``Index.phrases`` under one first stem that have ``n`` words: ``(n, {stems:
[(entry, weight, guard), ...]})``, the candidates of the same stems in the index's order."""


class _Groups(dict[str, tuple[Group, ...]]):
    """``index(lang).phrases`` grouped by length, longest first, for each first stem (a term
    starting at a word is one look-up per length; the index lists the candidates longest
    first: the same order, kept here), made when the stem is first asked for (``()``: it
    starts no term)."""

    def __init__(self, phrases: dict[str, list[tuple[tuple[str, ...], int, float, str]]]) -> None:
        super().__init__()
        self.phrases = phrases

    def __missing__(self, first: str) -> tuple[Group, ...]:
        cands = self.phrases.get(first)
        if cands is None:
            return ()
        by_n: dict[int, dict[tuple[str, ...], list[tuple[int, float, str]]]] = {}
        for pstems, entry, weight, lower in cands:
            by_n.setdefault(len(pstems), {}).setdefault(pstems, []).append((entry, weight, lower))
        found = self[first] = tuple(by_n.items())  # (lengths met longest first: no sort)
        return found


@cache
def groups(lang: str) -> _Groups:
    """``_Groups`` of ``lang``'s index, kept for the process."""
    return _Groups(index(lang).phrases)


_NO_SECONDS: tuple[()] = ()
"""The second stems of a word whose stem starts no term of two words or more (``Word``): the
empty tuple, not an empty set, so that the ``Word`` of most words holds no container the
cyclic garbage collector tracks (it stops tracking such a tuple when it first meets it:
the table's words are not read again at each collection)."""

_WORDS_KEPT = 200_000
"""Words kept per language between articles (``_Words``)."""


def shown_form(token: str, caps_line: bool) -> str:
    """A matched word as reported: case-folded, except acronyms in normal lines."""
    if not caps_line and len(token) > 1 and token.isupper():
        return token
    return token.casefold()


Word = tuple[str, str, bool, bool, tuple[tuple[int, float, bool], ...] | None, frozenset[str] | tuple[()], str,
             tuple[tuple[int, float], ...]]
"""What the matcher needs of a word (``_Words``): its folded form and stem; whether a term
may start at it in a line in capitals (its stem starts a term, or it holds a compound head)
and in another line (or it is an acronym term); ``plain``: the ``(entry, weight, generic)``
of the one-word terms of its stem (maybe none; ``generic``: a generic term of the entry)
when the word is no acronym term and no lower-case-only guard bears on it, else ``None``
(``topic_match._Matcher._at`` reads it term by term); the second stems of the terms of two
words or more that its stem starts (a longer term starts at the word only when the next
word's stem is one of these; ``()``: none); the word as reported outside lines in capitals
(``shown_form``); and in German the ``(entry, weight)`` of the compound head it holds
(``topic_lexicon.compound_heads``; else ``()``), which ``topic_match._Matcher._at`` reads
when no other term matches there."""


class _Words(dict[str, Word]):
    """One language's ``Word`` of each word met (keyed as written): found on first look-up
    and kept between articles while there is room (``_WORDS_KEPT``)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.idx = index(lang)
        self.groups = groups(lang)
        self.stem = STEMMERS[lang]
        self.phrases = self.idx.phrases
        self.acronyms = self.idx.acronyms

    def __missing__(self, word: str) -> Word:
        # (most words are ASCII and shorter than ``_MAX_TOKEN``: then the folded form is the
        # case-folded word, and the word as reported outside lines in capitals too)
        token = word if len(word) <= _MAX_TOKEN else word[:_MAX_TOKEN]
        whole_ascii = token is word and word.isascii()
        folded = token.casefold() if whole_ascii or token.isascii() else fold_word(token)
        stemmed = self.stem(folded)
        if stemmed in self.phrases or word in self.acronyms:
            found = self._starting(word, folded, stemmed, ())
        else:  # most words: no term starts at them
            shown = word if len(word) > 1 and word.isupper() else folded if whole_ascii else word.casefold()
            found = (folded, stemmed, False, False, (), _NO_SECONDS, shown, ())  # (``shown``: ``shown_form``'s)
        if len(self) < _WORDS_KEPT:
            self[word] = found
        return found

    def _starting(self, word: str, folded: str, stemmed: str, heads: tuple[tuple[int, float], ...]) -> Word:
        """The ``Word`` of ``word`` (folded ``folded``, stem ``stemmed``, compound heads
        ``heads``), where a term may start."""
        idx = self.idx
        groups = self.groups[stemmed]
        single = groups[-1][1].get((stemmed,), ()) if groups and groups[-1][0] == 1 else ()
        plain = None
        acronym = word in self.acronyms
        if not acronym:
            for _, _, lower in single:
                if lower == "*" or lower == folded:  # a lower-case-only guard bears on the word
                    break
            else:
                generic = idx.generic
                plain = tuple([(entry, weight, (entry, stemmed) in generic) for entry, weight, _ in single])
        starts = bool(groups) or bool(heads)  # (``groups``: the stem's terms, ``()`` for none)
        seconds = frozenset([stems[1] for n, table in groups if n > 1 for stems in table]) or _NO_SECONDS
        return (folded, stemmed, starts, starts or acronym, plain, seconds, shown_form(word, False), heads)


class _CompoundWords(_Words):
    """``_Words`` of a language with compound heads (German): a word may also hold one."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.openings = head_openings(self.idx)

    def __missing__(self, word: str) -> Word:
        found = super().__missing__(word)
        heads = tuple(compound_heads(found[0], self.idx, self.stem, self.openings))
        if heads:
            found = self._starting(word, found[0], found[1], heads)
            if word in self:
                self[word] = found
        return found


@cache
def word_table(lang: str) -> _Words:
    """``lang``'s ``_Words`` (``_CompoundWords`` when its index has compound heads), kept for the process."""
    return _CompoundWords(lang) if index(lang).heads else _Words(lang)

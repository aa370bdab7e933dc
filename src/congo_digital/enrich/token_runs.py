"""What a run of non-space characters (``str.split``) is made of: its tokens, each as a
``Part`` tuple, found once per process and kept in ``RUNS`` (``run_info``); the tokenizer
of ``enrich.tokens`` and ``enrich.doc`` builds the ``Token`` objects from them.

A run is split by a single linear regular expression (no nested quantifiers over the same
characters), so hostile inputs (1 MB lines, long runs of capitalised words) stay linear; a
run of letters, and a word or number between common marks, needs none.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from congo_digital.enrich.word_lists import lists

# Acronyms with dots (U.S., S.A.), words (letters first; inner hyphens/apostrophes when a
# word character follows), numbers, or any other single non-space character.  A word is
# written as runs of word characters joined by single marks, not as a repeated choice of a
# word character or a mark followed by one: the same matches, and each run is one
# single-character repeat of the regex engine (the choice costs a step per character).
# Possessive repeats: what follows one never starts as it does, so none gives back.
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}+|[^\W\d_]\w*+(?:[-\u2010\u2011'\u2019]\w++)*+|\d++|\S")
# A token holds no white space and every other character is in one: the tokens are those of
# each run of non-space characters (``str.split``) apart, and a run of letters alone
# (``str.isalpha``) is one word, with no match of the regular expression (which costs more).
_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2011": "-", "\u2010": "-"})
# Marks that often stand before or after a word in a run ("(BBC)", "said,", "\u201cYes.\u201d"):
# none is a word character (``\w``: ``str.isalnum`` or "_"), so ``_TOKEN_RE`` matches each
# alone and joins none to the word it touches (a mark joins only before a word character).
_EDGES = ".,;:!?\"'()[]{}\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026/%$\u00a3\u20ac*-"


def _has_apos(text: str) -> bool:
    """Whether ``text`` holds a character ``_APOS`` changes (five ``in`` tests cost a
    tenth of what ``str.translate`` with a dict costs on a text beyond ASCII: about 200 ns
    a character)."""
    return "\u2019" in text or "\u2018" in text or "\u02bc" in text or "\u2011" in text or "\u2010" in text


def norm(text: str) -> str:
    """Return ``text`` NFC-normalised, casefolded, with typographic apostrophes unified."""
    text = unicodedata.normalize("NFC", text)
    return (text.translate(_APOS) if _has_apos(text) else text).casefold()


_MARKS = {c: norm(c) for c in _EDGES if c != "."}
"""The marks of ``_EDGES`` and their normal forms ("\u2019" -> "'"): as a token of its own, one is
no word and joins no other (a full stop may join the word before it: not here)."""


@cache
def _elisions() -> frozenset[str]:
    """``cues.json`` ``elisions``: the lower-case words an apostrophe joins to the next
    word that are tokens of their own ("d'Ivoire", "l'OMS", "dell'Eni", "un'altra")."""
    return frozenset(lists(norm)["elisions"])


@cache
def _abbreviations() -> frozenset[str]:
    """``cues.json`` ``abbreviations``: the words whose full stop joins them ("Dr.",
    "Mme.", "Dott.") and ends no sentence."""
    return frozenset(lists(norm)["abbreviations"])


def _stop_joins(low: str, size: int, cap: bool) -> bool:
    """A full stop right after the word whose normal form is ``low`` (``size`` characters,
    capitalised or not: ``cap``) joins it: an abbreviation ("Dr.", ``_abbreviations``) or
    an initial ("J.")."""
    return low in _abbreviations() or size == 1 and cap


def plain_marks(text: str) -> str:
    """Return ``text`` with typographic apostrophes (U+2018, U+2019, U+02BC) and hyphens
    (U+2010, U+2011) as their ASCII forms, character for character (the same length, so
    offsets into it are offsets into ``text``): "l’Assemblée" -> "l'Assemblée"."""
    return text.translate(_APOS) if _has_apos(text) else text


_RUNS_KEPT = 100_000
"""Runs whose tokens are kept between texts (``run_info``)."""

Part = tuple[str, int, int, str, bool, bool, bool]
"""One token of a run: ``(text, start, end, norm, is_word, cap, upper)``, offsets in the run."""
RunInfo = tuple[str, int, bool, bool, "tuple[Part, ...] | None"]
"""What a run of non-space characters is made of (``run_info``): a plain word's
``(norm, length, cap, upper, None)`` (a word: ``tokens.Token.is_word``), else
``("", 0, False, False, parts)``."""

RUNS: dict[str, RunInfo] = {}


def _part(text: str, s: int, e: int, low: str) -> Part:
    """The ``Part`` of a token ``text`` at ``[s, e)`` in its run, of normal form ``low``,
    with the flags of ``tokens.Token``: ``is_word`` (its first character a letter), ``cap`` (a
    capital) and ``upper`` (a capital first, and every letter a capital, two or more)."""
    first = text[:1]
    cap = first.isupper()
    upper = False
    if cap:
        if text.isascii():  # its letters are its cased characters: one test of str's
            upper = text.isupper() and sum(c.isalpha() for c in text) >= 2
        else:
            letters = [c for c in text if c.isalpha()]
            upper = len(letters) >= 2 and all(c.isupper() for c in letters)
    return (text, s, e, low, first.isalpha(), cap, upper)


def _pieces(run: str) -> list[str]:
    """What ``_TOKEN_RE`` finds in ``run`` (a run of non-space characters): a word or a
    number between marks of ``_EDGES`` (none a word character, so each is a match of its
    own and none joins the word) is read with ``str.strip``, the rest by the expression."""
    core = run.strip(_EDGES)
    if core and (core.isalpha() or core.isdecimal()):
        a = run.index(core)
        return [*run[:a], core, *run[a + len(core):]]
    return _TOKEN_RE.findall(run)


def _split_run(run: str) -> list[Part]:
    """The tokens of ``run`` (a run of non-space characters, offsets from 0), each as a
    ``Part``: an elision (French, Italian) and a trailing possessive are tokens of their own, and a
    full stop after an abbreviation or an initial joins the token before it."""
    out: list[Part] = []
    append = out.append
    s = 0
    for word in (run,) if run.isalpha() else _pieces(run):
        e = s + len(word)
        mark = _MARKS.get(word)
        if mark is not None:  # a mark of its own: no letter, and never joined
            append((word, s, e, mark, False, False, False))
            s = e
            continue
        low = word.casefold() if word.isascii() else norm(word)  # NFC and the apostrophes: ASCII as it is
        if "'" in low:
            # An elision (French, Italian): lower-case prefix + apostrophe + word.
            head, _, rest = low.partition("'")
            if rest and (head in _elisions() and word[:1].islower() or head in ("l", "qu")):
                cut = len(head) + 1
                append(_part(word[:cut], s, s + cut, low[:cut]))
                word, s, low = word[cut:], s + cut, low[cut:]
            if len(word) > 2 and low.endswith("'s") and word[:1].isalpha():
                append(_part(word[:-2], s, e - 2, low[:-2]))
                append(_part(word[-2:], e - 2, e, "'s"))
            else:
                append(_part(word, s, e, low))
        else:
            prev = out[-1] if word == "." and out else None
            if prev is not None and prev[2] == s and prev[4] and (
                    _stop_joins(prev[3], len(prev[0]), prev[5])):
                out[-1] = _part(prev[0] + ".", prev[1], e, prev[3] + ".")
            else:
                append(_part(word, s, e, low))
        s = e
    return out


def _plain(run: str) -> RunInfo | None:
    """A plain word's ``run_info`` (``run`` letters only), or ``None`` when its normal form
    holds an apostrophe (a letter may be one: U+02BC)."""
    low = run.casefold() if run.isascii() else norm(run)  # NFC and the apostrophes: ASCII as it is
    if "'" in low:
        return None
    # ``Token``'s flags of a text of letters only: every character a letter
    cap = run[0].isupper()
    upper = cap and len(run) >= 2 and (run.isupper() if run.isascii() else all(c.isupper() for c in run))
    return (low, len(run), cap, upper, None)


def _edged(run: str) -> tuple[Part, ...] | None:
    """``_split_run(run)`` for a run that is a plain word (``_plain``) or a number between
    marks of ``_EDGES`` ("said,", "(BBC)", "2024."): each mark a token of its own, the
    word or number one; ``None`` for any other run, and for a word whose full stop joins it
    (an abbreviation or an initial: ``_split_run`` reads those)."""
    core = run.strip(_EDGES)
    if not core:
        return None
    if core.isalpha():
        info = _plain(core)
        if info is None:
            return None
        low, _, cap, upper, _ = info
        is_word = True
    elif core.isdecimal():
        low = core.casefold() if core.isascii() else norm(core)
        is_word = cap = upper = False
    else:
        return None
    a = run.index(core)
    b = a + len(core)
    if is_word and run[b:b + 1] == "." and _stop_joins(low, b - a, cap):
        return None
    mark = _MARKS.get
    word = (core, a, b, low, is_word, cap, upper)
    if a == 0 and b == len(run) - 1:  # one mark after (most such runs)
        c = run[b]
        return (word, (c, b, b + 1, mark(c, c), False, False, False))
    out: list[Part] = []
    for i in range(a):
        c = run[i]
        out.append((c, i, i + 1, mark(c, c), False, False, False))
    out.append(word)
    for i in range(b, len(run)):
        c = run[i]
        out.append((c, i, i + 1, mark(c, c), False, False, False))
    return tuple(out)


def _ascii_pair(run: str) -> tuple[Part, Part] | None:
    """``_split_run(run)`` for the two commonest runs that are no plain word, read without
    ``str.strip`` or the expression: a word of ASCII letters then one mark of ``_EDGES``
    ("said,", "year.", "Reuters)": as ``_edged`` reads it), or then a possessive "'s" or
    "\u2019s" ("China's": as ``_split_run`` reads it).  ``None`` for any other run, for a
    word whose full stop joins it (an abbreviation or an initial) and for an elision
    before "'s" ("l's", "qu's": ``_split_run`` reads those)."""
    c = run[-1]
    word = run[:-1]
    if word.isalpha() and word.isascii():
        mark = "." if c == "." else _MARKS.get(c)
        if mark is None:
            return None
    elif c == "s" and run[-2:-1] in ("'", "\u2019") and (word := run[:-2]).isalpha() and word.isascii():
        mark = ""
    else:
        return None
    low = word.casefold()
    cap = word[0].isupper()
    b = len(word)
    if mark == "." and _stop_joins(low, b, cap) or not mark and low in _elisions():
        return None
    head = (word, 0, b, low, True, cap, cap and b >= 2 and word.isupper())
    return (head, (c, b, b + 1, mark, False, False, False)) if mark else (
        head, (run[b:], b, b + 2, "'s", False, False, False))


def run_info(run: str) -> RunInfo:
    """What the run of non-space characters ``run`` is made of: for a plain word (letters
    only, no apostrophe in its normal form: most runs) ``(norm, length, cap, upper,
    None)`` (its flags as ``tokens.Token`` has them; its length in characters), else
    ``("", 0, False, False, parts)`` with each of its tokens' ``Part`` (``_split_run``; a
    word then a mark or a possessive read at once: ``_ascii_pair``; a word or a number
    between marks: ``_edged``).  A run's tokens depend on it alone (a full stop
    joins a token of its own run only), so they are found once per run and kept in
    ``RUNS`` while it has room; ``tokens.tokenize`` and ``enrich.doc.make_doc`` build the tokens
    from them."""
    info: RunInfo | None = None
    if run.isalpha():  # (``_plain``, written out: most runs)
        low = run.casefold() if run.isascii() else norm(run)
        if "'" not in low:
            cap = run[0].isupper()
            upper = cap and len(run) >= 2 and (run.isupper() if run.isascii() else all(c.isupper() for c in run))
            # a word already in its normal form (most are) is its own norm: the key of
            # ``RUNS``, whose memory the lookup has just read, not a copy elsewhere
            info = (run if low == run else low, len(run), cap, upper, None)
        else:
            info = ("", 0, False, False, tuple(_split_run(run)))
    else:
        parts = _ascii_pair(run) or _edged(run)
        info = ("", 0, False, False, parts if parts is not None else tuple(_split_run(run)))
    if len(RUNS) < _RUNS_KEPT:
        RUNS[run] = info
    return info

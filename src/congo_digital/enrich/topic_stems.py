"""Words and light stemmers of the topic matcher (en, fr, es, pt, de).

Words are runs of letters and digits (``WORD_RE``), compared case-folded and without
accents (``tokens.fold``); each language's stemmer strips plural and inflection endings so
that "elections" meets "election" and "numériques" meets "numérique".  The rules are this
project's (no stemming library): short and conservative, a word of three letters or
fewer (four in German) is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

WORD_RE = re.compile(r"[^\W_]+")
"""A word of the topic matcher: a run of letters and digits."""

_GAPS = "".join(c if c.isalnum() else " " for c in map(chr, range(128)))
"""Every ASCII character that is not a letter or a digit, to a space (``ascii_words``): a
table of 128 characters indexed by code point.  ``str.translate`` asks its table once per
distinct character of each text; a string answers every one, where a dictionary of the
gaps alone raised (and cleared) a ``KeyError`` for each letter and digit: some 40% fewer
instructions."""


def ascii_words(text: str) -> list[str]:
    """``WORD_RE.findall(text)`` for an ASCII ``text`` (the same list: the runs of
    ``[0-9A-Za-z]``): its other characters made spaces (``_GAPS``), then split on them.  ``str.translate``
    reads an ASCII text through a table of 128 answers and ``split`` scans it in C: some
    five times fewer instructions than the regular expression's search at every word."""
    return text.translate(_GAPS).split()


def _stem_en(w: str) -> str:
    """English: plural "-s", "-ies" -> "-y", "-es" after a sibilant."""
    if len(w) <= 3 or w[-1] != "s":  # (every ending below ends in "s")
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("s"):
        return w[:-1]
    return w


def _stem_fr(w: str) -> str:
    """French: plural "-s"/"-x" ("-aux" -> "-al"), feminine or mute final "e", "-nn"."""
    if len(w) <= 3:
        return w
    if w.endswith("aux") and len(w) > 4:
        w = w[:-3] + "al"
    elif w.endswith(("s", "x")) and not w.endswith("ss"):
        w = w[:-1]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if w.endswith("nn"):
        w = w[:-1]
    return w


def _drop_gender(w: str) -> str:
    """Spanish/Portuguese gender: a final "-a"/"-o" of a word of five letters or more."""
    if w.endswith(("a", "o")) and len(w) > 4:
        w = w[:-1]
    return w


def _drop_plural_and_gender(w: str, consonants: str) -> str:
    """Spanish/Portuguese plural "-es" after one of ``consonants`` (words of five letters
    or more), else "-s"; then the gender ending."""
    if w.endswith("es") and len(w) > 4 and w[-3] in consonants:
        w = w[:-2]
    elif w.endswith("s"):
        w = w[:-1]
    return _drop_gender(w)


def _stem_es(w: str) -> str:
    """Spanish: plural "-s"/"-es" ("-ciones" -> "-cion"), then gender "-a"/"-o"."""
    if len(w) <= 3:
        return w
    if w.endswith("ciones"):
        return _drop_gender(w[:-2])
    return _drop_plural_and_gender(w, "lnrdzj")


_PT_PLURALS = {"oes": "ao", "aes": "ao", "ais": "al", "eis": "el"}


def _stem_pt(w: str) -> str:
    """Portuguese: plurals ("-ões"/"-ães" -> "-ão" folded, "-ais" -> "-al", "-ns" ->
    "-m", "-es", "-s"), then gender "-a"/"-o"."""
    if len(w) <= 3:
        return w
    end = w[-3:]
    if end in ("oes", "aes") or end in ("ais", "eis") and len(w) > 4:
        return _drop_gender(w[:-3] + _PT_PLURALS[end])
    if w.endswith("ns"):
        return _drop_gender(w[:-2] + "m")
    return _drop_plural_and_gender(w, "lnrz")


_DE_ENDINGS = ("ungen", "innen", "ern", "em", "en", "er", "es", "e", "n", "s")
"""German's endings, tried in this order (``_stem_de``)."""

_DE_BY_LAST = {last: tuple(e for e in _DE_ENDINGS if e[-1] == last) for last in "nmrse"}
"""``_DE_ENDINGS`` by their last letter, each group in the same order."""


def _stem_de(w: str) -> str:
    """German: the first of the usual endings (``_DE_ENDINGS``) that leaves four letters
    ("-ungen" -> "-ung"); only the endings of the word's last letter are tried.  The stem
    is the word or a beginning of it (``topic_lexicon.compound_heads`` counts on it)."""
    if len(w) <= 4:
        return w
    for suffix in _DE_BY_LAST.get(w[-1], ()):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: len(w) - len(suffix)] + ("ung" if suffix == "ungen" else "")
    return w


STEMMERS: dict[str, Callable[[str], str]] = {
    "en": _stem_en, "fr": _stem_fr, "es": _stem_es, "pt": _stem_pt, "de": _stem_de,
}
"""The stemmer of each language the lexicon covers."""

"""Case-free patterns over a word list, for class names, ids and labels of a page.

A page asks a few such patterns about each of its elements (is this class a byline's, a
sidebar's, the article's body?), and Python's ``re`` matches a long alternation of words
with ``re.IGNORECASE`` some four times slower than without it.  ``WordPattern`` keeps both
forms of one pattern: for a text of ASCII characters only (nearly every class name) the
text is lowercased and matched by the pattern of the lowercased words without the flag,
which gives the same answer (an ASCII letter matches, case aside, only its two ASCII
forms; a word with a character that matches an ASCII letter case aside, as the Kelvin sign
"K" does "k", turns the shortcut off for that pattern); any other text is matched by the
pattern with ``re.IGNORECASE``, as before.  The patterns answer yes or no only.
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.vocab import entry

_ASCII = [chr(i) for i in range(128)]


def _ascii_safe(words: list[str]) -> bool:
    """True when no non-ASCII character of ``words`` matches an ASCII one case aside."""
    odd = {ch for w in words for ch in w if not ch.isascii()}
    return not any(re.fullmatch(re.escape(ch), a, re.I) for ch in odd for a in _ASCII)


class WordPattern:
    r"""``template`` (a regular expression whose ``WORDS`` stands for the alternation of
    ``words``, escaped; any letter of the template itself lowercase) matched case-free;
    ``search`` and ``match`` answer ``True`` or ``False`` as ``re``'s would with
    ``re.IGNORECASE``.  ``slash``, when given, is what a "/" of a word becomes in the
    pattern (``r"\s?/\s?"``: "Autorin / Autor")."""

    def __init__(self, words: list[str], template: str = "WORDS", slash: str | None = None) -> None:
        ordered = sorted(set(words))

        def alternation(some: list[str]) -> str:
            escaped = (re.escape(w) for w in some)
            return "|".join(e.replace("/", slash) for e in escaped) if slash else "|".join(escaped)

        self.spaceless = not any(ch.isspace() or (slash and ch == "/") for w in ordered for ch in w)
        """No word holds (or, by ``slash``, may match) white space: a match in a text lies
        inside one of its tokens."""
        self._any = re.compile(template.replace("WORDS", alternation(ordered)), re.I)
        self._ascii = None
        if _ascii_safe(ordered):
            lowered = sorted({w.lower() for w in ordered})
            self._ascii = re.compile(template.replace("WORDS", alternation(lowered)))
        self._first: re.Pattern[str] | None = None  # the words' first characters, for ``match``
        self._opens: dict[str, bool] = {}  # character -> does the pattern's match start so?
        if template.startswith("^(?:WORDS)") and ordered and all(w[:1].isalnum() for w in ordered):
            self._first = re.compile("|".join(sorted({re.escape(w[0]) for w in ordered})), re.I)

    def search(self, text: str) -> bool:
        """Does the pattern match anywhere in ``text``?"""
        if self._ascii is not None and text.isascii():
            return self._ascii.search(text.lower()) is not None
        return self._any.search(text) is not None

    def match(self, text: str) -> bool:
        """Does the pattern match at the start of ``text``?  (A pattern that starts with its
        words first asks whether ``text``'s first character starts one, case aside: most
        texts are told no there, once for each character.)"""
        if self._first is not None:
            opens = self._opens.get(text[:1])
            if opens is None:
                opens = self._first.match(text[:1]) is not None
                if len(self._opens) < 5000:
                    self._opens[text[:1]] = opens
            if not opens:
                return False
        if self._ascii is not None and text.isascii():
            return self._ascii.match(text.lower()) is not None
        return self._any.match(text) is not None


@cache
def class_words(*keys: str, name_after: bool = False) -> WordPattern:
    """A class/id word of the list ``key`` (of any of the lists ``keys``) as a whole token
    part ("entry-date", "byline_x"); ``name_after`` also takes a word glued to "name"
    ("authorname")."""
    after = r"(?:$|[\s_-]|name)" if name_after else r"(?:$|[\s_-])"
    return WordPattern([w for key in keys for w in entry(key)], rf"(?:^|[\s_-])(?:WORDS){after}")


@cache
def class_parts(key: str) -> WordPattern:
    """Any word of the list ``key`` anywhere in a class/id ("sidebar-wrapper" holds "wrap")."""
    return WordPattern(entry(key))


def class_matches(pattern: WordPattern, attrs: str) -> bool:
    """True when one class/id token of ``attrs`` matches ``pattern`` and is not a layout
    wrapper's (a token holding one of ``layout_wrapper_parts``: "sidebar-wrapper")."""
    if pattern.spaceless and not pattern.search(attrs):
        return False  # no token can match: the whole text is asked once
    wrapper = class_parts("layout_wrapper_parts")
    return any(pattern.search(tok) and not wrapper.search(tok) for tok in attrs.split())

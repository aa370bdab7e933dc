"""Case-free patterns over a word list, for class names, ids and labels of a page.

A page asks a few such patterns about each of its elements (is this class a byline's, a
sidebar's, the article's body?), and Python's ``re`` matches a long alternation of words
with ``re.IGNORECASE`` some four times slower than without it.  ``WordPattern`` keeps both
forms of one pattern: for a text of ASCII characters only (nearly every class name) the
text is lowercased and matched by the pattern of the lowercased words without the flag,
which gives the same answer (an ASCII letter matches, case aside, only its two ASCII
forms; a word's character that is not ASCII matches, case aside, at most a few ASCII ones,
as the Turkish dotless "ı" does "I" and "i" and the Kelvin sign "K" does "k": in that pattern
it stands for them, lowercased); any other text is matched by the pattern with
``re.IGNORECASE``, as before.  The patterns answer yes or no only.
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.vocab import entry

KEPT_ANSWERS = 50_000
"""How many answers of one kind on class names (or the texts' first characters) are kept
across pages: a site's pages repeat them."""

_ASCII = "".join(chr(i) for i in range(128))
"""The 128 ASCII characters."""


def _ascii_folds(words: list[str]) -> dict[str, str]:
    """For each non-ASCII character of ``words``: the lowercase ASCII characters it matches
    case aside (``re.IGNORECASE``: the Turkish dotless "ı" matches "I" and "i", the Kelvin
    sign "K" "k"); most match none ("").  A character's pattern matches one character at a
    time, so ``findall`` over the 128 ASCII characters finds those it matches, in one call
    (not one ``fullmatch`` for each: 19,000 calls for a page's first word lists)."""
    odd = {ch for w in words for ch in w if not ch.isascii()}
    return {ch: "".join(sorted({a.lower() for a in re.findall(re.escape(ch), _ASCII, re.I)})) for ch in odd}


def _alternation(words: list[tuple[str, ...]]) -> str:
    """A regular expression matching exactly the ``words``, each given as its pieces (a
    character's pattern each), written as a tree of their common beginnings
    ("ad(?:s|vert)" for "ads" and "advert"): ``re`` tries an alternation's branches one
    after the other, and the words that share no first piece are then tried once each at
    a place instead of all of them (a third faster on class names).  The words matched
    are those of the plain alternation "ads|advert", so a pattern's yes or no is the same."""
    root: dict[str | None, dict] = {}
    for word in words:
        node = root
        for piece in word:
            node = node.setdefault(piece, {})
        node[None] = {}  # a word ends here

    def written(node: dict[str | None, dict]) -> str:
        branches = [piece + written(rest) for piece, rest in sorted((k, v) for k, v in node.items() if k is not None)]
        if None in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(root) if words else ""


class WordPattern:
    r"""``template`` (a regular expression whose ``WORDS`` stands for the alternation of
    ``words``, escaped; any letter of the template itself lowercase) matched case-free;
    ``search`` and ``match`` answer ``True`` or ``False`` as ``re``'s would with
    ``re.IGNORECASE``.  ``slash``, when given, is what a "/" of a word becomes in the
    pattern (``r"\s?/\s?"``: "Autorin / Autor")."""

    def __init__(self, words: list[str], template: str = "WORDS", slash: str | None = None) -> None:
        ordered = sorted(set(words))

        def piece(ch: str) -> str:
            return slash if slash and ch == "/" else re.escape(ch)

        self.spaceless = not any(ch.isspace() or (slash and ch == "/") for w in ordered for ch in w)
        """No word holds (or, by ``slash``, may match) white space: a match in a text lies
        inside one of its tokens."""
        self._any = re.compile(template.replace("WORDS", _alternation([tuple(map(piece, w)) for w in ordered])), re.I)
        # Each word as it reads in a lowercased ASCII text: per character, the characters it
        # matches there (none: the word never matches such a text).
        folds = _ascii_folds(ordered)
        forms = {w: tuple(ch.lower() if ch.isascii() else folds[ch] for ch in w) for w in ordered}

        def ascii_piece(ch: str, form: str) -> str:
            if slash and ch == "/":
                return slash
            return re.escape(form) if len(form) == 1 else f"[{re.escape(form)}]" if form else "(?!)"

        alternatives = [tuple(map(ascii_piece, w, forms[w])) for w in ordered]
        self._ascii = re.compile(template.replace("WORDS", _alternation(alternatives)))
        self._first: re.Pattern[str] | None = None  # the words' first characters, for ``match``
        self._opens: dict[str, bool] = {}  # character -> does the pattern's match start so?
        self._pairs: tuple[frozenset[str], frozenset[str]] | None = None
        """The two characters (lowercased) that open a word in an ASCII text, and the single
        ones that do (a word of one character, or whose second is a "/" that ``slash`` widens)."""
        if template.startswith("^(?:WORDS)") and ordered and all(w[:1].isalnum() for w in ordered):
            self._first = re.compile("|".join(sorted({re.escape(w[0]) for w in ordered})), re.I)
            pairs: set[str] = set()
            singles: set[str] = set()
            for w, form in forms.items():
                if len(w) >= 2 and not (slash and w[1] == "/"):
                    pairs.update(a + b for a in form[0] for b in form[1])
                else:
                    singles.update(form[0])
            self._pairs = frozenset(pairs), frozenset(singles)

    def search(self, text: str) -> bool:
        """Does the pattern match anywhere in ``text``?"""
        if text.isascii():
            return self._ascii.search(text.lower()) is not None
        return self._any.search(text) is not None

    def may_open(self, text: str) -> bool:
        """``False`` when ``match`` is ``False`` for every text whose first two characters
        are those of ``text`` (a pattern that starts with its words: no word starts with
        ``text``'s first character, case aside, or its first two characters, when ASCII,
        open no word as an ASCII text reads it); else ``True``.  Reads ``text[:2]`` only,
        so a caller may ask it once for each pair of characters."""
        if self._first is not None:
            opens = self._opens.get(text[:1])
            if opens is None:
                opens = self._first.match(text[:1]) is not None
                if len(self._opens) < 5000:
                    self._opens[text[:1]] = opens
            if not opens:
                return False
            pair = text[:2]
            if self._pairs is not None and pair.isascii():
                pair = pair.lower()
                if pair not in self._pairs[0] and pair[:1] not in self._pairs[1]:
                    return False
        return True

    def match(self, text: str) -> bool:
        """Does the pattern match at the start of ``text``?  (A pattern that starts with its
        words first asks whether ``text``'s first character starts one, case aside: most
        texts are told no there, once for each character; then, when its first two
        characters are ASCII, whether they open a word as an ASCII text reads it: a word
        matches there only with its first two characters, lowercased, in either of the
        pattern's forms: ``may_open``.)"""
        if not self.may_open(text):
            return False
        if text.isascii():
            return self._ascii.match(text.lower()) is not None
        return self._any.match(text) is not None


class SeparatedWords(WordPattern):
    r"""A ``WordPattern`` whose words must follow a separator (white space, "_" or "-") or
    open the text: ``search(text)`` answers as ``(?:^|[\s_-])(?:WORDS)…`` would on
    ``text``, by matching the ``template`` (which must open with ``[\s_-]``) on ``" " +
    text``, the same matches (the space stands for the text's start).  A pattern that opens
    with a character set lets ``re`` skip to the next separator in C, instead of trying
    the words' alternation at every character (a class name's analysis, the first time a
    page shows it, then costs some 40% less)."""

    def search(self, text: str) -> bool:
        """Does the pattern match anywhere in ``" " + text``?"""
        text = " " + text
        if text.isascii():
            return self._ascii.search(text.lower()) is not None
        return self._any.search(text) is not None


@cache
def class_words(*keys: str, name_after: bool = False) -> WordPattern:
    """A class/id word of the list ``key`` (of any of the lists ``keys``) as a whole token
    part ("entry-date", "byline_x"); ``name_after`` also takes a word glued to "name"
    ("authorname").  (A ``SeparatedWords``.)"""
    after = r"(?:$|[\s_-]|name)" if name_after else r"(?:$|[\s_-])"
    return SeparatedWords([w for key in keys for w in entry(key)], rf"[\s_-](?:WORDS){after}")


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

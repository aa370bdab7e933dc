"""Boilerplate lines that the enrichment passes still skip in a body.

The layout stage hands over a body without bylines, credits, sharing bars and link lists
when it recognises them, but some stay: on the shared corpora bodies still hold "Image
Credits: ..." and copyright lines, "Read more" and "Related" blocks, "Share"/"Subscribe"
lines, menus and headlines, and raw texts (the ``bench/eval_*.py`` scripts, direct callers
of ``find_parties``/``classify``) hold all of them.  Dropping any of the rules below
changes parties or topics on the corpora, so the passes keep them:

* ``related_line``: a line opening a list of other stories ("Read more", "Lire aussi");
  the topics pass skips the rest of its paragraph when the line is short or ends with ":",
  the parties pass always;
* ``sharing_line``: "Share", "Tags", "Subscribe", "Advertisement" lines (both passes;
  the parties pass also skips the rest of the paragraph);
* ``notice_line``: other page notices ("Follow us", "Powered by", "All rights
  reserved"; topics pass only);
* ``credit_line``: bylines and credits ("By", "Reporting by", "Edited by", "Image",
  "Copyright"; topics pass only: the parties pass does not need it on the corpora);
* ``furniture_line``: a line holding a phrase of the page's furniture anywhere (a cookie
  notice, a subscription offer, a comment form, "Click to share", "Try refreshing your
  browser"; topics pass only: their words are the web's and raise no technology topic);
* ``menu_line``: three or more short capitalised items separated by wide gaps, bars or
  bullets (topics pass);
* ``caps_line`` and ``headline_like``: ALL-CAPS lines and Title Case lines without final
  punctuation (parties pass).

A marker matches at the start of the line, case and accents ignored, as a whole word or
phrase (a regular-expression word boundary follows it).  Words: ``data/bylines.json``
``byline_prefixes``, ``credit_authors`` and ``credit_editors`` (the byline reader's
lists) for credits, and ``data/cues.json`` ``related_markers``, ``sharing_markers``,
``notice_markers`` and ``credit_markers`` (picture and copyright credits), and
``furniture_phrases`` (``furniture_line``).
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.enrich.folds import folded
from congo_digital.enrich.tokens import fold, norm
from congo_digital.enrich.word_lists import lists
from congo_digital.vocab import load_json, phrase_set

_MENU_SPLIT = re.compile(r" {2,}|\t|\s[|·•]\s")
_MARKER_KEYS = {"related": "related_markers", "sharing": "sharing_markers", "notice": "notice_markers",
                "credit": "credit_markers", "furniture": "furniture_phrases"}


@cache
def markers(kind: str) -> frozenset[str]:
    """The folded phrases of one kind of boilerplate line: ``"related"``, ``"sharing"``,
    ``"notice"`` (``cues.json`` ``<kind>_markers``), ``"furniture"`` (``cues.json``
    ``furniture_phrases``) or ``"credit"`` (``bylines.json`` byline and credit labels plus
    ``cues.json`` ``credit_markers``).  Raises ``KeyError`` for another kind."""
    words = set(lists(norm).get(_MARKER_KEYS[kind]) or load_json("cues.json")[_MARKER_KEYS[kind]])
    if kind == "credit":
        words |= phrase_set("byline_prefixes") | phrase_set("credit_authors")
        words |= phrase_set("credit_editors")
    return frozenset(fold(w) for w in words)


@cache
def _marker_re(kind: str) -> tuple[re.Pattern[str], int, int, frozenset[str]]:
    """A pattern matching the ``kind`` phrases at the start of a folded line, the longest
    phrase's length, the shortest one's (``n``) and the phrases' first ``n`` characters: a
    line the pattern matches starts with one of them."""
    words = sorted(markers(kind), key=lambda w: (-len(w), w))  # one text in every process: the regex cache keeps it
    shortest = len(words[-1])
    pattern = re.compile("(?:" + "|".join(map(re.escape, words)) + r")\b")
    return pattern, len(words[0]), shortest, frozenset(w[:shortest] for w in words)


def opens_with(line: str, kind: str) -> bool:
    """True when ``line`` (stripped) starts with a ``kind`` marker (see ``markers``) as a
    whole word or phrase, case and accents ignored.  Reads only the start of a long line."""
    pattern, longest, shortest, starts = _marker_re(kind)
    head = line[: longest + 1]  # a phrase and the character after it
    if head.isascii():
        head = head.casefold()
    else:
        head = folded(line[: 4 * longest])
        if len(head) <= longest < len(line):  # decomposed accents shrank the head
            head = folded(line)
    # (most lines start as no phrase does, and the pattern tries each phrase in turn)
    return head[:shortest] in starts and pattern.match(head) is not None


def related_line(line: str) -> bool:
    """A line opening a list of links to other stories ("Read more", "Lire aussi")."""
    return opens_with(line, "related")


def sharing_line(line: str) -> bool:
    """A sharing, tag, subscription or advertisement line ("Share this", "Tags:")."""
    return opens_with(line, "sharing")


def notice_line(line: str) -> bool:
    """Another page notice ("Follow us", "Powered by", "All rights reserved")."""
    return opens_with(line, "notice")


def credit_line(line: str) -> bool:
    """A byline or credit line ("By A", "Reporting by A", "Image Credits: X", "Copyright")."""
    return opens_with(line, "credit")


@cache
def _furniture_re() -> re.Pattern[str]:
    """A pattern finding one of ``cues.json`` ``furniture_phrases`` (folded: ``markers``) as whole words."""
    words = sorted(markers("furniture"), key=lambda w: (-len(w), w))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


@cache
def _furniture_phrases() -> tuple[str, ...]:
    """``markers("furniture")`` in order (``furniture_line``'s second test)."""
    return tuple(sorted(markers("furniture")))


_ANCHOR_MIN = 5
"""The fewest characters of a word ``_furniture_anchors`` takes (a short one is in most lines)."""


@cache
def _furniture_anchors() -> tuple[str, ...]:
    """Words of the furniture phrases (of ``_ANCHOR_MIN`` characters or more, else the whole
    phrase) such that each phrase holds one of them: a line that holds none holds no phrase
    (``furniture_line``'s first test).  Chosen greedily, the word held by most phrases not
    yet covered first (ties: the longer word, then the first in order): some thirty
    searches a line where there are fifty phrases."""
    phrases = _furniture_phrases()
    words = sorted({w for p in phrases for w in re.findall(r"[^\W_]+", p) if len(w) >= _ANCHOR_MIN} | {
        p for p in phrases if not any(len(w) >= _ANCHOR_MIN for w in re.findall(r"[^\W_]+", p))})
    left = set(phrases)
    anchors: list[str] = []
    while left:
        best = max(words, key=lambda w: (sum(w in p for p in left), len(w)))
        anchors.append(best)
        left = {p for p in left if best not in p}
    return tuple(anchors)


def furniture_line(line: str) -> bool:
    """A line of the page's furniture: it holds a ``furniture_phrases`` phrase anywhere
    ("This website uses cookies ...", "• Click to share on X (Opens in new window)"), case
    and accents ignored.  The pattern (whole words) is run only on a line that holds one
    of the phrases at all, and the phrases are looked for only in a line that holds one of
    their words (``_furniture_anchors``): most lines hold none, and a substring search per
    word costs a tenth of the pattern's try at every word.  The line is folded a character
    at a time (``folds.folded``)."""
    text = folded(line)
    return any(map(text.__contains__, _furniture_anchors())) \
        and any(map(text.__contains__, _furniture_phrases())) and _furniture_re().search(text) is not None


def menu_line(line: str) -> bool:
    """Three or more items of at most three words, each capitalised, separated by two
    spaces or more, a tab, or a spaced bar or bullet ("Home  News  Sport")."""
    if not ("  " in line or "\t" in line or "|" in line or "·" in line or "•" in line):
        return False  # none of ``_MENU_SPLIT``'s separators: one item (most lines; five searches, no generator)
    parts = [p for p in _MENU_SPLIT.split(line.strip()) if p]
    if len(parts) < 3:
        return False
    return all(len(p.split()) <= 3 and p[:1].isupper() for p in parts)


def caps_line(line: str) -> bool:
    """A line with letters, none of them lower-case (a headline, label or dateline)."""
    if line.isascii():  # its letters are its cased characters: one test of str's
        return line.isupper()
    letters = False
    for c in line:  # a line of running text ends at its first lower-case letter
        if c.isalpha():
            if c.islower():
                return False
            letters = True
    return letters


def headline_like(line: str) -> bool:
    """A Title Case line without final punctuation (a headline left in the body): at
    most 160 characters, four words of four letters or more, 80 % of them capitalised."""
    if len(line) > 160 or line[-1] in ".!?:\"\u00bb\u201d)":
        return False
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= 0.8

"""Bylines and credit lines: who wrote and who edited an article.

Reads a byline ("By A and B", "By : A", "Par A, critique de cinéma", "Von A", "Written by
A", "Posted on <date> by A": ``parse_byline``) or a credit line ("Reporting by A in
Nairobi and B; Writing by C; Editing by D", "(Reportage de A ; édité par B)":
``parse_credits``) and returns its contributors (``Byline``).  The names of a credit are
split by ``bylines_names.split_names``, the one name splitter of the package; a byline's
prefix or label is cut by ``bylines_names.strip_prefix``.  The words of both (prefixes,
labels, credit labels) live in ``data/bylines.json``; no word list is written in this
module.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from congo_digital.fields.bylines_names import (
    after_inner_by,
    contributors,
    first_words,
    prefixes_and_labels,
    strip_prefix,
)
from congo_digital.fields.bylines_parts import lone_surname, surname_lead
from congo_digital.fields.names import is_generic
from congo_digital.plain import Plain
from congo_digital.read.characters import BIDI_FORMATTING
from congo_digital.record import Contributor
from congo_digital.vocab import entry, phrase_set

_SPLIT_SEMI = re.compile(r"\s*[;|]\s*")


class Byline(Plain):
    """Contributors read from one line: ``authors``, ``editors`` and a filing ``place``."""

    FIELDS = ("authors", "editors", "place")

    def __init__(self, authors: list[Contributor] | None = None, editors: list[Contributor] | None = None,
                 place: str | None = None) -> None:
        self.authors = [] if authors is None else authors
        self.editors = [] if editors is None else editors
        self.place = place


def parse_byline(line: str, *, login: bool = False) -> Byline | None:
    """Read a top byline ("By A and B", "Par : A", "Written by A").

    ``login`` (a credit beside a date, as a blog template prints it) and a "Posted on
    <date> by A" line tolerate a lowercase word in a name, the user name of such templates
    ("by marc", "by Mobasir hassan"), as ``split_names``'s ``metadata`` does.

    An editor credit after the authors ("By A; Editing by B", "By A. Edited by B", "By A -
    Editor: B": ``split_editors``) gives the ``editors``, and the authors are read in the
    part before its label only (the authors of its other chunks, "...; Writing by C",
    follow them).

    Returns ``None`` when ``line`` does not start with a byline prefix or label, or when
    what follows is not a list of names (then it is ordinary text).  A generic desk
    byline returns an empty ``Byline`` (with the editors a credit after it names).
    """
    if not line.isascii():  # a bidirectional mark round a name ("By \u200eA B") is no part of it
        line = line.translate(BIDI_FORMATTING)
    head = line.strip().strip("*_ ")
    if "\uff1a" not in head and _first_word(head) not in _opening_words():
        return None  # (``_credited`` reads no credit where no prefix, label or "posted" label opens the line)
    text = re.sub(r"\s+", " ", head).strip()
    rest, posted = _credited(text)
    if rest is None:
        return None
    text, credit = split_editors(text)
    if credit is not None:  # "By A; Editing by B": the byline is what stands before the label
        rest, posted = _credited(text)
        if rest is None:
            return None
    found = _byline_names(text, rest, posted or login)
    if found is not None and credit is not None:
        found.authors.extend(credit.authors)
        found.editors.extend(credit.editors)
        found.place = found.place or credit.place
    return found


def _first_word(text: str) -> str:
    """The first word of ``text`` (cut at white space) lowercased, without a closing colon;
    ``""`` for a blank text."""
    words = text.split(None, 1)
    return words[0].lower().rstrip(":") if words else ""


@cache
def _opening_words() -> frozenset[str]:
    """The first words of the byline prefixes and labels (``strip_prefix``'s test) and the
    "posted" labels (``byline_posted_labels``): ``_credited`` finds a credit only in a text
    that one of them opens (``_first_word``; its white space collapsed, a text's first word
    is the same)."""
    return first_words(prefixes_and_labels()) | phrase_set("byline_posted_labels")


def _credited(text: str) -> tuple[str | None, bool]:
    """The credit of a byline ``text`` after its prefix or label ("By A" -> "A"), or after
    the "by" word of a "Posted on <date> by A" line (then True: such a template may print a
    lowercase user name); ``(None, False)`` when ``text`` is neither."""
    rest = strip_prefix(text, prefixes_and_labels())
    if rest is not None:
        return rest, False
    label = text.split(None, 1)[0].lower().rstrip(":") if text else ""
    rest = after_inner_by(text) if label in phrase_set("byline_posted_labels") else text
    return (None, False) if rest == text else (rest, True)


def _byline_names(text: str, rest: str, login: bool) -> Byline | None:
    """The ``Byline`` of a byline ``text`` whose credit, its prefix cut, is ``rest``;
    ``login`` tolerates a lowercase word in a name.  ``None`` when it names nobody."""
    rest = _in_after_by(text, rest.strip())
    if is_generic(rest):
        return Byline()
    if surname_lead(text, rest):
        return None
    # a blog template's "Posted on <date> by marc" prints the user name, often a lowercase login
    people, place = contributors(rest, login=login)
    if not people or lone_surname(text, rest, [p.name for p in people]):
        return None
    return Byline(authors=people, place=place)


@cache
def _editor_labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The editor labels, case folded, the longest first: the credit-editor labels
    (``credit_editors`` of ``data/bylines.json``: "editing by", "édité par"), read before
    a word, and the editors' titles (``editor_labels``: "editor", "penyunting"), read
    before a colon."""
    def longest_first(words: frozenset[str]) -> tuple[str, ...]:
        return tuple(sorted({w.casefold() for w in words}, key=lambda w: (-len(w), w)))

    return longest_first(phrase_set("credit_editors")), longest_first(phrase_set("editor_labels"))


def _shortest(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` sorted, each that starts with another of them left out ("editors" for
    "editor"): a text holds or starts with one of ``words`` only if it holds or starts with
    one of these."""
    kept = set(words)
    return tuple(sorted(w for w in kept if not any(o != w and w.startswith(o) for o in kept)))


@cache
def _editor_words() -> tuple[str, ...]:
    """The first words of the editor labels (``_editor_labels``), a word that starts with
    another left out (``_shortest``)."""
    credits, titles = _editor_labels()
    return _shortest(w.split()[0] for w in credits + titles if w.split())


def _may_edit(text: str) -> bool:
    """False when ``text`` holds no editor label's first word (``_editor_words``, compared
    case folded): then it holds no editor credit."""
    low = text.casefold()
    return any(w in low for w in _editor_words())


def _opens_on_label(text: str) -> bool:
    """``text`` opens, after white space and case folded, on a credit-editor label and then
    no letter or digit ("Editing by B", "édité par B") or on an editor's title and a colon
    ("Editor: B", "Penyunting : B"): ``_editor_labels``."""
    low = text[:60].lstrip().casefold()
    credits, titles = _editor_labels()
    for w in credits:
        if low.startswith(w) and not low[len(w):len(w) + 1].isalnum():
            return True
    return any(low.startswith(w) and low[len(w):].lstrip().startswith((":", "：")) for w in titles)


@cache
def _editor_separator() -> re.Pattern[str]:
    """What stands between a byline's authors and an editor credit: ";", "|", ",", "·" or
    "•", a spaced "-", "–", "—" or "/", or a full stop and a space."""
    return re.compile(r"\s*[;|,·•]\s*|\s+[-–—/]\s+|(?<=\.)\s+")


def editor_credit(text: str) -> Byline | None:
    """Read ``text`` as an editor credit: one that opens on an editor's label ("Editing by
    B and C", "édité par B", "Edited by B; Writing by C": ``parse_credits``; "Editor: B",
    "Penyunting : B": ``editor_labels``, the names after the colon).  Returns the credit's
    ``Byline`` (its ``editors``, and the authors of its other chunks) when it names an
    editor, else ``None``.  Never raises."""
    if not _may_edit(text) or not _opens_on_label(text):
        return None
    credits = parse_credits(text)
    if credits is None or not credits.editors:  # "Editor: B": no credit label, a title and a colon
        rest = strip_prefix(text.strip(), phrase_set("editor_labels"))
        credits = Byline(editors=contributors(rest)[0]) if rest else None
    return credits if credits is not None and credits.editors else None


def split_editors(text: str) -> tuple[str, Byline | None]:
    """``text`` (a byline) cut before the editor credit it prints after its authors, and
    that credit read (``editor_credit``): "By A; Editing by B", "By A | Edited by B",
    "Written by A, edited by B", "By A. Edited by B", "By A – Editor: B" -> ("By A", the
    credit of B).  The label must follow a separator (``_editor_separator``) with something
    before it ("By A and Edith B" is no credit).  ``(text, None)`` when no such credit
    names an editor.  Never raises."""
    if not _may_edit(text):
        return text, None
    for m in _editor_separator().finditer(text):
        head = text[:m.start()]
        credit = editor_credit(text[m.end():]) if head.strip() else None
        if credit is not None:
            return head, credit
    return text, None


def _in_after_by(line: str, rest: str) -> str:
    """``rest`` (the credit after a byline's "by" word) without an "in <Place or Section>"
    after its names when that "by" word reads its "in" as a word that joins two names
    elsewhere ("Publicado el 4 abril por A en Nacionales": ``connectors.in_after_by``).
    What follows is a place or a blog's category: neither is kept."""
    low = line.lower()
    for pair in entry("connectors")["in_after_by"]:
        by, word = pair.split()
        if low.startswith(by + " ") or f" {by} " in low:
            m = re.match(rf"^(.*?\S)\s+{re.escape(word)}\s+[A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){{0,3}}$", rest)
            if m:
                return m.group(1)
    return rest


@cache
def _credit_words() -> tuple[str, ...] | None:
    """The first words of the credit labels (``credit_authors``, ``credit_editors``): what
    ``strip_prefix`` asks of a chunk first.  A word that starts with another is left out
    (where "mitarbeit" starts a chunk, "mit" does).  ``None`` (no pre-filter) if one holds
    a sigma, the one letter whose lowercase depends on the letters around it."""
    words = first_words(phrase_set("credit_editors")) | first_words(phrase_set("credit_authors"))
    if not words or any("σ" in w or "ς" in w for w in words):
        return None
    return _shortest(words)


@cache
def _longest(words: tuple[str, ...]) -> int:
    return max(map(len, words))


_CHUNK_LEAD = re.compile(r"[\s().]*")  # what ``parse_credits`` strips before its first chunk
_NEXT_CHUNK = re.compile(r"[;|][\s.]*")  # a chunk separator and what is stripped after it


def _may_credit(line: str) -> bool:
    """False when ``line`` cannot be a credit line: no chunk of it (as ``parse_credits``
    cuts it: after the leading white space, brackets and stops, and after each ";" or "|")
    starts, lowercased, with a label's first word (``_credit_words``).  The first word of a
    chunk is cut at white space, a colon or the 200th character and then lowercased; a
    chunk's head lowercased starts with it as well (a letter's lowercase is the same
    wherever the text is cut, a sigma's aside), and a head as long as the longest word
    holds it (a letter lowercases to one character or more).  Most lines of a text are
    refused here, at a slice and one ``startswith``."""
    words = _credit_words()
    if words is None:
        return True
    size = _longest(words)
    at = 0 if line[:1].isalpha() else _CHUNK_LEAD.match(line).end()  # type: ignore[union-attr]  # (a letter: no
    # lead to strip, and most lines start with one; the pattern matches the empty string)
    if line[at:at + size].lower().startswith(words):
        return True
    if ";" not in line and "|" not in line:
        return False
    return any(line[m.end():m.end() + size].lower().startswith(words) for m in _NEXT_CHUNK.finditer(line))


def parse_credits(line: str) -> Byline | None:
    """Read a credit line: "Reporting by A in X and B; Writing by C; Editing by D".

    Also "(Reportage de A ; édité par B)", "Édité par B", "Additional reporting by A".
    Returns ``None`` when the line holds no credit label.
    """
    if not _may_credit(line):
        return None
    text = re.sub(r"\s+", " ", line.strip()).strip("() .")
    found = Byline()
    any_label = False
    for chunk in _SPLIT_SEMI.split(text):
        chunk = chunk.strip(" .")
        editors = strip_prefix(chunk, phrase_set("credit_editors"))
        if editors is not None:
            any_label = True
            found.editors.extend(contributors(editors)[0])
            continue
        authors = strip_prefix(chunk, phrase_set("credit_authors"))
        if authors is not None:
            any_label = True
            people, place = contributors(authors)
            found.authors.extend(people)
            found.place = found.place or place
    return found if any_label else None


def editors_in(texts: list[str]) -> list[Contributor]:
    """The editors that the lines ``texts`` credit, in order, once each: a byline's editor
    credit after its authors ("By A | Editor: B": ``parse_byline``) or a line that is an
    editor credit ("Edited by B": ``editor_credit``).  Lines over 400 characters credit
    nobody.  Never raises."""
    found: dict[str, Contributor] = {}
    for text in texts:
        if len(text) > 400:
            continue
        byline = parse_byline(text)
        credit = byline if byline is not None and byline.editors else editor_credit(text)
        for editor in credit.editors if credit is not None else []:
            found.setdefault(editor.name, editor)
    return list(found.values())

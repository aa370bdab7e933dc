"""What an element's words and class names say it is: a credit's or a date's label, or a
byline's, a date's, a credit's or an author box's container; and what a link's path leads to,
a topic page or an author's (for ``html.meta.collect``).

The labels are ``byline_prefixes`` and ``byline_labels`` of ``data/bylines.json`` and the
``date_labels_*`` of ``data/dates.json``; the class words ``byline_classes``,
``date_classes``, ``credit_classes``, ``byline_class_excluded_parts`` and
``author_box_parts`` of ``data/html.json``.  The answers that depend on a text's first two
characters (``label_opens``) or on a class string (``names_kind``) are kept across pages
(at most ``_KEPT`` of each: a site's pages repeat their class names, and every page the
pairs of characters that open its texts).
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.html.words import KEPT_ANSWERS, WordPattern, class_parts, class_words
from congo_digital.memo import Memo
from congo_digital.vocab import entry, phrase_set

_KEPT = KEPT_ANSWERS  # answers kept across pages, of each kind (``memo.Memo``)


@cache
def byline_label() -> WordPattern:
    """A visible label that starts a credit (``byline_prefixes`` and ``byline_labels`` of
    ``data/bylines.json``: "By", "Von", "Autorin/Autor", "Text:"), then a colon or a space
    and the credit; a "/" in a label may have a space on either side."""
    labels = sorted(entry("byline_prefixes") + entry("byline_labels"))
    return WordPattern(labels, r"^(?:WORDS)(?:\s*[:：]\s*|\s+)(?=\S)", slash=r"\s?/\s?")


@cache
def date_label() -> WordPattern:
    """A visible label of a publication or update date (``date_labels_published`` and
    ``date_labels_modified`` of ``data/dates.json``, as a whole word), then maybe a colon,
    then the date.  Labels of two letters are left out: they are prepositions ("le", "am",
    "em") that start many an element's text, not labels."""
    labels = sorted(w for w in entry("date_labels_published") + entry("date_labels_modified") if len(w) > 2)
    return WordPattern(labels, r"^(?:WORDS)(?![^\W\d_])\s*[:：]?\s*(?=\S)")


@cache
def _modified_label() -> WordPattern:
    """A label of an update date at the start of a text: ``date_labels_modified``."""
    return WordPattern(entry("date_labels_modified"), "^(?:WORDS)")


def date_field(text: str) -> str:
    """``"date_modified"`` for a text that opens with an update date's label, else ``"date"``."""
    return "date_modified" if _modified_label().match(text) else "date"


OPENS = Memo(lambda pair: (byline_label().may_open(pair), date_label().may_open(pair)), _KEPT)
"""A text's first two characters (one and a space for a text of one) -> ``label_opens``
of them, kept across pages (``memo.Memo``; read inline by ``html.meta.collect``'s walk)."""


def label_opens(pair: str) -> tuple[bool, bool]:
    """(may a credit's label open a text that starts with ``pair``, may a date's label)
    (``WordPattern.may_open``: most texts are told no by their first two characters);
    kept in ``OPENS``."""
    return OPENS[pair]


def _kind_of(names: tuple[str | None, str | None, str | None]) -> str:
    cls = f"{names[0] or ''} {names[1] or ''} {names[2] or ''}"
    return class_kind(cls) if len(cls) < 300 else ""


KINDS = Memo(_kind_of, _KEPT, {(None, None, None): ""})
"""An element's (``class``, ``id``, ``data-testid``) -> ``names_kind`` of them, kept across
pages (``memo.Memo``; ``html.meta.collect``'s walk reads them in ``html.sighted.SAYS``)."""


def names_kind(names: tuple[str | None, str | None, str | None]) -> str:
    """``class_kind`` of an element's class string (``class id data-testid``, ``None``
    read as ``""``), or ``""`` for a string of 300 characters or more; kept in ``KINDS``."""
    return KINDS[names]


def class_kind(cls: str) -> str:
    """``"byline"`` when the class/id words ``cls`` name a byline container, ``"date"`` a
    date's, ``"credit"`` a credit's (``credit_classes``), ``"author-box"`` an author box
    (a byline word with an ``author_box_parts`` part: "author-bio"), else ``""``."""
    if not _kind_word(cls):
        return ""  # none of the three lists' words (nearly every class name): asked once
    if class_words("byline_classes", name_after=True).search(cls):
        if not class_parts("byline_class_excluded_parts").search(cls):
            return "byline"
        if class_parts("author_box_parts").search(cls):
            return "author-box"
    if class_words("date_classes").search(cls):
        return "date"
    return "credit" if class_words("credit_classes").search(cls) else ""


KIND_CLASSES = ("byline_classes", "date_classes", "credit_classes")
"""The lists of ``data/html.json`` whose class words give an element a kind (``class_kind``)."""


def _kind_word(cls: str) -> bool:
    """Does ``cls`` hold a word of the ``KIND_CLASSES`` lists (as ``class_words`` reads
    them)?  One search of the whole string (``class_words``' patterns skip to each
    separator in C: cheaper than asking each token in turn, even with the tokens' answers
    kept)."""
    return class_words(*KIND_CLASSES, name_after=True).search(cls)


def topic_link(href: str, key: str = "topic_path_parts") -> bool:
    """True when ``href`` leads to a topic, tag or category page (a path segment of
    ``topic_path_parts``, ``data/html.json``: "/topics/agriculture", "/tag/climate"), or
    to the page of the list ``key`` names."""
    path = re.split(r"[?#]", re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", href.strip(), flags=re.I), maxsplit=1)[0]
    return any(part.lower() in phrase_set(key) for part in path.split("/"))


def author_link(href: str) -> bool:
    """True when ``href`` leads to an author's page ("/author/jo-roe": ``author_path_parts``)."""
    return topic_link(href, "author_path_parts")

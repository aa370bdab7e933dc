"""The elements that the steps after ``html.meta.collect`` look for, noted by its walk
over the page (the page is walked once for them all, not once for each).

``Sighted`` holds, in document order, the page's marked article containers
(``html.container.marks_body``, at most ``html.container.MARKED_MAX``: what
``marked_containers`` finds) and the elements that may print its headline
(``html.page.find_headline``: every ``<h1>``-``<h4>``, and the ``span``, ``div``, ``td``,
``p``, ``a`` and ``strong`` whose class or id holds a ``headline_class_parts`` word of
``data/html.json``).  They are read before the main text's boilerplate is removed, from
the tree as parsed.  The walk also notes the links that hold elements (for
``html.repair.close_open_links``) and holds every element, so that the later walks find
lxml's proxies of them made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar

from congo_digital.html.container import MARK_TAGS, MARKED_MAX, marked_by, marks_body
from congo_digital.html.labels import KIND_CLASSES, class_kind
from congo_digital.html.words import KEPT_ANSWERS, WordPattern, class_parts
from congo_digital.memo import Memo
from congo_digital.vocab import entry

HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
"""The tags whose elements may print the headline, whatever their class."""
NAMED = frozenset({"span", "div", "td", "p", "a", "strong"})
"""The tags whose elements may print the headline when their class or id says so."""
TAGS = HEADINGS | NAMED | frozenset(MARK_TAGS)
"""The tags of the elements ``Sighted.see`` looks at."""
MARKS = frozenset(MARK_TAGS)
"""The tags of the elements that may mark the article's body."""


def names_headline(cls: str | None, ident: str | None) -> bool:
    """Does an element's class or id (``None`` when absent) hold a ``headline_class_parts``
    word?  (Asked once for each class and id: its answers are kept in ``SAID``.)"""
    if cls is None and ident is None:
        return False  # (" " holds no word)
    return bool(class_parts("headline_class_parts").search(f"{cls or ''} {ident or ''}"))


@dataclass
class Sighted:
    """A page's marked containers (``marked``) and headline elements (``headings``), each
    in document order, as ``see`` is shown the page's elements in that order."""

    marked: list[Any] = field(default_factory=list)
    headings: list[Any] = field(default_factory=list)
    links: list[Any] | None = None
    """The page's ``<a>`` elements that hold elements, in document order, when the walk
    noted them (``html.meta.collect`` does; ``html.repair.close_open_links`` reads them)."""
    elements: list[Any] = field(default_factory=list)
    """Every element of the page as parsed, in document order (``html.meta.collect``'s
    walk), held so that lxml keeps its proxy of each for the later walks (the main text's):
    an element's proxy is made again at each walk when none is alive."""
    TAGS: ClassVar[frozenset[str]] = TAGS

    def see(self, el: Any, tag: str, cls: str | None, ident: str | None) -> None:
        """Note ``el`` (of tag ``tag``, one of ``TAGS``; its ``class`` and ``id``, ``None``
        when absent) where it belongs."""
        if tag in HEADINGS or (tag in NAMED and SAID[(cls, ident, None)]):
            self.headings.append(el)
        if tag in MARKS and len(self.marked) < MARKED_MAX and marks_body(el.get("itemprop"), cls, ident):
            self.marked.append(el)


Names = tuple[str | None, str | None, str | None]
"""An element's ``class``, ``id`` and ``data-testid`` (``None`` when absent)."""
SAID = Memo(lambda names: names_headline(names[0], names[1]), KEPT_ANSWERS, {(None, None, None): False})
"""``Names`` -> ``said``'s answer, kept across pages (``memo.Memo``; read by ``Sighted.see``)."""


@cache
def _gate() -> WordPattern:
    """Any word of the lists that ``names_say`` asks about (``labels.KIND_CLASSES``,
    ``article_body_classes``, ``headline_class_parts``) anywhere in a text, case aside:
    each of its three answers needs one of them there."""
    return WordPattern([w for key in (*KIND_CLASSES, "article_body_classes", "headline_class_parts")
                        for w in entry(key)])


SAYS_NOTHING = ("", False, False)
"""``names_say``'s answer for names that say none of its three things."""


def names_say(names: Names) -> tuple[str, bool, bool]:
    """What an element's ``Names`` say: (``labels.names_kind``, ``said``, ``marks_body``
    without an ``itemprop``).  One search (``_gate``) tells nearly every class string
    (nine in ten on real pages) that it says none of them, instead of one search for each;
    kept in ``SAYS``."""
    cls, ident, testid = names
    attrs = f"{cls or ''} {ident or ''} {testid or ''}"
    if not _gate().search(attrs):
        return SAYS_NOTHING
    return (class_kind(attrs) if len(attrs) < 300 else "", names_headline(cls, ident),
            (cls is not None or ident is not None) and marked_by(cls, ident))


SAYS = Memo(names_say, KEPT_ANSWERS, {(None, None, None): SAYS_NOTHING})
"""``Names`` -> ``names_say``'s answer, kept across pages (``memo.Memo``; read inline by
``html.meta.collect``'s walk, which tells the elements of ``TAGS`` as ``Sighted.see``
does, by this answer and an ``itemprop`` of "articleBody")."""


def said(names: Names) -> bool:
    """Does the class or id of an element with these ``Names`` hold a headline's word
    (``names_headline``)?  Kept in ``SAID`` (at most ``KEPT_ANSWERS``)."""
    return SAID[names]

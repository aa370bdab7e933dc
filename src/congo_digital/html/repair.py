"""Repairs of the parsed tree that a browser's reading of the markup would not need.

An ``<a href>`` left open in the article (``<p>… <a href="/x">Read more<p>Next
paragraph</p>…``) is closed by no later tag: lxml (libxml2) then nests every following
paragraph of the article inside the link, and the main-text rules read them as one long
link, as a card link wrapping a teaser (``html.maintext``: trailing link blocks are left out).
A card link holds a heading, a picture and a teaser, and its words are all in them:
``close_open_links`` ends a link that holds two paragraphs of prose (a ``p`` or ``div`` of
``_PROSE`` characters or more, holding no other) and words of its own before its first
block ("Read more") before that block.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

_BLOCKS = ("p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "section",
           "h1", "h2", "h3", "h4", "h5", "h6")
_PROSE = 80  # characters of a paragraph of prose
# (the second such paragraph ends the search: links nested 3,000 deep cost no more than one)
_HOLDS_PROSE = f".//*[self::p or self::div][not(p or div)][string-length(normalize-space()) >= {_PROSE}][2]"
_OPEN_LINKS = etree.XPath(f"//a[*][{_HOLDS_PROSE}]")
_LINK_OPEN = etree.XPath(f"boolean({_HOLDS_PROSE})")
"""Does a link hold two paragraphs of prose (``_OPEN_LINKS``'s test, asked of one link)?"""


def _leads(link: Any, inline: list[Any]) -> bool:
    """The link has words of its own before its first block ("Read more"): a card link's
    words are all in its blocks (a heading, a teaser)."""
    if (link.text or "").strip():
        return True
    return any(etree.tostring(kid, method="text", encoding="unicode", with_tail=True).strip() for kid in inline)


def _open_links(root: Any, links: list[Any] | None) -> list[Any]:
    """The links of ``root`` that hold two paragraphs of prose (``_OPEN_LINKS``), in
    document order; given ``links`` (``root``'s ``<a>`` elements that hold elements, in
    document order: ``html.sighted.Sighted.links``), only those are asked, and only those
    holding a ``p`` or a ``div`` are asked the XPath (one query over the page, which walks
    every node, costs several times more)."""
    if links is None:
        return _OPEN_LINKS(root)
    return [a for a in links if next(a.iter("p", "div"), None) is not None and _LINK_OPEN(a)]


def close_open_links(root: Any, links: list[Any] | None = None) -> int:
    """End each link that holds two paragraphs of prose and words of its own before them
    (an unclosed ``<a>``: see the module's docstring) before its first block, moving that
    block and everything after it in the link to follow the link, in order (text and tails
    kept).  ``root`` is an lxml
    element, modified in place; ``links``, when known, its ``<a>`` elements that hold
    elements, in document order (``_open_links``).  Returns the number of links closed (0
    for a page without one: one XPath query, about 0.3 ms a real page; 0.05 ms given
    ``links``)."""
    links = _open_links(root, links)
    closed = 0
    for link in links:
        kids = list(link)
        first = next((i for i, kid in enumerate(kids) if kid.tag in _BLOCKS), None)
        if first is None or not _leads(link, kids[:first]):  # (a card: a heading or a picture first)
            continue
        after, link.tail = link.tail, None
        anchor = link
        for kid in kids[first:]:
            anchor.addnext(kid)  # (moves ``kid`` with its tail)
            anchor = kid
        if after:
            anchor.tail = (anchor.tail or "") + after
        closed += 1
    return closed

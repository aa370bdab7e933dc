"""Repairs of the parsed tree that a browser's reading of the markup would not need.

An ``<a href>`` left open inside a paragraph (``<p>… <a href="/x">Read more<p>Next
paragraph</p>…``) is closed by no later tag: lxml (libxml2) then nests every following
paragraph of the article inside the link, and the main-text rules read them as one long
link, as a card link wrapping a teaser (``html.maintext``: trailing link blocks are left out).
A paragraph holds no block in valid HTML, so a block inside a link inside a paragraph can
only come from such an unclosed link (a card link is a child of a ``div``, ``li`` or the
like, not of a ``p``): ``close_open_links`` ends the link before its first block.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

_BLOCKS = ("p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "section",
           "h1", "h2", "h3", "h4", "h5", "h6")
_OPEN_LINKS = etree.XPath("//p/a[" + " or ".join(_BLOCKS) + "]")  # (about 0.25 ms a real page)


def close_open_links(root: Any) -> int:
    """End each link that holds a block and sits in a paragraph (an unclosed ``<a>``) before
    its first block, moving that block and everything after it in the link to follow the
    link, in order (text and tails kept).  ``root`` is an lxml element, modified in place;
    returns the number of links closed (0 for a page without one: one XPath query)."""
    links = _OPEN_LINKS(root)
    for link in links:
        kids = list(link)
        first = next(i for i, kid in enumerate(kids) if kid.tag in _BLOCKS)
        after, link.tail = link.tail, None
        anchor = link
        for kid in kids[first:]:
            anchor.addnext(kid)  # (moves ``kid`` with its tail)
            anchor = kid
        if after:
            anchor.tail = (anchor.tail or "") + after
    return len(links)

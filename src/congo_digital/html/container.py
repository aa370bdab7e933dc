"""Which element of a page holds its article: the page's own article container, else the
best-scoring one, with the blocks of the same text beside it.

Rules (after the usual readability heuristics, Arc90/Mozilla Readability, and
trafilatura's body-first search; written for this project):

1. **The page's own container.**  An element marked as the article's body
   (``itemprop="articleBody"``, or a class/id holding one of ``article_body_classes`` of
   ``data/html.json``: ``entry-content``, ``story-body``, ``article__body``…) is found
   before boilerplate is removed (``marked_containers``), and neither it nor its ancestors
   are removed then, whatever other class words they hold ("article modal-enabled").
2. **Scores.**  Each paragraph-like block scores its length less its link text to its
   parent and half of it to its grandparent; an element's score is then multiplied by its
   share of text outside links (a teaser list's summaries do not make it the article).
3. **The container.**  The innermost marked container (rule 1) holding the best-scoring
   element is the article's; else a marked container holding at least half as much text
   outside links as the best one (each weighed by its share of text outside links: the
   article beats a related-posts list); else the best one, or the innermost ``<article>``
   holding it.  An article printed in several marked blocks of one class is read whole.
4. **Beside it.**  Siblings of the container that score at least a fifth of it, or carry
   its class, or are a paragraph of 80 characters with few links, are the same text (an
   article split by a promo box, a recipe in steps).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lxml.etree import XPath

from congo_digital.html.words import KEPT_ANSWERS, class_words

_PARA = frozenset({"p", "pre", "blockquote", "li", "dd", "td", "h2", "h3", "h4"})
_SHARES = (1.0, 0.5, 1 / 6, 1 / 9)  # a block's score to its parent, grandparent and above (Readability's)
MARKED_MAX = 50  # marked containers looked at (a page of a thousand "entry-content" teasers)


def marked_containers(root: Any) -> list[Any]:
    """The elements under ``root`` that the page marks as its article's body (rule 1:
    ``marks_body``), in document order (at most ``MARKED_MAX``)."""
    out = []
    for el in root.iter(*MARK_TAGS):
        if marks_body(el.get("itemprop"), el.get("class"), el.get("id")):
            out.append(el)
            if len(out) >= MARKED_MAX:
                break
    return out


MARK_TAGS = ("div", "section", "article", "main", "td")
"""The tags of the elements that may mark an article's body (rule 1)."""


def marks_body(prop: str | None, cls: str | None, ident: str | None) -> bool:
    """Does an element of ``MARK_TAGS`` with these ``itemprop``, ``class`` and ``id``
    (``None`` when absent) mark the article's body (rule 1)?  An element without class
    and id is told by its ``itemprop`` alone."""
    if prop and "articlebody" in prop.lower():
        return True
    if cls is None and ident is None:
        return False  # (" ": too short to be asked)
    return marked_by(cls, ident)


@lru_cache(maxsize=KEPT_ANSWERS)  # (kept across pages: a site's pages repeat them)
def marked_by(cls: str | None, ident: str | None) -> bool:
    """``marks_body`` for an element with a class or an id: do they hold an
    ``article_body_classes`` word?"""
    attrs = f"{cls or ''} {ident or ''}"
    return len(attrs) > 3 and bool(class_words("article_body_classes").search(attrs))


def main_landmark(root: Any) -> list[Any]:
    """The page's one main landmark (HTML's ``<main>``, or an element with ``role="main"``),
    as a list of one, or ``[]`` when the page has none or several (the landmark must be
    unique: https://html.spec.whatwg.org/#the-main-element).  The page states that its main
    content is in there, so boilerplate removal leaves it and its ancestors (``protected``)
    even when a wrapper's class holds a boilerplate word ("l-wrapper gate-ad")."""
    found = list(root.iter("main")) or _ROLE_MAIN(root)
    return found if len(found) == 1 else []


_ROLE_MAIN = XPath(".//@role[.='main']/..")
"""The elements of role ``main``, ``root`` included, in document order (compiled once:
``xpath`` compiles its expression each call).  Asked through their ``role`` attributes:
``descendant-or-self::*[@role='main']``, the same elements, tests its predicate on each
element of a node set of the whole page, eight times the cost (about 0.2 ms a real page)."""


def protected(containers: list[Any]) -> set[Any]:
    """The containers and all their ancestors: what boilerplate removal must leave."""
    out: set[Any] = set()
    for el in containers:
        cur = el
        while cur is not None and cur not in out:
            out.add(cur)
            cur = cur.getparent()
    return out


def contains(outer: Any, inner: Any) -> bool:
    """True when ``inner`` is ``outer`` or lies under it (walked up, at most 10,000 levels)."""
    cur = inner
    steps = 0
    while cur is not None and steps < 10000:
        if cur is outer:
            return True
        cur = cur.getparent()
        steps += 1
    return False


def _scores(root: Any, para: dict[Any, tuple[int, int]]) -> dict[Any, float]:
    """Rule 2: each candidate element's score."""
    scores: dict[Any, float] = {}
    for el in root.iter(*_PARA, "div"):
        div = el.tag == "div"
        if div and len(el) > 3:
            continue
        size, link = para.get(el, (0, 0))
        if div:
            size = len((el.text or "").strip())  # a div scores its own text only
        if size < 25:
            continue
        weight = size * max(0.0, 1.0 - link / max(1, size))
        if div:
            weight *= 0.5
        up = el.getparent()
        for share in _SHARES:
            if up is None:
                break
            scores[up] = scores.get(up, 0.0) + weight * share
            up = up.getparent()
    for el, score in scores.items():
        size, link = para.get(el, (0, 0))
        if size:
            scores[el] = score * max(0.0, 1.0 - link / size)
    return scores


def _own_text(para: dict[Any, tuple[int, int]], el: Any) -> int:
    size, link = para.get(el, (0, 0))
    return size - link


def _plain(para: dict[Any, tuple[int, int]], el: Any) -> float:
    """Text outside links, weighed by its share of the element's text."""
    size, link = para.get(el, (0, 0))
    return (size - link) * (1 - link / size) if size else 0.0


def main_container(root: Any, marked: list[Any], para: dict[Any, tuple[int, int]]) -> Any:
    """The element holding the article (rules 2-3), or ``None`` for a page without
    paragraphs.  ``marked`` are the page's marked containers still in the tree, ``para``
    ``textsums.para_text(root)``."""
    scores = _scores(root, para)
    if not scores:
        return None
    best = max(scores, key=lambda e: scores[e])
    holding = [m for m in marked if contains(m, best)]
    if holding:
        return _whole(holding[-1], marked, para)  # document order: the last holding one is the innermost
    if marked:
        top = max(marked, key=lambda m: _plain(para, m))
        if _plain(para, top) >= 0.5 * _plain(para, best):
            return _whole(top, marked, para)
    cur = best
    while cur is not None:
        if cur.tag == "article":
            return cur
        cur = cur.getparent()
    return best


def _whole(chosen: Any, marked: list[Any], para: dict[Any, tuple[int, int]]) -> Any:
    """An article printed in several marked containers of one class (blocks between
    quotes and pictures): the nearest element holding them all, when they make most of
    its text; else ``chosen``."""
    group = [m for m in marked if _classes(m) == _classes(chosen) and not contains(m, chosen)
             and not contains(chosen, m)]
    if not group:
        return chosen
    common = chosen
    for m in group:
        while common is not None and not contains(common, m):
            common = common.getparent()
    if common is None:
        return chosen
    held = _own_text(para, chosen) + sum(_own_text(para, m) for m in group)
    return common if held >= 0.6 * _own_text(para, common) else chosen


def _classes(el: Any) -> str:
    return " ".join(sorted((el.get("class") or "").split()))


def with_siblings(main: Any, para: dict[Any, tuple[int, int]], scores_of: dict[Any, float] | None = None) -> list[Any]:
    """``main`` and the siblings that hold the same text (rule 4), in document order.  A
    container that is the whole text of its parent (a step's text in its step box) is
    looked at as that parent, when the parent's siblings carry the parent's class (the
    other steps)."""
    up = main.getparent()
    if up is not None and up.tag not in ("body", "html") and _classes(up) \
            and _own_text(para, up) <= 1.2 * _own_text(para, main) \
            and any(_classes(sib) == _classes(up) for sib in up.itersiblings()):
        main = up
    parent = main.getparent()
    if parent is None or main.tag in ("body", "html"):
        return [main]
    own = max(1, _own_text(para, main))
    cls = _classes(main)
    out = []
    for sib in parent:
        if sib is main:
            out.append(sib)
            continue
        if not isinstance(sib.tag, str):
            continue
        size, link = para.get(sib, (0, 0))
        if size == 0:
            continue
        density = link / size
        if (cls and _classes(sib) == cls and density < 0.5 and size - link >= 25) \
                or (size - link >= 0.2 * own and density < 0.25) \
                or (sib.tag == "p" and size >= 80 and density < 0.25):
            out.append(sib)
    return out

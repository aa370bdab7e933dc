"""The main text of an HTML page as blocks, with boilerplate removed.

``main_blocks(tree)`` returns the article's blocks (headings, paragraphs, list items,
quotes) in reading order.  Rules (from the usual readability/boilerplate heuristics):

1. the page's own article container is found first (``html.container.marked_containers``);
2. scripts, styles, forms' controls, ``nav``/``aside``/``footer`` and elements whose class or
   id names boilerplate (comments, related links, sharing, cookie and newsletter boxes,
   ads, menus, sidebars, galleries, captions; words in ``data/html.json``'s
   ``boilerplate_classes``) are left out, unless they are that container or hold it, or
   hold most of the page's text (a ``nav`` left open round the article);
3. the container is chosen by ``html.container.main_container`` (the marked one, else the
   best scoring), with its siblings that hold the same text (``with_siblings``);
4. the blocks kept run from the page's headline (``<h1>``) when it stands shortly before
   the container (so the byline and date lines under it are kept; these blocks are
   ``lead``) to the container's end.

All walks over the tree are iterative (``lxml.etree.iterwalk``); the tree is modified
(boilerplate removed), so call it after metadata has been read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from congo_digital.html.container import (
    contains,
    main_container,
    main_landmark,
    marked_containers,
    protected,
    with_siblings,
)
from congo_digital.html.textsums import Sums, text_sums
from congo_digital.html.textsums import para_text as para_text  # (read here by callers and tests)
from congo_digital.html.words import KEPT_ANSWERS, class_matches, class_words
from congo_digital.layout.lines import SENTENCE_END
from congo_digital.memo import Memo
from congo_digital.vocab import entry

_DROP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "button",
                   "select", "option", "textarea", "input", "label", "canvas", "video", "audio", "object",
                   "embed", "map", "dialog", "menu", "head"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                    "ol", "dl", "dt", "dd", "br", "tr", "td", "th", "table", "blockquote", "header", "footer",
                    "figure", "figcaption", "pre", "time", "address", "hr", "center", "form", "fieldset",
                    "details", "summary", "caption"})
_WRAPPERS = frozenset({"nav", "aside", "noscript", "menu", "dialog"})  # dropped, unless left open round the article
_SILENT = ("script", "style", "template", "svg", "head")  # whose text is never the page's
_PARA = frozenset({"p", "pre", "blockquote", "li", "dd", "td", "h2", "h3", "h4"})
_KEEP_TAGS = frozenset({"html", "body", "main", "article"})


@dataclass
class Block:
    """One block of the page's text: ``tag`` (``p``, ``h1``…, ``li``), its ``text``, and
    ``lead``: it stands between the headline and the article's container (a deck, a
    byline), not in the container."""

    tag: str
    text: str
    lead: bool = False
    links: float = 0.0
    """The share of the block's text inside links."""


def _holds_the_text(el: Any, total: int, counts: dict[Any, tuple[int, int]]) -> bool:
    """Does ``el`` hold over half of the page's ``total`` characters of text, under half
    of them in links?  (A navigation or footer element left open by the page swallows the
    article.)  ``counts`` is ``para_text`` of the page without its scripts and styles."""
    size, links = counts.get(el, (0, 0))
    return size > total * 0.5 and links < size * 0.5


_PROSE_MIN = 80  # characters of a paragraph that reads as the article's prose
_PROSE_SHARE = 0.5  # of the page's prose: an element holding that much is the article's wrapper


def prose(root: Any, counts: dict[Any, tuple[int, int]]) -> dict[Any, int]:
    """For each element under ``root`` holding prose: the characters outside links of the
    paragraphs (``<p>``, ``<pre>``) under it of at least ``_PROSE_MIN`` characters, under
    30% of them in links, that stand in a run of two or more such paragraphs under one
    parent (an article's text; a gallery's captions stand one to a slide).  ``counts`` is
    ``para_text(root)``."""
    runs: dict[Any, list[int]] = {}
    for p in root.iter("p", "pre"):
        size, links = counts.get(p, (0, 0))
        if size >= _PROSE_MIN and links < 0.3 * size and p.getparent() is not None:
            runs.setdefault(p.getparent(), []).append(size - links)
    out: dict[Any, int] = {}
    for parent, sizes in runs.items():
        if len(sizes) < 2:
            continue
        cur = parent
        while cur is not None:
            out[cur] = out.get(cur, 0) + sum(sizes)
            cur = cur.getparent()
    return out


def _drop_cap_text(text: str) -> bool:
    return 0 < len(text) <= 2 and text.isalpha() and text[0].isupper()


def _drop_cap(el: Any) -> bool:
    """A hidden element that prints an article's drop cap: one or two capital letters,
    the word going on in its tail or the next text ("<span aria-hidden>T</span>urkey")."""
    return len(el) == 0 and _drop_cap_text((el.text or "").strip())


def strip_boilerplate(root: Any, keep: set[Any] | frozenset[Any] = frozenset()) -> dict[Any, tuple[int, int]]:
    """Remove dropped tags and boilerplate containers from ``root`` in place (iteratively);
    returns ``para_text(root)`` of what is left (the elements whose text did not change keep
    the figures of the walk made before the removal).
    The elements of ``keep`` (the page's own article container and its ancestors) are not
    removed for their class words, unless they are hidden (``style="display:none"``, the
    ``hidden`` attribute, ``aria-hidden``, a class of ``hidden_classes`` in
    ``data/html.json``: a paywall's sign-in box marked as article content).  Neither is an
    element holding most of the page's prose (``_PROSE_SHARE`` of ``prose``): the article's
    own wrapper whose classes also say "share", "sidebar" or "recommendations"; or one
    holding most of its text (``_holds_the_text``) and at least half of its prose (a
    gallery of long captions beside the article holds none of it).  Scripts, styles and
    templates go first, so that their text counts nowhere."""
    import lxml.etree

    _remove([el for el in root.iter(*_SILENT)])
    sums: dict[Any, Sums] = {}
    counts = text_sums(root, sums)
    total = max(1, counts.get(root, (0, 0))[0])
    held = prose(root, counts)
    prose_total = held.get(root, 0)
    doomed: list[Any] = []
    hidden_classes = frozenset(entry("hidden_classes"))
    said = BOILERPLATE
    walker = lxml.etree.iterwalk(root, events=("start",))
    for _, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            tag = ""
        elif tag in _KEEP_TAGS:
            continue
        cls, style = el.get(b"class"), el.get(b"style")  # (bytes: lxml encodes a str name at each reading)
        attrs = f"{cls or ''} {el.get(b'id') or ''} {el.get(b'role') or ''}"
        hidden = (style is not None and "display:none" in style.replace(" ", "")) or el.get(b"hidden") is not None \
            or el.get(b"aria-hidden") == "true" or (cls is not None and not hidden_classes.isdisjoint(cls.split()))
        if el in keep and not (hidden and not _holds_the_text(el, total, counts)):
            continue
        if hidden and _drop_cap(el):
            continue
        most_prose = held.get(el, 0) >= _PROSE_SHARE * prose_total > 0
        if not tag or tag in _DROP:
            if tag not in _WRAPPERS or not (most_prose or _holds_the_text(el, total, counts)):
                doomed.append(el)
                walker.skip_subtree()
            continue
        named = tag == "footer" or hidden
        if not named and len(attrs) > 2:
            named = said[attrs]  # (pages repeat their class names: each is asked once)
        if named:
            if not hidden and (most_prose or (_holds_the_text(el, total, counts)
                                              and (tag == "footer" or held.get(el, 0) >= 0.5 * prose_total))):
                continue
            doomed.append(el)
            walker.skip_subtree()
    dirty: set[Any] = set()
    for el in doomed:
        for gone in el.iter():
            counts.pop(gone, None)
        cur = el.getparent()
        while cur is not None and cur not in dirty:
            dirty.add(cur)
            cur = cur.getparent()
    _remove(doomed)
    return text_sums(root, sums, dirty, counts) if dirty else counts


BOILERPLATE = Memo(lambda attrs: class_matches(class_words("boilerplate_classes"), attrs), KEPT_ANSWERS)
"""An element's "{class} {id} {role}" -> does it name boilerplate (``class_matches`` of
``boilerplate_classes``)?  Kept across pages (``memo.Memo``; read by ``strip_boilerplate``)."""


def _remove(doomed: list[Any]) -> None:
    """Take the elements out of their tree, their tail text left to the element before."""
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        # Keep the tail text: it belongs to the parent.
        tail = el.tail
        prev = el.getprevious()
        parent.remove(el)
        if tail and tail.strip():
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def render(root: Any, marks: tuple[Any, ...] = (), until: Any = None) -> tuple[list[Block], dict[int, int]]:
    """Render ``root``'s text as blocks; returns them and, for each element of ``marks``
    (by ``id()``), the index of the first block at or after its start (and, under
    ``-id()``, the number of blocks rendered when it ends).  Given ``until`` (one of
    ``marks``), the rendering stops at the first block written after it ends: the blocks
    before it are those of the whole rendering (a block can only be glued, as a drop cap,
    to the one after it, and that one's first letter is then written)."""
    import lxml.etree

    blocks: list[Block] = []
    buf: list[str] = []
    linked = [0, 0]  # characters of the buffer inside links; links open
    tags: list[str] = []
    where: dict[int, int] = {}
    mark_ids = {id(m) for m in marks}

    def flush(tag: str) -> None:
        if not buf:
            return  # (most block boundaries follow another: nothing to write; no link text either)
        raw = "".join(buf)
        text = " ".join(raw.replace("\u00a0", " ").split())
        buf.clear()
        if text:
            blocks.append(Block(tag, text, links=min(1.0, linked[0] / max(1, len(raw.strip())))))
        linked[0] = 0

    stop = -1  # (given ``until``: the blocks rendered when it ended)
    open_tags: list[str] = []  # (the open elements' tags: read once each, lxml makes a new string at each reading)
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        if 0 <= stop < len(blocks):
            break
        if event == "start":
            tag = el.tag
            if not isinstance(tag, str):
                tag = ""
            open_tags.append(tag)
            if tag in _BLOCK:
                flush(tags[-1] if tags else "p")
                tags.append(tag)
            if mark_ids and id(el) in mark_ids:
                flush(tags[-1] if tags else "p")
                where[id(el)] = len(blocks)
            if tag == "a":
                linked[1] += 1
            piece = el.text if tag else None
            if piece:
                buf.append(piece)
                if linked[1]:
                    linked[0] += len(piece.strip())
        else:
            tag = open_tags.pop()
            if tag in _BLOCK:
                flush(tags.pop() if tags else "p")
            if mark_ids and id(el) in mark_ids:
                flush(tags[-1] if tags else "p")
                where[-id(el)] = len(blocks)
                if el is until:
                    stop = len(blocks)
            if tag == "a":
                linked[1] -= 1
            piece = el.tail if el is not root else None
            if piece:
                buf.append(piece)
                if linked[1]:
                    linked[0] += len(piece.strip())
    else:
        flush("p")
    for b in blocks:
        if b.tag not in ("h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"):
            b.tag = "p"
    for i in range(len(blocks) - 2, -1, -1):  # a drop cap set as a block of its own: "T" + "urkey, …"
        if _drop_cap_text(blocks[i].text) and blocks[i + 1].text[:1].islower() and blocks[i].tag[:1] != "h":
            blocks[i + 1].text = blocks[i].text + blocks[i + 1].text
            del blocks[i]
            where = {k: (v - 1 if v > i else v) for k, v in where.items()}
    return blocks, where


_TIMER = re.compile(r"-?(?:\d{1,2}:)?\d{1,2}:\d\d\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d\d")
"""A video player's timer block ("00:00 / 03:15"), elapsed over total time."""
_LINKED = 0.8  # share of a block's text in links that makes it a link, not text


def _without_link_tail(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the run of links that ends them (related headlines, tag lists,
    "next article" teasers printed inside the article's container), and the short heading
    or label over that run ("Mehr zum Thema", "Related"); at least one block stays."""
    end = len(blocks)
    while end > 1 and blocks[end - 1].links >= _LINKED:
        end -= 1
    if end < len(blocks) and end > 1 and len(blocks[end - 1].text) <= 60 \
            and (blocks[end - 1].tag.startswith("h") or not SENTENCE_END.search(blocks[end - 1].text)):
        end -= 1
    return blocks[:end]


def main_blocks(tree: Any, headline: Any = None, marked: list[Any] | None = None) -> list[Block]:
    """Return the main text blocks of the page ``tree`` (modified in place).

    ``headline`` is the page's ``<h1>`` element when known (it must be in ``tree``);
    ``marked`` its ``marked_containers`` when known (``html.sighted``: those under the body
    are read).  Returns ``[]`` for a page without text.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    marked = marked_containers(root) if marked is None else [m for m in marked if contains(root, m)]
    para = strip_boilerplate(root, protected(marked + main_landmark(root)))
    marked = [m for m in marked if contains(root, m)]
    if headline is not None and not contains(root, headline):
        headline = None
    main = main_container(root, marked, para)
    if main is None:
        blocks, _ = render(root)
        return blocks
    parts = with_siblings(main, para)
    marks = tuple(parts) + ((headline,) if headline is not None else ())
    blocks, where = render(root, marks, parts[-1])
    spans = [(where.get(id(p), 0), where.get(-id(p), len(blocks))) for p in parts]
    start = spans[0][0]
    out = _without_link_tail([b for a, z in spans for b in blocks[a:z] if not _TIMER.fullmatch(b.text)])
    if headline is not None and id(headline) in where:
        h = where[id(headline)]
        if h < start:
            lead = blocks[h:start] if start - h <= 12 else blocks[h:h + 6]
            for b in lead:
                b.lead = True
            return lead + out
    return out

"""An HTML page read once: its markup's candidates, its headline and its main text.

``read_page(doc)`` parses the page with lxml (``huge_tree`` off, so libxml2's depth and
size limits hold; a page cut by one gets a warning) and reads the metadata candidates
(``html.meta.collect``); ``main_text(page, headline)`` finds the headline element and
extracts the main text under it (``html.maintext.main_blocks``).  Choosing each field's
value is the field modules' work (``fields``), run by the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from congo_digital.fields.authors import Credits, decide_authors, markup_credits
from congo_digital.fields.bylines import editors_in
from congo_digital.fields.common import norm_key
from congo_digital.fields.dateparse import find_dates
from congo_digital.fields.dates import decide_date
from congo_digital.html.furniture import without_furniture
from congo_digital.html.jsonld import article_body, json_ld_items
from congo_digital.html.maintext import Block, main_blocks
from congo_digital.html.meta import collect, element_text
from congo_digital.html.repair import close_open_links
from congo_digital.html.sighted import HEADINGS, NAMED, Sighted
from congo_digital.layout.lines import SENTENCE_END
from congo_digital.read.document import Document
from congo_digital.record import Candidate, Contributor
from congo_digital.settings import MAX_BLOCKS, MAX_TEXT


def parse_tree(text: str) -> Any:
    """Parse HTML text into an lxml document (never raises on bad markup; empty page for no markup)."""
    return parse_page(text)[0]


def _forms(text: str, utf8: bytes | None = None) -> Iterator[tuple[str | bytes, str | None]]:
    """What lxml is given to parse ``text``, in turn, with the encoding its parser is told:
    the text's UTF-8 bytes as UTF-8 (libxml2 reads them faster than a str, which it converts
    first, and builds the same tree; ``utf8`` when given, the bytes ``text`` was decoded from
    as it is, ``read.document.Document.utf8``), unless the text opens with an XML declaration
    or a byte-order mark or holds a lone surrogate; then the str itself; then its UTF-8 bytes
    with undecodable characters replaced, the encoding left to libxml2 (lxml refuses a str
    that opens with an XML declaration)."""
    if not text.startswith(("<?xml", "\ufeff")):
        try:
            data = utf8 if utf8 is not None else text.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            yield data, "utf-8"
    yield text, None
    yield text.encode("utf-8", "replace"), None


_DEPTH_LIMIT = re.compile(r"Excessive depth in document: (\d+)")


def parse_page(text: str, flattened: bool = False, utf8: bytes | None = None) -> tuple[Any, str | None]:
    """Parse HTML text into an lxml document; returns ``(tree, warning)``.  ``utf8``: the
    bytes ``text`` is the strict UTF-8 decoding of, when known (``_forms``).

    ``warning`` is ``None``, or says that libxml2 stopped at one of its limits and the rest
    of the page is not in the tree: an element nested deeper than 256 levels (``html`` is
    level 1) makes the page parsed again with the levels past ``KEEP_DEPTH`` unwrapped
    (``flatten``, unless ``flattened``: it is that second parse), with the warning ``"page
    nested deeper than 256 elements: the elements past level 200 were unwrapped, their text
    kept"``; when that still fails, the first parse stays with ``"page nested deeper than
    256 elements: the HTML parser stopped there, the rest of the page was not read"``;
    another limit (a text of over 10,000,000 bytes) gives ``"page cut by a size limit of
    the HTML parser: the rest of the page was not read"``.  ``huge_tree`` stays off: it
    would only move the depth limit to 2,048 and lift libxml2's other limits on hostile
    input.  Never raises on bad markup; a page with no markup gives an empty document.
    """
    import lxml.etree

    tree = None
    for data, encoding in _forms(text, utf8):
        parser = lxml.etree.HTMLParser(huge_tree=False, remove_comments=True, remove_pis=True, encoding=encoding,
                                       collect_ids=False)  # (no lookup by id: its table is not built)
        try:
            tree = lxml.etree.fromstring(data, parser=parser)
        except (ValueError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
            continue
        if tree is not None:
            break
    warning = None
    if tree is None:
        tree = lxml.etree.fromstring("<html><body></body></html>", parser=parser)
    else:
        for entry in parser.error_log:
            if entry.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT or "XML_PARSE_HUGE" in entry.message:
                depth = _DEPTH_LIMIT.search(entry.message)
                if depth and not flattened:
                    return _flattened(text, tree, depth.group(1))
                warning = (f"page nested deeper than {depth.group(1)} elements: the HTML parser stopped there, "
                           "the rest of the page was not read" if depth else
                           "page cut by a size limit of the HTML parser: the rest of the page was not read")
                break
    return tree, warning


def _flattened(text: str, tree: Any, depth: str) -> tuple[Any, str | None]:
    """Parse ``text`` again with its elements past level ``KEEP_DEPTH`` unwrapped
    (``flatten``); the first ``tree`` stays when the page is still too deep."""
    again, warning = parse_page(flatten(text), flattened=True)
    if warning is not None:
        return tree, (f"page nested deeper than {depth} elements: the HTML parser stopped there, "
                      "the rest of the page was not read")
    return again, (f"page nested deeper than {depth} elements: the elements past level {KEEP_DEPTH} "
                   "were unwrapped, their text kept")


KEEP_DEPTH = 200
_TEXT_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd table thead tbody tfoot tr td th pre title".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_TAG_TOKEN = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<(/?)([A-Za-z][\w:-]{0,30})\b[^>]*?(/?)>",
                        re.I | re.S)


def flatten(text: str, keep: int = KEEP_DEPTH) -> str:
    """``text`` without the start and end tags of the elements nested deeper than ``keep``
    levels, but those that make a text block (paragraphs, headings, list items, tables),
    unless one of the same name is open past ``keep`` already (a table in a table's cell, a
    ``dd`` in a ``dd``: their tags go too): their content stays, one level up (libxml2
    stops reading at level 256; so past ``keep`` at most one element of each text block's
    name is kept, and tables nested cell in cell, each with the ``tbody`` the parser adds,
    no longer go past it).  The nesting is followed by the tags (void elements and ``/>``
    open nothing; an end tag closes the nearest open element of its name, if one is among
    the last 20).  Raises nothing."""
    stack: list[tuple[str, bool, bool]] = []  # name, its tags dropped, opened past keep
    deep_blocks: dict[str, int] = {}  # text blocks kept past ``keep`` and still open, by name
    out: list[str] = []
    pos = 0
    for m in _TAG_TOKEN.finditer(text):
        name = (m.group(3) or "").lower()
        if not name or name in _VOID or m.group(4):
            continue
        drop = False
        if not m.group(2):
            deep = len(stack) >= keep
            if deep:
                drop = name not in _TEXT_BLOCKS or deep_blocks.get(name, 0) > 0
                if not drop:
                    deep_blocks[name] = deep_blocks.get(name, 0) + 1
            stack.append((name, drop, deep))
        else:
            found = next((i for i in range(len(stack) - 1, max(-1, len(stack) - 21), -1) if stack[i][0] == name), None)
            if found is not None:
                drop = stack[found][1]
                for closed, dropped, deep in stack[found:]:
                    if deep and not dropped:
                        deep_blocks[closed] -= 1
                del stack[found:]
        if drop:
            out.append(text[pos:m.start()])
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def find_headline(tree: Any, title: str | None, sighted: Sighted | None = None) -> Any:
    """The element that prints the headline: the first ``<h1>``-``<h3>`` (or an element whose
    class or id holds a ``headline_class_parts`` word, ``data/html.json``) whose text is
    ``title``; else the first ``<h1>``; ``None`` for a page without one.  ``sighted``: the
    page's ``Sighted`` of ``tree`` as parsed, whose ``headings`` are those elements."""
    first_h1 = None
    if title:
        key = norm_key(title)
        if sighted is None:
            sighted = Sighted()
            for el in tree.iter(*HEADINGS, *NAMED):
                sighted.see(el, el.tag, el.get("class"), el.get("id"))
        for el in sighted.headings:
            if first_h1 is None and el.tag == "h1":
                first_h1 = el
            text = element_text(el, len(title) + 200)
            if norm_key(text) == key or (len(key) > 10 and key in norm_key(text)
                                                 and len(text) < len(title) + 80):
                return el
    return first_h1 if first_h1 is not None else next(tree.iter("h1"), None)



def _bounded(blocks: list[Block]) -> tuple[list[Block], bool]:
    """At most ``MAX_BLOCKS`` blocks and ``MAX_TEXT`` characters go to the text rules (a page
    of a million nodes must not take minutes there).  Returns the blocks kept and whether
    any text was left out; a block that does not fit keeps its beginning (cut at a space)
    when at least 1,000 characters of room are left."""
    out: list[Block] = []
    size = 0
    for b in blocks[:MAX_BLOCKS]:
        room = MAX_TEXT - size - 2
        if len(b.text) > room:
            if room >= 1000:  # one huge paragraph: its beginning is read
                cut = b.text.rfind(" ", 0, room)
                out.append(Block(b.tag, b.text[: cut if cut > 0 else room]))
            return out, True
        size += len(b.text) + 2
        out.append(b)
    return out, len(out) < len(blocks)


@dataclass
class Page:
    """An HTML page parsed once: its lxml ``tree``, its markup's ``candidates``
    (``html.meta.collect``; offsets index the decoded HTML) and ``warnings`` (where
    libxml2's limits cut it)."""

    tree: Any
    candidates: list[Candidate]
    warnings: list[str] = field(default_factory=list)
    body_from: int = 0
    """Set by ``main_text``: the offset in its text where the article's container begins
    (the lines above it stand between the headline and the article: decks, bylines)."""
    stated_body: str = ""
    """The article's text as its JSON-LD states it (``html.jsonld.article_body``), or ``""``."""
    credits: Credits | None = None
    """The markup's credits (``fields.authors.markup_credits`` of ``candidates``), read once
    for the page's decisions on its authors (``main_text``'s and the pipeline's)."""
    sighted: Sighted | None = None
    """What ``collect``'s walk noted for the main text: marked containers, headline elements."""
    header_editors: list[Contributor] = field(default_factory=list)
    """Set by ``main_text``: the editors that the header lines it leaves out credit ("By A |
    Editor: B", "Edited by B"), which the text layout, reading the record's editors, does not see."""


def read_page(doc: Document) -> Page:
    """Parse an HTML ``Document`` once and read its markup's candidates.  Never raises
    on malformed HTML."""
    tree, cut = parse_page(doc.text, utf8=doc.utf8)
    items = json_ld_items(tree)  # read once, for the candidates and the stated body
    stated = article_body(tree, items) if '"articleBody"' in doc.text else ""
    sighted = Sighted()
    cands = collect(tree, doc.text, items, sighted)
    return Page(tree, cands, [cut] if cut else [], stated_body=stated, credits=markup_credits(cands),
                sighted=sighted)


def _credited_and_dated(page: Page) -> bool:
    """Does the markup alone give a credit and a publication date (``fields.authors`` and
    ``fields.dates`` on the markup's candidates)?  Then the page's header lines need no
    reading by the text rules.  (The record's own authors and date are decided later, once,
    over the markup's and the text's candidates; the markup's credits are read once, for
    both: ``Page.credits``.)"""
    return decide_authors(page.candidates, credits=page.credits) is not None \
        and decide_date(page.candidates, None, None) is not None


def _short_prose(block: Block) -> bool:
    """A short paragraph of the article's container (not above it) that reads as a
    sentence: six words or more, ending as a sentence does (``layout.lines.SENTENCE_END``),
    and stating no date (``fields.dateparse.find_dates``); a byline ("Staff") or a date
    line ("Article mis à jour le 7 janvier 2020.") is not one."""
    return not block.lead and block.tag == "p" and len(block.text.split()) >= 6 \
        and SENTENCE_END.search(block.text) is not None and not find_dates(block.text[:300])


_STATED_MIN = 200  # characters of a stated article body worth reading instead


def _or_stated(blocks: list[Block], stated: str) -> list[Block]:
    """The page's own statement of its article's text (JSON-LD ``articleBody``) instead of
    the ``blocks`` found in the markup, when the markup's text (its paragraphs of prose,
    past its headline) is under half as long: the article's container was not found, or
    the page draws its text with scripts.  A stated body no longer than that (a paywall
    states only the teaser) leaves the markup's text as it is."""
    if len(stated) < _STATED_MIN:
        return blocks
    found = sum(len(b.text) for b in blocks if not b.tag.startswith("h"))
    if found >= 0.5 * len(stated):
        return blocks
    head = blocks[:1] if blocks and blocks[0].tag.startswith("h") else []
    return head + [Block("p", para) for para in stated.split("\n\n")]


def main_text(page: Page, headline: str | None) -> tuple[str, str | None, list[str]]:
    """The page's main text under ``headline`` (the title its markup gives, or ``None``).

    Returns ``(text, printed, warnings)``: the text as paragraphs separated by blank lines,
    and the headline as the page prints it above them (its headline block, when that block
    reads as ``headline`` without case and punctuation; else ``headline``), for the text
    rules.  The text starts after the headline element (``find_headline``) and leaves out
    navigation, related links and comments (``html.maintext.main_blocks``), and so are the
    short header lines before the first long block when the markup alone gives a credit
    and a date (``_credited_and_dated``; the editors they credit are kept, ``Page.header_editors``),
    but the short sentences inside the article's container (``_short_prose``).  The page's
    JSON-LD ``articleBody`` stands in for a markup text under half as long (``_or_stated``).
    A link left open in a paragraph is closed first (``html.repair.close_open_links``).
    Bounded by
    ``settings.MAX_BLOCKS`` and ``settings.MAX_TEXT`` (a warning says so).
    """
    seen = page.sighted
    close_open_links(page.tree, seen.links if seen else None)
    blocks = main_blocks(page.tree, find_headline(page.tree, headline, seen), seen.marked if seen else None)
    blocks = without_furniture(_or_stated(blocks, page.stated_body))
    if _credited_and_dated(page) and blocks and blocks[0].tag.startswith("h"):
        first = next((i for i, b in enumerate(blocks[1:], 1) if len(b.text) >= 120), 1)
        page.header_editors = editors_in([b.text for b in blocks[1:first] if not _short_prose(b)])
        blocks = blocks[:1] + [b for b in blocks[1:first] if _short_prose(b)] + blocks[first:]
    printed = headline
    if headline and blocks and len(blocks[0].text) <= 4 * len(headline) + 100 \
            and norm_key(blocks[0].text) == norm_key(headline):
        printed, blocks = blocks[0].text, blocks[1:]
    kept, short = _bounded(blocks)
    text = "\n\n".join(b.text for b in kept)
    lead = [b for b in kept if b.lead]
    page.body_from = sum(len(b.text) + 2 for b in lead) if len(lead) < len(kept) else len(text)
    warnings = []
    if short:
        one = len(kept) == 1
        warnings.append(f"main text cut for analysis: only its first {len(kept):,} block{'' if one else 's'} "
                        f"({len(text):,} characters) {'was' if one else 'were'} read")
    return text, printed, warnings

"""HTML pages: structured metadata, the main text, and one decision per field.

``parse_html(doc, from_text)`` parses the page with lxml (``huge_tree`` off, so
libxml2's depth and size limits hold; a page cut by one gets a warning), reads the metadata candidates
(``htmlmeta.collect``), extracts the main text as blocks (``htmltext.main_blocks``),
builds a record from that text with the plain-text layout rules (``from_text``), then
lets ``decide`` choose title, authors, dates, section and language, recording each
value's source in ``Article.evidence`` (offsets index ``doc.text``, the decoded HTML).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from congo_digital.fields import decide
from congo_digital.html.maintext import Block, main_blocks
from congo_digital.html.meta import collect, element_text
from congo_digital.model import Article, Contributor, Evidence
from congo_digital.read.document import Document
from congo_digital.settings import MAX_BLOCKS, MAX_TEXT


def parse_tree(text: str) -> Any:
    """Parse HTML text into an lxml document (never raises on bad markup; empty page for no markup)."""
    return parse_page(text)[0]


_DEPTH_LIMIT = re.compile(r"Excessive depth in document: (\d+)")


def parse_page(text: str) -> tuple[Any, str | None]:
    """Parse HTML text into an lxml document; returns ``(tree, warning)``.

    ``warning`` is ``None``, or says that libxml2 stopped at one of its limits and the rest
    of the page is not in the tree: an element nested deeper than 256 levels (``html`` is
    level 1) gives ``"page nested deeper than 256 elements: the HTML parser stopped there,
    the rest of the page was not read"``, another limit (a text of over 10,000,000 bytes)
    ``"page cut by a size limit of the HTML parser: the rest of the page was not read"``.
    ``huge_tree`` stays off: it would only move the depth limit to 2,048 and lift libxml2's
    other limits on hostile input.  Never raises on
    bad markup; a page with no markup gives an empty document.
    """
    import lxml.etree

    parser = lxml.etree.HTMLParser(huge_tree=False, remove_comments=True, remove_pis=True)
    tree = None
    for data in (text, text.encode("utf-8", "replace")):
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
                warning = (f"page nested deeper than {depth.group(1)} elements: the HTML parser stopped there, "
                           "the rest of the page was not read" if depth else
                           "page cut by a size limit of the HTML parser: the rest of the page was not read")
                break
    return tree, warning


_HEADLINE_CLASS = re.compile(r"title|headline|heading|titel|titulo|titre", re.I)


def find_headline(tree: Any, title: str | None) -> Any:
    """The element that prints the headline: the first ``<h1>``-``<h3>`` (or title-class element)
    whose text is ``title``; else the first ``<h1>``; ``None`` for a page without one."""
    first_h1 = None
    if title:
        key = decide.norm_key(title)
        for el in tree.iter("h1", "h2", "h3", "h4", "span", "div", "td", "p", "a", "strong"):
            if el.tag == "h1" and first_h1 is None:
                first_h1 = el
            if el.tag not in ("h1", "h2", "h3", "h4") and not _HEADLINE_CLASS.search(
                    f"{el.get('class') or ''} {el.get('id') or ''}"):
                continue
            text = element_text(el, len(title) + 200)
            if decide.norm_key(text) == key or (len(key) > 10 and key in decide.norm_key(text)
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


def _evidence(d: decide.Decision) -> Evidence:
    return Evidence(source=d.source, start=d.start, end=d.end, text=(d.text or None) and d.text[:300])


def parse_html(doc: Document, from_text: Callable[[Document, str, str | None], Article]) -> Article:
    """Parse an HTML ``Document`` into an ``Article``.

    ``from_text(doc, text, language)`` builds a record from plain text (the pipeline's
    text path); it is run on the page's main text and its values are the fallback for
    what the metadata lacks.  Never raises on malformed HTML.
    """
    tree, cut = parse_page(doc.text)
    cands = collect(tree, doc.text)
    title = decide.decide_title(cands, None)
    headline = find_headline(tree, str(title.value) if title is not None else None)
    blocks = main_blocks(tree, headline)
    if decide.decide_authors(cands, []) is not None and decide.decide_date(cands, None, None) is not None:
        # The markup gave credits and date: the header lines need no reading by the text rules.
        if blocks and blocks[0].tag.startswith("h"):
            first = next((i for i, b in enumerate(blocks[1:], 1) if len(b.text) >= 120), 1)
            blocks = blocks[:1] + blocks[first:]
    title_text = str(title.value) if title is not None else ""
    if title is not None and (not blocks or len(blocks[0].text) > 4 * len(title_text) + 100
                              or decide.norm_key(blocks[0].text) != decide.norm_key(title_text)):
        # The text rules read the first line as the headline: give them the chosen one.
        blocks.insert(0, Block("h1", title_text))
    kept, short = _bounded(blocks)
    text = "\n\n".join(b.text for b in kept)
    record = from_text(doc, text, None)
    if cut:
        record.warnings.append(cut)
    if short:
        record.warnings.append(f"main text cut for analysis: only its first {len(kept):,} blocks "
                               f"({len(text):,} characters) were read")
    detected = record.language
    ev = record.evidence
    for found in ev.values():  # offsets of text rules index the main text, which the record does not hold
        found.start = found.end = None
    lang = decide.decide_language(cands, detected, len(record.body))
    if lang is not None:
        record.language = str(lang.value)
        ev["language"] = _evidence(lang)
    language = record.language

    if title is not None:
        record.title = str(title.value)
        ev["title"] = _evidence(title)
    authors = decide.decide_authors(cands, [a.name for a in record.authors])
    if authors is not None:
        if authors.source != "text:byline":
            record.authors = [Contributor(name=n) for n in authors.value]  # type: ignore[union-attr]
            ev["authors"] = _evidence(authors)
        else:
            keep = {decide.norm_key(n) for n in authors.value}  # type: ignore[union-attr]
            record.authors = [a for a in record.authors if decide.norm_key(a.name) in keep] or [
                Contributor(name=n) for n in authors.value]  # type: ignore[union-attr]
    else:
        record.authors = []
        ev.pop("authors", None)
    date = decide.decide_date(cands, record.date, language)
    if date is not None and date.source != "text:date":
        record.date = str(date.value)
        ev["date"] = _evidence(date)
    modified = decide.decide_date(cands, record.date_modified, language, field="date_modified")
    if modified is not None and modified.source != "text:date":
        record.date_modified = str(modified.value)
        ev["date_modified"] = _evidence(modified)
    if record.date is None and modified is not None:
        record.date = str(modified.value)
        ev["date"] = _evidence(modified)
    section = decide.decide_section(cands)
    if section is not None:
        record.section = str(section.value)
        ev["section"] = _evidence(section)
    elif record.section is not None and record.section == record.title:
        record.section = None  # the text rules took the headline block for a kicker
        ev.pop("section", None)
    return record

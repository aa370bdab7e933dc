"""HTML pages: structured metadata and the main text (first version).

Reads the page with lxml, takes the headline, authors, dates, section and language from
JSON-LD, OpenGraph and ``<meta>`` tags, renders the page's text (scripts, styles,
navigation and footers removed) and lets the plain-text layout fill what metadata lacks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from congo_digital.dates import find_dates
from congo_digital.model import Article, Contributor, Evidence
from congo_digital.reading import Document

_BLOCK_TAGS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
               "br", "tr", "table", "blockquote", "header", "footer", "figure", "figcaption", "pre", "time"}
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "form", "nav", "aside", "button", "select"]


def _tree(text: str) -> Any:
    import lxml.html

    try:
        return lxml.html.document_fromstring(text)
    except (ValueError, Exception):
        try:
            return lxml.html.document_fromstring(text.encode("utf-8", "replace"))
        except (ValueError, Exception):  # nothing but a doctype or comments: an empty page
            return lxml.html.document_fromstring("<html><body></body></html>")


def _json_ld(tree: Any) -> list[dict]:
    items: list[dict] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (node.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # malformed, or nested too deeply for json
            continue
        stack = [data]
        while stack:
            cur = stack.pop()
            if isinstance(cur, list):
                stack.extend(cur)
            elif isinstance(cur, dict):
                if "@graph" in cur:
                    stack.append(cur["@graph"])
                items.append(cur)
    return items


def _is_article(item: dict) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and (k.endswith("Article") or k in ("BlogPosting", "Report")) for k in kinds)


def _names(value: Any, depth: int = 0) -> list[str]:
    if depth > 20:  # hostile JSON-LD nesting: no author is that deep
        return []
    if isinstance(value, list):
        return [n for v in value for n in _names(v, depth + 1)]
    if isinstance(value, dict):
        return _names(value.get("name"), depth + 1)
    if isinstance(value, str) and value.strip():
        return [value.strip()]
    return []


def _meta(tree: Any, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{key}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    dates = find_dates(value)
    return dates[0].value if dates else None


def main_text(tree: Any) -> str:
    """Render the page's visible text with one blank line between blocks."""
    for bad in tree.xpath("//" + " | //".join(_DROP_TAGS)):
        parent = bad.getparent()
        if parent is not None:
            bad.drop_tree()
    body = tree.find("body")
    root = body if body is not None else tree
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    text = "".join(parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def parse_html(doc: Document, from_text: Callable[[Document, str, str | None], Article]) -> Article:
    """Parse an HTML ``Document``: metadata first, the text layout for what it lacks."""
    tree = _tree(doc.text)
    lang = (tree.get("lang") or "").split("-")[0].lower() or None
    ld = [i for i in _json_ld(tree) if _is_article(i)]
    art = ld[0] if ld else {}
    title = (art.get("headline") if isinstance(art.get("headline"), str) else None) or _meta(
        tree, "og:title", "twitter:title")
    authors = _names(art.get("author")) or _names(_meta(tree, "author", "article:author"))
    date = _iso_date(art.get("datePublished") if isinstance(art.get("datePublished"), str) else None) or \
        _iso_date(_meta(tree, "article:published_time", "datePublished", "date", "pubdate"))
    modified = _iso_date(art.get("dateModified") if isinstance(art.get("dateModified"), str) else None) or \
        _iso_date(_meta(tree, "article:modified_time", "dateModified"))
    section = art.get("articleSection")
    if not isinstance(section, str):
        section = _meta(tree, "article:section")
    text = main_text(tree)
    record = from_text(doc, text, None)
    ev = record.evidence
    if title:
        record.title = " ".join(title.split())
        ev["title"] = Evidence(source="html:metadata", text=record.title)
    elif not record.title:
        h1 = tree.xpath("//h1")
        if h1:
            record.title = " ".join(h1[0].text_content().split()) or None
    if authors:
        record.authors = [Contributor(name=a) for a in dict.fromkeys(authors) if not a.startswith("http")]
        ev["authors"] = Evidence(source="html:metadata", text=", ".join(authors)[:300])
    if date:
        record.date = date
        ev["date"] = Evidence(source="html:metadata", text=date)
    if modified:
        record.date_modified = modified
    if section:
        record.section = section
    if lang and not record.language:
        record.language = lang
    return record

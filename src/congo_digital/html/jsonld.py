"""JSON-LD of an HTML page: its items, and the candidates of the article items.

``json_ld_items(tree)`` reads every ``<script type="application/ld+json">`` and flattens
its objects (``@graph``, ``mainEntity``, arrays, nesting); broken JSON (trailing commas,
raw new lines, several objects in one script, HTML comment or CDATA marks around it) is
mended where it can be.  ``from_json_ld(tree, add)`` gives the candidates of the
article items: ``NewsArticle``/``Article``/``BlogPosting``/``Report``… (the ``article``
types of ``json_ld_types`` in ``data/html.json``, schema.org's CreativeWork types that
describe one article) before the ``page`` types (``WebPage``…), which only back them up;
``author`` and ``creator`` as a string, a ``Person``/``Organization`` object (also by
``@id`` reference) or a list of them; the publisher and ``WebSite``/``Organization`` items
as the site's name; the article item's ``url``, ``description``, ``keywords`` and ``image``
as the page's facts (``fields.facts`` chooses them).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from congo_digital.vocab import entry

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_COMMENT = re.compile(r"^\s*(?:<!--|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[)|(?:-->|/\*\s*\]\]>\s*\*/|\]\]>)\s*$")
_COMMENT_STARTS = ("<!--", "/*", "<![CDATA[")
_COMMENT_ENDS = ("-->", "*/", "]]>")
"""How a script without white space round it starts or ends when ``_COMMENT`` matches in it
(its one match at the start, its one at the end: it has no other).  A script that does
neither is not searched: the pattern is tried at each of its characters, 35 ms for a
megabyte of JSON-LD."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_space(text: Any) -> str:
    """``text`` with no-break spaces made spaces, white space collapsed and a lone surrogate
    (a JSON ``"\\udfff"`` escape, which no encoding can write) made U+FFFD; ``""`` for a
    value that is not a string."""
    if not isinstance(text, str):
        return ""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return " ".join(text.replace("\u00a0", " ").split())


def _number(digits: str) -> int | float:
    """A JSON integer: as an ``int`` up to 100 digits, else as a ``float`` (Python refuses to
    read an integer of over 4,300 digits, and no value of an article needs one)."""
    return int(digits) if len(digits) <= 100 else float(digits)


@cache
def _types_of(kind: str) -> frozenset[str]:
    """The lowercase schema.org types of ``json_ld_types[kind]`` (``data/html.json``)."""
    return frozenset(entry("json_ld_types")[kind])


def _parse_script(raw: str) -> list[Any]:
    """Parse one JSON-LD script, mending common faults; returns the top-level values."""
    raw = raw.strip()
    if raw.startswith(_COMMENT_STARTS) or raw.endswith(_COMMENT_ENDS):  # (else ``_COMMENT`` matches nowhere)
        raw = _COMMENT.sub("", raw)
    raw = raw.strip().rstrip(";")
    if not raw:
        return []
    for attempt in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
        try:
            return [json.loads(attempt, strict=False, parse_int=_number)]
        except (json.JSONDecodeError, RecursionError):
            pass
        # Several objects one after another, or junk after the first.
        out: list[Any] = []
        dec = json.JSONDecoder(strict=False, parse_int=_number)
        pos = 0
        while pos < len(attempt):
            while pos < len(attempt) and attempt[pos] in " \t\r\n,;":
                pos += 1
            if pos >= len(attempt):
                break
            try:
                value, pos = dec.raw_decode(attempt, pos)
            except (json.JSONDecodeError, RecursionError):
                break
            out.append(value)
        if out:
            return out
    return []


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def json_ld_items(tree: Any, limit: int = 2000) -> list[dict]:
    """All JSON objects of the page's JSON-LD scripts, flattened (``@graph``, arrays, nesting).

    Iterative; at most ``limit`` objects are returned.
    """
    items: list[dict] = []
    for node in tree.iter("script"):
        if (node.get("type") or "").strip().lower() != "application/ld+json":
            continue
        stack: list[Any] = list(reversed(_parse_script(node.text or "")))
        while stack and len(items) < limit:
            cur = stack.pop()
            if isinstance(cur, list):
                stack.extend(reversed(cur))
            elif isinstance(cur, dict):
                items.append(cur)
                graph = cur.get("@graph")
                if isinstance(graph, (list, dict)):
                    stack.append(graph)
                main = cur.get("mainEntity")
                if isinstance(main, (list, dict)):
                    stack.append(main)
    return items


def _ld_names(value: Any, by_id: dict[str, dict], depth: int = 0) -> list[tuple[str, str]]:
    """(name, kind) pairs of a JSON-LD ``author`` value; kind is "person", "organization" or ""."""
    if depth > 4:
        return []
    if isinstance(value, list):
        return [n for v in value[:50] for n in _ld_names(v, by_id, depth + 1)]
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str) and value["@id"] in by_id:
            value = by_id[value["@id"]]
        types = _types(value)
        kind = "organization" if types & _types_of("organization") else (
            "person" if "person" in types else "")
        name = value.get("name")
        if isinstance(name, list):
            name = " ".join(n for n in name if isinstance(n, str))
        if isinstance(name, dict):
            name = name.get("@value")
        if not isinstance(name, str):  # givenName and familyName, each only when it is a string
            name = " ".join(p for p in (value.get("givenName"), value.get("familyName")) if isinstance(p, str))
        name = html.unescape(name) if isinstance(name, str) else name
        return [(clean_space(name), kind)] if clean_space(name) else []
    if isinstance(value, str) and clean_space(value):
        return [(clean_space(html.unescape(value)), "")]
    return []


def _ld_text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, str) and "&" in value:
        value = html.unescape(value)
    return clean_space(value)


def _image_urls(value: Any, depth: int = 0) -> list[str]:
    """The addresses of a JSON-LD ``image``: a string, an ``ImageObject`` (``url``,
    ``contentUrl``, ``@id``) or a list of them (at most 10), in order."""
    if depth > 3:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [u for v in value[:10] for u in _image_urls(v, depth + 1)]
    if isinstance(value, dict):
        for key in ("url", "contentUrl", "@id"):
            found = _image_urls(value.get(key), depth + 1)
            if found:
                return found
    return []


def _page_facts(item: dict, add: Callable[..., None], rank: int) -> None:
    """The facts an article item states about its page: ``description``, ``keywords`` (a
    string, or each string or ``DefinedTerm`` name of a list, as one candidate each) and
    ``image`` (``_image_urls``), ranked ``rank``."""
    text = _ld_text(item.get("description"))
    if text:
        add("description", text, "html:json-ld", rank)
    keywords = item.get("keywords")
    for word in (keywords if isinstance(keywords, list) else [keywords])[:100]:
        text = _ld_text(word)
        if text:
            add("keywords", text, "html:json-ld", rank)
    for url in _image_urls(item.get("image"))[:1]:
        add("image", url, "html:json-ld", rank)


def from_json_ld(tree: Any, add: Callable[..., None], items: list[dict] | None = None) -> None:
    """Call ``add(field, value, source, rank, kind=...)`` for each candidate of the page's
    JSON-LD (see the module docstring): at most six article items, ranked ``article`` types
    first, then those with a headline; ``kind`` is ``"strong"`` for an ``article`` type,
    ``"weak"`` for a ``page`` type, or the author's ``"person"``/``"organization"``.
    ``items`` are ``json_ld_items(tree)`` when the caller has them already."""
    items = json_ld_items(tree) if items is None else items
    by_id = {i["@id"]: i for i in items if isinstance(i.get("@id"), str)}
    strong_types = _types_of("article")
    ranked = sorted(
        (i for i in items if _types(i) & (strong_types | _types_of("page"))),
        key=lambda i: (not (_types(i) & strong_types), not i.get("headline")),
    )
    for rank, item in enumerate(ranked[:6]):
        strong = bool(_types(item) & strong_types)
        src = "html:json-ld"
        kind = "strong" if strong else "weak"
        for key in ("headline", "name"):
            text = _ld_text(item.get(key))
            if text:
                add("title", text, src, rank * 2 + (key == "name"), kind=kind)
                break
        for name, who in _ld_names(item.get("author"), by_id):
            add("authors", name, src, rank, kind=who or kind)
        for name, who in _ld_names(item.get("creator"), by_id):
            add("authors", name, src, rank + 10, kind=who or kind)
        for key, fld in (("datePublished", "date"), ("dateCreated", "date"), ("uploadDate", "date"),
                         ("dateModified", "date_modified")):
            text = _ld_text(item.get(key))
            if text:
                add(fld, text, src, rank * 2 + (key != "datePublished"), kind=kind)
        section = item.get("articleSection")
        text = _ld_text(section)
        if text:
            add("section", text, src, rank)
        lang = _ld_text(item.get("inLanguage"))
        if lang:
            add("language_meta", lang, src, rank)
        for name, _ in _ld_names(item.get("publisher"), by_id):
            add("site", name, src, rank)
        url = _ld_text(item.get("url")) or _ld_text(item.get("@id"))
        if url.startswith("http"):
            add("url", url, src, rank)
        _page_facts(item, add, rank)
    for item in items:
        if _types(item) & _types_of("site"):
            name = _ld_text(item.get("name"))
            if name:
                add("site", name, "html:json-ld", 5)


_BREAK = re.compile(r"<(?:br|p|/p|/div|/h\d|/li|/blockquote)\b[^>]{0,1000}>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^>]{0,1000}>")


def article_body(tree: Any, items: list[dict] | None = None) -> str:
    """The longest ``articleBody`` (or ``text``) that an article item of the page's JSON-LD
    states (schema.org ``Article.articleBody``), as paragraphs separated by blank lines:
    markup in it is read as text (a ``<p>``, ``<br>`` or block end starts a paragraph, other
    tags go), entities are decoded and white space inside a paragraph is collapsed.  ``""``
    for a page that states none.  ``items`` are ``json_ld_items(tree)`` when the caller has
    them already.  Never raises."""
    strong = _types_of("article")
    best = ""
    for item in json_ld_items(tree) if items is None else items:
        if not _types(item) & strong:
            continue
        for key in ("articleBody", "text"):
            value = item.get(key)
            if isinstance(value, str) and len(value) > len(best):
                best = value
    if not best:
        return ""
    if "<" in best:
        best = _TAG.sub("", _BREAK.sub("\n", best))
    paragraphs = (" ".join(html.unescape(line).split()) for line in best.split("\n"))
    return "\n\n".join(p for p in paragraphs if p)

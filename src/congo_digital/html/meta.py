"""Structured metadata of an HTML page, as candidates for the record's fields.

``collect(tree, source)`` reads, in one pass over the parsed page (lxml):

* JSON-LD (``<script type="application/ld+json">``): ``NewsArticle``/``Article``/
  ``BlogPosting``/``Report``… items, also inside ``@graph`` and arrays; ``author`` as a
  string, a ``Person``/``Organization`` object or a list of them; broken JSON (trailing
  commas, raw new lines, several objects in one script) is mended where it can be;
* OpenGraph and ``article:*`` properties, ``twitter:*``, ``<meta name=author|date|…>``,
  Dublin Core (``dc.*``/``dcterms.*``), ``og:site_name``/``application-name``;
* microdata/RDFa ``itemprop`` (``headline``, ``author``, ``datePublished``…),
  ``<time datetime>``, ``rel=author`` links, elements whose class or id names a byline
  or an author, ``<h1>`` and ``<title>``, ``<html lang>``.

Each finding is a ``Candidate`` (field, raw value, source tag, offsets).  Nothing is
decided here: ``decide`` weighs the candidates.  Offsets index the decoded HTML source
(``Document.text``) where the raw value was found verbatim, else they are ``None``.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from congo_digital.model import Candidate

_MARKUP = re.compile(r"</?[A-Za-z][\w:-]{0,30}[\s>/]")
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "report", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle",
    "liveblogposting", "socialmediaposting", "posting", "webpage", "medicalwebpage", "itempage", "aboutpage",
    "creativework", "videoobject", "review", "recipe", "howto",
})
# Types whose headline/dates describe the article itself (a WebPage only backs them up).
_STRONG_TYPES = _ARTICLE_TYPES - {"webpage", "medicalwebpage", "itempage", "aboutpage", "creativework",
                                  "videoobject"}

# meta name/property (lowercase) -> (field, source)
_META_KEYS: dict[str, tuple[str, str]] = {
    "og:title": ("title", "html:opengraph"),
    "twitter:title": ("title", "html:meta"),
    "title": ("title", "html:meta"),
    "headline": ("title", "html:meta"),
    "dc.title": ("title", "html:dublin-core"),
    "dcterms.title": ("title", "html:dublin-core"),
    "sailthru.title": ("title", "html:meta"),
    "parsely-title": ("title", "html:meta"),
    "author": ("authors", "html:meta"),
    "article:author": ("authors", "html:opengraph"),
    "og:article:author": ("authors", "html:opengraph"),
    "dc.creator": ("authors", "html:dublin-core"),
    "dcterms.creator": ("authors", "html:dublin-core"),
    "byl": ("authors", "html:meta"),
    "byline": ("authors", "html:meta"),
    "sailthru.author": ("authors", "html:meta"),
    "parsely-author": ("authors", "html:meta"),
    "authors": ("authors", "html:meta"),
    "article:author_name": ("authors", "html:meta"),
    "author_name": ("authors", "html:meta"),
    "dc.contributor": ("authors", "html:dublin-core"),
    "cxenseparse:author": ("authors", "html:meta"),
    "twitter:creator": ("authors_weak", "html:meta"),
    "article:published_time": ("date", "html:opengraph"),
    "og:article:published_time": ("date", "html:opengraph"),
    "article:published": ("date", "html:opengraph"),
    "og:published_time": ("date", "html:opengraph"),
    "published_time": ("date", "html:meta"),
    "datepublished": ("date", "html:meta"),
    "date": ("date", "html:meta"),
    "pubdate": ("date", "html:meta"),
    "publishdate": ("date", "html:meta"),
    "publish-date": ("date", "html:meta"),
    "publish_date": ("date", "html:meta"),
    "publication_date": ("date", "html:meta"),
    "published-date": ("date", "html:meta"),
    "article.published": ("date", "html:meta"),
    "article_date_original": ("date", "html:meta"),
    "original-publish-date": ("date", "html:meta"),
    "sailthru.date": ("date", "html:meta"),
    "parsely-pub-date": ("date", "html:meta"),
    "cxenseparse:recs:publishtime": ("date", "html:meta"),
    "dc.date": ("date", "html:dublin-core"),
    "dc.date.issued": ("date", "html:dublin-core"),
    "dc.date.created": ("date", "html:dublin-core"),
    "dcterms.date": ("date", "html:dublin-core"),
    "dcterms.issued": ("date", "html:dublin-core"),
    "dcterms.created": ("date", "html:dublin-core"),
    "citation_publication_date": ("date", "html:meta"),
    "citation_date": ("date", "html:meta"),
    "article:modified_time": ("date_modified", "html:opengraph"),
    "og:updated_time": ("date_modified", "html:opengraph"),
    "article:modified": ("date_modified", "html:opengraph"),
    "datemodified": ("date_modified", "html:meta"),
    "last-modified": ("date_modified", "html:meta"),
    "lastmod": ("date_modified", "html:meta"),
    "dcterms.modified": ("date_modified", "html:dublin-core"),
    "article:section": ("section", "html:opengraph"),
    "section": ("section", "html:meta"),
    "og:site_name": ("site", "html:opengraph"),
    "application-name": ("site", "html:meta"),
    "apple-mobile-web-app-title": ("site", "html:meta"),
    "twitter:site": ("site", "html:meta"),
    "dc.publisher": ("site", "html:dublin-core"),
    "og:locale": ("language_meta", "html:opengraph"),
    "content-language": ("language_meta", "html:meta"),
    "language": ("language_meta", "html:meta"),
    "dc.language": ("language_meta", "html:dublin-core"),
    "og:url": ("url", "html:opengraph"),
    "description": ("description", "html:meta"),
    "og:description": ("description", "html:opengraph"),
}

# Class or id words of elements that print a byline or an author's name.
_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:by-?line|author|authors|autor|autoren|auteur|auteurs|writer|reporter|journalist|"
    r"creator|contributor|signature|firma|byl|meta-author|article-author|post-author|"
    r"entry-author|author-name|authorname|bylines?)(?:$|[\s_-]|name)",
    re.I,
)
_DATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:date|datum|fecha|data|time|timestamp|published|pubdate|posted|"
    r"dateline|meta-date|entry-date|post-date|article-date|publish)(?:$|[\s_-])",
    re.I,
)
# Containers of reader comments, related stories and the like: no byline or date is read there.
_SKIP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|respond|reply|related|recommended|more-stories|sidebar|"
    r"footer|teaser|promo|newsletter|share|social|popular|trending|most-read|also-read|"
    r"read-more|readmore|recirculation|outbrain|taboola|breadcrumbs?|nav|menu)(?:$|[\s_-])",
    re.I,
)
# Visible labels that start a credit ("By", "Von", "Autorin/Autor", "Ein Artikel von", "Text:").
_BYLINE_LABEL = re.compile(
    r"^(?:by|von|par|por|door|af|av|oleh|autor(?:in)?(?:\s?/\s?autor(?:in)?)?|autoren|auteurs?|author|authors|"
    r"text|texte|texto|written by|posted by|geschrieben von|verfasst von|ein artikel von|ein beitrag von|"
    r"reportage|escrito por|"
    r"publicado por|publié par|redacción|fotos? und text|text und fotos?)(?:\s*[:：]\s*|\s+)(?=\S)",
    re.I,
)
# Visible labels of a publication or update date.
_DATE_LABEL = re.compile(
    r"^(?:datum|date|fecha|data|published(?: on)?|posted(?: on)?|veröffentlicht(?: am)?|publié le|"
    r"publicado(?: el| em)?|erschienen(?: am)?|stand|updated|aktualisiert(?: am)?|mis à jour le|actualizado|"
    r"pubblicato(?: il)?|"
    r"gepubliceerd(?: op)?|publicerad|publiceret|publisert)\s*[:：]?\s*(?=\S)",
    re.I,
)
_MODIFIED_LABEL = re.compile(r"^(?:stand|updated|aktualisiert|mis à jour|actualizado)", re.I)
# Class words of the headline element when it is not an <h1> ("post-title", "entry-title").
_HEADING_CLASS = re.compile(r"(?:^|[\s_-])(?:(?:post|entry|article|story|news)[-_]?title|headline)(?:$|[\s_-])",
                            re.I)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_COMMENT = re.compile(r"^\s*(?:<!--|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[)|(?:-->|/\*\s*\]\]>\s*\*/|\]\]>)\s*$")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)")


def _clean(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(text.replace("\u00a0", " ").split())


def _load_json(raw: str) -> list[Any]:
    """Parse one JSON-LD script, mending common faults; returns the top-level values."""
    raw = _COMMENT.sub("", raw.strip()).strip().rstrip(";")
    if not raw:
        return []
    for attempt in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
        try:
            return [json.loads(attempt, strict=False)]
        except (json.JSONDecodeError, RecursionError):
            pass
        # Several objects one after another, or junk after the first.
        out: list[Any] = []
        dec = json.JSONDecoder(strict=False)
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
        stack: list[Any] = list(reversed(_load_json(node.text or "")))
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
        kind = "organization" if types & {"organization", "newsmediaorganization", "corporation"} else (
            "person" if "person" in types else "")
        name = value.get("name")
        if isinstance(name, list):
            name = " ".join(n for n in name if isinstance(n, str))
        if isinstance(name, dict):
            name = name.get("@value")
        if not isinstance(name, str) and isinstance(value.get("givenName"), str):
            name = f"{value.get('givenName', '')} {value.get('familyName', '')}"
        name = html.unescape(name) if isinstance(name, str) else name
        return [(_clean(name), kind)] if _clean(name) else []
    if isinstance(value, str) and _clean(value):
        return [(_clean(html.unescape(value)), "")]
    return []


def _ld_text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, str) and "&" in value:
        value = html.unescape(value)
    return _clean(value)


def _from_json_ld(tree: Any, add: Any) -> None:
    items = json_ld_items(tree)
    by_id = {i["@id"]: i for i in items if isinstance(i.get("@id"), str)}
    ranked = sorted(
        (i for i in items if _types(i) & _ARTICLE_TYPES),
        key=lambda i: (not (_types(i) & _STRONG_TYPES), not i.get("headline")),
    )
    for rank, item in enumerate(ranked[:6]):
        strong = bool(_types(item) & _STRONG_TYPES)
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
    for item in items:
        if _types(item) & {"website", "organization", "newsmediaorganization"}:
            name = _ld_text(item.get("name"))
            if name:
                add("site", name, "html:json-ld", 5)


# Class words of layout wrappers that merely mention a boilerplate word ("sidebar-wrapper").
_LAYOUT_TOKEN = re.compile(
    r"wrap|container|layout|with|trigger|content|main|article|body|headline|title|page|grid|"
    r"(?:post|entry)-(?:footer|meta)", re.I)


def class_matches(pattern: re.Pattern[str], attrs: str) -> bool:
    """True when one class/id token of ``attrs`` matches ``pattern`` and is not a layout wrapper's."""
    return any(pattern.search(tok) and not _LAYOUT_TOKEN.search(tok) for tok in attrs.split())


def _classes(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}"


def _skipped(el: Any, skip_cache: dict[Any, bool]) -> bool:
    """True when ``el`` lies in a comments/related/sidebar container (walked up iteratively)."""
    chain = []
    cur = el
    result = False
    while cur is not None:
        if cur in skip_cache:
            result = skip_cache[cur]
            break
        chain.append(cur)
        tag = cur.tag if isinstance(cur.tag, str) else ""
        if tag in ("footer", "aside", "nav") or (tag not in ("body", "html", "article", "main")
                                                  and class_matches(_SKIP_CLASS, _classes(cur))):
            result = True
            break
        cur = cur.getparent()
    for c in chain:
        skip_cache[c] = result
    return result


def element_text(el: Any, limit: int = 400, spaced: bool = False) -> str:
    """The text of ``el`` (iteratively, scripts and styles left out), whitespace collapsed, cut at ``limit``.

    ``spaced`` puts a space between the texts of any two elements (for names split over spans).
    """
    import lxml.etree

    parts: list[str] = []
    size = 0
    muted = 0
    sep = " " if spaced else ""
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        quiet = tag in ("script", "style", "noscript", "template") or not tag
        if event == "start":
            if quiet:
                muted += 1
            elif not muted:
                if tag in ("br", "p", "div", "li"):
                    parts.append(" ")
                parts.append(sep + (node.text or ""))
        else:
            if quiet:
                muted -= 1
            if node is not el and not muted and node.tail:
                parts.append(sep + node.tail)
            size += len(parts[-1]) if parts else 0
        if size > limit * 4:
            break
    return _clean("".join(parts))[:limit]


def collect(tree: Any, source: str = "") -> list[Candidate]:
    """Return every metadata candidate of the parsed page ``tree`` (an lxml HTML document).

    ``source`` is the decoded HTML text, only used to find offsets.  Never raises on odd
    markup; the walk over the tree is iterative.
    """
    found: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()

    def add(fld: str, value: str, src: str, rank: int = 0, kind: str | None = None) -> None:
        value = _clean(value)
        if not value or len(value) > 2000 or _MARKUP.search(value):
            return  # markup in a value: an unclosed element swallowed the page ("<title>T</head>…")
        key = (fld, value, src)
        if key in seen:
            return
        seen.add(key)
        start = source.find(value) if source and len(value) >= 4 else -1
        found.append(Candidate(fld, value, src, start if start >= 0 else None,
                               start + len(value) if start >= 0 else None, rank=rank, kind=kind))

    _from_json_ld(tree, add)
    root = tree
    lang = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        add("language", lang, "html:lang")
    skip_cache: dict[Any, bool] = {}
    h1_rank = h2_rank = heading_rank = 0
    title_done = False
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:
            continue
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "")
            key = key.strip().lower()
            content = el.get("content") or ""
            if key in _META_KEYS:
                fld, src = _META_KEYS[key]
                if el.get("itemprop") and not (el.get("property") or el.get("name")):
                    src = "html:microdata"
                if fld == "authors" and content.startswith("http"):
                    continue
                add(fld, content, src)
            elif el.get("itemprop") and key in ("datepublished", "datemodified", "headline", "author"):
                pass
            continue
        if tag == "title" and not title_done:
            title_done = True
            add("title", element_text(el, 600), "html:title")
            continue
        if tag == "h2" and h2_rank < 3:
            text = element_text(el, 300)
            if len(text) >= 12:
                add("title", text, "html:h2", h2_rank, kind="skipped" if _skipped(el, skip_cache) else None)
                h2_rank += 1
        if tag in ("h2", "h3", "h4") and _HEADING_CLASS.search(_classes(el)) and heading_rank < 3:
            text = element_text(el, 600)
            if text:
                add("title", text, "html:heading-class", heading_rank,
                    kind="skipped" if _skipped(el, skip_cache) else None)
                heading_rank += 1
        if tag == "h1":
            if h1_rank < 5:
                text = element_text(el, 600)
                if text:
                    add("title", text, "html:h1", h1_rank, kind="skipped" if _skipped(el, skip_cache) else None)
                    h1_rank += 1
            continue
        if tag == "link":
            rel = (el.get("rel") or "").lower()
            if rel == "canonical" and el.get("href"):
                add("url", el.get("href"), "html:link")
            continue
        prop = (el.get("itemprop") or "").strip()
        if prop:
            _microdata(el, prop, add, skip_cache)
        if tag == "time":
            stamp = el.get("datetime") or ""
            if stamp and not _skipped(el, skip_cache):
                kind = "modified" if re.search(r"updat|modif", _classes(el) + " " + (el.get("itemprop") or ""),
                                               re.I) else ("pubdate" if el.get("pubdate") is not None else None)
                add("date_modified" if kind == "modified" else "date", stamp, "html:time", kind=kind)
        if tag == "a" and "author" in (el.get("rel") or "").lower().split():
            if not _skipped(el, skip_cache):
                add("authors", element_text(el, 120), "html:rel-author")
            continue
        if tag in ("body", "html", "article", "main", "section", "script", "style"):
            continue
        head = (el.text or "").strip()
        if not head and len(el) and isinstance(el[0].tag, str):
            head = (el[0].text or "").strip()
        if head and len(el) <= 8 and _BYLINE_LABEL.match(head + " x") and not _skipped(el, skip_cache):
            text = element_text(el, 200, spaced=True)
            if len(text) <= 150 and _BYLINE_LABEL.match(text):
                add("authors", text, "html:byline-text", kind=tag)
                _byline_date(el, add)
        if head and len(el) <= 8 and _DATE_LABEL.match(head + " 1") and not _skipped(el, skip_cache):
            text = element_text(el, 160, spaced=True)
            if len(text) <= 120 and any(ch.isdigit() for ch in text):
                add("date_modified" if _MODIFIED_LABEL.match(text) else "date", text, "html:date-text")
        cls = _classes(el)
        if len(cls) > 1 and len(cls) < 300:
            if _BYLINE_CLASS.search(cls) and not re.search(r"avatar|image|img|photo|bio|desc|about|box",
                                                           cls, re.I):
                if not _skipped(el, skip_cache):
                    text = element_text(el, 300, spaced=True)
                    if text and len(text) <= 250:
                        add("authors", text, "html:byline-class", kind=tag)
                        _byline_date(el, add)
            elif _DATE_CLASS.search(cls) and not _skipped(el, skip_cache):
                text = element_text(el, 200)
                if text and len(text) <= 120 and any(c.isdigit() for c in text):
                    add("date_modified" if _MODIFIED_LABEL.match(text) else "date", text, "html:date-class")
    for cand in list(found):
        if cand.field == "url":
            m = _URL_DATE.search(cand.value)
            if m:
                add("date", f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "html:url")
    return found


def _byline_date(el: Any, add: Any) -> None:
    """The date printed on the byline's line: the byline element's or its parent's short text."""
    for node in (el, el.getparent()):
        if node is None:
            continue
        text = element_text(node, 260, spaced=True)
        if len(text) <= 200 and re.search(r"\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}", text):
            add("date_modified" if _MODIFIED_LABEL.match(text) else "date", text, "html:date-class", rank=1)
            return


def _microdata(el: Any, prop: str, add: Any, skip_cache: dict[Any, bool]) -> None:
    props = prop.lower().split()
    value = el.get("content") or el.get("datetime")
    for p in props:
        if p in ("headline",):
            add("title", value or element_text(el, 600), "html:microdata")
        elif p in ("author", "creator"):
            if _skipped(el, skip_cache):
                continue
            names = [n for n in el.iter() if n is not el and isinstance(n.tag, str)
                     and "name" in (n.get("itemprop") or "").split()]
            if names:
                for n in names[:10]:
                    add("authors", n.get("content") or element_text(n, 120), "html:microdata")
            elif value and not value.startswith("http"):
                add("authors", value, "html:microdata")
            else:
                add("authors", element_text(el, 200), "html:microdata")
        elif p in ("datepublished", "datecreated", "dateposted"):
            add("date", value or element_text(el, 120), "html:microdata")
        elif p == "datemodified":
            add("date_modified", value or element_text(el, 120), "html:microdata")
        elif p == "articlesection":
            add("section", value or element_text(el, 120), "html:microdata")

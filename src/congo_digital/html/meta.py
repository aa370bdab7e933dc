"""Structured metadata of an HTML page, as candidates for the record's fields.

``collect(tree, source)`` reads, in one pass over the parsed page (lxml):

* JSON-LD (``html.jsonld``: article items, their headline, authors, dates, section,
  language, publisher);
* OpenGraph and ``article:*`` properties, ``twitter:*``, ``<meta name=author|date|…>``,
  Dublin Core (``dc.*``/``dcterms.*``), ``og:site_name``/``application-name``, the page's
  description, keywords and image (the ``meta_names`` of ``data/html.json``, by field and
  source; a description's ``kind`` is its meta name);
* microdata/RDFa ``itemprop`` (``headline``, ``author``, ``datePublished``…),
  ``<time datetime>``, ``rel=author`` links (not those to a topic or tag page), elements
  whose class or id names a byline or an author (``byline_classes``) or a date (``date_classes``),
  credit elements (``credit_classes``) whose whole text is an agency's name, elements whose text
  starts with a byline label ("By", "Von", "Texte :") or a date label ("Published",
  "Mis à jour le"; the date may be the next element's text), Chinese credit lines
  ("责任编辑：焦鹏", ``layout.people.cjk_credit``, as the text path reads them), ``<h1>``
  and ``<title>``, ``<html lang>``.

No byline or date is read inside a comments/related/sidebar container (``skip_classes``).
Each finding is a ``Candidate`` (field, raw value, source tag, offsets).  Nothing is
decided here: the field modules weigh the candidates.  Offsets index the decoded HTML
source (``Document.text``) where the raw value was found verbatim, else they are
``None``.  The class words and labels are in ``data/html.json``, ``data/bylines.json``
and ``data/dates.json``; what a label or a class string says is told by ``html.labels``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from congo_digital.fields.authors import is_agency
from congo_digital.html import labels
from congo_digital.html.jsonld import clean_space, from_json_ld
from congo_digital.html.labels import OPENS, author_link, date_field, topic_link
from congo_digital.html.sighted import HEADINGS, MARKED_MAX, MARKS, NAMED, SAYS, SAYS_NOTHING, TAGS, Sighted
from congo_digital.html.words import class_matches, class_parts, class_words
from congo_digital.layout.people import cjk_credit
from congo_digital.record import Candidate
from congo_digital.vocab import entry

_MARKUP = re.compile(r"</?[A-Za-z][\w:-]{0,30}[\s>/]")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)")


@cache
def _meta_keys() -> dict[str, tuple[str, str]]:
    """``<meta>`` name or property (lowercase) -> (field, source): ``meta_names``."""
    return {name: (fld, src) for fld, by_source in entry("meta_names").items()
            for src, names in by_source.items() for name in names}


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
                                                  and class_matches(class_words("skip_classes"), _classes(cur))):
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
    return clean_space("".join(parts))[:limit]


def collect(tree: Any, source: str = "", items: list[dict] | None = None,
            sighted: Sighted | None = None) -> list[Candidate]:
    """Return every metadata candidate of the parsed page ``tree`` (an lxml HTML document).

    ``source`` is the decoded HTML text, only used to find offsets; ``items`` the page's
    ``html.jsonld.json_ld_items`` when the caller has them already; ``sighted`` is shown the
    elements it looks for (``html.sighted``).  Never raises on odd markup; the walk is iterative.
    """
    import lxml.etree

    found: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    offsets: dict[str, int] = {}  # value -> where ``source`` has it first (-1: nowhere)

    def add(fld: str, value: str, src: str, rank: int = 0, kind: str | None = None) -> None:
        value = clean_space(value)
        if not value or len(value) > 2000 or _MARKUP.search(value):
            return  # markup in a value: an unclosed element swallowed the page ("<title>T</head>…")
        key = (fld, value, src)
        if key in seen:
            return
        seen.add(key)
        if source and len(value) >= 4:  # the page is searched when the offsets are read (few are)
            found.append(Candidate.located_by(fld, value, src, where, rank=rank, kind=kind))
        else:
            found.append(Candidate(fld, value, src, rank=rank, kind=kind))

    def where(value: str) -> int:
        """Where ``source`` has ``value`` first, or -1 (a page gives one value under several
        names: the page is searched once for each)."""
        start = offsets.get(value)
        if start is None:
            start = offsets[value] = source.find(value)
        return start

    from_json_ld(tree, add, items)
    root = tree
    lang = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        add("language", lang, "html:lang")
    skip_cache: dict[Any, bool] = {}
    h1_rank = h2_rank = heading_rank = 0
    title_done = False
    byline_label, date_label = labels.byline_label(), labels.date_label()
    elements = list(root.iter(lxml.etree.Element))  # (elements only: the parser keeps no comments)
    if sighted is not None:  # (the elements held: their proxies kept for the main text's walks)
        sighted.links, sighted.elements = [], elements
    headings, marked, links = (sighted.headings, sighted.marked, sighted.links) if sighted else ([], [], None)
    ahead, ahead_text = None, None  # the next element, when its text was read as its parent's first child's
    for el, after in zip(elements, elements[1:] + [None], strict=True):  # (``after``: the element after ``el``)
        tag = el.tag
        # (attribute names in bytes, in this walk over every element: lxml encodes a name given
        # as a str at each reading, a fifth of its time; the same values)
        prop = el.get(b"itemprop")
        if tag in _UNNAMED_TAGS:
            says = SAYS_NOTHING
        else:  # (kind, headline's, body's: what the names say, told once for each)
            says = SAYS[el.get(b"class"), el.get(b"id"), el.get(b"data-testid")]
        if sighted is not None and tag in TAGS:  # ``Sighted.see``, inline
            if tag in HEADINGS or (tag in NAMED and says[1]):
                headings.append(el)
            if tag in MARKS and len(marked) < MARKED_MAX and (says[2] or (prop and "articlebody" in prop.lower())):
                marked.append(el)
        own = ahead_text if el is ahead else el.text
        if own and len(own) <= 80 and (":" in own or "\uff1a" in own):
            _cjk_credit(own, el, add, skip_cache)
        piece = el.tail
        if piece and len(piece) <= 80 and (":" in piece or "\uff1a" in piece):
            _cjk_credit(piece, el.getparent(), add, skip_cache)
        if tag in _MARKUP_TAGS:
            if tag == "meta":
                key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "")
                key = key.strip().lower()
                content = _unbroken_content(el, el.get("content") or "", source)
                if key in _meta_keys():
                    fld, src = _meta_keys()[key]
                    if el.get("itemprop") and not (el.get("property") or el.get("name")):
                        src = "html:microdata"
                    if fld == "authors" and content.startswith("http"):
                        continue
                    add(fld, content, src, kind=key if fld == "description" else None)
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
            if tag in ("h2", "h3", "h4") and class_words("title_classes").search(_classes(el)) and heading_rank < 3:
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
        if prop and (prop := prop.strip()):
            _microdata(el, prop, add, skip_cache)
        if tag == "time":
            stamp = el.get("datetime") or ""
            if stamp and not _skipped(el, skip_cache):
                kind = "modified" if class_parts("modified_class_parts").search(
                    _classes(el) + " " + (el.get("itemprop") or "")) else (
                    "pubdate" if el.get("pubdate") is not None else None)
                add("date_modified" if kind == "modified" else "date", stamp, "html:time", kind=kind)
        if tag == "a" and links is not None and len(el):  # (for ``html.repair.close_open_links``)
            links.append(el)
        if tag == "a" and "author" in (el.get(b"rel") or "").lower().split():
            if not _skipped(el, skip_cache) and not topic_link(el.get("href") or ""):
                add("authors", element_text(el, 120), "html:rel-author")
            continue
        if tag in _NO_LABEL_TAGS:
            continue
        size = len(el)
        head = own.strip() if own and size <= 8 else ""  # (a label's element holds at most 8 others)
        if not head and size and size <= 8 and el[0] is after:  # (a first child that is an element is the next)
            ahead, ahead_text = after, after.text  # (read once: the next step's own text)
            head = (ahead_text or "").strip()
        if not head:
            opens = (False, False)
        else:  # most heads open no label: told once for each pair of first characters
            pair = head[:2] if len(head) > 1 else head + " "
            opens = OPENS[pair]
        if opens[0] and byline_label.match(head + " x") and not _skipped(el, skip_cache):
            text = element_text(el, 200, spaced=True)
            if len(text) <= 150 and byline_label.match(text):
                add("authors", text, "html:byline-text", kind=tag)
                _byline_date(el, add)
        if opens[1] and date_label.match(head + " 1") and not _skipped(el, skip_cache):
            text = element_text(el, 160, spaced=True)
            after = el.getnext()
            if not any(ch.isdigit() for ch in text) and after is not None and isinstance(after.tag, str):
                text = f"{text} {element_text(after, 80)}"  # "<span>Erschienen am:</span> <h2>13.10.2021</h2>"
            if len(text) <= 120 and any(ch.isdigit() for ch in text):
                add(date_field(text), text, "html:date-text")
        kind = says[0]
        if kind:
            if kind == "byline":
                if not _skipped(el, skip_cache):
                    text = element_text(el, 300, spaced=True)
                    if text and len(text) <= 250 and not _only_topic_links(el, text):
                        add("authors", text, "html:byline-class", kind=tag)
                        _byline_date(el, add)
            elif kind == "author-box" and not _skipped(el.getparent(), skip_cache):
                link = next((a for a in el.iter("a") if author_link(a.get("href") or "")), None)
                if link is not None:  # <h3>Jo Roe</h3>…<a href="/author/jo">Alles von Jo Roe</a>: the heading
                    text = element_text(link, 120)
                    head = next((t for h in el.iter("h2", "h3", "h4", "h5", "strong")
                                 if (t := element_text(h, 120)) and text.endswith(t)), text)
                    add("authors", head, "html:author-box")
            elif kind == "credit" and not _skipped(el, skip_cache) and not _in_figure(el):
                text = element_text(el, 80)
                if is_agency(text):  # "<p class="credit">JIJI</p>" under the headline
                    add("authors", text, "html:byline-class", kind=tag)
            elif kind == "date" and not _skipped(el, skip_cache):
                text = element_text(el, 200)
                if text and len(text) <= 120 and any(c.isdigit() for c in text):
                    add(date_field(text), text, "html:date-class")
    for cand in list(found):
        if cand.field == "url":
            m = _URL_DATE.search(cand.value)
            if m:
                add("date", f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "html:url")
    return found


_NO_LABEL_TAGS = frozenset({"body", "html", "article", "main", "section", "script", "style"})
"""The tags whose text ``collect`` reads as no byline, date label nor class-named credit."""
_MARKUP_TAGS = frozenset({"meta", "title", "h1", "h2", "h3", "h4", "link"})
"""The tags ``collect`` reads by their tag (the first rules of its walk)."""
_UNNAMED_TAGS = frozenset({"meta", "link", "script", "style", "body", "html", "h1"})
"""The tags whose names ``collect`` never asks about (``SAYS``), its rules for them told by the
tag (``_MARKUP_TAGS``, ``_NO_LABEL_TAGS``; an ``h1`` is one of ``HEADINGS``): a tenth of a page's
elements, most of them in its head, whose class is not read."""
_META_ATTRS = frozenset({"property", "name", "content", "itemprop", "http-equiv", "charset", "lang", "id",
                         "class", "scheme", "xml:lang", "dir"})


def _unbroken_content(el: Any, content: str, source: str) -> str:
    """A ``<meta content>`` cut at a quote that the page did not escape (``content="A
    "B""``: the parser ends the value before ``"B``, whose words become empty attributes)
    read again whole from the source text; else ``content``."""
    if not content or not source or "" not in el.values() \
            or all(k in _META_ATTRS or k.startswith("data-") or v for k, v in el.items()):
        return content  # (most ``<meta>`` have no empty attribute: told by one look at their values)
    start = source.find(f'content="{content}')
    end = source.find(">", start)
    if start < 0 or end < 0:
        return content
    import html

    raw = source[start + len('content="'):end].rstrip(" /").removesuffix('"')
    return html.unescape(raw) if len(raw) < 2 * len(content) + 200 else content


def _only_topic_links(el: Any, text: str) -> bool:
    """True when the text of a byline element (``text``) is only that of its links to topic,
    tag or category pages (``labels.topic_link``): the section's label that a template prints in
    its author box ("<a href="/news/category/29/…">منوعات</a>"), no author."""
    words = [element_text(a, 120) for a in el.iter("a") if topic_link(a.get("href") or "")]
    return bool(words) and " ".join(w for w in words if w) == text


def _cjk_credit(piece: str, owner: Any, add: Any, skip_cache: dict[Any, bool]) -> None:
    """"责任编辑：焦鹏", "(责编：牛镛、岳弘彬)": a credit line, a text or tail ``piece`` with its
    colon (``layout.people.cjk_credit``), of the element ``owner``."""
    names = cjk_credit(" ".join(piece.split())) if owner is not None else []
    if names and not _skipped(owner, skip_cache):
        add("authors", "、".join(n.name for n in names), "html:byline-text", kind="cjk-credit")


def _in_figure(el: Any) -> bool:
    """True when ``el`` stands in a ``<figure>`` or ``<figcaption>`` (a photo's credit), up to
    eight levels up."""
    cur = el
    for _ in range(8):
        if cur is None:
            return False
        if cur.tag in ("figure", "figcaption"):
            return True
        cur = cur.getparent()
    return False


def _byline_date(el: Any, add: Any) -> None:
    """The date printed on the byline's line: the byline element's or its parent's short text."""
    for node in (el, el.getparent()):
        if node is None:
            continue
        text = element_text(node, 260, spaced=True)
        if len(text) <= 200 and re.search(r"\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}", text):
            add(date_field(text), text, "html:date-class", rank=1)
            return


_MEDIA_TYPES = re.compile(r"(?:Image|Video|Audio|Media)Object|Photograph", re.I)


def _media_item(el: Any) -> bool:
    """True when the microdata item that ``el`` belongs to (its nearest ``itemscope`` above
    it) is an image, a photograph or a video: its author is the photographer's credit."""
    cur = el.getparent()
    for _ in range(50):
        if cur is None:
            return False
        if cur.get("itemscope") is not None or cur.get("itemtype"):
            return bool(_MEDIA_TYPES.search(cur.get("itemtype") or ""))
        cur = cur.getparent()
    return False


def _microdata(el: Any, prop: str, add: Any, skip_cache: dict[Any, bool]) -> None:
    props = prop.lower().split()
    value = el.get("content") or el.get("datetime")
    for p in props:
        if p in ("headline",):
            add("title", value or element_text(el, 600), "html:microdata")
        elif p in ("author", "creator"):
            if _skipped(el, skip_cache) or _media_item(el):
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

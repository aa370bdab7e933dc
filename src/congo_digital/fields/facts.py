"""The facts a page states about itself: its address, its site's name, its description,
its keywords and its image.

Each is read from the markup's candidates (``html.meta`` and ``html.jsonld``) in a fixed
order of sources, the first usable one wins (keywords: the union of every source):

* ``url``: ``<link rel=canonical>``, else ``og:url``, else the JSON-LD article's ``url``,
  else the address the caller gives (``--url``); a relative address is resolved against
  the caller's (else it is skipped); only ``http``/``https`` addresses are kept, without
  their ``#fragment``.
* ``site_name``: ``og:site_name``, else the JSON-LD publisher's name, else a JSON-LD
  ``WebSite``/``Organization`` name, else ``application-name``,
  ``apple-mobile-web-app-title``, Dublin Core ``publisher`` (not a ``twitter:site``
  handle).
* ``description``: ``<meta name=description>``, else ``og:description``, else the JSON-LD
  article's ``description``, else ``twitter:description``, else Dublin Core.
* ``keywords``: the JSON-LD article's ``keywords``, ``article:tag``, ``news_keywords``,
  ``keywords`` (and the Parse.ly/Sailthru tags, Dublin Core ``subject``), each split at
  commas and semicolons (also the full-width "，" "、" "；"), de-duplicated without case
  or accents, in that order; at most ``MAX_KEYWORDS``.
* ``image``: ``og:image``, else the JSON-LD article's ``image``, else ``twitter:image``;
  resolved against the page's address (a ``//host/…`` address takes ``https:``).

The sources are named in ``meta_names`` of ``data/html.json`` (OpenGraph, Dublin Core,
schema.org ``NewsArticle``).  Every function returns a ``Candidate`` (its value and where
it was read, for the record's evidence) or ``None``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from congo_digital.fields.common import norm_key
from congo_digital.record import Candidate
from congo_digital.vocab import phrase_set

MAX_KEYWORDS = 50
"""Keywords kept (a page's keyword list is sometimes its whole tag cloud)."""

_KEYWORD_SPLIT = re.compile(r"\s*[,;，、；]\s*")
_URL_SOURCES = ("html:link", "html:opengraph", "html:json-ld")
_SITE_SOURCES = ("html:opengraph", "html:json-ld", "html:meta", "html:dublin-core")
_DESCRIPTION_SOURCES = (("html:meta", "description"), ("html:opengraph", None), ("html:json-ld", None),
                        ("html:meta", None), ("html:microdata", None), ("html:dublin-core", None))
_KEYWORD_SOURCES = ("html:json-ld", "html:opengraph", "html:meta", "html:microdata", "html:dublin-core")
_IMAGE_SOURCES = ("html:opengraph", "html:json-ld", "html:meta")


def web_address(value: str, base: str | None, drop_fragment: bool = False) -> str | None:
    """``value`` as an absolute ``http``/``https`` address, resolved against ``base`` when
    it is relative; a ``//host/…`` address without a base takes ``https:``; with
    ``drop_fragment``, without its ``#fragment`` (a JSON-LD ``@id`` such as ``…/#article``).  ``None`` when
    it cannot be one (no base for a path, another scheme, no host, white space inside)."""
    value = value.strip()
    if not value or any(ch.isspace() for ch in value):
        return None
    if value.startswith("//") and not base:
        value = "https:" + value
    elif base and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value):
        value = urljoin(base, value)
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return value.split("#", 1)[0] if drop_fragment else value


def is_web_address(value: str) -> bool:
    """Is ``value`` already an absolute ``http``/``https`` address with a host, as a record's
    ``url`` holds (``web_address`` gives it back unchanged)?  The check of a caller's
    ``url`` (``--url``, the API's ``url=``)."""
    return web_address(value, None) == value.strip()


def url_problem(value: str) -> str | None:
    """Why a caller's ``url`` (``--url``, the API's ``url=``) is refused, or ``None`` when it
    is an absolute ``http``/``https`` address (``is_web_address``): ``"'x' is not a web
    address; give an absolute one (https://host/path)"``, which each caller prefixes."""
    if is_web_address(value):
        return None
    return f"{value!r} is not a web address; give an absolute one (https://host/path)"


def _first(cands: list[Candidate], field: str, sources: tuple[str, ...]) -> list[Candidate]:
    """The candidates of ``field``, ordered by ``sources`` (others dropped), then rank."""
    pool = [c for c in cands if c.field == field and c.source in sources]
    return sorted(pool, key=lambda c: (sources.index(c.source), c.rank))


def decide_url(cands: list[Candidate], given: str | None = None) -> Candidate | None:
    """The page's address (order in the module docstring); ``given`` is the caller's, the
    base of a relative one and the last resort (source ``given``)."""
    base = web_address(given, None) if given else None
    for c in _first(cands, "url", _URL_SOURCES):
        value = web_address(c.value, base, drop_fragment=True)
        if value:
            return Candidate("url", value, c.source, c.start, c.end, c.value)
    return Candidate("url", given, "given") if given else None


def decide_site_name(cands: list[Candidate]) -> Candidate | None:
    """The site's name (order in the module docstring); a ``@handle`` is not a name."""
    for c in _first(cands, "site", _SITE_SOURCES):
        if not c.value.startswith("@") and norm_key(c.value):
            return Candidate("site_name", c.value, c.source, c.start, c.end, c.value)
    return None


def decide_description(cands: list[Candidate]) -> Candidate | None:
    """The page's description (order in the module docstring): its first non-empty one."""
    pool = [c for c in cands if c.field == "description"]
    for src, name in _DESCRIPTION_SOURCES:
        for c in pool:
            if c.source == src and (name is None or c.kind == name) and norm_key(c.value):
                return Candidate("description", c.value, c.source, c.start, c.end, c.value)
    return None


def decide_keywords(cands: list[Candidate]) -> Candidate | None:
    """The page's keywords (order and splitting in the module docstring) as a list of
    strings; the evidence is the first source's raw value."""
    words: list[str] = []
    seen: set[str] = set()
    first: Candidate | None = None
    for c in _first(cands, "keywords", _KEYWORD_SOURCES):
        for word in _KEYWORD_SPLIT.split(c.value):
            word = word.strip(" \"'#")
            key = norm_key(word)
            if not key or key in seen or len(word) > 100 or key in phrase_set("placeholder_values"):
                continue
            seen.add(key)
            words.append(word)
            first = first or c
    if first is None:
        return None
    return Candidate("keywords", words[:MAX_KEYWORDS], first.source, first.start, first.end, first.value)


def decide_image(cands: list[Candidate], base: str | None) -> Candidate | None:
    """The page's image as an absolute address, resolved against ``base`` (the page's)."""
    for c in _first(cands, "image", _IMAGE_SOURCES):
        value = web_address(c.value, base)
        if value:
            return Candidate("image", value, c.source, c.start, c.end, c.value)
    return None

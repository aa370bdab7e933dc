"""What the field modules share: comparison keys, the page's own names, source order.

``norm_key`` compares wordings without case, accents and punctuation; ``site_names`` and
``is_site`` recognise the page's own name (``og:site_name``, JSON-LD publisher, host
name) in a title affix or a credit; ``SOURCE_ORDER`` ranks the sources of authors,
dates and section, most trusted first (structured markup, then visible markup, then the
text layout).
"""

from __future__ import annotations

import re
import unicodedata

from congo_digital.record import Candidate
from congo_digital.vocab import phrase_set

_WORD = re.compile(r"\w+")


_KEYS: dict[str, str] = {}
"""``norm_key`` of the texts of up to ``_KEY_TEXT`` characters asked before, kept across
pages (emptied when it holds ``_KEYS_KEPT``): a page's title, credits and headline
candidates are compared with one another many times over (some 100 keys of 20 texts a
page)."""
_KEY_TEXT = 300
_KEYS_KEPT = 10_000


def norm_key(text: str) -> str:
    """Lowercase, accent-free, punctuation-free form of ``text`` for comparisons."""
    key = _KEYS.get(text)
    if key is None:
        key = _norm_key(text)
        if len(text) <= _KEY_TEXT:
            if len(_KEYS) >= _KEYS_KEPT:
                _KEYS.clear()
            _KEYS[str(text)] = key  # (a plain copy of a str subclass: an lxml string holds its element)
    return key


def _norm_key(text: str) -> str:
    """``norm_key``, worked out."""
    if text.isascii():  # nothing to decompose
        return " ".join(_WORD.findall(text.casefold()))
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_WORD.findall(text))


def tokens(text: str) -> list[str]:
    """The words of ``norm_key(text)``."""
    return norm_key(text).split()


def overlap(a: str, b: str) -> float:
    """Token F1 of two strings (0.0 to 1.0)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    pool = list(tb)
    common = 0
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def site_names(cands: list[Candidate]) -> set[str]:
    """Normalised names the page gives itself (og:site_name, publisher, host name parts;
    generic parts such as "www" and "amp", ``generic_host_parts`` in ``data/html.json``,
    left out)."""
    names: set[str] = set()
    for c in cands:
        if c.field == "site":
            key = norm_key(c.value.lstrip("@"))
            if key:
                names.add(key)
                names.add(key.replace(" ", ""))
        elif c.field == "url":
            m = re.match(r"^(?:https?:)?//([^/:?#]+)", c.value)
            if m:
                host = m.group(1).lower()
                generic = phrase_set("generic_host_parts")
                parts = [p for p in host.split(".") if p not in generic]
                if len(parts) >= 2:
                    names.add(norm_key(".".join(parts)))
                    names.add(norm_key(" ".join(parts[:-1])))
                    names.add(parts[-2])
                    names.add(".".join(parts))
    return {n for n in names if n}


def is_site(text: str, sites: set[str]) -> bool:
    """True when ``text`` is one of ``sites`` (or differs from one by a short suffix)."""
    key = norm_key(text)
    if not key:
        return False
    squashed = key.replace(" ", "")
    if key in sites or squashed in sites:
        return True
    for s in sites:
        s2 = s.replace(" ", "")
        short, long_ = sorted((s2, squashed), key=len)
        if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 4:
            return True
    return False


SOURCE_ORDER = {"html:json-ld": 0, "html:opengraph": 1, "html:microdata": 2, "html:meta": 3,
                 "html:dublin-core": 4, "html:rel-author": 5, "html:byline-class": 6, "html:byline-text": 6.5,
                 "html:time": 7, "html:date-text": 7.5, "text:byline": 8, "text:credits": 8, "html:author-box": 8.5,
                 "html:date-class": 9, "html:url": 10}

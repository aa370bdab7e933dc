"""The day/month order of a text's numeric dates, decided once for the whole text.

A page prints its dates one way.  One numeric date whose first number cannot be a month
("15/04/2024") proves day first for every date of the page, one whose second number cannot be
("04/15/2024") proves month first (``numeric_order``).  Without proof, a page that names its
own site under a country-code domain in its copyright line ("© Example.ie 2023") is read in
that country's locale (``page_locale``), as CLDR prints its dates (``en-IE``: day first).
Vanity country domains (``.io``, ``.tv``, ...) say nothing of a country: ``layout.json``
``vanity_tlds``.
"""

from __future__ import annotations

import re

from congo_digital.bcp47 import primary_subtag
from congo_digital.fields.datewords import day_month_order
from congo_digital.vocab import phrase_set

_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d./-])")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)[^\n]{0,80}", re.I)
_DOMAIN = re.compile(r"\b[\w-]{2,63}\.(?:(?:co|com|org|net|gov|ac)\.)?([a-z]{2})\b", re.I)
_SCAN = 200_000  # characters of the text searched for numeric dates
_NUMERIC_TAIL = re.compile(r"\d[./-](?:19|20)\d{2}")
"""What every match of ``_NUMERIC`` holds: a text without it has no numeric date, found by a
scan that starts with a digit (the regex engine skips to the digits) where ``_NUMERIC``'s
look-behind is tried at every character."""


def _has_tail(text: str) -> bool:
    """Whether ``text`` holds what every match of ``_NUMERIC_TAIL`` holds: "19" or "20"
    after ".", "/" or "-" (``numeric_order``'s first test).  Two substring searches, each
    occurrence's character before it then read: where a search for each of the six pairs
    of separator and century read the whole text six times."""
    find = text.find
    for century in ("19", "20"):
        i = find(century, 1)
        while i >= 0:
            if text[i - 1] in "./-":
                return True
            i = find(century, i + 1)
    return False


_COPYRIGHT_MARKS = (b"(c)", b"copyr")
"""What a text holds when ``_COPYRIGHT`` matches in it, besides "©": one of these in any
case (``re.I`` matches a letter of "copyr" and the brackets only as their ASCII forms,
and no other character lowers to one of them), found in the text's ASCII bytes lowered
(each other character a "?"), cheaper than lowering a text that is not ASCII."""


def numeric_order(text: str) -> str | None:
    """``"DMY"`` when a numeric date of ``text`` has a first number over 12 (and no date
    has a second number over 12), ``"MDY"`` for the reverse, else None (no proof, or
    proofs both ways)."""
    text = text[:_SCAN]
    if not _has_tail(text) or _NUMERIC_TAIL.search(text) is None:
        return None
    day_first = month_first = False
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if 12 < a <= 31 and 1 <= b <= 12:
            day_first = True
        elif 12 < b <= 31 and 1 <= a <= 12:
            month_first = True
    if day_first != month_first:
        return "DMY" if day_first else "MDY"
    return None


def _copyright_country(text: str) -> str | None:
    """The ISO country code of the country-code domain named in a copyright line of
    ``text`` ("© BreakingNews.ie 2023" -> "IE"; ".uk" -> "GB"), else None."""
    text = text[-_SCAN:]
    if "©" not in text:
        raw = text.encode("ascii", "replace").lower()  # (bytes: lowered a byte at a time)
        if not any(map(raw.__contains__, _COPYRIGHT_MARKS)):
            return None
    for line in _COPYRIGHT.findall(text):
        for m in _DOMAIN.finditer(line):
            tld = m.group(1).lower()
            if tld not in phrase_set("vanity_tlds"):
                return "GB" if tld == "uk" else tld.upper()
    return None


def page_locale(text: str, language: str | None) -> str | None:
    """``language`` (a BCP 47 tag, or None) adjusted so that its CLDR day/month order is
    the one the page proves (``numeric_order``), else the one of its copyright domain's
    country when ``language`` names no region.  Only English tags are changed by a proof
    (``en-GB`` day first, ``en-US`` month first): other languages' month names are read
    under their own tag."""
    primary = primary_subtag(language, "en")
    proof = numeric_order(text)
    if proof is not None:
        if proof != day_month_order(language) and primary == "en":
            return "en-GB" if proof == "DMY" else "en-US"
        return language
    if language is not None and "-" in language:
        return language
    country = _copyright_country(text)
    if country is None:
        return language
    return f"{primary}-{country}"  # (a pair CLDR does not know reads as the language: day_month_order)

"""The dateline that may open an article's first paragraph.

"NAIROBI, March 3 (Agency) -", "**LAGOS** —", "Yaoundé, le 8 janvier 2025 –": a place
(one to four capitalised words, or upper case), an optional region, date and agency, then a
dash; right after the agency's bracket, a full stop and a dash ("Madrid, 12 mar (EFE).-",
the Spanish-language wires' form) or, after a date, no dash ("La Habana, 12 feb (Prensa
Latina) El …").  A place may open with an article when the gazetteer knows it so ("LA PAZ",
"Le Caire") or it is in upper case before a region ("EL ALTO, Bolivia (AP) —").  The pattern
is linear and reads at most the first 200 characters of a paragraph.
"""

from __future__ import annotations

import re

from congo_digital.fields.authors import is_agency
from congo_digital.fields.dateparse import find_dates, year_of_copyright
from congo_digital.fields.places import place as place_known
from congo_digital.layout.lines import LIST_ITEM, Layout, Line, Paragraph, cjk_heavy, paragraph_like, read_at
from congo_digital.record import Contributor, Dateline
from congo_digital.vocab import phrase_set

_DASH = r"\s(?:-|–|—|--)|(?<=\))(?:\s?\.\s?[-–—]|(?P<bare>)(?=\s[A-ZÀ-Þ]))"
"""The dash that ends a dateline: white space and a dash, or right after the agency's
bracket a full stop and a dash ("(EFE).-"), or no dash at all (``bare``) between the
agency's bracket and a capital ("La Habana, 12 feb (Prensa Latina) El ministro …", the
form of the Cuban wire; ``_dateline`` then needs a date that reads and a known agency,
``data/agencies.json``: "La Paz, 3 mar (foto) El …" is no dateline)."""

_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w'’.\-]*(?:[ /][A-ZÀ-Þa-zà-ÿ][\w'’.\-]*){0,3}?)"
    r"(?:,\s(?P<region>[A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){0,2}))?"
    r"(?:,\s(?P<date>(?:le\s)?[^()\-–—]{3,40}?))?"
    r"\s?(?:\((?P<agency>[^()]{2,60})\))?"
    rf"(?:{_DASH})\s"
    r"(?:(?P<date2>[^\-–—()]{3,30}?)\s(?:-|–|—|--)\s)?"
)

_CJK_DATELINE = re.compile(
    r"^(?P<place>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,8})[、，,]\s?"
    r"(?P<date>[^\-–—―()（）]{4,24}?)\s?"
    r"(?:[（(](?P<agency>[^()（）]{2,30})[)）]\s?)?"
    r"(?:-|–|—|--|―)\s?"
)
"""A dateline in Chinese, Japanese or Korean script: "東京、2025年3月12日 - ", "北京，2025年3月12日（新华社）—"."""


def _cjk_dateline(par: Paragraph, language: str | None,
                  default_year: int | None) -> tuple[Dateline, int] | None:
    """As ``_dateline`` for a paragraph in CJK script: a place of one to eight CJK
    characters, an ideographic or full-width comma, a date that reads, an optional agency
    in brackets and a dash."""
    m = _CJK_DATELINE.match(par.text[:80])
    if not m or not find_dates(m.group("date"), language=language, default_year=default_year or 2000):
        return None
    cut = m.end()
    return Dateline(place=m.group("place"), agency=m.group("agency"), text=par.text[:cut].strip(" -–—―")), cut


_DASH_GAP = re.compile(_DASH)
"""The dash after a dateline (``_DASH``, which ``_DATELINE`` needs), searched for first: a
paragraph without one in its head is not tried against the whole pattern."""


def _may_dash(head: str) -> bool:
    """Whether ``head`` holds what every match of ``_DASH_GAP`` holds: a closing bracket (the
    forms after an agency) or a dash after white space (``\\s``: ``str.isspace``), found by
    substring searches and a look at the character before each dash, where the pattern is
    tried at every character (a paragraph's head holds hyphens, seldom a spaced dash)."""
    if ")" in head:
        return True
    for dash in "-\u2013\u2014":
        i = head.find(dash, 1)
        while i > 0:
            if head[i - 1].isspace():
                return True
            i = head.find(dash, i + 1)
    return False


def _article_place(place: str, m: re.Match[str]) -> bool:
    """Whether ``place``, which opens with an article or a preposition (``not_dateline_places``:
    "The", "In", "La", "El" … start sentences, not datelines), is still a dateline's place:
    a city or region of the gazetteer that the article is part of ("La Paz", "La Habana",
    "Le Caire", "Los Angeles", "The Hague"), or two words or more in upper case before a
    region ("EL ALTO, Bolivia (AP) —", the wires' form for a town the gazetteer lacks).
    An article the place's name does not hold ("O PORTO, 3 mar (Lusa)": Porto) is not one."""
    if " " not in place.strip():
        return False
    return place_known(place) or place.isupper() and m.group("region") is not None


def _dateline(par: Paragraph, language: str | None, default_year: int | None) -> tuple[Dateline, int] | None:
    """The dateline opening ``par`` and the offset (in ``par.text``) where the text after
    it starts, or None.  A dateline needs a place in upper case, an agency, a date (read
    with ``default_year``, else 2000, when it has none; a region may stand for an unread
    date) or a long dash."""
    head = par.text[:200]
    m = _DATELINE.match(head) if _may_dash(head) and _DASH_GAP.search(head) else None
    if not m:
        return _cjk_dateline(par, language, default_year) if par.text[:1] > "\u3000" else None
    place = m.group("place")
    if not place or len(place) > 40:
        return None
    date_text = m.group("date")
    cut = m.end()
    if m.group("date2"):
        if find_dates(m.group("date2"), language=language):
            date_text = date_text or m.group("date2")
        else:
            cut = m.start("date2")
    if place.split()[0].lower() in phrase_set("not_dateline_places") and not _article_place(place, m):
        return None
    if not (place.isupper() or m.group("agency") or date_text or "—" in m.group(0) or "–" in m.group(0)):
        return None
    bare = m.group("bare") is not None
    if bare and not (date_text and m.group("agency") and is_agency(m.group("agency"))):
        return None
    if date_text and not find_dates(date_text, language=language, default_year=default_year or 2000):
        if m.group("region") is None or bare:
            return None
    agency = m.group("agency")
    place_out = " ".join(w if not w.isupper() or len(w) <= 2 else w.title() for w in place.split())
    if place.isupper():
        place_out = "/".join(p.title() for p in place.split("/"))
    text = par.text[:cut].strip(" -–—")
    if text.endswith(".") and text[:-1].rstrip().endswith(")"):  # "(EFE).-": the full stop is the dash's
        text = text[:-1].rstrip()
    return Dateline(place=place_out, agency=agency, text=text), cut


def opens_on_dateline(text: str, language: str | None) -> bool:
    """Is ``text`` (a line's clean form) a lead paragraph that opens on a dateline ("LAGOS,
    March 12, 2025 - The central bank raised …", "東京、2025年3月12日 - 日本銀行は…"): a line
    of prose (``lines.paragraph_like``, or a CJK line holding a full stop "。") whose start
    reads as ``_dateline`` reads one?  Such a line is the body's first, never a headline.
    Dates without a year are read as of 2000 (only whether they read matters here)."""
    prose = paragraph_like(text) or ("。" in text and cjk_heavy(text))
    return prose and _dateline(Paragraph(text, 0, len(text)), language, None) is not None


def read_dateline(out: Layout, text: str, lines: list[Line], footer: int, language: str | None,
                  credited: bool) -> None:
    """Read the dateline of one of the first two paragraphs of ``out.paragraphs`` (among
    the first four, list items left out) into ``out.dateline`` and ``out.dateline_at``
    (offsets into ``text``).

    A yearless date in it is read with the year of the copyright line in the footer
    (``lines[footer:]``) and becomes ``out.date`` when the header gave none; its agency
    becomes the author when nobody is ``credited`` and no generic byline was seen."""
    paragraphs = out.paragraphs
    if not paragraphs:
        return
    copyright_year = year_of_copyright(text[lines[footer].start:] if footer < len(lines) else "")
    found = None
    for first in [p for p in paragraphs[:4] if not LIST_ITEM.match(p.text)][:2]:
        found = _dateline(first, language, copyright_year)
        if found:
            break
    if not found:
        return
    dl, cut = found
    out.dateline = dl
    out.dateline_at = read_at("dateline", dl.text, first.start, first.start + cut, "text:dateline")
    if out.date is None:
        dates = find_dates(dl.text, language=language, default_year=copyright_year)
        if dates:
            out.date = read_at("date", dates[0].value, first.start, first.start + cut, "text:dateline")
    if not credited and dl.agency and not out.generic_byline:
        out.authors = [Contributor(name=dl.agency)]

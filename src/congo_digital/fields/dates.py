"""The publication and modification dates: normalisation and one decision per field.

``normalise_date`` writes any date a page states as the record does (ISO 8601, see
``fields.dateparse``).  ``decide_date`` takes, in order: structured markup (JSON-LD,
``article:published_time``, microdata, ``<meta name=date…>``, Dublin Core), then
``<time datetime>`` and labelled dates ("Datum", "Published"), then the text's date line,
then the date classes and a date in the page's address; the modification date is only
the last resort for the publication date.  A UTC stamp gives way to the local calendar
day of the same moment when other candidates print it (``_local_day``), a stamp over
30 days after the date in the page's address gives way to that date (``_first_day``), and a
generic ``<meta name=date>`` later than a date printed under a publication label gives way to
it (``_labelled_day``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from congo_digital.fields.common import SOURCE_ORDER
from congo_digital.fields.dateparse import find_dates
from congo_digital.read.characters import AS_READ
from congo_digital.record import Candidate

_ISO_FULL = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ]?(\d{2}):?(\d{2})(?::?\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


_YEAR_FIRST = re.compile(r"^\s*(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)")


def _real_day(year: int, month: int, day: int) -> bool:
    """True when ``year``-``month``-``day`` is a day of the Gregorian calendar."""
    from datetime import date

    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


_RFC2822 = re.compile(r"^\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}")


def _rfc2822(value: str) -> str | None:
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    out = when.strftime("%Y-%m-%dT%H:%M")
    if when.tzinfo is not None and re.search(r"[+-]\d{4}|GMT|UTC|UT\b|Z$", value):
        offset = when.strftime("%z")
        out += f"{offset[:3]}:{offset[3:]}"
    return out


@lru_cache(maxsize=4096)
def normalise_date(value: str, language: str | None = None, quick: bool = False) -> str | None:
    """Read a date as the record writes it: YYYY-MM-DD[THH:MM[±HH:MM]] (seconds dropped).

    ISO 8601 (also compact ``20240502``) and RFC 2822 are read directly; other forms
    through ``dates.find_dates`` (dateparser) in ``language``, unless ``quick``.  Years
    outside 1990-2099 give None, and so does a year-first date that is no calendar day
    ("2023-02-29", "2023-13-01", "2023/04/31"), as the text's date readers refuse them.
    Bidirectional marks and non-breaking hyphens are read as a reader sees them
    (``read.characters.AS_READ``: "\u200e2025\u201103\u201112" is 2025-03-12).
    """
    if not value.isascii():
        value = value.translate(AS_READ)
    value = value.strip()
    m = _ISO_FULL.match(value)
    out = None
    if m and not _real_day(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return None  # "2023-02-29", month 13: refused, not re-read in another order
    if m is None and (ymd := _YEAR_FIRST.match(value)) and not _real_day(*map(int, ymd.groups())):
        return None  # "2023/13/05"
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out = f"{y:04d}-{mo:02d}-{d:02d}"
            if m.group(4) and int(m.group(4)) < 24 and int(m.group(5)) < 60:
                out += f"T{m.group(4)}:{m.group(5)}"
                zone = m.group(6)
                if zone:
                    if zone == "Z":
                        out += "+00:00"
                    else:
                        digits = zone[1:].replace(":", "")
                        if int(digits[:2]) <= 14 and int(digits[2:4] or 0) <= 59:  # real offsets: -12 to +14 h
                            out += f"{zone[0]}{digits[:2]}:{(digits[2:4] or '00')}"
    if out is None and _RFC2822.match(value):
        out = _rfc2822(value)
    if out is None and quick:
        return None
    if out is None:
        found = find_dates(value[:200], language=language)
        if not found:
            return None
        out = found[0].value
    year = int(out[:4])
    return out if 1990 <= year <= 2099 else None


# ---------------------------------------------------------------- the decision

def _same_moment(utc: str, other: str) -> bool:
    """Can ``other`` (a date, a local clock time, or a time with offset) be the moment ``utc``?"""
    from datetime import datetime, timedelta

    if len(other) == 10:
        return True
    when = datetime.fromisoformat(utc)
    if len(other) == 16:  # local clock time without offset: same minutes, whole-hour shift
        local = datetime.fromisoformat(other)
        return local.minute == when.minute and abs(local - when.replace(tzinfo=None)) <= timedelta(hours=14)
    try:
        return abs(datetime.fromisoformat(other) - when) <= timedelta(minutes=1)
    except ValueError:
        return False


def _local_day(chosen: Candidate, pool: list[Candidate], language: str | None) -> Candidate:
    """A UTC time stamp gives way to the page's local date of the same moment.

    When the chosen value is in UTC and the other candidates (without UTC offsets) agree on
    the calendar day before or after it, that local day is the page's publication date.
    """
    value = str(chosen.value)
    if not value.endswith("+00:00"):
        return chosen
    day = value[:10]
    votes: dict[str, int] = {}
    best: dict[str, Candidate] = {}
    for c in pool:
        if c.source == chosen.source and c.value == chosen.text:
            continue
        other = normalise_date(c.value, language, quick=True)
        if not other or other.endswith("+00:00") or not _same_moment(value, other):
            continue
        votes[other[:10]] = votes.get(other[:10], 0) + 1
        best.setdefault(other[:10], Candidate(chosen.field, other, c.source, c.start, c.end, c.value))
    if not votes:
        return chosen
    top = max(votes, key=lambda d: votes[d])
    if top != day and votes[top] > votes.get(day, 0):
        from datetime import date

        gap = abs((date.fromisoformat(top) - date.fromisoformat(day)).days)
        if gap == 1:
            return best[top]
    return chosen


_RESAVED_AFTER_DAYS = 30


def _first_day(chosen: Candidate, pool: list[Candidate]) -> Candidate:
    """The date in the page's address (``html:url``, a full year/month/day path) when the
    chosen date is over ``_RESAVED_AFTER_DAYS`` days later: an address is made when a page
    is first published, so a much later stamp in the markup is a re-save of the page (a
    day or so apart is the time zone or the print edition, and the markup stays)."""
    from datetime import date

    for c in pool:
        if c.source == "html:url":
            gap = (date.fromisoformat(str(chosen.value)[:10]) - date.fromisoformat(c.value)).days
            if gap > _RESAVED_AFTER_DAYS:
                return Candidate(chosen.field, c.value, c.source, c.start, c.end, c.value)
    return chosen


_GENERIC_STAMPS = frozenset({"html:meta", "html:dublin-core"})


def _labelled_day(chosen: Candidate, pool: list[Candidate], language: str | None) -> Candidate:
    """A date the page prints under a publication label ("Erschienen am: 13.10.2021",
    ``html:date-text``) when the chosen one is a generic ``<meta name=date>`` or Dublin Core
    stamp of a later day: such a stamp is often the day the page was generated, never
    before its publication."""
    if chosen.source not in _GENERIC_STAMPS:
        return chosen
    for c in pool:
        if c.source == "html:date-text":
            value = normalise_date(c.value, language)
            if value and value[:10] < str(chosen.value)[:10]:
                return Candidate(chosen.field, value, c.source, c.start, c.end, c.value)
    return chosen


def decide_date(cands: list[Candidate], text: Candidate | None, language: str | None,
                field: str = "date") -> Candidate | None:
    """Choose the publication (``field="date"``) or modification date."""
    pool = [c for c in cands if c.field == field]

    def order(c: Candidate) -> tuple[int, int]:
        base = SOURCE_ORDER.get(c.source, 9)
        if c.source == "html:json-ld" and c.kind == "weak":
            base = 5
        if c.source == "html:time" and c.kind == "pubdate":
            base = 4
        return base, c.rank

    pool.sort(key=order)
    for c in pool:
        if order(c)[0] >= 8:
            break
        value = normalise_date(c.value, language)
        if value:
            chosen = _local_day(Candidate(field, value, c.source, c.start, c.end, c.value), pool, language)
            return _first_day(_labelled_day(chosen, pool, language), pool) if field == "date" else chosen
    if text is not None:
        return text
    for c in pool:
        if order(c)[0] < 8:
            continue
        value = normalise_date(c.value, language)
        if value:
            return Candidate(field, value, c.source, c.start, c.end, c.value)
    return None

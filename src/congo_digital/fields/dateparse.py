"""Dates: find and normalise publication and modification dates in short text lines.

dateparser (``dateparser.search.search_dates``) locates and reads the calendar date in
any of its languages; this module adds what news pages need on top of it:

* the output format ``YYYY-MM-DD``, plus ``THH:MM`` only when a time is printed, plus an
  offset only when the text gives one (a numeric offset, ``GMT+3``, ``GMT``/``UTC``/``Z``
  or a fixed-offset zone name from ``data/dates.json``'s ``zone_offsets``; ``ET`` is
  ambiguous and gets none);
* the day/month order of numeric dates from the language's CLDR date pattern
  (``datewords.day_month_order``: a bare ``en`` month first, as US sites print it;
  ``en-GB``, ``fr``, ``de`` … day first);
* labels: "Updated", "Mis à jour", "Aktualisiert" … mark a modification date
  (``data/dates.json``'s ``date_labels_modified``); relative stamps ("an hour ago",
  "heute um 12:19", "yesterday": ``relative_date_words``) are not resolved: they give no date.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import cache, lru_cache
from typing import Literal

from congo_digital.bcp47 import primary_subtag
from congo_digital.fields.datewords import (
    _BASE_LANGUAGES,
    JOINED_DATE,
    YEAR,
    date_candidate,
    day_candidate,
    day_month_order,
    month_names,
    quick_dates,
    undated,
)
from congo_digital.fields.daytime import NUMERIC_DATE, time_in
from congo_digital.plain import Frozen
from congo_digital.vocab import entry, phrase_set

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?)?"
)
_DIGIT = re.compile(r"\d")
# A numeric date printed with bars between its parts ("26 | 01 | 2022"): read as "26.01.2022".
_PIPED_DATE = re.compile(r"(?<![\d|])(\d{1,2})\s?\|\s?(\d{1,2})\s?\|\s?((?:19|20)\d{2})(?!\d)")
_MERIDIEM_DOTS = re.compile(r"(?<![^\W\d_])[aApP]\.[mM]\.")
_YEAR_COLON = re.compile(r"(?<!\d)(?:19|20)\d{2}:(?=\s)")
_ABBR_DOT = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,4}\.(?=\s?\d)")
_YEAR_TIME = re.compile(r"(?<!\d)(?:19|20)\d{2}(?=\d{1,2}:[0-5]\d)")  # "April 25, 20232:26 PM"
# What a kept date holds when no default year is given: a printed year (``datewords.YEAR``) or a
# numeric date (``NUMERIC_DATE``), here without their boundary tests (a matched part of a
# line may start or end inside a number).  A line with neither gives no date: no reader runs.
_LETTERS = re.compile(r"[^\W\d_]+")
_YEARISH = re.compile(r"(?:19|20)\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


class FoundDate(Frozen):
    """A date read in a line.

    ``value`` is ISO 8601 (see the module docstring); ``start``/``end`` are offsets of the
    date's text in the line; ``kind`` is ``"published"``, ``"modified"`` or ``None``
    (unlabelled); ``has_year`` is False when the year was not printed (a wire dateline)
    and ``value`` then carries the year given as ``default_year``.
    """

    __slots__ = FIELDS = ("value", "start", "end", "kind", "has_year")

    def __init__(self, value: str, start: int, end: int, kind: Literal["published", "modified"] | None,
                 has_year: bool = True) -> None:
        for name, field_value in zip(self.FIELDS, (value, start, end, kind, has_year), strict=True):
            object.__setattr__(self, name, field_value)


def _languages(language: str | None) -> tuple[str, ...]:
    base = list(_BASE_LANGUAGES)
    lang = primary_subtag(language)
    if lang and lang not in base:
        return (lang, *base)
    if lang:
        base.remove(lang)
        return (lang, *base)
    return tuple(base)


@cache
def _settings(order: str) -> dict:
    return {
        "DATE_ORDER": order,
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }


@lru_cache(maxsize=4096)  # search_dates costs tens of ms a call; pages repeat their lines
def _search(text: str, languages: tuple[str, ...], order: str) -> tuple[tuple[str, datetime], ...]:
    """Dates in ``text``: the fast reader of common forms first (``quick_dates``, then
    ``undated`` when no form with a year is printed), dateparser for the rest, when a month
    name has a day beside it (``day_candidate``): what dateparser reads otherwise has no day
    or no month ("Februar 2020 (1)" as 1 February, "6.6 per cent" as 6 June, "now"), and its
    first call in a process costs about 0.3 s."""
    quick = quick_dates(text, languages, order) or undated(text, languages)
    if quick or not day_candidate(text, languages):
        return tuple(quick)
    from dateparser.search import search_dates

    try:
        found = search_dates(text, languages=list(languages), settings=_settings(order))
    except Exception:  # dateparser raises a variety of errors on odd input
        return ()
    return tuple(found or ())


def _label_kind(before: str) -> Literal["published", "modified"] | None:
    words = re.sub(r"[^\w\s]", " ", before.lower()).split()
    for n in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in phrase_set("date_labels_modified"):
            return "modified"
        if phrase in phrase_set("date_labels_published"):
            return "published"
    return None


def _modified_before(before: str) -> Literal["modified"] | None:
    """"modified" when an update label ends the words before a line's first date ("Article
    mis à jour le 7 janvier 2020", "This story was updated on May 2"): such a line never
    gives the publication date."""
    return "modified" if _label_kind(before) == "modified" else None


def _isos(text: str) -> list[FoundDate]:
    """The ISO 8601 dates of ``text`` (a segment of a line), each labelled by the words
    between it and the date before it ("更新时间：2023-05-05 12:00 发布时间：2023-05-04
    10:30": modified, then published); days that are not in the calendar are left out."""
    out: list[FoundDate] = []
    prev = 0
    for m in _ISO.finditer(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            datetime(year, month, day)
        except ValueError:
            continue
        value = f"{year:04d}-{month:02d}-{day:02d}"
        if m.group(4):
            value += f"T{m.group(4)}:{m.group(5)}"
            zone = m.group(6)
            if zone and (zone == "Z" or (int(zone[1:3]) <= 14 and int(zone[-2:]) <= 59)):
                value += "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
        out.append(FoundDate(value, m.start(), m.end(), _label_kind(text[prev: m.start()])))
        prev = m.end()
    return out


def _strip_label(segment: str) -> tuple[int, Literal["published", "modified"] | None]:
    """Return (length of a leading date label in ``segment``, its kind).  A label that is
    also a small word of date lines (``date_line_links``: "Le", "Am", "Em") is one only
    when no capitalised word but a weekday follows it: "Le 12 juin", "Am Dienstag, 12. März",
    not "Le Havre, 12 juin 2025" (a place's article)."""
    words = list(re.finditer(r"[^\W\d_]+", segment[:60]))
    for n in range(min(4, len(words)), 0, -1):
        if segment[: words[0].start()].strip(" *_-–—:"):
            break
        phrase = " ".join(w.group().lower() for w in words[:n])
        gap = segment[words[0].start(): words[n - 1].end()]
        if len(gap.split()) != n:
            continue
        if phrase in phrase_set("date_labels_modified"):
            return words[n - 1].end(), "modified"
        if phrase in phrase_set("date_labels_published") and not _article_label(phrase, segment[words[n - 1].end():]):
            return words[n - 1].end(), "published"
    return 0, None


_NEXT_WORD = re.compile(r"\s*(\w+)")


def _article_label(phrase: str, after: str) -> bool:
    """Whether ``phrase``, a label of ``_strip_label``, is a small word of date lines
    (``date_line_links``) before a capitalised word that is no weekday (``after``: the
    text after it): the article of a place ("Le Havre"), no label."""
    if phrase not in phrase_set("date_line_links"):
        return False
    m = _NEXT_WORD.match(after)
    return m is not None and m.group(1)[:1].isupper() and m.group(1).lower() not in phrase_set("weekdays")


def labelled(text: str) -> bool:
    """Does a date label ("Published", "Mis à jour le", ``dates.json``'s
    ``date_labels_published`` and ``date_labels_modified``) stand anywhere in ``text``, as one
    to four of its words (runs of letters, lower-cased)?  Without one, no date read in
    ``text`` has a kind (``FoundDate.kind`` is None).  Only the words that open a label
    (``_date_labels``) are tried: a sentence holds few of them."""
    words = [w.lower() for w in _LETTERS.findall(text)]
    labels, openers = _date_labels()
    return any(" ".join(words[i:i + n]) in labels
               for i, word in enumerate(words) if word in openers for n in range(1, 5))


@cache
def _date_labels() -> tuple[frozenset[str], frozenset[str]]:
    """The date labels (``date_labels_published`` and ``date_labels_modified``) and the first
    word of each (``labelled``: words joined by single spaces match a label only from there)."""
    labels = phrase_set("date_labels_published") | phrase_set("date_labels_modified")
    return labels, frozenset(label.split(" ")[0] for label in labels)


@cache
def _relative() -> re.Pattern[str]:
    """Relative stamps and the words for today and yesterday, which dateparser reads as the
    day it runs (``relative_date_words``)."""
    words = "|".join(re.escape(w) for w in entry("relative_date_words"))
    return re.compile(rf"\b(?:{words})\b", re.I)


def _relative_stamp(matched: str, languages: tuple[str, ...]) -> bool:
    """Whether ``matched`` (a date the readers found) is a relative stamp: it holds a word of
    ``relative_date_words`` ("2 hours ago", "hace 3 días").  Such a word that is also a month
    name or abbreviation of ``languages`` (``datewords.month_names``) and stands right beside
    a number is that month: "15 ago", "ago 15, 2024", "15-ago-2024" (Spanish, Portuguese and
    Italian "agosto"), no stamp."""
    for m in _relative().finditer(matched):
        before = matched[:m.start()].rstrip(" ./-")
        after = matched[m.end():].lstrip(" ./-,")
        if not (before[-1:].isdigit() or after[:1].isdigit()) or m.group().lower() not in month_names(languages):
            return True
    return False


def _segment_dates(line: str, offset: int, language: str | None, default_year: int | None,
                   quick: bool = False) -> list[FoundDate]:
    if default_year is None and "-" not in line and "/" not in line and not _YEARISH.search(line):
        return []  # no year and no joined date, before the label is read and the text normalised (see below)
    skip, label = _strip_label(line)
    if skip:
        skip += len(line[skip:]) - len(line[skip:].lstrip(" :-–—"))  # "Posted: Nov 8, 2023"
    raw_body = line[skip:]
    body, where = _normalise(raw_body)
    if default_year is None and not _YEARISH.search(body) and not (
            ("-" in body or "/" in body) and JOINED_DATE.search(body)):  # "12-Mar-25": a year of two digits
        # every date read would lack a year and be dropped below: spare the readers (asked of a line
        # without "-" or "/" first: its label holds no digit, normalising moves none: the same answer)
        return []
    order = day_month_order(language)
    languages = _languages(language)
    if quick or not skip and not date_candidate(body, languages):
        # no month name beside a number, no numbers joined as a date, no date label: nothing
        # dateparser should look for (it reads "8.1% in 2004" as 1 August 2004, at about 9 ms)
        found = tuple(quick_dates(body, languages, order))
    else:
        found = _search(body, languages, order)
    out: list[FoundDate] = []
    pos = 0
    for matched, when in found:
        start = body.find(matched, pos)
        if start < 0:
            continue
        end = start + len(matched)
        pos = end
        if not _DIGIT.search(matched) or _relative_stamp(matched, languages) or not 1900 <= when.year <= 2100:
            continue
        printed_year = YEAR.search(matched)
        if printed_year and int(printed_year.group()) != when.year and not NUMERIC_DATE.search(matched):
            continue  # the reader took a year for a time ("2016: 1:28 AM" read as today)
        has_year = bool(printed_year) or bool(NUMERIC_DATE.search(matched)) or bool(JOINED_DATE.fullmatch(matched))
        if not has_year:
            if default_year is None:
                continue
            try:
                when = when.replace(year=default_year)
            except ValueError:
                continue
        value = when.strftime("%Y-%m-%d")
        timed = time_in(body[start: min(len(body), end + 40)]) or time_in(body[max(0, start - 25): start])
        if timed:
            value += "T" + timed[0] + (timed[1] or "")
        kind = _label_kind(body[:start]) if out else label or _modified_before(body[:start])
        out.append(FoundDate(value, offset + skip + where[start], offset + skip + where[end - 1] + 1, kind, has_year))
    return out


def _normalise(text: str) -> tuple[str, list[int]]:
    """Collapse white space and drop the dot of an abbreviated month before a number
    ("Apr. 28" -> "Apr 28"), a colon after a year ("2016: 12:41") and the dots of "a.m.",
    which the date reader does not take, and put a space between a year and a time glued
    to it ("20232:26 PM"); also return, for each
    character kept, its index in ``text``."""
    drop = {m.end() - 1 for m in _ABBR_DOT.finditer(text)} | {m.end() - 1 for m in _YEAR_COLON.finditer(text)}
    for m in _MERIDIEM_DOTS.finditer(text):  # "9:22 a.m." -> "9:22 am"
        drop |= {m.start() + 1, m.start() + 3}
    split = {m.end() for m in _YEAR_TIME.finditer(text)}
    if not drop and not split and text.isprintable() and "  " not in text and text[:1] != " ":
        return text, list(range(len(text) + 1))  # single spaces its only white: every character kept
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if i in drop:
            continue
        if i in split:
            chars.append(" ")
            where.append(i)
        if ch.isspace():
            if not chars or chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        where.append(i)
    where.append(len(text))
    return "".join(chars), where


def find_dates(line: str, *, language: str | None = None, default_year: int | None = None,
               quick: bool = False) -> list[FoundDate]:
    """Return the dates printed in ``line`` (a header line, a segment of one, a dateline).

    ``line`` should be short (a few hundred characters); longer input is cut at 400
    characters.  ``|``-separated segments are read one by one (but a numeric date printed
    with bars between its parts, "26 | 01 | 2022", is one date); a leading label
    ("Published", "Mis à jour le" …) gives the date's kind.  ``language`` (BCP 47) is
    tried first; English, French, Spanish, Portuguese and German are always tried.  A
    date without a printed year is kept only when ``default_year`` is given.  Relative
    stamps are skipped.  ``quick``: the fast reader alone (``datewords.quick_dates``), not
    dateparser.
    """
    line = ascii_digits(line[:400])
    if not _DIGIT.search(line):
        return []
    return list(_find_dates(line, language, default_year, quick))


def ascii_digits(text: str) -> str:
    """``text`` with each decimal digit of another script written as its ASCII digit
    ("১৬ ফেব্রুয়ারি ২০২০" -> "16 ফেব্রুয়ারি 2020"; Arabic-Indic, Persian, Devanagari ...: the
    Unicode category Nd, read by ``unicodedata.decimal``).  One character for one, so
    offsets into ``text`` still hold."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


@lru_cache(maxsize=2048)
def _find_dates(line: str, language: str | None, default_year: int | None, quick: bool = False
                ) -> tuple[FoundDate, ...]:
    """``find_dates`` on a cut line, remembered: pages print the same stamp several times
    and the layout rules may read a line twice."""
    out: list[FoundDate] = []
    pos = 0
    untimed: int | None = None  # index in ``out`` of a date, read in the segment before, without its time
    line = _PIPED_DATE.sub(lambda m: f"{m.group(1)}.{m.group(2)}.{m.group(3)}".ljust(len(m.group())), line)
    for segment in line.split("|"):
        if _DIGIT.search(segment):
            lead = len(segment) - len(segment.lstrip())
            isos = _isos(segment)
            before = len(out)
            if isos:
                label = _strip_label(segment.strip())[1]
                out.extend(FoundDate(iso.value, pos + iso.start, pos + iso.end, (label if n == 0 else None) or iso.kind)
                           for n, iso in enumerate(isos))
            else:
                out.extend(_segment_dates(segment.strip(), pos + lead, language, default_year, quick))
            if len(out) == before and untimed is not None:
                out[untimed] = with_time(out[untimed], segment)  # "Mar 1, 2025 | 10:30 AM EAT"
            untimed = len(out) - 1 if len(out) > before and "T" not in out[-1].value else None
        else:
            untimed = None
        pos += len(segment) + 1
    return tuple(out)


def with_time(found: FoundDate, segment: str) -> FoundDate:
    """``found`` (a date read without a time) with the time printed alone in ``segment``,
    the ``|`` segment after it ("10:30 AM EAT", "10h30"); ``found`` unchanged when the
    segment is longer than 30 characters, is labelled ("Updated 11:00") or has no time."""
    text = segment.strip()
    if "T" in found.value or len(text) > 30 or _strip_label(text)[0]:
        return found
    timed = time_in(text)
    if not timed:
        return found
    return FoundDate(found.value + "T" + timed[0] + (timed[1] or ""), found.start, found.end, found.kind,
                     found.has_year)


_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)((?:19|20)\d{2})\s*(?:©|\(c\))",
    re.I,
)


def year_of_copyright(text: str) -> int | None:
    """Return the year of the first copyright line of ``text``: "© 2025 …", "(c) 2025",
    "Copyright 2025", the later year of a range ("© 2005—2020", "Copyright 2010-2019",
    "1999 – 2021 © Example": the year printed before the sign), in any digits
    (``ascii_digits``); None when there is none."""
    m = _COPYRIGHT_YEAR.search(ascii_digits(text))
    return int(m.group(1) or m.group(2)) if m else None

"""A fast reader for the common printed date forms, before dateparser.

dateparser reads dates in any language but its first call in a process costs about a
second (it compiles its language data).  Most news pages print one of a few forms, so
this module reads those first, with month names from CLDR (through babel, wide and
abbreviated, format and stand-alone forms, accents folded):

* numeric ``D/M/YYYY``, ``M/D/YYYY`` (``order``), ``D.M.YYYY`` (also ``D. M. YYYY``),
  ``D-M-YYYY``, ``YYYY/M/D``;
* ``D Month YYYY``, ``D. Month YYYY``, ``D de Month de YYYY``, ``le D Month YYYY``;
* ``Month D, YYYY`` and ``Month D YYYY``;
* ``D-Mon-YYYY`` and ``D/Mon/YYYY`` ("12-Mar-2025");
* the numeric forms with words between the numbers of CLDR's long date patterns
  (``y年M月d日``: ``written_numeric``);
* a worded date's year glued to the next number (a day or an hour: "202020", "202200:00").

``undated`` reads a day and a month name without a year ("March 3", "10 mars").  Anything
else is left to dateparser.  ``quick_dates`` returns the same shape as
``dateparser.search.search_dates``: a list of ``(matched text, datetime)``.
``day_month_order`` gives the order of day and month in a language's numeric dates (CLDR).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import cache

from congo_digital.cache import cached_data

_BASE_LANGUAGES = ("en", "fr", "es", "pt", "de")
# not part of a version or build string ("v1.9.22", "1.9.22_1171")
# a dot may have a space after it ("28. 4. 2023", as German pages print)
_NUMERIC = re.compile(
    r"(?<![\d._])(?<![vV])(\d{1,4})([./-])(?:(?<=\.) )?(\d{1,2})\2(?:(?<=\.) )?(\d{2,4})(?![\d_]|\.\d)")
# a year ends at a non-digit, or is glued to a day or an hour printed next ("20 janvier
# 202020 janvier 2020", "4 de mayo de 202200:00"): then one or two digits follow it
_YEAR_END = r"(?:(?!\d)|(?<=(?:19|20)\d\d)(?=\d{1,2}(?!\d)))"
# a month name: letters, with the vowel signs and other combining marks of the scripts that
# write them apart from the letter (Bengali "ফেব্রুয়ারি", Hindi, Thai, Arabic vowel marks),
# which ``\w`` leaves out
_NAME = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f]){2,15}"
_WORDY = re.compile(
    r"(?<!\w)(?:(\d{1,2})(?:\.|er|º|°)?\s(?:de\s)?(" + _NAME + r")\.?,?\s(?:del?\s)?(\d{4})" + _YEAR_END +
    r"|(" + _NAME + r")\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})" + _YEAR_END + ")"
)
# a day, a month name and a year joined by hyphens or slashes, in the three orders printed
# ("12-Mar-2025", "12/Mar/2025", "2025-Mar-12", "Mar-12-2025"); after a day first or a month
# name first, the year may have two digits ("12-Mar-25", "Mar-12-25": ``_full_year``)
_JOINED = re.compile(
    r"(?<![\w./-])(?:(?P<d>\d{1,2})(?P<s>[-/])(?P<m>" + _NAME + r")(?P=s)(?P<y>\d{4}|\d\d)"
    r"|(?P<y2>\d{4})(?P<s2>[-/])(?P<m2>" + _NAME + r")(?P=s2)(?P<d2>\d{1,2})"
    r"|(?P<m3>" + _NAME + r")(?P<s3>[-/])(?P<d3>\d{1,2})(?P=s3)(?P<y3>\d{4}|\d\d))(?![\d/-])")
JOINED_DATE = _JOINED
"""``_JOINED`` for the date readers: a date whose year has two digits is a date with a year."""
# the same forms without a year ("March 3", "Aug. 18", "10 mars", "8 января"): a day and a
# month name, the day not followed by another digit or a letter (but "3rd")
_DAY_MONTH = re.compile(
    r"(?<!\w)(?:(\d{1,2})(?:\.|er|º|°)?\s(?:de\s)?(" + _NAME + r")(?![^\W\d_])"
    r"|(" + _NAME + r")\.?\s(\d{1,2})(?:st|nd|rd|th)?(?![\w]))"
)


_CACHE_NAME = re.compile(r"[A-Za-z0-9_-]{1,100}")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


@cache
def month_names(languages: tuple[str, ...]) -> dict[str, int]:
    """Folded month name or abbreviation -> month number (1-12) for ``languages`` (CLDR).

    Unknown language codes are skipped.  A name that means different months in two
    languages keeps the first language's meaning.  Read once into the per-user cache
    (``congo_digital.cache``).
    """
    name = "months-" + "-".join(languages)
    if not _CACHE_NAME.fullmatch(name):  # an odd tag: not a file name
        return _month_names(languages)
    return cached_data(name, lambda: _month_names(languages))


def _month_names(languages: tuple[str, ...]) -> dict[str, int]:
    """The table of ``month_names``, read from babel."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, int] = {}
    for lang in languages:
        try:
            loc = Locale.parse(lang)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    key = _fold(name).rstrip(".")
                    if len(key) >= 3:
                        names.setdefault(key, number)
    return names


_QUOTED = re.compile(r"'[^']*'")
_PATTERN_PART = re.compile(r"y+|M+|d+|'[^']*'|[^yMd']+")


@cache
def written_numeric(languages: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The numeric date forms of ``languages`` written with words between the numbers, read
    from CLDR's long and medium date patterns (babel) that spell the month as a number:
    ``y年M月d日`` (ja, zh); the groups ``y``, ``m``, ``d``.  Empty when no language has one
    (the forms with separators only are ``_NUMERIC``'s).  The forms are read once into
    the per-user cache (``congo_digital.cache``)."""
    name = "written-numeric-" + "-".join(languages)
    forms = cached_data(name, lambda: _written_numeric(languages)) if _CACHE_NAME.fullmatch(name) \
        else _written_numeric(languages)
    return tuple(re.compile(r"(?<!\d)" + form) for form in forms)


def _written_numeric(languages: tuple[str, ...]) -> list[str]:
    """The regular expressions (as text) of ``written_numeric``, read from babel."""
    from babel import Locale, UnknownLocaleError

    forms: list[str] = []
    for lang in languages:
        try:
            formats = Locale.parse(lang).date_formats
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        for width in ("long", "medium"):
            parts = _PATTERN_PART.findall(formats[width].pattern)
            fields = sorted(p[0] for p in parts if p[0] in "yMd")
            literals = "".join(p.strip("'") for p in parts if p[0] not in "yMd")
            if fields != ["M", "d", "y"] or any(p.startswith("MMM") for p in parts) or \
                    not any(c.isalpha() for c in literals):
                continue
            form = "".join({"y": r"(?P<y>(?:19|20)\d{2})", "M": r"(?P<m>\d{1,2})", "d": r"(?P<d>\d{1,2})"}.get(
                p[0], r"\s?" + re.escape(p.strip("'").strip()) + r"\s?") for p in parts)
            form = form.removeprefix(r"\s?").removesuffix(r"\s?")
            if form not in forms:
                forms.append(form)
    return forms


@cache
def day_month_order(language: str | None) -> str:
    """``"MDY"`` when numeric dates of ``language`` put the month before the day, else ``"DMY"``.

    Read from CLDR's short date pattern of the locale (babel): ``M/d/yy`` for ``en``,
    ``dd/MM/y`` for ``en-GB``, ``en-KE``, ``en-NG`` and ``fr``, ``d/M/yy`` for ``es``.
    ``language`` is a BCP 47 tag; a record's language is mostly a bare primary tag, and
    CLDR's bare ``en`` is US English, so ``"en"`` reads month first, as US sites print it,
    unless a region is given.  A year-first pattern (``y/M/d``: zh, ja, ko, sv) puts the
    month first too.  ``None`` reads as ``"en"``; an unknown tag falls back to its primary
    language, then to ``"DMY"``.  Cached: one babel lookup per tag, kept in the per-user
    cache (``congo_digital.cache``).
    """
    name = f"order-{language or ''}"
    if not _CACHE_NAME.fullmatch(name):  # an odd tag: not a file name
        return _day_month_order(language)
    return cached_data(name, lambda: _day_month_order(language))


def _day_month_order(language: str | None) -> str:
    """The order of ``day_month_order``, read from babel."""
    from babel import Locale, UnknownLocaleError

    tag = (language or "en").replace("-", "_")
    for candidate in (tag, tag.split("_")[0]):
        try:
            pattern = Locale.parse(candidate).date_formats["short"].pattern
        except (UnknownLocaleError, ValueError, TypeError, KeyError, AttributeError):
            continue
        letters = _QUOTED.sub("", pattern)
        month = min((i for i in (letters.find("M"), letters.find("L")) if i >= 0), default=-1)
        day = letters.find("d")
        if month >= 0 and day >= 0:
            return "MDY" if month < day else "DMY"
    return "DMY"


# A word of a line: a run without spaces, digits or punctuation (a Bengali or Hindi word keeps
# its vowel signs, which ``\\w`` leaves out).
_TOKEN = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'«»“”‘’/|–—-]+")
# a day or a year printed just before a month name: "3 March", "3rd of March", "1er mai",
# "3 de mayo", "3. März", "2025 March"; and just after it: "March 3", "Mar. 3", "mayo de 2024"
_NUMBER_BEFORE = re.compile(r"\d(?:st|nd|rd|th|er|e|º|°)?\.?,?\s?(?:[^\W\d_]{1,3}\.?\s)?$")
_NUMBER_AFTER = re.compile(r"\.?,?\s?(?:[^\W\d_]{1,3}\s)?\d")
_NUMBERS_JOINED = re.compile(r"\d[./-]\s?\d{1,2}[./-]\s?\d")
# the same with a day (1 to 31, not part of a longer number) for the number
_DAY = r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])"
_DAY_BEFORE = re.compile(_DAY + r"(?:st|nd|rd|th|er|e|º|°)?\.?,?\s?(?:[^\W\d_]{1,3}\.?\s)?$")
_DAY_AFTER = re.compile(r"\.?,?\s?(?:[^\W\d_]{1,3}\s)?" + _DAY + r"(?!\d|[.,]\d)")


@cache
def _month_words(languages: tuple[str, ...]) -> frozenset[str]:
    """The folded month names of ``languages`` (``month_names``) and every beginning of
    three letters or more of each ("sept" of "september", "janv" of "janvier"): the
    abbreviations a page may print beyond CLDR's."""
    return frozenset(name[:n] for name in month_names(languages) for n in range(3, len(name) + 1))


def date_candidate(text: str, languages: tuple[str, ...] = _BASE_LANGUAGES) -> bool:
    """Could ``text`` hold a calendar date with its day, in any form the readers take?

    True when three numbers are joined by "/", "." or "-" ("03/04/2025", "28. 4. 2023"),
    or when a month name of ``languages`` (``month_names``, or three letters or more of
    one: "Sept") has a number beside it, at most one short word between ("3 March", "3rd of
    March", "3 de mayo", "March 3", "mayo de 2024").  A cheap
    screen (no reader runs): "8.1% in 2004" or "profits doubled in 2004." are False.
    """
    return bool(_NUMBERS_JOINED.search(text)) or _month_beside(text, languages, _NUMBER_BEFORE, _NUMBER_AFTER, 8)


def day_candidate(text: str, languages: tuple[str, ...] = _BASE_LANGUAGES) -> bool:
    """Does a month name of ``languages`` (as ``date_candidate`` finds them) have a day
    beside it, a number from 1 to 31 ("3rd of March", "3 de mayo", "March 3", "Mar. 3"),
    at most one short word between?  Without one, no reader finds a date with its day and
    month in ``text`` ("Juni 2016", "in May as 88,000", "2.0"): dateparser, which reads
    more forms than this module, is asked only when there is one."""
    return _month_beside(text, languages, _DAY_BEFORE, _DAY_AFTER, 10)


def _month_beside(text: str, languages: tuple[str, ...], before: re.Pattern[str], after: re.Pattern[str],
                  reach: int) -> bool:
    """Whether a month name of ``languages`` (three letters or more) in ``text`` has
    ``before`` ending in the 12 characters before it or ``after`` starting right after it
    (within ``reach`` characters)."""
    words = _month_words(languages)
    for m in _TOKEN.finditer(text):
        if len(m.group()) >= 3 and _fold(m.group()) in words and (
                before.search(text, max(0, m.start() - 12), m.start())
                or after.match(text, m.end(), m.end() + reach)):
            return True
    return False


def _valid(year: int, month: int, day: int) -> datetime | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _full_year(year: str) -> int:
    """The year of a date's ``year`` digits: four as printed, two in the century that
    POSIX ``strptime``'s ``%y`` gives them (00-68: 2000s, 69-99: 1900s; "12-Mar-25" is 2025)."""
    return int(year) if len(year) != 2 else int(year) + (2000 if int(year) <= 68 else 1900)


def quick_dates(text: str, languages: tuple[str, ...] = _BASE_LANGUAGES,
                order: str | None = None) -> list[tuple[str, datetime]]:
    """Read the common date forms in ``text``; ``order`` (``"DMY"`` or ``"MDY"``; by default
    ``day_month_order`` of the first of ``languages``) decides ambiguous numeric dates such
    as 03/04/2025.  Returns ``[(matched text, datetime)]`` in text order (time of day 00:00;
    the caller reads times).
    """
    if order is None:
        order = day_month_order(languages[0] if languages else None)
    found: list[tuple[int, str, datetime]] = []
    for m in _NUMERIC.finditer(text):
        a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if len(m.group(1)) == 4:
            when = _valid(a, b, c)
        else:
            year = c + 2000 if len(m.group(4)) == 2 else c
            if len(m.group(4)) == 3:
                continue
            day, month = (a, b) if order != "MDY" else (b, a)
            if month > 12 and day <= 12:
                day, month = month, day
            when = _valid(year, month, day)
        if when:
            found.append((m.start(), m.group(), when))
    for form in written_numeric(languages) if not text.isascii() else ():
        for m in form.finditer(text):
            when = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if when:
                found.append((m.start(), m.group(), when))
    months = month_names(languages)
    for m in _WORDY.finditer(text):
        if m.group(1):
            day, name, year = int(m.group(1)), m.group(2), int(m.group(3))
        else:
            name, day, year = m.group(4), int(m.group(5)), int(m.group(6))
        month = months.get(_fold(name))
        when = _valid(year, month, day) if month else None
        if when:
            found.append((m.start(), m.group(), when))
    for m in _JOINED.finditer(text) if "-" in text or "/" in text else ():
        day, name, year = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"]) if m["d2"] else (
            m["d3"], m["m3"], m["y3"])
        month = months.get(_fold(name))
        when = _valid(_full_year(year), month, int(day)) if month else None
        if when:
            found.append((m.start(), m.group(), when))
    found.sort(key=lambda item: item[0])
    return [(matched, when) for _, matched, when in found]


YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # a year printed on its own (1900-2099)


def undated(text: str, languages: tuple[str, ...] = _BASE_LANGUAGES) -> list[tuple[str, datetime]]:
    """Read a day and a month name printed without a year in ``text`` ("March 3", "Aug 18",
    "10 mars", "8 января, 17:46", "3. Mai"; month names of ``languages``, ``month_names``).
    Returns ``[(matched text, datetime)]`` in text order, each in the year 2000 (a leap year:
    "February 29" is a day), which the caller replaces with the year it assumes; nothing
    when a year stands within 12 characters of one of them ("07 de mayo del 2022", "2023.
    május 5.": a dated form ``quick_dates`` does not read, left to dateparser).
    """
    months = month_names(languages)
    found: list[tuple[str, datetime]] = []
    pos = 0
    while m := _DAY_MONTH.search(text, pos):
        day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = months.get(_fold(name))
        when = _valid(2000, month, int(day)) if month else None
        if when and (YEAR.search(text, max(0, m.start() - 12), m.start())
                     or YEAR.search(text, m.end(), m.end() + 12)):
            return []  # a year printed beside it, in a form this module does not read
        if when:
            found.append((m.group(), when))
        # a word that is no month may be followed by a day that goes with the next word
        # ("Гасимова 8 января"): look again from the next character
        pos = m.end() if when else m.start() + 1
    return found


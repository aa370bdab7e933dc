"""A byline or a date line that a narrow column wrapped over two lines.

"By John Smith, Peter Brown" / "and Mary Jones", "Published March 3," / "2025": a header
line and the short text line right under it are read as one meta line when

* the first is a meta line, holds a digit or opens with a byline or date label (so a
  headline over a date line stays apart);
* the first ends where a credit or a date goes on (a comma, a dash, an "and" word), or the
  second opens with an "and" word or a digit, or the first is a label alone ("By",
  "Published:");
* the two together read more than the first alone: more names, a filing place, a date
  where there was none, or a date with more in it (a time, a label).

The "and" words are ``connectors.and`` of ``data/bylines.json``; the labels its
``byline_prefixes`` and ``byline_labels`` and the ``date_labels_published`` and
``date_labels_modified`` of ``data/dates.json``.
"""

from __future__ import annotations

from functools import cache

from congo_digital.layout.lines import Line, has_digit, paragraph_like, read_meta
from congo_digital.vocab import entry, phrase_set

_FIRST_MAX = 120  # characters of the first line
_SECOND_MAX = 80  # characters of the line under it
_GOES_ON = ",;&/+-–—"  # a last character after which a credit or a date goes on


@cache
def _and_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in entry("connectors")["and"])


@cache
def _labels() -> frozenset[str]:
    return phrase_set("byline_prefixes") | phrase_set("byline_labels") | phrase_set("date_labels_published") \
        | phrase_set("date_labels_modified")


@cache
def _label_starts() -> tuple[str, ...]:
    return tuple(sorted(_labels()))


def _may_open(line: Line) -> bool:
    """Can ``line`` open a wrapped byline or date: a meta line, or a text line with a digit
    (a date's day) or opening with a byline or date label?  (A headline that ends with a
    dash over a date under it stays a headline.)"""
    return line.kind == "meta" or has_digit(line.clean) or line.clean.casefold().startswith(_label_starts())


def _goes_on(first: str, second: str) -> bool:
    """Does ``first`` end, or ``second`` open, as a credit or a date that goes on?"""
    last, head = first.rsplit(None, 1)[-1].casefold(), second.split(None, 1)[0].casefold()
    return first[-1] in _GOES_ON or last in _and_words() or head in _and_words() or second[0].isdigit() \
        or first.casefold().rstrip(" :") in _labels()


def _reads_more(alone: Line, joined: Line) -> bool:
    """More names (the first line's kept), the same names with a filing place, a date where
    there was none, or a first date that says more (a time, a label) in ``joined`` than in
    ``alone``."""
    before = alone.byline.authors if alone.byline is not None else []
    after = joined.byline.authors if joined.byline is not None else []
    if len(after) > len(before) and after[:len(before)] == before:
        return True
    if after and after == before and joined.byline is not None and alone.byline is not None \
            and joined.byline.place and not alone.byline.place:
        return True  # "By A B," / "Nairobi": where A B filed from
    if not joined.dates or len(after) < len(before):
        return False
    if not alone.dates:
        return True
    was, now = alone.dates[0], joined.dates[0]
    return now.value.startswith(was.value) and (len(now.value) > len(was.value) or (now.kind and not was.kind))


def join_wrapped(lines: list[Line], stop: int, language: str | None) -> None:
    """Read each meta or text line among ``lines[:stop]`` (the header) with the text line
    right under it as one line when they are a wrapped byline or date line (see the module):
    the first becomes that meta line, spanning both, and the second ``noise`` (no body
    line).  ``language`` (BCP 47) helps read dates.  Never raises."""
    for i in range(min(stop, len(lines)) - 1):
        first, second = lines[i], lines[i + 1]
        if first.kind not in ("meta", "text") or second.kind != "text" or not first.clean or not second.clean \
                or not _may_open(first) \
                or len(first.clean) > _FIRST_MAX or len(second.clean) > _SECOND_MAX \
                or paragraph_like(second.clean) or not _goes_on(first.clean, second.clean):
            continue
        joined = Line(first.start, second.end, first.raw + "\n" + second.raw, first.clean + " " + second.clean)
        if not read_meta(joined, language) or not _reads_more(first, joined):
            continue
        first.end, first.raw, first.clean = joined.end, joined.raw, joined.clean
        first.byline, first.dates, first.labels, first.kind = joined.byline, joined.dates, joined.labels, "meta"
        second.kind = "noise"

"""Is a line that holds a date a date line, or a headline that merely names a date?

A date line is mostly its date: a place or label before it ("Abuja, 22 January 2025",
"Published 12 March"), a weekday, a time, a zone, an agency, a reading time after it.  A
headline that names a date ("What changes on 1 April 2025", "Court dismisses case
12-Mar-2025 against miner") has lower-case words of prose beside it.  The small words a date
line may hold ("at", "on", "de", "le", ...) are ``dates.json`` ``date_line_links``; weekdays
and stamp words ("min read", "GMT") are left out by the caller.  The place printed before a
date ("Kinshasa, le 3 avril 2025") is read without them (``place_head``).

A line labelled as a reference code ("Ref: MAR-12-25", "Case no. 2025-03-12", "Aktenzeichen:
12.03.2025") holds no date line, even when its code reads as a date: the labels are
``dates.json`` ``reference_labels``.
"""

from __future__ import annotations

from functools import cache

from congo_digital.vocab import phrase_set

_MARKS = (":", "#", ".")  # what may stand after a reference label ("Ref:", "Ref.", "Case #")
_NUMBER_WORDS = ("no", "nr", "number", "n°", "nº", "n.º", "n.°", "núm")  # a label ending in one needs no mark
# ("Case no 12-3-25", "Expediente n.º 12/03/2025", "Dossier n° 12-03-25")


def prose_beside_date(rest_words: list[str]) -> bool:
    """True when ``rest_words`` (the words of a line segment beside its dates, digits and
    stamp words left out) read as a headline's prose: two lower-case words that are neither
    weekdays nor ``date_line_links``, or one such word among three words or more."""
    links = phrase_set("date_line_links")
    weekdays = phrase_set("weekdays")
    prose = [w for w in rest_words if w[:1].islower() and w.isalpha() and w not in links and w not in weekdays]
    return len(prose) >= 2 or (len(prose) == 1 and len(rest_words) >= 3)


@cache
def _link_words() -> frozenset[str]:
    """``date_line_links`` and ``weekdays``: the words ``place_head`` leaves out."""
    return frozenset(phrase_set("date_line_links") | phrase_set("weekdays"))


def place_head(before: str) -> str:
    """The place a date line prints before its date, from ``before`` (the segment's text
    before the date): without the marks around it and the small words (``date_line_links``)
    and weekday that stand between the place and the date ("Kinshasa, le" -> "Kinshasa",
    "Berlin, den" -> "Berlin", "Lisboa, em" -> "Lisboa", "Dakar, le mardi" -> "Dakar").
    Empty when nothing else stands there ("Le 3 avril") or when no comma parts the words
    before such small words from them (they are prose, "Nachricht vom", "Frank Hahn am");
    the caller tells whether what is left is a place."""
    whole = head = before.strip(" ,-–")
    while head:
        rest, _, last = head.rpartition(" ")
        if last.lower().rstrip(",.") not in _link_words():
            break
        head = rest.rstrip(" ,-–")
    if head != whole and not whole[len(head):].lstrip().startswith(","):
        return ""
    return head


@cache
def _reference_labels() -> tuple[str, ...]:
    """``reference_labels``, longest first (so "case no" is tried before "case")."""
    return tuple(sorted(phrase_set("reference_labels"), key=len, reverse=True))


def reference_label(segment: str) -> bool:
    """True when ``segment`` (a line or one of its segments) opens with a reference label
    (``reference_labels``) and a mark after it (":", "#" or ".", spaces allowed before it:
    "Ref: MAR-12-25", "Reference #2025-03-12", "Case no. 12/03/2025"), a label ending in a
    number word ("Case no 12-3-25"), or a label and one code with a digit ("Ref MAR-12-25").
    A label without a mark before words ("Reference 12 March") is not read as one."""
    low = segment[:40].casefold()
    if not low.startswith(_reference_labels()):
        return False  # (one call in C for the many lines that open with no label)
    for label in _reference_labels():
        if low.startswith(label):
            rest = low[len(label):]
            if rest[:1] not in (*_MARKS, " "):
                continue  # "Idaho", "Casey": a longer word
            code = rest.strip()
            if rest.lstrip(" ")[:1] in _MARKS or label.rsplit(" ", 1)[-1] in _NUMBER_WORDS \
                    or (" " not in code and any(ch.isdigit() for ch in code)):
                return True
    return False

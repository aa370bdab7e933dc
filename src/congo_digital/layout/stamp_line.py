"""Is a line that holds a date a date line, or a headline that merely names a date?

A date line is mostly its date: a place or label before it ("Abuja, 22 January 2025",
"Published 12 March"), a weekday, a time, a zone, an agency, a reading time after it.  A
headline that names a date ("What changes on 1 April 2025", "Court dismisses case
12-Mar-2025 against miner") has lower-case words of prose beside it.  The small words a date
line may hold ("at", "on", "de", "le", ...) are ``dates.json`` ``date_line_links``; weekdays
and stamp words ("min read", "GMT") are left out by the caller.
"""

from __future__ import annotations

from congo_digital.vocab import phrase_set


def prose_beside_date(rest_words: list[str]) -> bool:
    """True when ``rest_words`` (the words of a line segment beside its dates, digits and
    stamp words left out) read as a headline's prose: two lower-case words that are neither
    weekdays nor ``date_line_links``, or one such word among three words or more."""
    links = phrase_set("date_line_links")
    weekdays = phrase_set("weekdays")
    prose = [w for w in rest_words if w[:1].islower() and w.isalpha() and w not in links and w not in weekdays]
    return len(prose) >= 2 or (len(prose) == 1 and len(rest_words) >= 3)

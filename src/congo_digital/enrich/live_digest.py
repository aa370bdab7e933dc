"""Live pages ("le fil info", "Liveblog", "live updates"): a run of short items, each
opened by its time ("9h05 - La Bourse de Paris ouvre", "14:32 – ...", "8.41 Uhr: ...").
The record's title is one of the items; the others are news of their own, not actors
of this story.

``story_only(body, title)`` keeps the item whose heading repeats the title (at least
60 % of the title's words), else the text before the first item, and blanks out the
rest with spaces, so that character offsets into the body stay valid.
"""

from __future__ import annotations

import re

MIN_ITEMS = 5  # time-stamped paragraphs that make a page a live digest
MATCH = 0.6  # share of the title's words that an item's heading must repeat
_STAMP = re.compile(r"\s*\d{1,2}\s?[h:.]\s?\d{2}(?:\s?Uhr)?\s*[-–—:|]\s+\S")
_ANY_STAMP = re.compile(r"^" + _STAMP.pattern, re.MULTILINE)
_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 2}


def story_only(body: str, title: str | None) -> str:
    """``body`` (paragraphs separated by blank lines) with every paragraph outside the
    story of ``title`` replaced by spaces when the body is a live digest (``MIN_ITEMS``
    time-stamped paragraphs or more); ``body`` itself otherwise.  Same length, same line
    breaks.  A stamp opens a line (after white space, maybe blank lines) with a digit, so
    a body with fewer such lines than ``MIN_ITEMS`` is no digest and is not searched."""
    if sum(1 for line in body.split("\n") if line.lstrip()[:1].isdecimal()) < MIN_ITEMS:
        return body  # (most bodies: a loop over their lines, where the search tries every character)
    if len(_ANY_STAMP.findall(body)) < MIN_ITEMS:
        return body  # one pass over the text: most pages stop here
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", body)]
    stamped = [k for k, (a, _b) in enumerate(spans) if _STAMP.match(body, a)]
    if len(stamped) < MIN_ITEMS:
        return body
    want = _words(title or "")
    keep = range(0, stamped[0])
    for n, k in enumerate(stamped):
        heading = body[spans[k][0]:spans[k][1]].split("\n", 1)[0]
        if want and len(want & _words(heading)) >= MATCH * len(want):
            end = stamped[n + 1] if n + 1 < len(stamped) else len(spans)
            keep = range(k, end)
            break
    out = list(body)
    for k, (a, b) in enumerate(spans):
        if k not in keep:
            for x in range(a, b):
                if out[x] != "\n":
                    out[x] = " "
    return "".join(out)

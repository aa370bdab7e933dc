"""Zones of an article for the topic matcher: the title, the lead and the rest of the body,
without boilerplate lines.

The title weighs most, then the lead: the first paragraph of the body with at least
``LEAD_MIN_WORDS`` words.  The deck (standfirst and description, ``deck_text``) weighs least:
it repeats the article's own words, so it tips near decisions without outweighing the text.
Dropped (see ``congo_digital.enrich.boiler`` for the words):
"Related"/"Read more" lines, and the rest of their paragraph when the line is short or
ends with a colon; credit, sharing and notice lines under 120 characters; lines of the
page's furniture (cookie notices, subscription offers, "Click to share") under
``FURNITURE_MAX`` characters; menu lines;
and runs of three or more short lines (three words at most, no final punctuation: menu
items).
"""

from __future__ import annotations

from congo_digital.enrich.boiler import (
    credit_line,
    furniture_line,
    menu_line,
    notice_line,
    related_line,
    sharing_line,
)

LEAD_MIN_WORDS = 12
FURNITURE_MAX = 400
"""The longest line dropped for a furniture phrase (``boiler.furniture_line``): a longer one
is a paragraph of the article that a page's rendering ran together with its furniture."""


def _boilerplate(s: str) -> bool:
    """A credit, sharing or notice line under 120 characters, a line of the page's furniture
    under ``FURNITURE_MAX`` characters, or a menu line."""
    return (len(s) < 120 and (credit_line(s) or sharing_line(s) or notice_line(s)) or menu_line(s)
            or len(s) < FURNITURE_MAX and furniture_line(s))


def _short_item(s: str) -> bool:
    """A line of three words or fewer without final punctuation (a menu item)."""
    return len(s.split(None, 3)) <= 3 and not s.endswith((".", "!", "?"))  # (a fourth word: not one)


def _drop_run(keep: list[bool], run: list[int]) -> None:
    """Drop the lines of ``run`` when there are three or more of them; empty ``run``."""
    if len(run) >= 3:
        for j in run:
            keep[j] = False
    run.clear()


def _keep_flags(lines: list[str]) -> list[bool]:
    """For each line, whether it is kept (blank lines are kept: they end paragraphs)."""
    keep = [True] * len(lines)
    run: list[int] = []  # short lines since the last line of prose or blank line
    skipping = False  # inside a "Related" block
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            skipping = False
            _drop_run(keep, run)
            continue
        if skipping:
            keep[i] = False
            continue
        if related_line(s):
            keep[i] = False
            skipping = len(s) < 40 or s.rstrip().endswith(":")
        elif _boilerplate(s):
            keep[i] = False
        elif _short_item(s):
            run.append(i)
        else:
            _drop_run(keep, run)
    _drop_run(keep, run)
    return keep


def _paragraphs(lines: list[str], keep: list[bool]) -> list[str]:
    """The kept lines grouped into paragraphs (blank lines separate them)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line, k in zip(lines, keep, strict=True):
        if not line.strip():
            if current:
                paragraphs.append("\n".join(current))
                current = []
        elif k:
            current.append(line)
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def zones(body: str, title: str | None, deck: str | None = None) -> list[tuple[str, str]]:
    """Split an article into ``(zone, text)`` pieces: ``"title"`` (unless blank or a menu
    line), ``"deck"`` (the standfirst or description, when given and not blank),
    ``"lead"`` (the first paragraph of ``LEAD_MIN_WORDS`` words or more) and ``"body"``
    (every other paragraph), in text order, boilerplate dropped."""
    out: list[tuple[str, str]] = []
    if title and title.strip() and not menu_line(title):
        out.append(("title", title))
    if deck and deck.strip():
        out.append(("deck", deck))
    if "\r" in body:  # (most bodies have none: one search, not two replacements)
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = body.split("\n")
    lead_done = False
    for p in _paragraphs(lines, _keep_flags(lines)):
        if not lead_done and len(p.split(None, LEAD_MIN_WORDS)) >= LEAD_MIN_WORDS:
            out.append(("lead", p))
            lead_done = True
        else:
            out.append(("body", p))
    return out


def deck_text(title: str | None, subtitle: str | None, description: str | None, body: str) -> str | None:
    """The deck the topics read besides the title and the body (``zones``' ``deck``): the
    standfirst (``Article.subtitle``) and the page's description (``Article.description``),
    each unless blank, the title itself or already in the body (its first 60 characters
    found there, white space ignored), one line each; ``None`` when nothing is left.  The
    title and body are flattened only for a text with a standfirst or a description (most
    plain texts have neither)."""
    lines = [line for line in (" ".join((text or "").split()) for text in (subtitle, description)) if line]
    if not lines:
        return None
    seen = {" ".join((title or "").replace("\xad", "").split()).casefold()}  # soft hyphens: no letters
    flat = " ".join(body.split())
    out: list[str] = []
    for line in lines:
        if line.casefold() not in seen and line[:60] not in flat:
            seen.add(line.casefold())
            out.append(line)
    return "\n".join(out) or None


"""Dates of a rendered web page read further from its headline than its byline block
(``layout.page_meta`` reads the blocks right under it): a labelled date line anywhere, the
nearest short date line (or a bare stamp joined under a wrapped line), a post footer's
credit sentence with its date ("Von Jane Roe am 21/02/2021. Abgelegt unter ..."), the
first short date lines of the page (``page_dates``); a yearless stamp under the headline
with the copyright year (``yearless_date``).  Other stories' dates in a list of teasers
below the article's text are passed over (``page_blocks.teaser_date``).
"""

from __future__ import annotations

import re

from congo_digital.fields.dateparse import FoundDate, find_dates, year_of_copyright
from congo_digital.layout import page_blocks
from congo_digital.layout.lines import Line
from congo_digital.layout.page_blocks import DATE_HINT, DATE_OR_TIME, Block, dateish
from congo_digital.layout.page_names import unglue
from congo_digital.vocab import phrase_set

CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")
_BARE_STAMP = re.compile(r"^[\d\s.,:/|–-]+$")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s|(?<=\d{4}\.)\s")  # "... Israel. Sie", "... 21/02/2021. Abgelegt"

Dated = list[tuple[FoundDate, Line]]
"""Dates read, each with the line (offsets into the text) it was read in."""


def block_line(lines: list[Line], b: Block, text: str) -> Line:
    """A ``Line`` over block ``b``'s lines whose raw and clean form are ``text``."""
    return Line(lines[b.first].start, lines[b.last].end, text, text)


def page_dates(blocks: list[Block], k: int, lines: list[Line], language: str | None, budget: int = 16) -> Dated:
    """Dates further from the headline: first a labelled ("Published", "Posted on", "Updated" ...) date
    line anywhere on the page, then the nearest short date line after (or just above) the
    headline (also a bare stamp joined under a wrapped line: ``_tail_stamp``), then the
    first short date lines of the page; an unlabelled one that is a teaser's date
    (``page_blocks.teaser_date``) is passed over.  At most ``budget`` lines are given to
    the date reader.  A page that prints no such date but a modification stamp among the
    labelled and near lines ("Updated20:49, 5 Aug 2024") gives that stamp (its kind
    "modified")."""
    labels = tuple(p for p in phrase_set("date_labels_published") | phrase_set("date_labels_modified") if len(p) >= 5)
    order = list(range(k + 1, min(len(blocks), k + 60))) + list(range(k - 1, max(-1, k - 10), -1))
    # (a labelled line is read even when it is long enough to pass for prose:
    # "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: ...")
    labelled = [m for m in range(len(blocks)) if (not blocks[m].prose or len(blocks[m].text) <= 160)
                and blocks[m].text.lstrip(" ·•-–").lower().startswith(labels)
                and len(blocks[m].text) <= 200 and DATE_HINT.search(blocks[m].text)]
    tails = {m: ln for m in order if (ln := _tail_stamp(blocks[m], lines)) is not None}
    near = [m for m in order if (not blocks[m].prose and dateish(blocks[m].text)
                                 and blocks[m].words <= (6 if blocks[m].listed else 14))
            or (blocks[m].prose and _meta_sentence(blocks[m].text)) or m in tails]
    # last resort: the first short date line of the page (a masthead's date)
    # (a day or a time beside the year: menu items such as "Awards 2023" are not dates)
    anywhere = [m for m in range(len(blocks)) if not blocks[m].prose and blocks[m].words <= 8
                and dateish(blocks[m].text) and (DATE_OR_TIME.search(blocks[m].text)
                                                 or page_blocks.DAY_AND_YEAR.search(blocks[m].text))][:4]
    changed: Dated = []  # the first "Updated" stamp, for a page that prints no other date
    for group in (labelled, near, anywhere):
        for m in group:
            if budget <= 0:
                return changed
            budget -= 1
            b = blocks[m]
            if group is not labelled and page_blocks.teaser_date(blocks, k, m):
                continue  # another story's date, in a list of teasers below the text
            tail = tails.get(m) if group is near else None
            text = tail.clean if tail is not None else \
                CAMEL.sub(" ", unglue((b.prose and _meta_sentence(b.text)) or b.text))
            found = find_dates(text[:200], language=language)
            stamp = next((d for d in found if d.kind == "modified"), None)
            if group is not anywhere and not changed and stamp is not None:
                changed = [(stamp, tail or block_line(lines, b, text))]
            found = [d for d in found if d.kind != "modified"]
            if found:
                return [(found[0], tail or block_line(lines, b, text))]
    return changed


def _tail_stamp(b: Block, lines: list[Line]) -> Line | None:
    """The last line of block ``b`` when it is a bare date stamp that the renderer joined
    to the long line above it (a wrapped headline over "08:22, 24.11.2020"): digits and
    separators only, with a numeric date in them; else None."""
    if b.last == b.first:
        return None
    ln = lines[b.last]
    text = ln.clean.strip()
    return ln if len(text) <= 30 and _BARE_STAMP.match(text) and _NUMERIC_DATE.search(text) else None


def _meta_sentence(text: str) -> str:
    """The first sentence of a paragraph when it is a credit line with a date ("Von Jane Roe
    am 21/02/2021. Abgelegt unter Israel. ...", a blog's post footer), else ""."""
    head = _SENTENCE_STOP.split(text, maxsplit=1)[0]
    if len(head.split()) > 12 or not DATE_HINT.search(head):
        return ""
    low = head.lower()
    return head if any(low.startswith(p + " ") for p in phrase_set("byline_prefixes")) else ""


def yearless_date(blocks: list[Block], k: int, lines: list[Line], language: str | None, text: str) -> Dated:
    """A date printed without its year ("Jane Roe 8 января, 17:46") in the eight blocks under
    the headline ``k``, given the year of the page's copyright line (read in its last 300
    lines of ``text``); [] when either is missing."""
    stamps = [m for m in range(k + 1, min(len(blocks), k + 9))
              if not blocks[m].prose and len(blocks[m].text) <= 120 and DATE_OR_TIME.search(blocks[m].text)]
    if not stamps:
        return []
    year = year_of_copyright(text[lines[max(0, len(lines) - 300)].start:]) if lines else None
    if year is None:
        return []
    for m in stamps:
        b = blocks[m]
        found = [d for d in find_dates(b.text, language=language, default_year=year) if d.kind != "modified"]
        if found:
            return [(found[0], block_line(lines, b, b.text))]
    return []

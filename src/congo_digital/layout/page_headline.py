"""The headline-like blocks of a rendered web page and the per-block facts their score reads.

``headline_candidate`` says which blocks may be the headline (one to three lines, not a list
item, menu, caption, credit, date or byline line); ``Page`` holds a page's blocks with the
facts the score asks about each (a byline, a date, teasers around it, the same words printed
elsewhere), computed once and on demand; ``make_page`` builds it.  The score itself is
``page_title_score``.

Word lists live in ``data/layout.json``, ``bylines.json`` and ``dates.json``.
``FLAT_MAX`` characters are searched for a repeated headline.
"""

from __future__ import annotations

import re

from congo_digital.fields.bylines import parse_byline
from congo_digital.fields.dateparse import find_dates
from congo_digital.fields.names import tidy_name
from congo_digital.layout.lines import (
    BREADCRUMB,
    Line,
    interface_only,
    is_caption,
    is_noise,
    starts_with,
)
from congo_digital.layout.page_blocks import (
    DATE_OR_TIME,
    DATE_WORDS,
    Block,
    cjk_heavy,
    dateish,
    split_blocks,
)
from congo_digital.layout.page_names import (
    PHOTO_CREDIT,
    bare_name,
    glued_prefix,
    lone_prefix,
    name_before_stamp,
    stamp_first,
    undouble,
)
from congo_digital.settings import FLAT_MAX, PAGE_SCAN
from congo_digital.vocab import phrase_set

_FIRST_DIGIT = re.compile(r"\s\d")
_COMPOUND = re.compile(r"^[^\W\d_]{4,}(?:-[^\W\d_]{4,})+$")
_NUMBERED = re.compile(r"^\d{1,3}\)\s")
_HANDLE = re.compile(r"(?:^|\s)@\w{2,}$")  # "Jane Roe, @janeroe": a name with its social handle
_CLOSING_QUOTES = "»”\"’'"


def headline_candidate(b: Block) -> bool:
    """A block that may be the page's headline: one to three lines, 2-40 words (a
    CJK-heavy one: 5-120 characters) and not a list item, prose (unless a quotation), a
    date, byline, caption, photo credit, menu, footer or template line."""
    text = b.text
    if b.listed or not text or b.last - b.first > 2:
        return False
    if b.prose and not (b.words <= 30 and b.last - b.first <= 1 and text[-1:] in _CLOSING_QUOTES):
        return False  # (a headline that is a quotation reads as prose: "« Les privatisations ... »")
    if cjk_heavy(text):
        if not 5 <= len(text) <= 120:
            return False
    elif not (2 <= b.words <= 40 or _COMPOUND.match(text)) or len(text) < 10:
        return False  # (one word only when a compound headline: "Bielersee-Winterhechte")
    if text.endswith((":", ",")) or "©" in text or text.startswith(("[", "(", "http")):
        return False
    if text.rsplit(None, 1)[-1] in phrase_set("label_end_words"):
        return False  # a label that ends where a name would follow ("Recommended by", "is sponsored by")
    if is_noise(text, text) or interface_only(text) or starts_with(text, phrase_set("footer_starts")) \
            or is_caption(text):
        return False
    low = text.lower()
    if any(marker in low for marker in phrase_set("caption_inline_markers")):
        return False  # a caption with its photo credit
    dated = DATE_WORDS.match(text)
    rest = text[dated.end():] if dated else ""
    numbered = any(ch.isdigit() for ch in rest) and _is_date(dated[0]) if dated else False
    if b.words <= 8 and ((dated and (len(rest.split()) <= 3 or numbered))
                         or (dateish(text) and (DATE_OR_TIME.search(text) or b.words <= 3))):
        return False  # a date line
    if parse_byline(text) is not None or lone_prefix(text) or PHOTO_CREDIT.match(text) or stamp_first(text):
        return False
    if b.words >= 6 and undouble(text) != text:
        return False  # an image's alt text printed next to its caption
    head, dot, tail = text.rstrip(" .").rpartition(". ")
    if dot and b.words >= 6 and tail.lower().strip(" ()") in phrase_set("agencies"):
        return False  # a caption ending with its agency credit ("Penguins on the ice. EFE")
    head, _, tail = text.partition(",")
    if tail and bare_name(undouble(head)) and len(tail.split()) <= 3:
        return False  # a byline name with its employer ("Jane Roe, Agency")
    if len(BREADCRUMB.split(text)) >= 3 or text.count(" | ") >= 2 or "│" in text or _NUMBERED.match(text):
        return False
    if b.words <= 5 and starts_with(text, phrase_set("service_credit_starts")):
        return False  # a service's credit line ("Delivered by FeedBurner", "Powered by WordPress")
    return not starts_with(text, phrase_set("page_noise_starts"))


def _is_date(text: str) -> bool:
    """``text`` (a day and a word: "Jun 17", "17 juin 2024") reads as a date, not as
    "The 21" of "The 21 best movies of 2017"."""
    return bool(find_dates(text, default_year=2000))


class Page:
    """The blocks of a rendered page (read from its first ``n_lines`` lines) with the
    per-block facts the headline score reads (computed once, on demand); ``mass`` is each
    block's share of the most prose that follows any block (0-1)."""

    __slots__ = ("blocks", "n_lines", "mass", "flat", "_byline", "_dateish", "_candidate")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, blocks: list[Block], n_lines: int, mass: list[float] | None = None) -> None:
        self.blocks = blocks
        self.n_lines = n_lines
        self.mass: list[float] = [] if mass is None else mass
        self.flat = ""
        self._byline: dict[int, bool] = {}
        self._dateish: dict[int, bool] = {}
        self._candidate: dict[int, bool] = {}

    def byline(self, m: int) -> bool:
        """Block ``m`` is a byline (at most 20 words; a byline prefix alone; a byline once a date
        after it is cut off; a name before a relative stamp, "A B • 8h", or with a handle, "A B, @ab")."""
        if m not in self._byline:
            b = self.blocks[m]
            text = glued_prefix(b.text)
            if b.prose:  # "By Jane Roe on 31. October, 2023 | 18 Comments. This post ..."
                text = text.split(" | ", 1)[0]
            undated = _FIRST_DIGIT.split(text, maxsplit=1)[0].rstrip(" ,|•·-–—")  # "By A B 30 August 2023"
            self._byline[m] = len(text.split()) <= 20 and (
                parse_byline(text) is not None or lone_prefix(text)
                or (undated != text and len(undated.split()) >= 2 and parse_byline(undated) is not None)
                or (b.words <= 10 and name_before_stamp(text) is not None)
                or (b.words <= 6 and _HANDLE.search(text) is not None and bare_name(tidy_name(text))))
        return self._byline[m]

    def dateish(self, m: int) -> bool:
        """Block ``m`` is a short line with a date or time (``page_blocks.dateish``)."""
        if m not in self._dateish:
            self._dateish[m] = dateish(self.blocks[m].text)
        return self._dateish[m]

    def candidate(self, m: int) -> bool:
        """Block ``m`` may be the headline (``headline_candidate``)."""
        if m not in self._candidate:
            self._candidate[m] = headline_candidate(self.blocks[m])
        return self._candidate[m]

    def stamped(self, m: int, skip: int = -1) -> bool:
        """A date or byline line within the two blocks after block ``m`` or right above it
        (block ``skip`` left out)."""
        return any(not self.blocks[n].prose and (self.dateish(n) or self.byline(n))
                   for n in (m - 1, m + 1, m + 2) if 0 <= n < len(self.blocks) and n != skip)

    def dated_teasers(self, k: int) -> int:
        """How many other headline-like blocks near block ``k`` (up to 8 above and 10 below,
        with no prose between) carry their own date or byline and no text under it: a list
        of teasers, each stamped.  Block ``k`` (a headline with a year in it) stamps none."""
        key = self.blocks[k].text.casefold()
        lo, hi = max(0, k - 8), min(len(self.blocks), k + 11)

        def text(m: int) -> bool:  # the list ends where the article's text begins
            return self.blocks[m].prose and self.blocks[m].words >= 30

        lo = next((m + 1 for m in range(k - 1, lo - 1, -1) if text(m)), lo)
        hi = next((m for m in range(k + 1, hi) if text(m)), hi)
        return sum(1 for m in range(lo, hi)
                   if m != k and self.blocks[m].words >= 3 and self.candidate(m)
                   and (abs(m - k) > 2 or self.blocks[m].text.casefold() != key)
                   and not self.dateish(m) and not self.byline(m)
                   and self.stamped(m, skip=k)
                   and not any(b.prose for b in self.blocks[m + 1: m + 4]))

    def repeated(self, k: int) -> bool:
        """The block's words are printed again elsewhere (not just next to it)."""
        b = self.blocks[k]
        key = " ".join(b.text.casefold().split())
        if len(key) < 12 or b.words < 3:
            return False
        if not self.flat:
            self.flat = " ".join(" ".join(x.text.casefold().split()) for x in self.blocks)[:FLAT_MAX]
        near = sum(key in " ".join(self.blocks[m].text.casefold().split())
                   for m in (k - 1, k + 1) if 0 <= m < len(self.blocks))
        return self.flat.count(key) - near >= 2


def _body_mass(blocks: list[Block], span: int = 20) -> list[int]:
    """For each block, the words of prose in the ``span`` blocks after it (a running window)."""
    words = [b.words if b.prose else 0 for b in blocks]
    out = [0] * len(blocks)
    total = sum(words[1: span + 1])
    for k in range(len(blocks)):
        out[k] = total
        if k + 1 < len(blocks):
            total -= words[k + 1]
        if k + span + 1 < len(blocks):
            total += words[k + span + 1]
    return out


def make_page(lines: list[Line]) -> Page:
    """The ``Page`` of a rendered page's lines: its blocks (of the first ``PAGE_SCAN``
    lines) and their prose mass."""
    stop = min(len(lines), PAGE_SCAN)
    blocks = split_blocks(lines, stop)
    mass = _body_mass(blocks)
    top = max(mass, default=0) or 1
    return Page(blocks, stop, [m / top for m in mass])

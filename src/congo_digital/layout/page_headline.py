"""The headline of a rendered web page, found by scoring its headline-like blocks.

Every headline-like block (``headline_candidate``: one to three lines, not a list item,
menu, caption, credit, date or byline line) is scored on what surrounds it
(``title_score``): a byline or bare name, a date and article prose close below, blank lines
around it, the same words printed elsewhere (share boxes, breadcrumbs); blocks after prose
(subheadings), among a list of teasers (or of teasers that each carry a date or byline),
over a photo credit, short kickers over a longer headline and decks under one lose points.
The best score wins, the earliest on a tie (``best_title``).

Word lists live in ``data/layout.json``, ``bylines.json`` and ``dates.json``.  At most
``MAX_HEADLINE_CANDIDATES`` blocks are
scored and ``FLAT_MAX`` characters searched for a repeated headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from congo_digital.fields.bylines import parse_byline
from congo_digital.fields.dateparse import find_dates
from congo_digital.fields.names import tidy_name
from congo_digital.layout.lines import (
    BREADCRUMB,
    SENTENCE_END,
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
    related_heading,
    split_blocks,
)
from congo_digital.layout.page_names import (
    PHOTO_CREDIT,
    bare_name,
    glued_prefix,
    is_credit_line,
    lone_prefix,
    name_before_stamp,
    name_block,
    stamp_first,
    undouble,
)
from congo_digital.settings import FLAT_MAX, MAX_HEADLINE_CANDIDATES, PAGE_SCAN
from congo_digital.vocab import phrase_set

_FIRST_DIGIT = re.compile(r"\s\d")
_COMPOUND = re.compile(r"^[^\W\d_]{4,}(?:-[^\W\d_]{4,})+$")
_NUMBERED = re.compile(r"^\d{1,3}\)\s")
_HANDLE = re.compile(r"(?:^|\s)@\w{2,}$")  # "Jane Roe, @janeroe": a name with its social handle
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CLOSING_QUOTES = "»”\"’'"

Parts = list[tuple[str, float]]
"""Named points of a headline score, in the order they are added."""


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


# ---------------------------------------------------------------- the score's parts

def _what_follows(page: Page, k: int) -> Parts:
    """A byline (+3 close after the headline, past at most a standfirst; +1.5 further, unless
    past two other headline-like blocks: a teaser list's last byline) or
    a bare name (+2) below block ``k``, a date (+2 within three blocks, else +1), and up to
    +3 for the article prose that follows."""
    blocks = page.blocks
    parts: Parts = []
    steps = prose = heads = 0
    for m in range(k + 1, min(len(blocks), k + 16)):
        if blocks[m].listed or interface_only(blocks[m].text):
            continue  # share buttons between the headline and the byline
        steps += 1
        if steps > 8:
            break
        if blocks[m].prose and not (prose == 0 and page.byline(m)):
            prose += 1
            if prose > 1:  # past the standfirst: the text has begun
                break
            continue
        if page.byline(m):
            if steps <= 3 or heads < 2:  # (past two other headlines: the last teaser's byline)
                parts.append(("byline after", 3 if steps <= 3 else 1.5))
            break
        heads += blocks[m].words >= 5 and page.candidate(m) and blocks[m].text != blocks[k].text
        if steps <= 3 and blocks[m].words <= 6 and bare_name(tidy_name(undouble(blocks[m].text))) \
                and (blocks[m].words > 2 or name_block(page.blocks, m)):
            parts.append(("name after", 2))  # a byline without "By"
            break
    steps = 0
    for m in range(k + 1, min(len(blocks), k + 16)):
        if not blocks[m].text or interface_only(blocks[m].text) or (blocks[m].prose and _captioned(blocks[m].text)):
            continue  # share and comment buttons, a photo caption between the headline and the date
        if blocks[m].prose and m > k + 1:
            break
        steps += 1
        if steps > 6:
            break
        if page.dateish(m):
            parts.append(("date after", 2 if steps <= 3 else 1))
            break
    if page.mass:
        parts.append(("body after", 3 * page.mass[k]))
    return parts


def _kicker_deck_standfirst(page: Page, k: int) -> Parts:
    """-3 for a short kicker over a longer headline-like block, -1 for a deck under a
    shorter headline (also with the lead photo's caption between them), +1 for a standfirst
    (or prose) right after it, else +1 for a deck right after it (a headline-like block of
    five words or more with prose under it)."""
    blocks = page.blocks
    b = blocks[k]
    parts: Parts = []
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    if nxt is not None and b.words <= 4 and not nxt.prose and nxt.words <= 25 and not nxt.text.endswith(".") \
            and not nxt.listed and nxt.words > b.words and nxt.first <= b.last + 3 and page.candidate(k + 1) \
            and not page.dateish(k + 1):
        parts.append(("kicker", -3))
    up = k - 2 if k > 1 and _captioned(blocks[k - 1].text) else k - 1  # (past the lead photo's caption)
    prv = blocks[up] if up >= 0 else None
    if prv is not None and prv.last >= blocks[up + 1].first - (k - up + 1) and prv.words >= 5 and b.words > prv.words \
            and page.candidate(up):
        parts.append(("deck under a headline", -1))
    if nxt is not None and (nxt.prose or (not nxt.listed and nxt.words >= 8 and nxt.words > b.words
                                          and bool(SENTENCE_END.search(nxt.text)))):
        parts.append(("standfirst after", 1))
    elif nxt is not None and b.words >= 5 and not nxt.listed and nxt.words >= 5 and nxt.first <= b.last + 2 \
            and page.candidate(k + 1) and k + 2 < len(blocks) and blocks[k + 2].prose:
        parts.append(("deck after", 1))
    return parts


def _breadcrumb_or_name(page: Page, k: int) -> Parts:
    """+2 when a breadcrumb just above ends with the block's words ("Home » Desserts »
    Peanut Butter Truffles"), else -4 for a block that is a person's name (``page_names.name_block``)."""
    blocks, text = page.blocks, page.blocks[k].text
    crumb = any(BREADCRUMB.split(blocks[m].text)[-1].strip().casefold() == text.casefold()
                for m in range(max(0, k - 3), k) if len(BREADCRUMB.split(blocks[m].text)) >= 2)
    if crumb:
        return [("last breadcrumb", 2)]
    return [("a name", -4)] if name_block(page.blocks, k) else []


def _among_teasers(page: Page, k: int) -> Parts:
    """-3 under a heading of related stories (``related_heading``, within the eight blocks
    above and no prose between); -2 in a list of headlines (related, most read: three or more headline-like blocks
    of five words or more within four blocks), else -3 among teasers that each carry a
    date or byline."""
    blocks = page.blocks
    for m in range(k - 1, max(-1, k - 9), -1):
        if blocks[m].prose and blocks[m].words >= 30:
            break
        if related_heading(blocks[m].text):
            return [("under a related heading", -3)]
    siblings = sum(1 for m in range(max(0, k - 4), min(len(blocks), k + 5))
                   if m != k and blocks[m].words >= 5 and not blocks[m].prose and page.candidate(m))
    if siblings >= 3:
        return [("among teasers", -2)]
    if page.dated_teasers(k) >= 2:
        return [("among dated teasers", -3)]
    return []


def _over_a_credit(page: Page, k: int) -> Parts:
    """A caption: -1.5 over a photo credit line, -3 over a short alt text and a credit
    ("Image: Jane Roe")."""
    blocks = page.blocks
    b = blocks[k]
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    if nxt is not None and nxt.first <= b.last + 2 and is_credit_line(nxt.text):
        return [("photo credit after", -1.5)]
    if k + 2 < len(blocks) and blocks[k + 2].first <= b.last + 4 and nxt is not None and nxt.words <= 6 \
            and is_caption(blocks[k + 2].text):
        return [("photo credit below", -3)]
    return []


def _year_only(text: str) -> bool:
    """The only number in ``text`` is a year ("US Open 2023 results: ..."): a headline, no stamp."""
    return not any(ch.isdigit() for ch in _YEAR.sub("", text))


def _captioned(text: str) -> bool:
    """A photo caption: a caption marker first, or a photo credit marker in it
    (``layout.json`` ``caption_inline_markers``)."""
    low = text.lower()
    return is_caption(text) or any(marker in low for marker in phrase_set("caption_inline_markers"))


def _what_precedes(page: Page, k: int) -> Parts:
    """-2 after prose (a subheading or caption inside the text; or after two prose blocks
    within six, a subheading after a list or short paragraph), +1 for a date just above (not
    a headline above whose only number is a year).
    A photo caption just above (a caption marker, or a photo credit in it: "... Photo:
    Jane Roe via Getty Images") costs -1 only: pages print the lead photo over the headline
    as well as under it."""
    blocks = page.blocks
    parts: Parts = []
    before = [blocks[m] for m in range(max(0, k - 6), k) if blocks[m].prose]
    text = [b for b in before if not _captioned(b.text)]
    if any(b.last >= blocks[max(0, k - 2)].first for b in text):
        parts.append(("prose before", -2))
    elif len(text) >= 2:
        parts.append(("text before", -2))
    elif any(b.last >= blocks[max(0, k - 2)].first for b in before):
        parts.append(("caption before", -1))
    if any(page.dateish(m) and not (page.candidate(m) and _year_only(blocks[m].text)) for m in range(max(0, k - 3), k)):
        parts.append(("date before", 1))
    return parts


def _shape(page: Page, k: int) -> Parts:
    """The block itself: +1 for 3-25 words, -2 in the bottom 40% of the page, -2 for a
    lowercase start, -2 for a sentence, +2 when blank lines isolate it, and up to -2 for
    its position."""
    blocks = page.blocks
    b = blocks[k]
    text = b.text
    parts: Parts = []
    if 3 <= b.words <= 25:
        parts.append(("length", 1))
    if b.first > 0.6 * page.n_lines:
        parts.append(("low on page", -2))
    if text[:1].islower():
        parts.append(("lowercase", -2))
    if re.search(r"(?<!\.\.)\.[\"”»’']?$", text) or (b.words >= 8 and re.search(r"…[\"”»’']?$", text)):
        parts.append(("sentence", -2))
    isolated = (k == 0 or blocks[k - 1].last < b.first - 1) and (
        k + 1 == len(blocks) or blocks[k + 1].first > b.last + 1)
    if isolated:
        parts.append(("isolated", 2))
    parts.append(("position", -2 * b.first / max(page.n_lines, 1)))
    return parts


_SCORE_PARTS: tuple[Callable[[Page, int], Parts], ...] = (
    _what_follows, _kicker_deck_standfirst, _breadcrumb_or_name, _among_teasers, _over_a_credit,
    _what_precedes, _shape)


def title_score(page: Page, k: int, why: list[str] | None = None, repeat: bool = True) -> float:
    """Score block ``k`` (a headline-like block: one to three lines, 2-40 words, not a list
    item, menu, byline or date) as the page's headline; the best score wins, the earliest
    on a tie.  Points: +3 when a byline follows closely (1.5 further down), +2 for a bare
    name under it, +2/+1 for a date below, up to +3 for the article prose that follows, +2
    when the same words are printed elsewhere (share boxes, breadcrumbs), +2 when blank
    lines isolate it, small bonuses for a standfirst after it, a date above and a 3-25 word
    length; minus for kickers, decks, captions, subheadings inside the text, teaser lists,
    a name, a sentence, a lowercase start, the bottom 40% of the page and its position.
    ``why`` collects the reasons ("name +value"); ``repeat=False`` leaves out the
    (costlier) repeated-words bonus."""
    parts: Parts = [("repeated", 2)] if repeat and page.repeated(k) else []
    for rule in _SCORE_PARTS:
        parts.extend(rule(page, k))
    if why is not None:
        why.extend(f"{name} {value:+.1f}" for name, value in parts)
    return sum(value for _, value in parts)


def best_title(page: Page) -> tuple[float, int] | None:
    """The best-scoring headline block (score, index; earliest on a tie), or None.  The
    repeated-words bonus (+2 at most) is only computed for the (at most 40) blocks within
    2 points of the best."""
    cands = [k for k in range(len(page.blocks)) if page.candidate(k)][:MAX_HEADLINE_CANDIDATES]
    base = {k: title_score(page, k, repeat=False) for k in cands}
    if not base:
        return None
    top = max(base.values())
    close = set(sorted((k for k in cands if base[k] >= top - 2), key=lambda k: -base[k])[:40])
    best: tuple[float, int] | None = None
    for k in cands:
        s = base[k]
        if k in close and page.repeated(k):
            s += 2
        if best is None or s > best[0]:
            best = (s, k)
    return best

"""The headline of a rendered web page, found by scoring its headline-like blocks.

Every headline-like block (``page_headline.headline_candidate``) is scored on what surrounds it
(``title_score``): a byline or bare name, a date and article prose close below, blank lines
around it, the same words printed elsewhere (share boxes, breadcrumbs); blocks after prose
(subheadings), among a list of teasers (or of teasers that each carry a date or byline),
a teaser card's second print of its headline under its list item,
over a photo credit, short kickers over a longer headline and decks under one lose points.
The best score wins, the earliest on a tie (``best_title``).

Word lists live in ``data/layout.json``.  At most ``MAX_HEADLINE_CANDIDATES`` blocks are scored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from congo_digital.fields.names import tidy_name
from congo_digital.layout.lines import BREADCRUMB, ends_sentence, interface_only, is_caption
from congo_digital.layout.page_blocks import related_heading
from congo_digital.layout.page_headline import Page
from congo_digital.layout.page_names import bare_name, is_credit_line, name_block, undouble
from congo_digital.settings import MAX_HEADLINE_CANDIDATES
from congo_digital.vocab import phrase_set

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

Parts = list[tuple[str, float]]
"""Named points of a headline score, in the order they are added."""


def _what_follows(page: Page, k: int) -> Parts:
    """A byline (+3 close after the headline, past at most a standfirst; +1.5 further, unless
    past two other headline-like blocks: a teaser list's last byline) or
    a bare name (+2) below block ``k``, a date (+2 within three blocks, else +1), and up to
    +3 for the article prose that follows."""
    blocks = page.blocks
    parts: Parts = []
    steps = prose = heads = 0
    deck = _deck_under(page, k)
    for m in range(k + 1, min(len(blocks), k + 16)):
        if blocks[m].listed or interface_only(blocks[m].text) or m == deck or _photo_pair(page, m):
            continue  # share buttons between the headline and the byline, its deck, the lead photo's caption
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
        if not blocks[m].text or interface_only(blocks[m].text) or (blocks[m].prose and _captioned(blocks[m].text)) \
                or m == deck or _photo_pair(page, m):
            continue  # share and comment buttons, a photo caption between the headline and the date, its deck
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


def _photo_pair(page: Page, m: int) -> bool:
    """Block ``m`` is half of a photo's alt text printed over its caption, the caption
    being the alt text and a few words more (its credit: "Cars on a road at night in the
    rain." / "Cars on a road at night in the rain. (Jane Roe/Agency)"): two prose blocks,
    neither of them the article's text."""
    blocks = page.blocks
    if not blocks[m].prose:
        return False
    for short, long_ in ((m, m + 1), (m - 1, m)):
        if 0 <= short and long_ < len(blocks) and blocks[short].prose and blocks[long_].prose:
            a, b = blocks[short].text, blocks[long_].text
            if len(b) > len(a) and b.startswith(a) and 1 <= len(b[len(a):].split()) <= 8:
                return True
    return False


def _deck_under(page: Page, k: int) -> int:
    """The index of the deck right under headline block ``k`` (of eight words or more: not a
    section's kicker, "Rivers: the state of our lakes", over its headline): the
    next block, headline-like, longer than it, at most a line between, and no third
    headline-like block of five words or more right under it; else -1.  The headline's
    byline and date are counted past it (else a deck outscores its headline by being one
    block nearer to them)."""
    blocks = page.blocks
    if k + 1 >= len(blocks) or blocks[k].words < 8:
        return -1
    b, nxt = blocks[k], blocks[k + 1]
    if b.last >= nxt.first - 2 and nxt.words > b.words and not nxt.prose and page.candidate(k + 1) \
            and not (k + 2 < len(blocks) and blocks[k + 2].words >= 5 and page.candidate(k + 2)):
        return k + 1  # (not one of a run of headline-like blocks: teasers, a headline printed twice)
    return -1


def _kicker_deck_standfirst(page: Page, k: int) -> Parts:
    """-3 for a short kicker over a longer headline-like block, -1 for a deck under a
    shorter headline (also with the lead photo's caption between them), +1 for a standfirst
    (or prose) right after it (not a sentence-like headline right over its own byline or
    date: ``_over_its_stamp``), else +1 for a deck right after it (a headline-like block of
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
                                          and ends_sentence(nxt.text)
                                          and not _over_its_stamp(page, k + 1))):
        parts.append(("standfirst after", 1))
    elif nxt is not None and b.words >= 5 and not nxt.listed and nxt.words >= 5 and nxt.first <= b.last + 2 \
            and page.candidate(k + 1) and k + 2 < len(blocks) and blocks[k + 2].prose:
        parts.append(("deck after", 1))
    return parts


def _over_its_stamp(page: Page, m: int) -> bool:
    """Block ``m`` stands right over a byline or date line (the next block, at most a blank
    line between): a headline ending with a question mark, not the standfirst of the block
    above it (a blog's tagline: "Notes on the information society" / "What is the
    difference between ...?" / "Posted on 15 April 2016 by A")."""
    blocks = page.blocks
    n = m + 1
    return n < len(blocks) and blocks[n].first <= blocks[m].last + 2 and not blocks[n].prose \
        and (page.byline(n) or page.dateish(n))


def _breadcrumb_or_name(page: Page, k: int) -> Parts:
    """+2 when a breadcrumb just above ends with the block's words ("Home » Desserts »
    Peanut Butter Truffles"), else -4 for a block that is a person's name (``page_names.name_block``)."""
    blocks, text = page.blocks, page.blocks[k].text
    crumb = any(BREADCRUMB.split(blocks[m].text)[-1].strip().casefold() == text.casefold()
                for m in range(max(0, k - 3), k) if len(BREADCRUMB.split(blocks[m].text)) >= 2)
    if crumb:
        return [("last breadcrumb", 2)]
    return [("a name", -4)] if name_block(page.blocks, k) else []


def _card_copy(page: Page, k: int) -> bool:
    """Block ``k`` repeats a list item right above it, with the item's short label (a
    section: at most three words) between them or glued to the item's end: a teaser card
    ("• Winter wedding in Paris" / "Lifestyle" / "Winter wedding in Paris" / "By Jane Roe").
    A headline right under its own breadcrumb item ("• Winter wedding in Paris") is none."""
    blocks = page.blocks
    key = " ".join(blocks[k].text.casefold().split())
    for m in (k - 1, k - 2):
        if m < 0 or not blocks[m].listed:
            continue
        item = " ".join(blocks[m].text.casefold().split())
        if not item.startswith(key):
            continue
        label = item[len(key):].split()
        between = blocks[m + 1: k]
        if between:
            return not label and between[0].words <= 3 and not between[0].listed
        return 1 <= len(label) <= 3 and item[len(key):][:1] == " "
    return False


_RELATED_NEAR = 8  # blocks: a related heading this close above governs block k past any short text
_RELATED_REACH = 24  # blocks: ... farther, only over a run of headlines and their labels


def _under_related(page: Page, k: int) -> bool:
    """Block ``k`` stands under a heading of related stories (``related_heading``: "Most
    read", "Lo más leído"): within the eight blocks above it with no long prose (30 words)
    between, or up to 24 blocks above it over a run of teaser cards (headlines, their
    labels and counters: "Most read" / "Headline" / "SHOCK SACK" / "Headline" ...) that no
    prose, list item (a menu's: "More from" / "• News" ...) and sentence (8 words or more
    ending with a stop) interrupts."""
    blocks = page.blocks
    for m in range(k - 1, max(-1, k - _RELATED_REACH - 1), -1):
        b = blocks[m]
        if b.prose and b.words >= 30:
            return False
        if k - m > _RELATED_NEAR and (b.prose or b.listed or (b.words >= 8 and b.text.endswith("."))):
            return False
        if related_heading(b.text):
            return True
    return False


def _among_teasers(page: Page, k: int) -> Parts:
    """-3 for a teaser card's copy of its list item (``_card_copy``); -3 under a heading of
    related stories (``_under_related``); -2 in a list of headlines (related, most read:
    three or more headline-like blocks of five words or more within four blocks), else -3
    among teasers that each carry a date or byline."""
    blocks = page.blocks
    if page.blocks[k].words >= 3 and _card_copy(page, k):
        return [("teaser card", -3)]
    if _under_related(page, k):
        return [("under a related heading", -3)]
    siblings = sum(1 for m in range(max(0, k - 4), min(len(blocks), k + 5))
                   if m != k and blocks[m].words >= 5 and not blocks[m].prose and page.candidate(m))
    if siblings >= 3:
        if page.dated_teasers(k) >= 2 and page.stamped(k) and not any(b.prose for b in blocks[k + 1: k + 4]):
            return [("a dated teaser among them", -3)]  # its own stamp and no text under it, like theirs
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
    length; minus for kickers, decks, captions, subheadings inside the text, teaser lists and cards,
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

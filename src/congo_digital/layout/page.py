"""Layout of a whole web page rendered to text (w3m, lynx, a copy of a browser window).

A whole web page rendered to text (``looks_like_page``: many lines, bulleted menus) is
read differently from an article (``article``), because its headline sits somewhere below
menus, cookie notices and teasers:

* wrapped lines are joined into blocks (``page_blocks``);
* the headline is the best-scoring headline-like block (``page_headline``, scored by ``page_title_score``);
* the byline and dates are read around it, then, if missing, elsewhere on the page
  (``page_meta``); a page that prints only a "changed" stamp is dated by it;
* the body runs from the end of the header to the footer (``body``): prose paragraphs and the
  short lines between them (subheadings, list items), without the furniture that ends it.

Word lists live in ``data/layout.json``, ``bylines.json`` and ``dates.json``.  At most
``PAGE_SCAN`` lines of a page are read.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from congo_digital.fields.bylines import parse_byline
from congo_digital.fields.names import tidy_name
from congo_digital.layout.body import (
    captioned,
    comment_section,
    footer_start,
    furniture,
    furniture_tail,
    join_paragraphs,
    share_section,
    sponsored_section,
)
from congo_digital.layout.lines import (
    Layout,
    Line,
    Paragraph,
    ends_sentence,
    interface_only,
    is_caption,
    is_noise,
    read_at,
)
from congo_digital.layout.page_blocks import (
    BULLET,
    DATE_WORDS,
    EMBED_SIGNATURE,
    Block,
    dateish,
    is_prose,
    related_heading,
    word_count,
)
from congo_digital.layout.page_dates import Dated, page_dates, yearless_date
from congo_digital.layout.page_headline import Page, make_page
from congo_digital.layout.page_meta import byline_elsewhere, page_meta
from congo_digital.layout.page_names import bare_name, is_credit_line
from congo_digital.layout.page_title_score import best_title
from congo_digital.layout.people import cjk_credit, dedupe_people
from congo_digital.layout.words import cjk_heavy
from congo_digital.record import Candidate, Contributor
from congo_digital.settings import CLASSIFY_CHARS, PAGE_SCAN
from congo_digital.vocab import phrase_set

_MIN_TITLE_SCORE = 0.0  # below this the page is read as a plain article
_SHORT_BODY = 60  # words: a body this short under the headline is looked for at the page's densest prose
_INNER_RUN = 12  # paragraphs: at most this many short ones between two of the article's are kept
_INNER_CHARS = 3000  # characters: ... when the two are at most this far apart
_LIST_MARK = re.compile(r"^[•●*·–-]\s*")
_IMAGE_STAMP = re.compile(r"\[[^\]\s]{0,30}?(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?(?!\d)[^\]\s]{0,30}\]")
_STAMP_FIRST = re.compile(r"^\d{1,2}[:/]\d{1,2}")  # "12:47 ...", "3/50 ..."


@cache
def _credit_starts() -> tuple[str, ...]:
    """The byline prefixes (``bylines.json`` ``byline_prefixes``), each with its space: how a credit line starts."""
    return tuple(p + " " for p in phrase_set("byline_prefixes"))


def looks_like_page(text: str) -> bool:
    """True when ``text`` reads as a whole web page rendered to text rather than an article.

    Signs: at least 100 non-blank lines, or 70 with a few bulleted list lines (menus), or
    40 with at least eight bulleted lines (of its first ``PAGE_SCAN`` lines).  Short
    credit lines ("By Jane Roe", ``bylines.json`` ``byline_prefixes``) do not count.
    """
    if text.count("\n") < 39:  # fewer than 40 lines: fewer than 40 non-blank ones, no page
        return False
    nonblank = 0
    bullets = 0
    credits = _credit_starts()
    for raw in text.split("\n", PAGE_SCAN)[:PAGE_SCAN]:
        line = raw.strip()
        if line:
            if len(line.split(None, 6)) <= 6 and line.lower().startswith(credits):
                continue  # a credit line ("By Jane Roe"): a hundred of them do not make a page
            nonblank += 1
            if BULLET.match(raw) and not raw.lstrip()[:1].isdigit():
                bullets += 1
    return (nonblank >= 70 and (bullets >= 3 or nonblank >= 100)) or (bullets >= 8 and nonblank >= 40)


def _headline_copy(blocks: list[Block], k: int, lines: list[Line], language: str | None
                   ) -> tuple[int, tuple[list[Contributor], Dated, int, bool, list[Contributor]]]:
    """The headline block ``k`` and what ``page_meta`` reads under it; when the headline
    is printed again elsewhere (a share box, above the text), the copy with the richest
    byline/date block under it (of the first two copies)."""
    meta = page_meta(blocks, k, lines, language)
    key = blocks[k].text.casefold()
    for j in [j for j, b in enumerate(blocks) if j != k and b.text.casefold() == key][:2]:
        other = page_meta(blocks, j, lines, language)
        if bool(other[0]) + bool(other[1]) > bool(meta[0]) + bool(meta[1]):
            k, meta = j, other
    return k, meta


def _unglued_copy(blocks: list[Block], k: int) -> int:
    """The headline block ``k``, or a copy of it printed without what the rendering glued
    before it ("NewsBusinessRoky v důchodu ...": a breadcrumb's last items run into the
    headline, which the page prints again below): the nearest block of three words or more
    whose text ends ``k``'s right after a letter or digit with no space."""
    text = blocks[k].text
    for j in sorted(range(len(blocks)), key=lambda j: abs(j - k)):
        other = blocks[j].text
        if j != k and blocks[j].words >= 3 and len(other) < len(text) and text.endswith(other) \
                and text[-len(other) - 1].isalnum() and other[:1].isupper():
            return j
    return k


def _fuller_above(blocks: list[Block], k: int) -> int:
    """The headline block ``k``, or the fuller headline over the date stamp just above it
    ("Okra stir fry (bhindi masala)" / "September 15, 2020 by A" / "Okra stir fry": the
    post's first subheading repeats the start of its headline): a block of at most 20 words,
    not prose, that starts with ``k``'s text and says more, right over a short dated block
    right over ``k``."""
    key = blocks[k].text.casefold().strip()
    if k < 2 or len(key) < 4:
        return k
    stamp, above = blocks[k - 1], blocks[k - 2]
    if stamp.prose or stamp.words > 14 or not dateish(stamp.text) or above.prose or above.words > 20:
        return k
    return k - 2 if above.text.casefold().startswith(key + " ") else k


def _title(blocks: list[Block], k: int, lines: list[Line]) -> Candidate:
    """The title read in block ``k``: joined with the next block when the headline was
    wrapped narrower than the text (a lowercase start, 40 words in all), a date glued
    before it cut off ("Jun 17 The headline")."""
    tb = blocks[k]
    title, title_end = tb.text, tb.last
    nb = blocks[k + 1] if k + 1 < len(blocks) else None
    if nb is not None and nb.first == tb.last + 1 and nb.text[:1].islower() and not nb.prose and not nb.listed \
            and not ends_sentence(title) and tb.words + nb.words <= 40:
        title, title_end = title + " " + nb.text, nb.last
    m = DATE_WORDS.match(title)
    if m and len(title[m.end():].split()) >= 3 and title[m.end():].strip()[:1].isupper():
        title = title[m.end():].strip(" ,|-–—")
    title = _colon_back(_unglue_kicker(title, blocks), blocks)
    return read_at("title", title, lines[tb.first].start, lines[title_end].end, "text:title")


_ITEM_MARK = re.compile(r"^(?:[•□◦▪*·–-]|\d{1,3}\.)\s+")


def _colon_back(title: str, blocks: list[Block]) -> str:
    """``title`` with the colon after its kicker that the rendering dropped ("Ausschuss
    zur Flut Zwei Rücktritte" printed "Ausschuss zur Flut: Zwei Rücktritte" in the page's
    breadcrumb): the page's own form, when one of its blocks (a list mark cut off) is
    exactly ``title`` with ": " in place of one of its spaces."""
    key = " ".join(title.split())
    if len(key.split()) < 4:
        return title
    for b in blocks:
        text = " ".join(_ITEM_MARK.sub("", b.text.strip()).split())
        if len(text) != len(key) + 1 or ": " not in text:
            continue
        at = text.find(": ")
        while at >= 0:
            if text[:at] + text[at + 1:] == key:
                return text
            at = text.find(": ", at + 1)
    return title


_KICKER_SEP = re.compile(r"\s*[:|\-–—]\s+")


def _unglue_kicker(title: str, blocks: list[Block]) -> str:
    """``title`` without a kicker that the rendering glued to it ("Meinung Warum ...",
    "Grenzschließungen Deutschland, ..."): a first word that is a genre label
    (``layout.json`` ``glued_kickers``), or one that the page prints elsewhere joined to the
    rest by a separator ("Mehr zu: Grenzschließungen - Deutschland, ..."), when at least
    three words, starting with a capital, are left."""
    head, _, rest = title.partition(" ")
    if len(rest.split()) < 3 or not rest[:1].isupper() or not head[:1].isupper():
        return title
    if head.casefold() in phrase_set("glued_kickers"):
        return rest
    key, kicker = " ".join(rest.casefold().split()), head.casefold()
    for b in blocks:
        low = " ".join(b.text.casefold().split())
        at = low.find(kicker)
        while at >= 0:
            after = low[at + len(kicker):]
            m = _KICKER_SEP.match(after)
            if m and after[m.end():].startswith(key):
                return rest
            at = low.find(kicker, at + 1)
    return title


def _read_people(out: Layout, page: Page, k: int, lines: list[Line], authors: list[Contributor],
                 generic: bool) -> None:
    """Set ``out.authors`` (those read under the headline ``k``, else a byline elsewhere
    on the page, else a Chinese editor credit; unless a generic byline was read),
    ``out.generic_byline`` and ``out.authors_at`` (the line that prints the first name, else
    an empty span at the headline's end)."""
    if not authors and not generic:
        authors = byline_elsewhere(page, k) or next(
            (names for b in page.blocks if (names := cjk_credit(b.text))), [])
    out.authors = dedupe_people(authors)
    out.generic_byline = generic and not out.authors
    if out.authors:
        line = _credit_line(lines, page.blocks[k].last + 1, out.authors[0].name)
        start, end = (line.start, line.end) if line is not None else (lines[page.blocks[k].last].end,) * 2
        out.authors_at = read_at("authors", ", ".join(a.name for a in out.authors), start, end, "text:byline")


def _sign_off(out: Layout, lines: list[Line]) -> None:
    """With no byline read, the author's name printed alone on the first line after the
    body, right under its last (prose) paragraph (a sign-off: "... hoặc xạ trị." / "Lê
    Phương"): 2-4 words, ``page_names.bare_name``.  Sets ``out.authors`` and ``out.authors_at``."""
    if out.authors or out.generic_byline or not out.paragraphs or not is_prose(out.paragraphs[-1].text):
        return
    end = out.paragraphs[-1].end
    after = next((ln for ln in lines if ln.start > end and ln.clean.strip()), None)
    if after is None or after.start - end > 3:  # (at most a blank line between)
        return
    name = tidy_name(after.clean.strip())
    if 2 <= len(name.split()) <= 4 and bare_name(name):
        out.authors = [Contributor(name=name)]
        out.authors_at = read_at("authors", name, after.start, after.end, "text:credits")


def _credit_line(lines: list[Line], first: int, name: str) -> Line | None:
    """The line that prints ``name`` (case ignored): the first from line ``first`` down,
    else the nearest above it; ``None`` when the name is not printed as read (a doubled or
    glued name)."""
    key = name.casefold()
    for i in [*range(first, len(lines)), *range(first - 1, -1, -1)]:
        if key in lines[i].clean.casefold():
            return lines[i]
    return None


def _read_dates(out: Layout, blocks: list[Block], k: int, lines: list[Line], language: str | None, text: str,
                dates: Dated) -> None:
    """Set ``out.date`` and ``out.date_modified`` from the dates read under the headline
    ``k`` (else ``page_dates.page_dates``, else ``page_dates.yearless_date``, else the
    timestamp in the lead image's file name: ``_image_date``): the first
    published date, else the first unlabelled one, else a yearless one, else the first
    modified one (a page that prints only a "last changed" stamp: such stamps mostly
    repeat the publication day, but their time is not the publication's, so ``date`` then
    takes the day alone)."""
    if not [x for x in dates if x[0].kind != "modified"]:
        dates.extend(page_dates(blocks, k, lines, language))
    published = [x for x in dates if x[0].kind == "published"]
    plain = [x for x in dates if x[0].kind is None]
    modified = [x for x in dates if x[0].kind == "modified"]
    pick = (published or plain)[:1]
    if not pick:
        pick = yearless_date(blocks, k, lines, language, text) or modified[:1]
    if pick:
        d, ln = pick[0]
        value = d.value[:10] if d.kind == "modified" else d.value
        out.date = read_at("date", value, ln.start, ln.end, "text:date-line")
    elif (stamp := _image_date(blocks, k, lines)) is not None:
        out.date = stamp
    if modified:
        d, ln = modified[0]
        out.date_modified = read_at("date_modified", d.value, ln.start, ln.end, "text:date-line")


def _image_date(blocks: list[Block], k: int, lines: list[Line]) -> Candidate | None:
    """The day in the file name of an image printed in the eight blocks under the headline
    ``k`` ("[file_20200824164321]": a content system's upload stamp, the day the article
    was put up), when it is a real day from 1995 on; None when there is none.  Read only
    when the page prints no date at all."""
    stop = blocks[min(len(blocks) - 1, k + 8)].last
    for ln in lines[blocks[k].last + 1: stop + 1]:
        for m in _IMAGE_STAMP.finditer(ln.raw):
            try:
                day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if day.year >= 1995:
                at = ln.start + m.start()
                return read_at("date", day.isoformat(), at, at + len(m.group(0)), "text:image-name")
    return None


def _body(page: Page, end: int, lines: list[Line]) -> list[Paragraph]:
    """The article's paragraphs from block ``end`` (the first after the header) to the
    footer, above the comment section (``body.comment_section``): the prose paragraphs and
    the short ones between them (``_with_inner_lines``), without the page furniture that
    ends them (``body.furniture_tail``: cookie, sign-up and copyright notices, menus, with
    the related headlines among them) and from a share block after the article on
    (``body.share_section``); template lines among them become noise, and photo captions
    (``body.captioned``) are left out."""
    blocks, stop = page.blocks, page.n_lines
    body_start = blocks[end].first if end < len(blocks) else stop
    page_lines = lines[:stop]
    footer = footer_start(page_lines, body_start)
    for ln in page_lines[body_start:footer]:
        if ln.kind == "text" and ln.clean and is_noise(ln.clean, ln.raw[:CLASSIFY_CHARS]):
            ln.kind = "noise"
    paragraphs = [p for p in join_paragraphs(page_lines, body_start, footer) if not captioned(p.text)]
    paragraphs = paragraphs[:sponsored_section(paragraphs)]
    kept = _with_inner_lines(paragraphs[:comment_section(paragraphs)])
    kept = kept[:share_section(kept)]
    return kept[:furniture_tail(kept)]


def _with_inner_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The prose paragraphs of ``paragraphs`` (``is_prose``, or 8 words ending as a
    sentence) and the short ones between two of them that belong to the text (subheadings,
    list items: ``_inner_line``): at most ``_INNER_RUN`` paragraphs over at most
    ``_INNER_CHARS`` characters, none of them a teaser's mark (``_teaser_mark``); an alt
    text printed over its caption ("Dig a hole." / "Dig a hole. (Jane Roe)") is left out."""
    prose = [i for i, p in enumerate(paragraphs)
             if is_prose(p.text) or (word_count(p.text) >= 8 and ends_sentence(p.text))]
    keep = set(prose)
    for a, b in zip(prose, prose[1:], strict=False):
        gap = range(a + 1, b)
        if len(gap) > _INNER_RUN or paragraphs[b].start - paragraphs[a].end > _INNER_CHARS \
                or any(_teaser_mark(paragraphs[i].text) for i in gap):
            continue
        texts = [paragraphs[i].text.casefold() for i in gap]
        keep.update(i for i, t in zip(gap, texts, strict=True) if _inner_line(paragraphs[i].text)
                    and not any(o != t and o.startswith(t) for o in texts))
    return [p for i, p in enumerate(paragraphs) if i in keep]


def _teaser_mark(text: str) -> bool:
    """A paragraph that shows the short ones around it are no part of the article's text:
    a related-stories heading, a list item opening with a time or counter ("• 12:47 ...",
    "3/50 ..."), a short date or time stamp ("March 17, 2016", "52m ago"), a byline, the
    signature of an embedded post or furniture."""
    bare = _LIST_MARK.sub("", text)
    return related_heading(text) or bool(_STAMP_FIRST.match(bare)) or (len(bare.split()) <= 8 and dateish(bare)) \
        or bool(EMBED_SIGNATURE.match(text)) or furniture(text) or parse_byline(bare[:200]) is not None


def _inner_line(text: str) -> bool:
    """A short paragraph kept between two of the article's paragraphs (a subheading, a list
    item): two words or more (a CJK-heavy one, ``words.cjk_heavy``, counted by its characters:
    four, ``word_count``), not an image, interface, a caption or a photo credit."""
    bare = _LIST_MARK.sub("", text)
    return (word_count(bare) if cjk_heavy(bare) else len(bare.split())) >= 2 and not bare.startswith("[") \
        and not (interface_only(text) or is_caption(text) or is_credit_line(text))


def analyse_page(text: str, lines: list[Line], language: str | None) -> Layout | None:
    """Layout of a rendered web page: headline by scoring, byline and dates around it.

    ``lines`` are ``text``'s lines (``lines.split_lines``); ``language`` (BCP 47) helps
    read dates.  Returns None (read it as an article) when no block scores as a headline;
    else a ``Layout`` whose offsets index into ``text``."""
    page = make_page(lines)
    best = best_title(page)
    if best is None or best[0] < _MIN_TITLE_SCORE:
        return None
    k = _fuller_above(page.blocks, _unglued_copy(page.blocks, best[1]))
    k, (authors, dates, end, generic, editors) = _headline_copy(page.blocks, k, lines, language)
    out = Layout()
    out.title = _title(page.blocks, k, lines)
    _read_people(out, page, k, lines, authors, generic)
    out.editors = dedupe_people(editors)
    _read_dates(out, page.blocks, k, lines, language, text, dates)
    out.paragraphs = _body(page, end, lines)
    if sum(word_count(p.text) for p in out.paragraphs) < _SHORT_BODY and page.mass:
        # little text under the headline: the article's text is the page's densest prose
        densest = _body(page, max(range(len(page.mass)), key=page.mass.__getitem__) + 1, lines)
        if sum(word_count(p.text) for p in densest) > 2 * _SHORT_BODY:
            out.paragraphs = densest
    _sign_off(out, lines)
    return out

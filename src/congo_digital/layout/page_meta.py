"""The byline and dates of a rendered web page, read around its headline.

They are read in the blocks under the headline ("By" on its own line, "Section Von" over a
name, one name a line, "Name | Site | date", names glued to dates or roles, avatars, a
name printed twice), and in a stamp just above it ("Jane Roe 11/08/2020")
(``page_meta``); then, if missing, a byline elsewhere on the page: below the text, a name
over a date stamp or signed under one, Korean reporter credits (``byline_elsewhere``).
Dates further from the headline are ``layout.page_dates``'s.  Signatures of embedded
posts ("— Jane Roe (@jroe) May 5, 2023") are not date stamps, nor are other stories'
dates in a list of teasers below the article's text (``page_blocks.teaser_date``).
"""

from __future__ import annotations

import re

from congo_digital.fields.bylines import parse_byline
from congo_digital.fields.bylines_names import after_inner_by
from congo_digital.fields.dateparse import find_dates
from congo_digital.fields.given_names import first_name
from congo_digital.fields.names import normal_case, tidy_name
from congo_digital.layout import page_blocks
from congo_digital.layout.lines import Line, read_meta
from congo_digital.layout.page_blocks import (
    DATE_HINT,
    DATE_OR_TIME,
    DATE_WORDS,
    EMBED_SIGNATURE,
    Block,
    dateish,
    reading_time,
)
from congo_digital.layout.page_dates import CAMEL as _CAMEL
from congo_digital.layout.page_dates import Dated
from congo_digital.layout.page_dates import block_line as _line
from congo_digital.layout.page_headline import Page
from congo_digital.layout.page_names import (
    LIST_NUMBER,
    bare_name,
    captioned_block,
    credit_by,
    glued_prefix,
    is_credit_line,
    lone_prefix,
    name_before_stamp,
    name_list,
    names_above,
    names_below,
    residue,
    stacked_names,
    undated_parts,
    undouble,
    unglue,
)
from congo_digital.layout.people import line_people, suffix_credits
from congo_digital.record import Contributor
from congo_digital.vocab import phrase_set

_INLINE_IMG = re.compile(r"\[[^\]\n]{1,40}\]")
_SLASH_SEP = re.compile(r"\s/\s")
_IMAGE_ALONE = re.compile(r"^\[[^\]\s][^\]\n]{0,60}\]$")
_SIGNATURE = re.compile(r"^[-–—]\s?([^\W\d_].{3,60})$")
_STAMP_TAIL = re.compile(r"\s+\d[^|]{0,40}$")  # "... Jane Roe 8 января, 17:46"



class _Found:
    """What the blocks under a headline gave so far."""

    __slots__ = ("authors", "bare", "dates", "editors", "generic", "end", "last_kind")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, end: int = 0) -> None:
        self.authors: list[Contributor] = []
        self.bare = False  # the authors come from a name line without "By" (an explicit byline replaces them)
        self.editors: list[Contributor] = []  # those a byline credits after its authors ("By A; Editing by B")
        self.dates: Dated = []
        self.generic = False
        self.end = end
        self.last_kind = ""

    @property
    def open(self) -> bool:
        """No author yet, or only bare names that a byline may replace."""
        return not self.authors or self.bare


def _prefixed_names(found: _Found, blocks: list[Block], m: int, text: str) -> bool:
    """The block after a lone "By" (block ``m``, ``text``): its byline, and the names one a
    line below it ("By" / "Jane Roe" / "John Doe").  False when it is no byline."""
    byline = parse_byline(text) or parse_byline("By " + text)
    if byline is None:
        return False
    found.authors, found.editors, found.bare = list(byline.authors), list(byline.editors), False
    found.generic = found.generic or not byline.authors
    found.authors.extend(stacked_names(blocks, m + 1))
    found.end = m + 1
    found.last_kind = "byline"
    return True


def _name_beside_date(found: _Found, text: str, language: str | None) -> None:
    """"by Jane Roe Apr. 28, 2023 1:15 pm", "Jane Roe | Example.com | Sep 2, 2024": the
    name is what is left beside the date; a blog template's "<date> by marc" may print a
    lowercase user name, "<date> • words written by Jane Roe" its "by" inside (``credit_by``)."""
    for part in undated_parts(text, language):
        part = residue(undouble(glued_prefix(part.strip())))  # "<date> byJane Roe"
        byline = parse_byline(part, login=True) or credit_by(part)
        if byline is not None and byline.authors:
            found.authors, found.editors, found.bare = list(byline.authors), list(byline.editors), False
            return
        if not found.authors and after_inner_by(part) == part and bare_name(tidy_name(part)):
            # (not "Photos by Jane Roe": a credit that ``credit_by`` refused)
            found.authors.append(Contributor(name=normal_case(tidy_name(part))))
            return


def _stamp(found: _Found, line: Line, text: str, language: str | None) -> bool:
    """Keep the byline (when no author is known yet) and the dates that ``read_meta``
    read in ``line``; True when it gave either."""
    found_here = False
    if line.byline is not None and found.open and line.byline.authors:
        (found.authors, found.editors), found.bare = line_people(line.byline, line.labels), False
        found_here = True
    if line.dates:
        found.dates.extend((d, line) for d in line.dates)
        found_here = True
        if found.open and line.byline is None:
            _name_beside_date(found, text, language)
    return found_here


def _name_line(found: _Found, blocks: list[Block], k: int, m: int, text: str, is_meta: bool,
               language: str | None, lines: list[Line]) -> bool:
    """Block ``m`` as a credit without "By", when no author is known: an agency alone
    ("JIJI"), a name printed twice right under the headline ``k`` (an avatar's alt text and
    the name) or right under an avatar (an image alone on the line above), or a bare name
    (or a list of names: ``name_list``) after a byline or date, or over a date stamp (with
    the names stacked around it), or a list of names before the stamp that ends their line.
    Not over a photo credit.  True when it is one."""
    b = blocks[m]
    if not found.authors and text.lower().strip(" .") in phrase_set("agencies"):
        found.authors.append(Contributor(name=text.strip(" .")))
        return True
    captioned = captioned_block(blocks, m)
    doubled = undouble(b.text) != b.text and m <= k + 3 and b.first <= blocks[k].last + 4
    avatar = _under_avatar(blocks, k, m, lines)
    if not found.authors and not captioned and (doubled or avatar) and bare_name(tidy_name(text)):
        found.authors.append(Contributor(name=normal_case(tidy_name(text))))
        found.bare = True
        return True
    names, stamped = _before_stamp(text)
    listed = [] if found.authors or captioned or (is_meta and not stamped) else name_list(names)
    if listed and (stamped or found.last_kind in ("date", "byline") or _next_is_meta(blocks, m, language)):
        found.authors.extend(Contributor(name=normal_case(n)) for n in listed)  # "Jane Roe, John Doe (Envoy)"
        found.bare = True
        return True
    if not is_meta and not found.authors and not captioned and bare_name(tidy_name(text)) \
            and not _in_headline(text, blocks[k].text) and (
            found.last_kind in ("date", "byline") or _next_is_meta(blocks, m, language)):
        found.authors.extend(names_above(blocks, m, k))
        found.authors.append(Contributor(name=normal_case(tidy_name(text))))
        found.authors.extend(names_below(blocks, m))
        found.bare = True
        return True
    return False


def _in_headline(text: str, headline: str) -> bool:
    """``text`` (a name-like line under the headline) is words of the headline itself, a
    subheading that repeats its start ("Lemon Drizzle Cake" under "Lemon Drizzle Cake
    without Butter"): no name, compared without case."""
    key = " ".join(text.casefold().split())
    return len(key) >= 4 and f" {key} " in f" {' '.join(headline.casefold().split())} "


def _under_avatar(blocks: list[Block], k: int, m: int, lines: list[Line]) -> bool:
    """Block ``m`` (below the headline ``k``) stands alone right under an avatar: the line
    above it is an image alone ("[portrait-jroe]", not an empty form field) and a blank
    line follows it (a menu's lines under a section icon follow each other)."""
    if m <= k + 1 or blocks[m - 1].text or blocks[m - 1].last + 1 != blocks[m].first or blocks[m].listed:
        return False
    alone = m + 1 >= len(blocks) or blocks[m + 1].first > blocks[m].last + 1
    return alone and bool(_IMAGE_ALONE.match(lines[blocks[m - 1].last].raw.strip()))


def _before_stamp(text: str) -> tuple[str, bool]:
    """The names of a credit line before the date or time stamp that ends it ("Jane Roe |
    John Doe 8 January, 17:46": avatars between the names, a yearless stamp after them) and
    True; ``(text, False)`` when no stamp ends it."""
    m = _STAMP_TAIL.search(text)
    if m is None or not DATE_OR_TIME.search(text[m.start():]):
        return text, False
    return text[: m.start()], True


def _stamp_above(found: _Found, blocks: list[Block], k: int, lines: list[Line], language: str | None) -> None:
    """When no date was found under the headline ``k``: a date stamp in the three blocks
    above it, and the name before that date ("Jane Roe 11/08/2020 Feelings")."""
    for m in range(max(0, k - 3), k):
        b = blocks[m]
        if not found.dates and dateish(b.text) and not b.prose:
            text = _CAMEL.sub(" ", unglue(b.text))  # "2 minute readApril 25, 2023"
            line = _line(lines, b, text)
            if read_meta(line, language) and line.dates:
                found.dates.extend((d, line) for d in line.dates)
                if not found.authors and not found.generic:
                    _name_beside_date(found, text, language)


def page_meta(blocks: list[Block], k: int, lines: list[Line], language: str | None
              ) -> tuple[list[Contributor], Dated, int, bool, list[Contributor]]:
    """Read the byline/date block around the headline block ``k``.

    Returns (authors, dates with their line, index of the first block after the header,
    generic byline seen, the editors the byline credits after its authors).  Looks at up to
    12 blocks after the headline (stopping at the second prose block, or at a teaser's
    date: ``page_blocks.teaser_date``) and, for dates only, at the three blocks above it.
    """
    found = _Found(end=k + 1)
    dated = DATE_WORDS.match(blocks[k].text)
    if dated and len(blocks[k].text[dated.end():].split()) >= 3 and find_dates(dated[0], default_year=2000):
        found.last_kind = "date"  # "Jun 17 The headline": the date stamp printed before it, a name may follow
    prefix_pending = False
    prose = 0
    for m in range(k + 1, min(len(blocks), k + 13)):
        b = blocks[m]
        text = _SLASH_SEP.sub(" | ", unglue(glued_prefix(undouble(_INLINE_IMG.sub(" | ", b.text).strip(" |")))))
        if b.prose and not text.lower().startswith(tuple(p + " " for p in phrase_set("byline_prefixes"))):
            # (a whole word: "Die Finanzierung ..." is prose, not the prefix "di")
            if m + 1 < len(blocks) and blocks[m + 1].first <= b.last + 3 and is_credit_line(blocks[m + 1].text):
                continue  # a photo caption over its credit ("... Foto: Jane Roe"), between deck and byline
            prose += 1
            if prose >= 2 or (found.authors or found.dates):
                break
            found.end = m + 1
            continue
        if len(text) > 300 or EMBED_SIGNATURE.match(text):
            continue
        if lone_prefix(text):
            prefix_pending = True
            continue
        if prose and dateish(b.text) and page_blocks.teaser_date(blocks, k, m):
            break  # another story's date in a list of teasers: the header is over
        line = _line(lines, b, text)
        if prefix_pending and found.open and b.words <= 12:
            prefix_pending = False
            text = LIST_NUMBER.sub("", text)
            if _prefixed_names(found, blocks, m, text):
                continue
        is_meta = read_meta(line, language)
        stamped_name = name_before_stamp(text) if not found.authors and b.words <= 10 else None
        if stamped_name:  # "Jane Roe 5 hours ago": a relative stamp gives no date, but the name is the credit
            found.authors, found.bare = [Contributor(name=normal_case(stamped_name))], True
            found.end, found.last_kind = m + 1, "byline"
            continue
        if _stamp(found, line, text, language) or _name_line(found, blocks, k, m, text, is_meta, language, lines):
            found.end = m + 1
            found.last_kind = "date" if line.dates else "byline"
    _stamp_above(found, blocks, k, lines, language)
    return found.authors, found.dates, found.end, found.generic, found.editors


def byline_elsewhere(page: Page, k: int) -> list[Contributor]:
    """A byline line away from the headline: the first of the 400 blocks below it (an
    author line after the text; a lone "By" takes the names stacked under it), else the
    nearest of the 30 blocks above it; else a bare
    name with a date, time or reading-time stamp right after it ("Jane Roe" / "11 min
    read") or a dashed name signed under a date stamp ("28. November 2022" / "- Jane Roe"),
    in the 60 blocks below the headline, else in the 30 above it; else a name over the
    page's labelled publication date; else the page's Korean reporter credits ("홍길동 기자":
    ``people.suffix_credits``); else a personal site's owner (``_site_owner``)."""
    blocks = page.blocks
    order = list(range(k + 1, min(len(blocks), k + 400))) + list(range(k - 1, max(-1, k - 31), -1))
    for m in order:
        b = blocks[m]
        if b.prose or b.words > 12 or not page.byline(m):
            continue
        text = glued_prefix(undouble(b.text))
        stacked = lone_prefix(text) and m + 1 < len(blocks)
        if stacked:  # "Kommentar von" / "Jane Roe" (/ "John Doe")
            text = "By " + undouble(blocks[m + 1].text)
        byline = parse_byline(text)
        if byline is not None and byline.authors:
            return [*byline.authors, *stacked_names(blocks, m + 2)] if stacked else byline.authors
    for m in [*range(k + 1, min(len(blocks), k + 61)), *range(k - 1, max(-1, k - 31), -1)]:
        b = blocks[m]
        if b.prose or b.listed or b.words > 6:
            continue
        signed = _SIGNATURE.match(b.text)
        if signed and m > k and any(page.dateish(n) and blocks[n].words <= 6 for n in range(max(k + 1, m - 2), m)) \
                and bare_name(name := tidy_name(signed.group(1))):
            return [Contributor(name=normal_case(name))]  # "28. November 2022" / "- Jane Roe": signed under the date
        name = tidy_name(undouble(b.text))
        if bare_name(name) and any((page.dateish(n) or reading_time(blocks[n].text)) and blocks[n].words <= 10
                                   and not blocks[n].prose for n in range(m + 1, min(len(blocks), m + 3))):
            return [Contributor(name=normal_case(name))]
    return _name_over_label(blocks) or suffix_credits([b.text for b in blocks]) or _site_owner(blocks)


def _site_owner(blocks: list[Block]) -> list[Contributor]:
    """A personal site's owner: the page's first line is a bare name starting with a known
    given name (``fields.given_names``: "Jane Roe", not "The Sound Of Science") that its
    copyright line prints again ("© Jane Roe 2016-2020"); [] when not."""
    first = next((b for b in blocks if b.text), None)
    if first is None or first.prose or first.listed or not 2 <= first.words <= 4 or first.text.isupper() \
            or not first_name(first.text.split()[0].casefold()) or not bare_name(first.text):
        return []
    key = first.text.casefold()
    if any("©" in b.text and key in b.text.casefold() for b in blocks[1:]):
        return [Contributor(name=normal_case(first.text))]
    return []


def _name_over_label(blocks: list[Block]) -> list[Contributor]:
    """The bare name right above the page's first labelled publication date line ("Jane
    Roe" / "Published: 22:04, 22 Apr 2024"), wherever it stands; [] when there is none."""
    labels = tuple(p for p in phrase_set("date_labels_published") if len(p) >= 5)
    for m in range(1, len(blocks)):
        b = blocks[m]
        if b.prose or len(b.text) > 80 or not b.text.lower().startswith(labels) or not DATE_HINT.search(b.text):
            continue
        above = blocks[m - 1]
        name = tidy_name(undouble(above.text))
        if not above.prose and above.words <= 6 and above.last + 2 >= b.first and bare_name(name):
            return [Contributor(name=normal_case(name))]
        return []
    return []


def _next_is_meta(blocks: list[Block], m: int, language: str | None) -> bool:
    """A date, time or reading-time stamp within the four blocks after ``m`` (before any
    prose)."""
    for n in range(m + 1, min(len(blocks), m + 5)):
        text = _CAMEL.sub(" ", unglue(blocks[n].text))
        if len(text) <= 40 and (DATE_OR_TIME.search(text) or reading_time(text)):
            return True  # a short stamp: "9:51", "04.05.2022", "11 min read"
        if dateish(text) and find_dates(text[:200], language=language):
            return True
        if blocks[n].prose:
            return False
    return False

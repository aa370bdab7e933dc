"""The blocks of a whole web page rendered to text (w3m, lynx, a copy of a browser window).

Such a page has menus, cookie notices, share buttons and related links around the
article, list items marked with bullets, image placeholders ("[logo]") and paragraphs
wrapped at a fixed width.  Its wrapped lines are joined into ``Block`` objects
(``split_blocks``; the wrap width is measured from the text), each with its word count
and whether it is a list item or prose.
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.fields.common import norm_key
from congo_digital.fields.dateparse import ascii_digits
from congo_digital.fields.names import looks_like_name
from congo_digital.layout.lines import Line, cjk_heavy, clean_line, ends_sentence, word_count, words_of
from congo_digital.settings import CLASSIFY_CHARS
from congo_digital.vocab import load_json, phrase_set

BULLET = re.compile(r"^\s*(?:[•□☆◦▪▸►*+‣∙]|\d{1,3}\.)(?:\s|$)")
"""A list item's bullet (or number) at the start of a rendered line."""

DATE_HINT = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?<!\d)(?:19|20)\d{2}(?:(?!\d)|(?=\d{1,2}:\d\d|\d\s[^\W\d_]))"
                       r"|(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")
"""A sign of a date or time in a line: a numeric date, a year, a clock time."""

DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")
"""A numeric date ("04.05.2022") or a clock time ("9:51", "18h30")."""

DAY_AND_YEAR = re.compile(r"(?<!\d)\d{1,2}(?!\d)\D{1,20}(?:19|20)\d{2}(?!\d)"
                          r"|(?<!\d)(?:19|20)\d{2}\D{1,20}(?<!\d)\d{1,2}(?!\d)")
"""A day and a year near each other ("May 5, 2023", "2023年5月5日"): a date, not "Awards 2023"."""

DATE_WORDS = re.compile(r"^(?:[^\W\d_]{3,10}\.?,? \d{1,2}\b|\d{1,2}\.? [^\W\d_]{3,10}\.?,? (?:19|20)\d{2})")
"""A date in words at the start of a line: "Jun 17", "March 3,", "17 juin 2024"."""

EMBED_SIGNATURE = re.compile(r"^\s*[—–-]{1,2}\s?[^\n]{0,80}?\(@\w{1,30}\)")
"""The signature line of an embedded social post: "— Jane Roe (@jroe) May 5, 2023"."""

RULE = re.compile(r"^\s*(?:[-=_*~•━─═—–#+]\s?){3,}\ufffd?\s*$")
"""A rule drawn with characters ("━━━━", "-----", "* * *"): a separator, read as a blank line."""

_IMG_TAG = re.compile(r"^(?:\[[^\]\n]{0,40}\]\s?)+")
_WRAP_COLS = 96    # a line this long (plus the next word) was wrapped by the renderer
_WRAP_SLACK = 4    # how far below the measured wrap width a wrapped line may end


class Block:
    """Consecutive lines ``first..last`` joined because the renderer wrapped them: their
    ``text``, its number of ``words``, whether it is a list item (``listed``) and whether
    it reads as ``prose``."""

    __slots__ = ("first", "last", "text", "words", "listed", "prose")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, first: int, last: int, text: str, words: int, listed: bool, prose: bool) -> None:
        self.first = first
        self.last = last
        self.text = text
        self.words = words
        self.listed = listed
        self.prose = prose


_COLUMN_GAP = re.compile(r"(?<=\S) {8,}(?=\S)")
"""A gap between two columns that a renderer printed side by side (a table's cells)."""


def _page_text(raw: str) -> str:
    """Clean form of a page line: image placeholders and list bullets removed."""
    text = clean_line(raw[:CLASSIFY_CHARS])
    text = _IMG_TAG.sub("", text).strip()
    m = BULLET.match(text)
    if m and not text[:1].isdigit():
        text = text[m.end():].strip()
    return text


def is_prose(text: str) -> bool:
    """Article prose: 40 words or more, or 18 or more ending as a sentence (a CJK-heavy
    text: 60 characters or more with a full stop or mark in it)."""
    n = word_count(text)
    if cjk_heavy(text):
        return len(text) >= 60 and any(ch in text for ch in "。．！？")
    return n >= 40 or (n >= 18 and ends_sentence(text))


def reading_time(text: str) -> bool:
    """A reading-time stamp: a number and only stamp words ("11 min read", "Lesezeit: 4
    Minuten", "Lecture 4 min."; ``dates.json`` ``stamp_words``)."""
    words = words_of(text)
    return 2 <= len(words) <= 6 and any(w.isdigit() for w in words) and all(
        w.isdigit() or w.lower() in phrase_set("stamp_words") for w in words)


@cache
def _related_headings() -> frozenset[str]:
    """``cues.json`` ``related_markers`` as ``fields.common.norm_key`` forms ("lo mas leido")."""
    return frozenset(norm_key(w) for w in load_json("cues.json")["related_markers"])


def related_heading(text: str) -> bool:
    """A short line that heads a list of other stories ("RELATED ARTICLES", "Lire aussi :",
    "LO MÁS LEIDO", ``cues.json`` ``related_markers``; case, accents and punctuation
    ignored): the whole line is a marker, or a marker and at most two more words ("Most
    read this week")."""
    if len(text) > 80 or text.count(" ") > 12:
        return False
    words = norm_key(text).split()
    if not words or len(words) > 5:
        return False
    markers = _related_headings()
    # the marker is the whole key, or its first words with at most two more after them
    return any(" ".join(words[:n]) in markers for n in range(max(1, len(words) - 2), len(words) + 1))


_TEASER_REACH = 30  # blocks: how far around a date line its list of stories is read


def teaser_date(blocks: list[Block], k: int, m: int) -> bool:
    """Block ``m`` (a date line below the headline block ``k``) is another story's date,
    printed in a list of teasers after the article's text began: a prose block stands
    between ``k`` and ``m``; ``m`` does not open with a date label or a byline prefix
    ("Published ...", "Von Jane Roe am ...": ``dates.json`` ``date_labels_published``,
    ``bylines.json`` ``byline_prefixes``); it is not the first line of the run of
    non-prose blocks it stands in (a bare stamp right under the text's last paragraph is
    the article's own); and that run (at most ``_TEASER_REACH`` blocks either side) holds a
    heading of related stories (``related_heading``: "Related", "Most read") or, when a
    story's title stands right above ``m`` (three words or more, not a commenter's "Jane
    Roe says:": a comment thread's stamps are no teasers), two more short date stamps
    (each story's: "Jane Roe • May 5, 2023", "25.05.2020 u 21:08")."""
    if m <= k or not any(b.prose for b in blocks[k + 1:m]):
        return False
    low = blocks[m].text.lstrip(" ·•-–").lower()
    if any(low.startswith(p) and not low[len(p):len(p) + 1].isalnum() for p in _date_openers()):
        return False
    start = m
    while start > max(k + 1, m - _TEASER_REACH) and not blocks[start - 1].prose:
        start -= 1
    above = next((b for b in reversed(blocks[start:m]) if b.text), None)
    if above is None:
        return False
    # a story's title right above the stamp, not a commenter's "Jane Roe says:"
    titled = above.words >= 3 and not above.text.rstrip().endswith(":")
    return _listed_stories(blocks, start, m, titled)


def _listed_stories(blocks: list[Block], start: int, m: int, stamps: bool) -> bool:
    """The run of non-prose blocks from ``start`` (through ``m``, up to ``_TEASER_REACH``
    blocks after it) holds a related heading or (when ``stamps``) two short date stamps
    besides ``m``'s."""
    seen = 0
    for n in range(start, min(len(blocks), m + _TEASER_REACH + 1)):
        b = blocks[n]
        if b.prose:
            break
        if related_heading(b.text):
            return True
        if stamps and n != m and b.words <= 8 and dateish(b.text) \
                and (DATE_OR_TIME.search(b.text) or DAY_AND_YEAR.search(b.text)):
            seen += 1
            if seen >= 2:
                return True
    return False


@cache
def _date_openers() -> tuple[str, ...]:
    """How a labelled date line or a credit line opens: ``dates.json``
    ``date_labels_published`` and ``bylines.json`` ``byline_prefixes``."""
    return tuple(sorted(phrase_set("date_labels_published") | phrase_set("byline_prefixes")))


def dateish(text: str) -> bool:
    """A short line with a date or time in it (not the signature of an embedded post)."""
    return len(text) <= 120 and bool(DATE_HINT.search(ascii_digits(text))) and not EMBED_SIGNATURE.match(text)


def _wrap_width(lines: list[Line], stop: int) -> int:
    """The width the text was wrapped at: the 90th percentile of the lengths of its lines
    of 30 characters or more (w3m: 100; a hard-wrapped e-mail: about 70)."""
    lengths = sorted(len(ln.raw.rstrip()) for ln in lines[:stop] if len(ln.raw.rstrip()) >= 30)
    if len(lengths) < 10:
        return _WRAP_COLS
    return lengths[int(0.9 * (len(lengths) - 1))] - (_WRAP_SLACK - 1)


def _credit_after_sentence(line: str, nxt: str) -> bool:
    """``nxt`` is a name of two to four words under a line that ends a sentence (a byline
    printed right under a standfirst, no blank line between): not a wrapped line."""
    words = nxt.split()
    return ends_sentence(line.rstrip()) and 2 <= len(words) <= 4 and looks_like_name(nxt)


def split_blocks(lines: list[Line], stop: int) -> list[Block]:
    """Join the wrapped lines among ``lines[:stop]`` into blocks; blank lines, rules
    (``RULE``) and list items end a block, and a block stops growing at 3,000 characters."""
    out: list[Block] = []
    width = _wrap_width(lines, stop)
    i = 0
    while i < stop:
        raw = lines[i].raw
        if not raw.strip() or RULE.match(raw):
            i += 1
            continue
        listed = bool(BULLET.match(raw))
        gap = _COLUMN_GAP.search(raw.strip())
        if gap and not listed:  # two columns side by side: the left one is this block's
            text = _page_text(raw.strip()[:gap.start()])
            j = i  # with the lines under it that print the right column only
            while j + 1 < stop and len(lines[j + 1].raw) - len(lines[j + 1].raw.lstrip()) >= 20:
                j += 1
            out.append(Block(i, j, text, word_count(text), listed, is_prose(text)))
            i = j + 1
            continue
        text = _page_text(raw)
        j = i
        while j + 1 < stop and len(lines[j].raw.rstrip()) + 1 + len((lines[j + 1].raw.split() or [""])[0]) \
                >= width and lines[j + 1].raw.strip() and not BULLET.match(lines[j + 1].raw) \
                and not RULE.match(lines[j + 1].raw) and not _credit_after_sentence(lines[j].raw, lines[j + 1].raw) \
                and len(text) < 3000 and not cjk_heavy(text):
            j += 1
            sep = " | " if _IMG_TAG.match(lines[j].raw.strip()) else " "  # an avatar between two names
            text += sep + _page_text(lines[j].raw)
        if cjk_heavy(text):
            # CJK renderers wrap by width too; join while the line is long.
            while j + 1 < stop and len(lines[j].raw.rstrip()) >= 45 and lines[j + 1].raw.strip() \
                    and not BULLET.match(lines[j + 1].raw) and not RULE.match(lines[j + 1].raw) and len(text) < 3000:
                j += 1
                text += _page_text(lines[j].raw)
        out.append(Block(i, j, text, word_count(text), listed, is_prose(text)))
        i = j + 1
    return out

"""The lines of a text, their clean form and their kind: what the article and page layouts share.

A text is cut into ``Line`` objects (with their character offsets, ``split_lines``); each
line's clean form has its Markdown marks removed and its white space collapsed
(``clean_line``).  A line's kind is one of ``blank``, ``noise`` (navigation, share
buttons, template text, images: ``is_noise``), ``caption`` (``is_caption``), ``meta`` (a
byline and/or dates, possibly as ``|``-separated segments: ``read_meta``), ``credit``,
``footer`` or ``text``.  ``Layout`` is what either layout returns, its values made with
``read_at``.  The words of a line and the kinds told by their number (``paragraph_like``,
``headline_like``, ``at_most_words``) are ``layout.words``'s (imported from here too).

Word lists live in ``data/layout.json``, ``bylines.json`` and ``dates.json`` (read through
``congo_digital.vocab``).  All patterns are linear (no nested quantifiers), and callers cut
each line at 2,000 characters before it is classified, so that long or hostile input stays fast.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from congo_digital.fields.bylines import Byline, parse_byline
from congo_digital.fields.dateparse import FoundDate, find_dates, labelled, with_time
from congo_digital.fields.datewords import quick_dates
from congo_digital.layout.stamp_line import place_head, prose_beside_date, reference_label
from congo_digital.layout.words import SENTENCE_END as SENTENCE_END  # (re-exported: the layouts import these from here)
from congo_digital.layout.words import at_most_words as at_most_words
from congo_digital.layout.words import cjk_heavy, words_of
from congo_digital.layout.words import ends_sentence as ends_sentence
from congo_digital.layout.words import headline_like as headline_like
from congo_digital.layout.words import paragraph_like as paragraph_like
from congo_digital.layout.words import word_count as word_count
from congo_digital.record import Candidate, Contributor, Dateline
from congo_digital.settings import CLASSIFY_CHARS
from congo_digital.vocab import phrase_set

Kind = Literal["blank", "noise", "caption", "meta", "credit", "footer", "text"]

_MD_IMAGE = re.compile(r"!\[[^\]]{0,500}\]\([^)]{0,1000}\)")
_MD_LINK = re.compile(r"\[([^\]]{0,500})\]\([^)]{0,1000}\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_EMPH = re.compile(r"(\*\*|__)(.{1,500}?)\1")
_MD_EMPH1 = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\w*])"  # *word*, _word_
                       r"|(?<![\w_])_(?=\S)([^_\n]{1,500}?)(?<=\S)_(?![\w_])")
_HR = re.compile(r"^(?:[-*_=]\s?){3,}$|^#{3,}$")
_SEGMENT_SPLIT = re.compile(r"\s+[|·•]\s+|\s{3,}")
_WHITE_RUN = re.compile(r"\s\s\s")  # ``_SEGMENT_SPLIT``'s separator without a bar or dot
_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")

BREADCRUMB = re.compile(r"\s(?:>|»|›|/)\s")
"""The separator of a breadcrumb trail ("Home » World » Africa")."""

LIST_ITEM = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s")
"""A list item's mark at the start of a line ("- ", "• ", "3. ", "2) ")."""


class Line:
    """One line of the text: offsets ``[start, end)`` in the text, the raw ``raw`` and
    the ``clean`` form (Markdown marks removed, white space collapsed), its ``kind`` and,
    for ``meta`` lines, what was read in it."""

    __slots__ = ("start", "end", "raw", "clean", "kind", "byline", "dates", "labels", "heading")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, start: int, end: int, raw: str, clean: str, heading: bool = False) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.clean = clean
        self.kind: Kind = "text"
        self.byline: Byline | None = None
        self.dates: list[FoundDate] = []
        self.labels: list[str] = []
        self.heading = heading


class Paragraph:
    """A body paragraph: its text and the offsets of its first and last line."""

    __slots__ = ("text", "start", "end")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end


def read_at(field: str, value: str, start: int, end: int, source: str) -> Candidate:
    """A value the layout read for ``field`` at offsets ``[start, end)`` of the text."""
    return Candidate(field, value, source, start, end)


class Layout:
    """What the layout rules found in a text; every field may be empty."""

    __slots__ = ("title", "subtitle", "section", "authors", "authors_at", "editors", "date", "date_modified",
                 "dateline", "dateline_at", "paragraphs", "generic_byline")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self) -> None:
        self.title: Candidate | None = None
        self.subtitle: Candidate | None = None
        self.section: Candidate | None = None
        self.authors: list[Contributor] = []
        self.authors_at: Candidate | None = None
        self.editors: list[Contributor] = []
        self.date: Candidate | None = None
        self.date_modified: Candidate | None = None
        self.dateline: Dateline | None = None
        self.dateline_at: Candidate | None = None
        self.paragraphs: list[Paragraph] = []
        self.generic_byline = False

    def shifted(self, offset: int) -> Layout:
        """This layout with every offset moved by ``offset`` characters (in place; returned)."""
        for c in (self.title, self.subtitle, self.section, self.authors_at, self.date, self.date_modified,
                  self.dateline_at):
            if c is not None and c.start is not None and c.end is not None:
                c.start, c.end = c.start + offset, c.end + offset
        for p in self.paragraphs:
            p.start, p.end = p.start + offset, p.end + offset
        return self

    def candidates(self) -> list[Candidate]:
        """What the layout read, as candidates for the field modules: title, subtitle,
        section, date, date_modified, and the byline line (``authors``, its value the
        names read there) and the dateline, when found."""
        out = [c for c in (self.title, self.subtitle, self.section, self.date, self.date_modified)
               if c is not None]
        if self.authors:  # credited where read, or (an agency) in the dateline
            at = self.authors_at or self.dateline_at
            names = [a.name for a in self.authors]
            out.append(Candidate("authors", names, at.source, at.start, at.end, at.value) if at is not None
                       else Candidate("authors", names, "text:byline"))
        if self.dateline_at is not None:
            out.append(self.dateline_at)
        return out


def has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``: other scripts' digits and
    superscripts too), as ``any(ch.isdigit() for ch in text)`` but scanned in C (an ASCII
    text's digits are 0-9, each looked for by substring search, faster than a pattern's
    scan)."""
    if text.isascii():
        return any(map(text.__contains__, _ASCII_DIGITS))
    return any(map(str.isdigit, text))


_ASCII_DIGITS = "0123456789"
_ASCII_WHITE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
"""The white characters of ASCII (``str.isspace``) but the space."""


def spaces_only(text: str) -> bool:
    """True only when the only white characters (``str.isspace``) of ``text`` are spaces
    (U+0020): an ASCII text holds none of ``_ASCII_WHITE`` (substring searches), another
    is printable (the space is the only printable white character).  (False for a non-ASCII
    text that is not printable, whatever its white characters.)"""
    if text.isascii():
        return not any(map(text.__contains__, _ASCII_WHITE))
    return text.isprintable()


def clean_line(raw: str) -> str:
    """Strip Markdown marks and collapse white space (U+00A0 included) in one line; the
    hyphens U+2010 and U+2011 (non-breaking) become "-", as a reader sees them."""
    text = raw.strip()
    if "#" in text or "[" in text or "*" in text or "_" in text:  # else no mark to remove
        text = _MD_HEADING.sub("", text)
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_EMPH.sub(r"\2", text)
        text = _MD_EMPH1.sub(lambda m: m.group(1) or m.group(2), text)
        if len(text) > 2 and text[0] == text[-1] and text[0] in "*_" and text[1] != " ":
            text = text.strip(text[0])
    if not text.isascii():  # (the characters replaced are not ASCII)
        text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-").replace("\u2010", "-")
    if spaces_only(text) and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # (its only white space is single spaces inside it: already collapsed)
    return " ".join(text.split())


def split_lines(text: str, limit: int | None = None) -> list[Line]:
    """Cut ``text`` into ``Line`` objects with offsets; each line's clean form is
    limited to ``CLASSIFY_CHARS`` characters.  With ``limit``, only the first ``limit`` lines are cut."""
    lines: list[Line] = []
    pos = 0
    raws = text.split("\n", limit)[:limit] if limit else text.split("\n")
    for raw in raws:
        end = pos + len(raw)
        heading = "#" in raw and bool(_MD_HEADING.match(raw.lstrip()))
        lines.append(Line(pos, end, raw, clean_line(raw[:CLASSIFY_CHARS]), heading=heading))
        pos = end + 1
    return lines


_KEY_DROP = re.compile(r"[^\w\s&()#©:/'’]")
_ASCII_KEY_DROP = {c: None for c in range(128) if _KEY_DROP.match(chr(c))}
"""``_KEY_DROP``'s ASCII characters, deleted by ``str.translate`` (``_key``)."""


def _key(text: str) -> str:
    """``text`` lower-cased, without the characters of ``_KEY_DROP`` (an ASCII text's are
    deleted through ``_ASCII_KEY_DROP``: a table read in C, where the pattern's class asks
    Unicode's tables at every character), " :" stripped from its ends."""
    if text.isascii():
        return text.lower().translate(_ASCII_KEY_DROP).strip(" :")
    return _KEY_DROP.sub("", text.lower()).strip(" :")


@cache
def _longest(phrases: frozenset[str]) -> int:
    return max(map(len, phrases), default=0)


def _noise_phrase(line: str) -> bool:
    """Whether ``line``'s key (``_key``) is a ``noise_lines`` phrase.  A long line's key is
    first made from its head (twice the longest phrase): the whole line's key is at least
    as long as its head's (characters are dropped one by one, only the ends are stripped),
    so a head key longer than every phrase settles it.  A phrase with a counter after it
    ("Advertisement 3": a page's numbered ad slots) is one too."""
    phrases = phrase_set("noise_lines")
    most = _longest(phrases)
    if len(line) > 2 * most and len(_key(line[:2 * most])) > most:
        return False
    key = _key(line)
    return key in phrases or (key[-1:].isdigit() and key.rstrip("0123456789").rstrip() in phrases)


def starts_with(text: str, phrases: frozenset[str]) -> bool:
    """True when the first 200 characters of ``text``, lowercased, start with one of
    ``phrases`` (lowercase, as ``vocab.phrase_set`` gives them).  Only the phrases that
    start with its first character are tried (``_by_first``: some lists hold 150)."""
    low = text[:200].lower()
    by_first, always = _by_first(phrases)
    return always or low.startswith(by_first.get(low[:1], ()))


@cache
def _by_first(phrases: frozenset[str]) -> tuple[dict[str, tuple[str, ...]], bool]:
    """``phrases`` by their first character, and whether one is empty (every text starts with it)."""
    by_first: dict[str, list[str]] = {}
    for p in phrases:
        if p:
            by_first.setdefault(p[0], []).append(p)
    return {c: tuple(ps) for c, ps in by_first.items()}, "" in phrases


@cache
def _as_tuple(phrases: frozenset[str]) -> tuple[str, ...]:
    return tuple(phrases)


def section_label(text: str) -> bool:
    """A section name: one to four words, capitalised, no digits, not a sentence, a
    format label or a noise line."""
    low = text.lower().strip(" :")
    if low in phrase_set("format_labels") or low in phrase_set("noise_lines"):
        return False
    words = words_of(text)
    return 1 <= len(words) <= 4 and len(text) <= 40 and not ends_sentence(text) \
        and not text.endswith(":") \
        and not low.startswith("the ") and text[0].isupper() and not has_digit(text)


_NOTICE_STARTS = ("view this email", "forwarded this email", "please publish modules", "we use cookies",
                  "this site uses cookies", "accept all cookies", "click here", "sign up for", "subscribe to",
                  "get the ")
_NOTICE_HEAD = max(map(len, _NOTICE_STARTS))  # characters of a line that ``is_noise`` lowers for these


def is_noise(line: str, raw: str = "") -> bool:
    """A template line: a rule, an image, a known noise phrase (``noise_lines``), a
    cookie or subscription notice, or a row of three or more short segments (a menu)
    without a date and not opened by a byline ("By Jane Doe | Reuters | Nairobi": a name,
    its agency and its place).  ``line`` is the clean form, ``raw`` the raw line (cut by the caller)."""
    head = line[:_NOTICE_HEAD].lower()  # (lowering never shortens a text: the start of the whole line's)
    if _HR.match(line) or raw.lstrip().startswith("![") or head.startswith(("[image", "[photo", "[video")):
        return True
    if _noise_phrase(line):
        return True
    if head.startswith(_NOTICE_STARTS):
        return True
    row = raw.strip() or line
    if "|" not in row and "·" not in row and "•" not in row and (
            "   " not in row if spaces_only(row) else _WHITE_RUN.search(row) is None):
        return False  # no separator of _SEGMENT_SPLIT: one segment (found without splitting a long line)
    segments = [s for s in _SEGMENT_SPLIT.split(row) if s.strip()]
    # A row of short segments is a menu unless one is a date ("Politics | 3 March 2025 | 2 min");
    # only the fast reader is asked: dateparser on every menu row would cost seconds a page.
    if len(segments) >= 3 and all(len(words_of(s)) <= 3 for s in segments) and not any(
        quick_dates(s) or _ISO_DATE.search(s) for s in segments if has_digit(s)
    ):
        return parse_byline(segments[0].strip()) is None
    return False


_UI_SPLIT = re.compile(r"[^\w&]+")


def interface_only(line: str) -> bool:
    """A short line made only of interface words (``layout.json`` ``interface_words``, in the
    corpus languages): one to eight words, numbers aside, such as "Show More Results", "Ver
    comentarios", "Terms of Use Privacy" or "Instagram-Beiträge immer entsperren" (buttons,
    consent switches and footer links that a page saved as text prints as lines; the page
    layout skips them between a headline and its byline)."""
    if len(line) > 80:
        return False
    words = [w for w in _UI_SPLIT.split(line.casefold()) if w and not w.isdigit()]
    if len(words) == 1 and words[0] in phrase_set("byline_prefixes"):
        return False  # a lone "By" over the name
    return 1 <= len(words) <= 8 and all(w in phrase_set("interface_words") for w in words)


def is_caption(line: str) -> bool:
    """A photo caption or credit: a caption marker first (``caption_markers``), or a
    line under 300 characters with "photo:", "foto:", "crédit photo" or "©" in it."""
    markers = _as_tuple(phrase_set("caption_markers"))
    if len(line) >= 300:  # only its start is read (lowering never shortens a text): no line lowered whole
        return line[:_longest(phrase_set("caption_markers"))].lower().startswith(markers)
    low = line.lower()
    if low.startswith(markers):
        return True
    return "photo:" in low or "photo :" in low or "©" in line or "foto:" in low or "crédit photo" in low


def read_meta(line: Line, language: str | None, title_slot: bool = False) -> bool:
    """Read bylines and dates in a header line; True when it is a meta line.

    The line's ``|``/``·``/``•`` segments are read one by one; what is found is stored on
    ``line`` (``byline``, ``dates``, and in ``labels`` the other segments and, as
    ``"place:<name>"``, a place printed before a date).  Lines over 300 characters are not
    read.  ``language`` (BCP 47) helps read dates.  In the ``title_slot`` (no headline
    above the line), a segment with prose beside its date (no "label:" before it) is a headline that names a date
    (``stamp_line.prose_beside_date``), no date line; a CJK segment that reads as a paragraph
    (or holds a full stop "。") beside its date is a lead paragraph opening on a dateline, no date line either;
    a reference code ("Ref: MAR-12-25", ``stamp_line.reference_label``) holds no date."""
    text = line.clean
    if len(text) > 300:
        return False
    segments = [s.strip() for s in re.split(r"\s[|·•]\s", text) if s.strip()]
    found_any = False
    leftover: list[str] = []
    for seg in segments:
        byline = parse_byline(seg)
        dated = has_digit(seg) and not reference_label(seg)  # "Ref: MAR-12-25": a code, no date
        # a sentence of the story (prose, no byline, no date label) is no stamp: dateparser is not
        # asked to read it (its dates are kept only when six words or fewer stand beside them)
        quick = dated and byline is None and not found_any and paragraph_like(seg) and not labelled(seg)
        dates = find_dates(seg, language=language, quick=quick) if dated else []
        if not dates and byline is None and line.dates and found_any:
            timed = with_time(line.dates[-1], seg)  # "Mar 1, 2025 | 10:30 AM EAT": the date's time
            if timed is not line.dates[-1]:
                line.dates[-1] = timed
                continue
        if byline is not None:
            line.byline = line.byline or byline
            found_any = True
            line.dates.extend(dates)  # "Posted on <date> by A", "A, 12 May 2024": the byline's stamp
            continue
        if dates:
            rest = seg
            for d in dates:
                rest = rest.replace(seg[d.start:d.end], " ")
            # words that stand beside a stamp ("2 minute read", "PM GMT", "Last Updated") do not count
            rest_words = [w for w in words_of(rest) if not w.isdigit() and w.lower() not in phrase_set("stamp_words")]
            # a headline naming a date ("What changes on 1 April 2025") is no date line, nor a lead
            # paragraph in CJK script opening on a dateline ("東京、2025年3月12日 - 日本銀行は…")
            prose = (title_slot and not seg[:dates[0].start].rstrip().endswith(":")  # "erstellt: <date>"
                     and prose_beside_date(rest_words)) or (cjk_heavy(rest) and ("。" in rest or paragraph_like(rest)))
            if (len(rest_words) <= 6 and not prose) or any(d.kind for d in dates):
                line.dates.extend(dates)
                found_any = True
                # a place before the date: "Abuja, 22 January 2025", "Kinshasa, le 3 avril 2025"
                head = place_head(seg[: dates[0].start])
                if head and len(words_of(head)) <= 3 and head[0].isupper() and not dates[0].kind \
                        and ":" not in head and head.lower() not in phrase_set("weekdays"):
                    line.labels.append("place:" + head)
                continue
        leftover.append(seg)
    if found_any:
        line.labels.extend(leftover)
    return found_any

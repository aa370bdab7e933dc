"""Layout of a plain text: title, standfirst, byline and date lines, dateline, body, footer.

The text is cut into lines (with their character offsets) and each line gets a kind:
``blank``, ``noise`` (navigation, share buttons, template text, images), ``caption``,
``meta`` (a byline and/or dates, possibly as ``|``-separated segments), ``credit``
("Reporting by …; Editing by …"), ``footer`` (copyright, tags, related links, contacts)
or ``text``.  Then:

* the header is read top-down: the title is the first headline-like text line (a short
  kicker line directly above it is the section, unless it is a masthead or a format
  label), wrapped headline lines are joined; text between the title and the last
  byline/date line is the standfirst;
* the footer is read bottom-up: credits, repeated bylines, section labels, share and
  related-article blocks, copyright and template noise are cut off the body;
* the first body paragraph may open with a dateline ("NAIROBI, March 3 (Agency) -",
  "**LAGOS** —", "Yaoundé, le 8 janvier 2025 –").

A whole web page rendered to text (``pagelayout.looks_like_page``) is read by
``pagelayout``.

Word lists live in ``data/layout.json``.  All patterns are linear (no nested
quantifiers), and each line is cut at 2,000 characters before classification; at most
5,000 lines are read (3,000 for a page), and the date reader gets a bounded number of
lines, so that long or hostile input stays fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from congo_digital.fields.bylines import (
    Byline,
    is_generic,
    parse_byline,
    parse_credits,
)
from congo_digital.fields.dateparse import FoundDate, find_dates, with_time, year_of_copyright
from congo_digital.fields.datewords import quick_dates
from congo_digital.model import Candidate, Contributor, Dateline
from congo_digital.settings import BODY_LINE_MAX, FOOTER_SCAN, MAX_ARTICLE_LINES, MAX_META_LINES
from congo_digital.vocab import layout, phrase_set

Kind = Literal["blank", "noise", "caption", "meta", "credit", "footer", "text"]

_MD_IMAGE = re.compile(r"!\[[^\]]{0,500}\]\([^)]{0,1000}\)")
_MD_LINK = re.compile(r"\[([^\]]{0,500})\]\([^)]{0,1000}\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_EMPH = re.compile(r"(\*\*|__)(.{1,500}?)\1")
_MD_EMPH1 = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\w*])"  # *word*, _word_
                       r"|(?<![\w_])_(?=\S)([^_\n]{1,500}?)(?<=\S)_(?![\w_])")
_HR = re.compile(r"^(?:[-*_=]\s?){3,}$|^#{3,}$")
_SEGMENT_SPLIT = re.compile(r"\s+[|·•]\s+|\s{3,}")
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/)\s")
_SENTENCE_END = re.compile(r"[.!?…»\"”’)]$")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w'’.\-]*(?:[ /][A-ZÀ-Þa-zà-ÿ][\w'’.\-]*){0,3}?)"
    r"(?:,\s(?P<region>[A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){0,2}))?"
    r"(?:,\s(?P<date>(?:le\s)?[^()\-–—]{3,40}?))?"
    r"\s?(?:\((?P<agency>[^()]{2,60})\))?"
    r"\s(?:-|–|—|--)\s"
    r"(?:(?P<date2>[^\-–—()]{3,30}?)\s(?:-|–|—|--)\s)?"
)
_PLACE_WORDS = re.compile(r"^[A-ZÀ-Þ]")
_LIST_ITEM = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s")
_CJK_CREDIT = re.compile(r"^([^\W\d_]{2,6})\s?[：:]\s?([\u4e00-\u9fff、，,\s]{2,24})$")
_CJK_NAME_SPLIT = re.compile(r"[、，,\s]+")

@dataclass
class Line:
    """One line of the text: offsets ``[start, end)`` in the text, the raw ``raw`` and
    the ``clean`` form (Markdown marks removed, white space collapsed), its ``kind`` and,
    for ``meta`` lines, what was read in it."""

    start: int
    end: int
    raw: str
    clean: str
    kind: Kind = "text"
    byline: Byline | None = None
    dates: list[FoundDate] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    heading: bool = False


@dataclass
class Paragraph:
    """A body paragraph: its text and the offsets of its first and last line."""

    text: str
    start: int
    end: int


def read_at(field: str, value: str, start: int, end: int, source: str) -> Candidate:
    """A value the layout read for ``field`` at offsets ``[start, end)`` of the text."""
    return Candidate(field, value, source, start, end)


@dataclass
class Layout:
    """What the layout rules found in a text; every field may be empty."""

    title: Candidate | None = None
    subtitle: Candidate | None = None
    section: Candidate | None = None
    authors: list[Contributor] = field(default_factory=list)
    authors_at: Candidate | None = None
    editors: list[Contributor] = field(default_factory=list)
    date: Candidate | None = None
    date_modified: Candidate | None = None
    dateline: Dateline | None = None
    dateline_at: Candidate | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    generic_byline: bool = False

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


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def clean_line(raw: str) -> str:
    """Strip Markdown marks and collapse white space (U+00A0 included) in one line."""
    text = raw.strip()
    text = _MD_HEADING.sub("", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPH.sub(r"\2", text)
    text = _MD_EMPH1.sub(lambda m: m.group(1) or m.group(2), text)
    if len(text) > 2 and text[0] == text[-1] and text[0] in "*_" and text[1] != " ":
        text = text.strip(text[0])
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split())


def _key(text: str) -> str:
    return re.sub(r"[^\w\s&()#©:/'’]", "", text.lower()).strip(" :")


def _starts_with(text: str, phrases: frozenset[str]) -> bool:
    return text[:200].lower().startswith(_as_tuple(phrases))


@cache
def _as_tuple(phrases: frozenset[str]) -> tuple[str, ...]:
    return tuple(phrases)


_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")


def _is_noise(line: str, raw: str = "") -> bool:
    if _HR.match(line) or raw.lstrip().startswith("![") or line.lower().startswith(("[image", "[photo", "[video")):
        return True
    key = _key(line)
    if key in phrase_set("noise_lines"):
        return True
    low = line.lower()
    if any(low.startswith(p) for p in ("view this email", "forwarded this email", "please publish modules",
                                        "we use cookies", "this site uses cookies", "accept all cookies",
                                        "click here", "sign up for", "subscribe to", "get the ")):
        return True
    segments = [s for s in _SEGMENT_SPLIT.split(raw.strip() or line) if s.strip()]
    # A row of short segments is a menu unless one is a date ("Politics | 3 March 2025 | 2 min");
    # only the fast reader is asked: dateparser on every menu row would cost seconds a page.
    if len(segments) >= 3 and all(len(_words(s)) <= 3 for s in segments) and not any(
        quick_dates(s) or _ISO_DATE.search(s) for s in segments if any(ch.isdigit() for ch in s)
    ):
        return True
    return False


def _is_caption(line: str) -> bool:
    low = line.lower()
    if low.startswith(tuple(phrase_set("caption_markers"))):
        return True
    return len(line) < 300 and ("photo:" in low or "photo :" in low or "©" in line or "foto:" in low
                                or "crédit photo" in low)


def _meta(line: Line, language: str | None) -> bool:
    """Read bylines and dates in a header line; True when it is a meta line."""
    text = line.clean
    if len(text) > 300:
        return False
    segments = [s.strip() for s in re.split(r"\s[|·•]\s", text) if s.strip()]
    found_any = False
    leftover: list[str] = []
    for seg in segments:
        byline = parse_byline(seg)
        dates = find_dates(seg, language=language) if any(ch.isdigit() for ch in seg) else []
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
            rest_words = [w for w in _words(rest) if not w.isdigit() and w.lower() not in phrase_set("stamp_words")]
            if len(rest_words) <= 6 or any(d.kind for d in dates):
                line.dates.extend(dates)
                found_any = True
                # a place before the date: "Abuja, 22 January 2025", "Madrid, 03/04/2025 - 13:25"
                head = seg[: dates[0].start].strip(" ,-–")
                if head and len(_words(head)) <= 3 and head[0].isupper() and not dates[0].kind \
                        and ":" not in head and head.lower() not in phrase_set("weekdays"):
                    line.labels.append("place:" + head)
                continue
        leftover.append(seg)
    if found_any:
        line.labels.extend(leftover)
    return found_any


def _classify(lines: list[Line], language: str | None, header_end: int) -> None:
    """Give each line its kind.  At most ``MAX_META_LINES`` header lines are read for
    dates, and bylines below the header are looked for only in the last
    ``FOOTER_SCAN`` lines (where a trailing byline sits), which bounds the work on long
    or hostile texts."""
    meta_budget = MAX_META_LINES
    footer_from = len(lines) - FOOTER_SCAN
    for i, line in enumerate(lines):
        text = line.clean
        if not text:
            line.kind = "blank"
        elif _is_noise(text, line.raw[:2000]):
            line.kind = "noise"
        elif i < header_end and meta_budget > 0 and _meta(line, language):
            line.kind = "meta"
        elif len(text) < 400 and parse_credits(text) is not None:
            line.kind = "credit"
        elif len(text) < 300 and _starts_with(text, phrase_set("footer_starts")):
            line.kind = "footer"
        elif _is_caption(text):
            line.kind = "caption"
        elif i >= header_end and i >= footer_from and len(text) < 120 and (byline := parse_byline(text)):
            line.kind = "meta"
            line.byline = byline
        else:
            line.kind = "text"
        if i < header_end and any(ch.isdigit() for ch in text[:300]):
            meta_budget -= 1


def split_lines(text: str, limit: int | None = None) -> list[Line]:
    """Cut ``text`` into ``Line`` objects with offsets; each line's clean form is
    limited to 2,000 characters.  With ``limit``, only the first ``limit`` lines are cut."""
    lines: list[Line] = []
    pos = 0
    raws = text.split("\n", limit)[:limit] if limit else text.split("\n")
    for raw in raws:
        end = pos + len(raw)
        heading = bool(_MD_HEADING.match(raw.lstrip()))
        lines.append(Line(pos, end, raw, clean_line(raw[:2000]), heading=heading))
        pos = end + 1
    return lines


def _paragraph_like(text: str) -> bool:
    n = len(_words(text))
    return n >= 25 or (n >= 10 and bool(_SENTENCE_END.search(text)))


def _headline_like(text: str) -> bool:
    n = len(_words(text))
    return 1 <= n <= 40 and len(text) <= 300 and not text.endswith(":")


def _next_nonblank(lines: list[Line], i: int, stop: int) -> int | None:
    for j in range(i + 1, min(stop, len(lines))):
        if lines[j].kind != "blank":
            return j
    return None


def _nav_runs(lines: list[Line], stop: int) -> None:
    """Mark runs of three or more consecutive one- or two-word lines (menus) as noise."""
    i = 0
    while i < stop:
        j = i
        while j < stop and lines[j].kind == "text" and len(_words(lines[j].clean)) <= 2 \
                and not _SENTENCE_END.search(lines[j].clean):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                lines[k].kind = "noise"
        i = max(j, i + 1)


def _section_label(text: str) -> bool:
    low = text.lower().strip(" :")
    if low in phrase_set("format_labels") or low in phrase_set("noise_lines"):
        return False
    words = _words(text)
    return 1 <= len(words) <= 4 and len(text) <= 40 and not _SENTENCE_END.search(text) \
        and not text.endswith(":") \
        and not low.startswith("the ") and text[0].isupper() and not any(ch.isdigit() for ch in text)


def _dateline(par: Paragraph, language: str | None, default_year: int | None) -> tuple[Dateline, int] | None:
    m = _DATELINE.match(par.text[:200])
    if not m:
        return None
    place = m.group("place")
    if not place or len(place) > 40:
        return None
    date_text = m.group("date")
    cut = m.end()
    if m.group("date2"):
        if find_dates(m.group("date2"), language=language):
            date_text = date_text or m.group("date2")
        else:
            cut = m.start("date2")
    # A place is one to four capitalised words; "The", "In" … start sentences, not datelines.
    if place.split()[0].lower() in {"the", "in", "on", "at", "le", "la", "les", "el", "der", "die", "das", "a", "o"}:
        return None
    if not (place.isupper() or m.group("agency") or date_text or "—" in m.group(0) or "–" in m.group(0)):
        return None
    if date_text and not find_dates(date_text, language=language, default_year=default_year or 2000):
        if m.group("region") is None:
            return None
    agency = m.group("agency")
    place_out = " ".join(w if not w.isupper() or len(w) <= 2 else w.title() for w in place.split())
    if place.isupper():
        place_out = "/".join(p.title() for p in place.split("/"))
    return Dateline(place=place_out, agency=agency, text=par.text[:cut].strip(" -–—")), cut



def _join_paragraphs(lines: list[Line], start: int, stop: int) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            text = " ".join(clean_line(ln.raw[:BODY_LINE_MAX]) if len(ln.raw) > 2000 else ln.clean
                            for ln in current)
            paragraphs.append(Paragraph(text, current[0].start, current[-1].end))
            current.clear()

    for line in lines[start:stop]:
        if line.kind == "blank" or not line.raw.strip():  # the page path leaves blank lines unkinded
            flush()
        elif line.kind in ("noise", "caption", "credit", "footer") or (line.kind == "meta" and line.byline):
            flush()
        else:
            if current and (_LIST_ITEM.match(line.clean) or line.heading or _LIST_ITEM.match(current[-1].clean)):
                flush()
            current.append(line)
    flush()
    return paragraphs


def cjk_credit(text: str) -> list[Contributor]:
    """The names of a Chinese credit line: "责任编辑：焦鹏", "(责编：牛镛、岳弘彬)" (labels:
    ``data/layout.json``'s ``cjk_credit_labels``); each name is two to four CJK characters,
    at most four names.  Returns [] when ``text`` is not one."""
    text = text.strip(" ()（）[]【】")
    if len(text) > 60 or not text.startswith(tuple(layout()["cjk_credit_labels"])):
        return []
    m = _CJK_CREDIT.match(text)
    names = [n for n in _CJK_NAME_SPLIT.split(m.group(2)) if n] if m else []
    if names and len(names) <= 4 and all(2 <= len(n) <= 4 for n in names):
        return [Contributor(name=n) for n in names]
    return []


def _footer_start(lines: list[Line], body_start: int) -> int:
    """Index of the first footer line.

    Scanning up from the end: footer-like lines (noise, credits, copyright, share and
    related blocks, repeated bylines) move the cut up; short text lines (related-article
    titles, section labels) are passed over; a paragraph-like line ends the scan.
    """
    cut = len(lines)
    for i in range(len(lines) - 1, body_start - 1, -1):
        line = lines[i]
        if line.kind == "blank":
            continue
        if line.kind in ("noise", "credit", "footer", "caption") or (line.kind == "meta" and line.byline):
            cut = i
            continue
        if _paragraph_like(line.clean) and not _LIST_ITEM.match(line.clean):
            break
    return max(cut, body_start)


def analyse(text: str, *, language: str | None = None, headline: str | None = None) -> Layout:
    """Find the parts of a plain-text article.

    ``text`` is the decoded text (LF newlines); ``language`` (BCP 47) helps read dates.
    ``headline`` is the title when it is known from elsewhere (an HTML page's markup):
    the text is then read as standing under it (the header lines after a headline, the
    body), and offsets index ``headline + "\\n\\n" + text``.  Returns a ``Layout`` whose
    candidates' offsets index into ``text`` (so joined).
    """
    if headline is not None:
        text = headline + "\n\n" + text
    from congo_digital.layout.page import _analyse_page, looks_like_page  # it builds on this module

    lines = split_lines(text, MAX_ARTICLE_LINES)
    if looks_like_page(text):
        page = _analyse_page(text, lines, language)
        if page is not None:
            return page
    out = Layout()
    # Header window: up to the first paragraph-like line after 3 non-blank lines, at most 80 lines.
    seen = 0
    header_end = min(len(lines), 80)
    for i, line in enumerate(lines[:80]):
        if line.clean:
            seen += 1
            if seen > 3 and _paragraph_like(line.clean) and not _LIST_ITEM.match(line.clean):
                header_end = i
                break
    _classify(lines, language, header_end + 1)
    _nav_runs(lines, header_end)

    # Title: the first headline-like text line; a markdown heading wins.
    title_i: int | None = None
    heads = [i for i in range(header_end + 1) if i < len(lines) and lines[i].heading and lines[i].kind == "text"]
    candidates = heads or [i for i in range(min(header_end + 1, len(lines))) if lines[i].kind == "text"]
    first_meta = next((i for i in range(min(header_end + 1, len(lines))) if lines[i].kind == "meta"
                       and lines[i].byline is not None), None)
    if first_meta is not None and not heads:
        # Template lines (menus, "Forwarded this email?") above the byline end the masthead:
        # the headline is below the last of them.
        last_noise = max((i for i in range(first_meta) if lines[i].kind == "noise"), default=-1)
        later = [i for i in candidates if last_noise < i < first_meta and _headline_like(lines[i].clean)]
        if later:
            candidates = later
    for i in candidates:
        line = lines[i]
        if not _headline_like(line.clean):
            continue
        breadcrumb = _BREADCRUMB.split(line.clean)
        if len(breadcrumb) >= 2 and all(len(_words(b)) <= 4 for b in breadcrumb):
            out.section = read_at("section", breadcrumb[-1].strip(), line.start, line.end, "text:breadcrumb")
            continue
        nxt = _next_nonblank(lines, i, header_end + 2)
        if not heads and nxt is not None and lines[nxt].kind == "text" and len(_words(line.clean)) <= 4 \
                and len(_words(lines[nxt].clean)) > len(_words(line.clean)) and _headline_like(lines[nxt].clean) \
                and not _paragraph_like(lines[nxt].clean) \
                and any(ln.kind == "text" for ln in lines[nxt + 1: nxt + 200]):  # (else the line under it is the body)
            if _section_label(line.clean):
                out.section = read_at("section", line.clean, line.start, line.end, "text:kicker")
            continue
        title_i = i
        break
    if title_i is None and candidates:
        first = candidates[0]
        if len(_words(lines[first].clean)) <= 40:
            title_i = first
    body_start = 0
    if title_i is not None:
        t = lines[title_i]
        title_text, title_end = t.clean, t.end
        j = title_i + 1
        while j < len(lines) and lines[j].kind == "text" and not lines[j].heading and (
            lines[j].clean[:1].islower() or (len(t.raw) >= 70 and not _SENTENCE_END.search(title_text))
        ) and len(_words(title_text)) + len(_words(lines[j].clean)) <= 40 and not _paragraph_like(lines[j].clean):
            title_text += " " + lines[j].clean
            title_end = lines[j].end
            lines[j].kind = "noise"
            j += 1
        out.title = read_at("title", title_text, t.start, title_end, "text:title")
        t.kind = "noise"
        body_start = j
        # Last meta line within the header after the title.
        # At most one paragraph-like line (a punctuated standfirst) may stand above the byline:
        # a byline after two paragraphs is a closing signature, not the header's.
        last_meta = None
        k = j
        nonblank = 0
        prose_lines = 0
        while k < len(lines) and nonblank < 10:
            if lines[k].kind != "blank":
                nonblank += 1
                if lines[k].kind == "meta":
                    last_meta = k
                elif lines[k].kind == "text" and _paragraph_like(lines[k].clean):
                    prose_lines += 1
                    if last_meta is not None or prose_lines >= 2:
                        break
            k += 1
        if last_meta is not None and not any(
            ln.kind == "text" and _paragraph_like(ln.clean) for ln in lines[last_meta + 1:]
        ) and any(ln.kind == "text" for ln in lines[j:last_meta]):
            last_meta = None  # nothing but the byline after it: the text above it is the body

        sub_stop = last_meta if last_meta is not None else None
        if sub_stop is None:
            # No byline or date below the title: a short unpunctuated line before a paragraph is a standfirst.
            n1 = _next_nonblank(lines, title_i, len(lines))
            if n1 is not None and lines[n1].kind == "text" and not _paragraph_like(lines[n1].clean):
                n2 = _next_nonblank(lines, n1, len(lines))
                if n2 is not None and lines[n2].kind == "text" and _paragraph_like(lines[n2].clean) \
                        and len(_words(lines[n1].clean)) >= 5:
                    ln1 = lines[n1]
                    out.subtitle = read_at("subtitle", ln1.clean, ln1.start, ln1.end, "text:standfirst")
                    lines[n1].kind = "noise"
                    body_start = n1 + 1
        else:
            for k in range(title_i + 1, sub_stop):
                ln = lines[k]
                if ln.kind == "text" and len(_words(ln.clean)) >= 5 and out.subtitle is None:
                    out.subtitle = read_at("subtitle", ln.clean, ln.start, ln.end, "text:standfirst")
                    ln.kind = "noise"
            body_start = sub_stop + 1
    else:
        for i in range(min(header_end + 1, len(lines))):
            if lines[i].kind == "meta":
                body_start = i + 1

    footer = _footer_start(lines, body_start)
    header_meta = [ln for ln in lines[:body_start] if ln.kind == "meta"]
    footer_lines = [ln for ln in lines[footer:] if ln.kind != "blank"]

    # Section from a "Section | Date" kicker, else a label after the body.
    if out.section is None:
        for ln in header_meta:
            if title_i is not None and ln.start > lines[title_i].start:
                continue
            labels = [lab for lab in ln.labels if not lab.startswith("place:")]
            two_parts = len(re.split(r"\s[|·•]\s", ln.clean)) == 2
            if len(labels) == 1 and ln.dates and _section_label(labels[0]) and two_parts:
                out.section = read_at("section", labels[0], ln.start, ln.end, "text:kicker")
    if out.section is None:
        for ln in footer_lines:
            if ln.kind == "text" and _section_label(ln.clean) and ln.clean.isupper():
                out.section = read_at("section", ln.clean, ln.start, ln.end, "text:section-label")
                break

    # Bylines: header first, then footer credits and repeated bylines.
    authors: list[Contributor] = []
    editors: list[Contributor] = []
    place: str | None = None
    byline_lines = [ln for ln in header_meta if ln.byline is not None]
    for ln in byline_lines:
        if not ln.byline.authors:
            out.generic_byline = True
        authors.extend(ln.byline.authors)
        place = place or ln.byline.place
        if out.authors_at is None:
            out.authors_at = read_at("authors", ln.clean, ln.start, ln.end, "text:byline")
    for ln in header_meta:
        for lab in ln.labels:
            if lab.startswith("place:") and place is None:
                place = lab[6:]
            elif ln.byline and ln.byline.authors and place is None and _section_label(lab) and len(_words(lab)) <= 3:
                place = lab  # "Por A | Malabo | 12 de marzo de 2025"
    for ln in footer_lines + [ln for ln in lines[body_start:footer] if ln.kind == "credit"]:
        credits = parse_credits(ln.clean) if ln.kind == "credit" else None
        if credits:
            authors.extend(credits.authors)
            editors.extend(credits.editors)
            if out.authors_at is None and credits.authors:
                out.authors_at = read_at("authors", ln.clean, ln.start, ln.end, "text:credits")
        elif ln.kind == "meta" and ln.byline and not byline_lines:
            authors.extend(ln.byline.authors)
            if not ln.byline.authors:
                out.generic_byline = True
            if out.authors_at is None and ln.byline.authors:
                out.authors_at = read_at("authors", ln.clean, ln.start, ln.end, "text:byline")
    if not authors and not out.generic_byline:  # a Chinese editor credit after the text
        for ln in lines[max(body_start, len(lines) - FOOTER_SCAN):]:
            authors = cjk_credit(ln.clean) if ln.clean else []
            if authors:
                out.authors_at = read_at("authors", ln.clean, ln.start, ln.end, "text:credits")
                break
    out.authors = _dedupe(authors)
    out.editors = _dedupe(editors)

    # Dates: header meta lines (published first, then unlabelled; modified by label).
    all_dates = [(d, ln) for ln in header_meta for d in ln.dates]
    published = [x for x in all_dates if x[0].kind == "published"]
    plain = [x for x in all_dates if x[0].kind is None]
    modified = [x for x in all_dates if x[0].kind == "modified"]
    pick = (published or plain or [])[:1]
    if pick:
        d, ln = pick[0]
        at = ln.raw.find(ln.clean[d.start:d.end])
        out.date = read_at("date", d.value, ln.start + max(at, 0), ln.end, "text:date-line")
    if modified:
        d, ln = modified[0]
        if not pick:
            out.date = None
        out.date_modified = read_at("date_modified", d.value, ln.start, ln.end, "text:date-line")

    paragraphs = _join_paragraphs(lines, body_start, footer)
    if paragraphs:
        copyright_year = year_of_copyright(text[lines[footer].start:] if footer < len(lines) else "")
        found = None
        for first in [p for p in paragraphs[:4] if not _LIST_ITEM.match(p.text)][:2]:
            found = _dateline(first, language, copyright_year)
            if found:
                break
        if found:
            dl, cut = found
            out.dateline = dl
            out.dateline_at = read_at("dateline", dl.text, first.start, first.start + cut, "text:dateline")
            if out.date is None:
                dates = find_dates(dl.text, language=language, default_year=copyright_year)
                if dates:
                    out.date = read_at("date", dates[0].value, first.start, first.start + cut, "text:dateline")
            if not authors and dl.agency and not out.generic_byline:
                out.authors = [Contributor(name=dl.agency)]
        elif place:
            out.dateline = Dateline(place=place, agency=None, text=place)
    elif place:
        out.dateline = Dateline(place=place, agency=None, text=place)
    if out.dateline is None and place:
        out.dateline = Dateline(place=place, agency=None, text=place)
    out.paragraphs = paragraphs
    return out


def _dedupe(people: list[Contributor]) -> list[Contributor]:
    seen: set[str] = set()
    out: list[Contributor] = []
    for p in people:
        key = p.name.casefold()
        if key in seen or is_generic(p.name):
            continue
        seen.add(key)
        out.append(p)
    return out

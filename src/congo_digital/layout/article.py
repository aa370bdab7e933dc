"""Layout of a plain article: title, standfirst, byline and date lines, dateline, body, footer.

The text's lines (``lines.split_lines``) each get a kind (``_classify``: ``blank``,
``noise``, ``caption``, ``meta``, ``credit``, ``footer`` or ``text``).  Then:

* the header is read top-down: the title is the first headline-like text line (a short
  kicker line directly above it is the section, unless it is a masthead or a format
  label), wrapped headline lines are joined; text between the title and the last
  byline/date line is the standfirst;
* the footer is read bottom-up (``body.footer_start``): credits, repeated bylines, section
  labels, share and related-article blocks, copyright and template noise are cut off the
  body;
* the section, the people credited and the dates are read in the header's meta lines and
  the footer's credits (``article_meta``);
* the first body paragraph may open with a dateline (``dateline.read_dateline``).

A whole web page rendered to text is read by ``page`` instead (``analyse`` chooses).

Word lists live in ``data/layout.json`` (page furniture), ``bylines.json`` and
``dates.json``.  At most ``MAX_ARTICLE_LINES`` lines are given
(by ``analyse``), and the date reader gets at most ``MAX_META_LINES`` header lines, so that long or hostile
input stays fast.
"""

from __future__ import annotations

import re

from congo_digital.fields.bylines import Byline, parse_byline, parse_credits
from congo_digital.fields.given_names import first_name
from congo_digital.fields.names import normal_case
from congo_digital.layout.article_meta import header_place, place_lines, read_dates, read_people, read_section
from congo_digital.layout.body import footer_start, join_paragraphs, past_references
from congo_digital.layout.dateline import opens_on_dateline, read_dateline
from congo_digital.layout.lines import (
    BREADCRUMB,
    LIST_ITEM,
    Layout,
    Line,
    at_most_words,
    ends_sentence,
    has_digit,
    headline_like,
    is_caption,
    is_noise,
    paragraph_like,
    read_at,
    read_meta,
    section_label,
    starts_with,
    words_of,
)
from congo_digital.layout.page_names import name_before_stamp
from congo_digital.layout.stamp_line import reference_label
from congo_digital.layout.wrapped import join_wrapped
from congo_digital.record import Contributor, Dateline
from congo_digital.settings import CLASSIFY_CHARS, FOOTER_SCAN, MAX_META_LINES
from congo_digital.vocab import phrase_set

_HEADER_MAX = 80  # lines of the header window
_YEAR = re.compile(r"(?:19|20)\d\d")


def _classify(lines: list[Line], language: str | None, header_end: int) -> None:
    """Give each line its kind.  At most ``MAX_META_LINES`` header lines are read for
    dates, and bylines below the header are looked for only in the last
    ``FOOTER_SCAN`` lines (where a trailing byline sits), which bounds the work on long
    or hostile texts."""
    meta_budget = MAX_META_LINES
    footer_from = len(lines) - FOOTER_SCAN
    first = True  # the text's first non-blank line
    headed_above = False  # a headline (a text line of five words or more) or a meta line stands above
    for i, line in enumerate(lines):
        text = line.clean
        if i and lines[i - 1].clean:
            first = False
        headed_above = headed_above or (i > 0 and lines[i - 1].kind == "meta") or (
            i > 0 and lines[i - 1].kind == "text" and not at_most_words(lines[i - 1].clean, 4))
        if not text:
            line.kind = "blank"
        elif is_noise(text, line.raw[:CLASSIFY_CHARS]):
            line.kind = "noise"
        elif i < header_end and meta_budget > 0 and not (first and _label_headline(text)) \
                and read_meta(line, language, title_slot=not headed_above):
            line.kind = "meta"
        elif i < header_end and len(text) <= 120 and (name := name_before_stamp(text)):
            line.kind = "meta"  # "Jane Roe @jroe / 6 days": a relative stamp gives no date, the name is the byline
            line.byline = Byline(authors=[Contributor(name=normal_case(name))])
        elif len(text) < 400 and parse_credits(text) is not None:
            line.kind = "credit"
        elif len(text) < 300 and starts_with(text, phrase_set("footer_starts")):
            line.kind = "footer"
        elif is_caption(text):
            line.kind = "caption"
        elif i >= header_end and i >= footer_from and len(text) < 120 and (byline := parse_byline(text)):
            line.kind = "meta"
            line.byline = byline
        else:
            line.kind = "text"
        if i < header_end and has_digit(text[:300]):
            meta_budget -= 1


def _label_headline(text: str) -> bool:
    """A line that reads as a byline label and a two-word capitalised tail ("Text Story
    Here") but is a headline: the label (``bylines.json`` ``byline_labels``) has no colon and
    the tail starts with no known given name (``fields.given_names``; "Text Jane Roe" stays a
    byline).  Asked of a text's first line only, where a headline stands."""
    head, _, rest = text.partition(" ")
    words = rest.split()
    return head.lower() in phrase_set("byline_labels") and len(words) == 2 \
        and all(w[:1].isupper() for w in words) and not first_name(words[0].casefold())


def _header_end(lines: list[Line]) -> int:
    """The header window's last line: the first paragraph-like line after three non-blank
    lines (list items aside), at most line 80."""
    seen = 0
    for i, line in enumerate(lines[:_HEADER_MAX]):
        if line.clean:
            seen += 1
            if seen > 3 and paragraph_like(line.clean) and not LIST_ITEM.match(line.clean):
                return i
    return min(len(lines), _HEADER_MAX)


def _next_nonblank(lines: list[Line], i: int, stop: int) -> int | None:
    for j in range(i + 1, min(stop, len(lines))):
        if lines[j].kind != "blank":
            return j
    return None


def _nav_runs(lines: list[Line], stop: int) -> None:
    """Mark runs of three or more consecutive one- or two-word lines (menus) as noise; a line
    ending in a word no headline ends with ("China and": ``_open_end``) is a wrapped headline's
    first line, no menu item."""
    i = 0
    while i < stop:
        j = i
        while j < stop and lines[j].kind == "text" and at_most_words(lines[j].clean, 2) \
                and not ends_sentence(lines[j].clean) and not _open_end(lines[j].clean):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                lines[k].kind = "noise"
        i = max(j, i + 1)


# ---------------------------------------------------------------- title and standfirst

def _title_candidates(lines: list[Line], header_end: int) -> tuple[list[int], bool]:
    """The header lines that may be the title, and whether they are Markdown headings.

    The text lines of the header (its headings, if it has any); when a byline stands in
    the header (and there is no heading), only the headline-like lines between it and the
    last template line above it (menus, "Forwarded this email?" end the masthead)."""
    top = min(header_end + 1, len(lines))
    heads = [i for i in range(top) if lines[i].heading and lines[i].kind == "text"]
    candidates = heads or [i for i in range(top) if lines[i].kind == "text"]
    first_meta = next((i for i in range(top) if lines[i].kind == "meta" and lines[i].byline is not None), None)
    if first_meta is not None and not heads:
        last_noise = max((i for i in range(first_meta) if lines[i].kind == "noise"), default=-1)
        later = [i for i in candidates if last_noise < i < first_meta
                 and (headline_like(lines[i].clean) or _colon_head(lines, i))]
        if later:
            candidates = later
    return candidates, bool(heads)


def _is_kicker(lines: list[Line], i: int, header_end: int) -> bool:
    """Line ``i`` is a short kicker over a longer headline (up to four words, the next
    non-blank line a longer headline-like text line, with text below it; a headline wrapped
    over lines, ``_wrapped``, is read whole).  A next line that
    ends as a sentence (a full stop, "。" too) is the first of the body, not a headline; a line that
    goes on in the line right under it (``_goes_on``) is a headline's first line, not a kicker."""
    line = lines[i]
    nxt = _next_nonblank(lines, i, header_end + 2)
    if nxt == i + 1 and _goes_on(line.clean, lines[nxt].clean):
        return False  # "Rates, jobs and" / "growth: what the budget means": one headline, wrapped
    if nxt is None or lines[nxt].kind != "text":
        return False
    head, last = _wrapped(lines, nxt)  # "Trump and" / "Xi agree to new trade talks": one headline
    return len(words_of(line.clean)) <= 4 and not reference_label(head) \
        and len(words_of(head)) > len(words_of(line.clean)) and headline_like(head) \
        and not paragraph_like(head) and not head.rstrip().endswith((".", "。")) \
        and any(ln.kind == "text" for ln in lines[last + 1: last + 200])  # (else the line under it is the body)


def _open_end(line: str) -> bool:
    """Does ``line`` end with a word no headline ends with (``headline_open_ends``)?"""
    words = line.split()
    return bool(words) and words[-1].casefold() in phrase_set("headline_open_ends")


def _goes_on(line: str, under: str) -> bool:
    """Does the headline line ``line`` go on in the line ``under`` it: does it end with a
    comma or a word no headline ends with (``headline_open_ends`` of ``layout.json``: "and",
    "of", "the", "et", "und"), or a colon after three words or more ("Tax, spending and
    borrowing:"), or does ``under`` start with a lowercase letter?"""
    words = line.split()
    return bool(words) and (line.endswith(",") or _open_end(line)
                            or under[:1].islower() or (line.endswith(":") and len(words) >= 3))


def _colon_head(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a headline's first line ending in a colon, of three words or more,
    with its second line right under it ("Tax, spending and borrowing:" / "the budget in
    five charts"): a headline-like text line, no list item.  ("Analysis:" is a kicker.)"""
    text = lines[i].clean
    if not text.endswith(":") or i + 1 >= len(lines) or lines[i + 1].kind != "text":
        return False
    under = lines[i + 1].clean
    return _goes_on(text, under) and headline_like(under) and not LIST_ITEM.match(under) \
        and len(words_of(text)) + len(words_of(under)) <= 40


def _kicker_section(text: str) -> str | None:
    """The section a kicker names: a section label (``lines.section_label``), also with a
    colon after it ("Money:" -> "Money") or a year as its last word ("BUDGET 2025", "Election
    2024"); None for anything else, and for a format label ("Live", "Analysis": the kind of
    story, not its section; ``layout.json`` ``format_labels``)."""
    label = text.rstrip(" :")
    head, _, year = label.rpartition(" ")
    if section_label(label) or (_YEAR.fullmatch(year) and head and section_label(head)):
        return label
    return None


def _find_title(lines: list[Line], header_end: int, out: Layout, language: str | None) -> int | None:
    """Index of the title line: the first headline-like candidate that is not a
    breadcrumb or a kicker (a breadcrumb's last part, or a kicker that reads as a section
    label, becomes ``out.section``; a reference code, ``stamp_line.reference_label``, is no
    candidate), else the first candidate when it has 40 words or fewer; None when there is
    none, or when a line over ``CLASSIFY_CHARS`` characters or a lead paragraph opening on a
    dateline (``dateline.opens_on_dateline``: "LAGOS, March 12, 2025 - The central bank …",
    read with ``language``) comes first (a text that opens with such a line opens with its
    body: a headline under it would leave it out)."""
    candidates, headed = _title_candidates(lines, header_end)
    for i in candidates:
        line = lines[i]
        if len(line.raw) > CLASSIFY_CHARS or (not headed and opens_on_dateline(line.clean, language)):
            return None
        if reference_label(line.clean):  # "Ref: MAR-12-25": a code, no headline
            continue
        if not headline_like(line.clean) and not _colon_head(lines, i):
            if not headed and line.clean.endswith(":") and _is_kicker(lines, i, header_end) \
                    and (label := _kicker_section(line.clean)) is not None:  # "Money:" over a headline
                out.section = read_at("section", label, line.start, line.end, "text:kicker")
            continue
        breadcrumb = BREADCRUMB.split(line.clean)
        if len(breadcrumb) >= 2 and all(len(words_of(b)) <= 4 for b in breadcrumb):
            out.section = read_at("section", breadcrumb[-1].strip(), line.start, line.end, "text:breadcrumb")
            continue
        if not headed and _is_kicker(lines, i, header_end):
            if (label := _kicker_section(line.clean)) is not None:
                out.section = read_at("section", label, line.start, line.end, "text:kicker")
            continue
        return i
    if candidates and len(words_of(lines[candidates[0]].clean)) <= 40 \
            and not opens_on_dateline(lines[candidates[0]].clean, language) \
            and not reference_label(lines[candidates[0]].clean):
        return candidates[0]
    return None


def _read_title(lines: list[Line], title_i: int, out: Layout) -> int:
    """Set ``out.title`` from line ``title_i`` and the wrapped lines that continue it (a
    lowercase start or a line above that goes on, ``_goes_on``: "Rates, jobs and" /
    "Growth: what it means"; or a long unpunctuated title; 40 words in all); these lines become
    noise.  Returns the index of the first line after the title."""
    t = lines[title_i]
    title_text, last = _wrapped(lines, title_i)
    for ln in lines[title_i:last + 1]:
        ln.kind = "noise"
    out.title = read_at("title", title_text, t.start, lines[last].end, "text:title")
    return last + 1


def _wrapped(lines: list[Line], i: int) -> tuple[str, int]:
    """The headline that starts at line ``i`` with the text lines right under it that
    continue it (``_read_title``: 40 words in all), and the index of its last line."""
    t = lines[i]
    text = t.clean
    j = i + 1
    while j < len(lines) and lines[j].kind == "text" and not lines[j].heading and (
        _goes_on(text, lines[j].clean) or (len(t.raw) >= 70 and not ends_sentence(text))
    ) and len(words_of(text)) + len(words_of(lines[j].clean)) <= 40 and not paragraph_like(lines[j].clean):
        text += " " + lines[j].clean
        j += 1
    return text, j - 1


def _last_header_meta(lines: list[Line], j: int) -> int | None:
    """The last byline/date line of the header that starts at line ``j`` (within ten
    non-blank lines), or None.  At most one paragraph-like line (a punctuated standfirst)
    may stand above it: a byline after two paragraphs is a closing signature, not the
    header's; so is a byline with text above it and no prose after it."""
    last_meta = None
    k = j
    nonblank = 0
    prose_lines = 0
    while k < len(lines) and nonblank < 10:
        if lines[k].kind != "blank":
            nonblank += 1
            if lines[k].kind == "meta":
                last_meta = k
            elif lines[k].kind == "text" and paragraph_like(lines[k].clean):
                prose_lines += 1
                if last_meta is not None or prose_lines >= 2:
                    break
        k += 1
    if last_meta is not None and not any(
        ln.kind == "text" and paragraph_like(ln.clean) for ln in lines[last_meta + 1:]
    ) and any(ln.kind == "text" for ln in lines[j:last_meta]):
        return None  # nothing but the byline after it: the text above it is the body
    return last_meta


def _read_standfirst(lines: list[Line], title_i: int, j: int, out: Layout) -> int:
    """Set ``out.subtitle`` from the lines under the title (``j`` is the first line after
    it) and return the index of the first body line.

    With a byline or date line below the title, the first text line of five words or more
    above the last such line is the standfirst and the body starts after that line.
    Without one, a short unpunctuated line of five words or more before a paragraph is.  A
    reference code ("Our ref: 12.03.25", ``stamp_line.reference_label``) is never one."""
    last_meta = _last_header_meta(lines, j)
    if last_meta is None:
        n1 = _next_nonblank(lines, title_i, len(lines))
        if n1 is not None and lines[n1].kind == "text" and not paragraph_like(lines[n1].clean):
            n2 = _next_nonblank(lines, n1, len(lines))
            if n2 is not None and lines[n2].kind == "text" and paragraph_like(lines[n2].clean) \
                    and len(words_of(lines[n1].clean)) >= 5 and not reference_label(lines[n1].clean):
                ln1 = lines[n1]
                out.subtitle = read_at("subtitle", ln1.clean, ln1.start, ln1.end, "text:standfirst")
                lines[n1].kind = "noise"
                return n1 + 1
        return j
    for k in range(title_i + 1, last_meta):
        ln = lines[k]
        if ln.kind == "text" and len(words_of(ln.clean)) >= 5 and out.subtitle is None \
                and not reference_label(ln.clean):
            out.subtitle = read_at("subtitle", ln.clean, ln.start, ln.end, "text:standfirst")
            ln.kind = "noise"
    return last_meta + 1


def _after_header_meta(lines: list[Line], header_end: int) -> int:
    """Without a title: the body starts after the header's last meta line (else at 0).  A
    meta line with prose above it and none under it ("LAGOS, March 12 (Reuters) - …" /
    "By Ada Okafor" at the end) closes the text: the body starts at 0."""
    body_start = 0
    for i in range(min(header_end + 1, len(lines))):
        if lines[i].kind == "meta":
            body_start = i + 1
    if body_start and not any(ln.kind == "text" and paragraph_like(ln.clean) for ln in lines[body_start:]) \
            and any(ln.kind == "text" and paragraph_like(ln.clean) for ln in lines[:body_start]):
        return 0
    return body_start


def analyse_article(text: str, lines: list[Line], language: str | None, *, headed: bool = False) -> Layout:
    """Find the parts of a plain-text article.

    ``lines`` are ``text``'s lines (``lines.split_lines``); their kinds are set here.
    ``language`` (BCP 47) helps read dates.  ``headed``: the first line is the headline
    the caller knows (an HTML page's), so it is the title, never a kicker over the line
    under it.  Returns a ``Layout`` whose offsets index into ``text``."""
    out = Layout()
    header_end = _header_end(lines)
    _classify(lines, language, header_end + 1)
    join_wrapped(lines, header_end + 1, language)
    _nav_runs(lines, header_end)
    place_lines(lines, header_end + 1, language)
    first = _next_nonblank(lines, -1, len(lines)) if headed else None
    title_i = first if first is not None else _find_title(lines, header_end, out, language)
    if title_i is not None:
        body_start = _read_standfirst(lines, title_i, _read_title(lines, title_i, out), out)
    else:
        body_start = _after_header_meta(lines, header_end)
    body_start = past_references(lines, body_start)
    footer = footer_start(lines, body_start)
    header_meta = [ln for ln in lines[:body_start] if ln.kind == "meta"]
    read_section(out, header_meta, [ln for ln in lines[footer:] if ln.kind != "blank"],
                  lines[title_i] if title_i is not None else None)
    authors = read_people(out, lines, header_meta, body_start, footer)
    read_dates(out, header_meta)
    out.paragraphs = join_paragraphs(lines, body_start, footer)
    read_dateline(out, text, lines, footer, language, credited=bool(authors))
    place = header_place(header_meta)
    if out.dateline is None and place:
        out.dateline = Dateline(place=place, agency=None, text=place)
    return out

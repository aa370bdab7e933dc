"""The meta lines of a plain article: its section, the people it credits, its dates.

They are read in the header's meta lines (``Line.kind == "meta"``: bylines and date lines,
read by ``lines.read_meta``) and in the footer's credit and byline lines ("Reporting by …;
Editing by …", a byline repeated after the text, a Chinese editor credit).
"""

from __future__ import annotations

import re

from congo_digital.fields.bylines import parse_credits
from congo_digital.fields.bylines_parts import is_publication
from congo_digital.fields.places import place
from congo_digital.layout.dateline import opens_on_dateline
from congo_digital.layout.lines import Layout, Line, read_at, section_label, words_of
from congo_digital.layout.people import cjk_credit, dedupe_people, line_people
from congo_digital.record import Contributor
from congo_digital.settings import FOOTER_SCAN
from congo_digital.vocab import phrase_set


def read_section(out: Layout, header_meta: list[Line], footer_lines: list[Line], title: Line | None) -> None:
    """When the title gave no section: a "Section | Date" kicker above the title (the
    last one), else the first upper-case section label in the footer."""
    if out.section is None:
        for ln in header_meta:
            if title is not None and ln.start > title.start:
                continue
            labels = [lab for lab in ln.labels if not lab.startswith("place:")]
            two_parts = len(re.split(r"\s[|·•]\s", ln.clean)) == 2
            if len(labels) == 1 and ln.dates and section_label(labels[0]) and two_parts:
                out.section = read_at("section", labels[0], ln.start, ln.end, "text:kicker")
    if out.section is None:
        for ln in footer_lines:
            if ln.kind == "text" and section_label(ln.clean) and ln.clean.isupper():
                out.section = read_at("section", ln.clean, ln.start, ln.end, "text:section-label")
                break


def _header_bylines(out: Layout, header_meta: list[Line]) -> tuple[list[Contributor], list[Contributor]]:
    """The authors and editors of the header's byline lines (``out.authors_at`` the first
    of them; ``out.generic_byline`` set when one names nobody), editors after authors
    ("By A; Editing by B", "By A | Edited by B") included: ``people.line_people``."""
    authors: list[Contributor] = []
    editors: list[Contributor] = []
    for ln in header_meta:
        if ln.byline is None:
            continue
        if not ln.byline.authors:
            out.generic_byline = True
        credited, edited = line_people(ln.byline, ln.labels)
        authors.extend(credited)
        editors.extend(edited)
        if out.authors_at is None:
            out.authors_at = read_at("authors", ln.clean, ln.start, ln.end, "text:byline")
    return authors, editors


def _footer_credits(out: Layout, lines: list[Line], bylined: bool) -> tuple[list[Contributor], list[Contributor]]:
    """Authors and editors of the credit lines in ``lines`` ("Reporting by …; Editing by
    …") and, when the header had no byline (``bylined``), of the bylines among them."""
    authors: list[Contributor] = []
    editors: list[Contributor] = []
    for ln in lines:
        credits = parse_credits(ln.clean) if ln.kind == "credit" else None
        if credits:
            authors.extend(credits.authors)
            editors.extend(credits.editors)
            if out.authors_at is None and credits.authors:
                out.authors_at = read_at("authors", ln.clean, ln.start, ln.end, "text:credits")
        elif ln.kind == "meta" and ln.byline and not bylined:
            authors.extend(ln.byline.authors)
            editors.extend(ln.byline.editors)
            if not ln.byline.authors:
                out.generic_byline = True
            if out.authors_at is None and ln.byline.authors:
                out.authors_at = read_at("authors", ln.clean, ln.start, ln.end, "text:byline")
    return authors, editors


def _cjk_credit_after(out: Layout, lines: list[Line]) -> list[Contributor]:
    """The names of the first Chinese editor credit among ``lines`` (after the text)."""
    for ln in lines:
        authors = cjk_credit(ln.clean) if ln.clean else []
        if authors:
            out.authors_at = read_at("authors", ln.clean, ln.start, ln.end, "text:credits")
            return authors
    return []


def read_people(out: Layout, lines: list[Line], header_meta: list[Line], body_start: int, footer: int
                 ) -> list[Contributor]:
    """Set ``out.authors`` and ``out.editors``: the header's bylines first, then the
    footer's credits and repeated bylines (and credit lines in the body), else a Chinese
    editor credit in the last ``FOOTER_SCAN`` lines.  Returns the authors read, before
    duplicates and generic names are dropped."""
    bylined = any(ln.byline is not None for ln in header_meta)
    authors, editors = _header_bylines(out, header_meta)
    tail = [ln for ln in lines[footer:] if ln.kind != "blank"] + \
        [ln for ln in lines[body_start:footer] if ln.kind == "credit"]
    more, edited = _footer_credits(out, tail, bylined)
    authors += more
    editors += edited
    if not authors and not out.generic_byline:  # a Chinese editor credit after the text
        authors = _cjk_credit_after(out, lines[max(body_start, len(lines) - FOOTER_SCAN):])
    out.authors = dedupe_people(authors)
    out.editors = dedupe_people(editors)
    return authors


def header_place(header_meta: list[Line]) -> str | None:
    """The place a header's meta lines give: a byline's place, else a place read before a
    date, else a segment beside a byline that is a place (``_place_beside``: "Por A | Malabo
    | 12 de marzo de 2025", "By A | Nation Africa | Mombasa" -> "Mombasa")."""
    place: str | None = None
    for ln in header_meta:
        if ln.byline is not None:
            place = place or ln.byline.place
    for ln in header_meta:
        for lab in ln.labels:
            if lab.startswith("place:") and place is None:
                place = lab[6:]
            elif ln.byline and ln.byline.authors and place is None and _place_beside(lab):
                place = lab
    return place


def _place_beside(label: str) -> bool:
    """True when ``label``, a segment printed beside a byline, is the place it was filed
    from: a city or region of the gazetteer (``places.place``: "Malabo", "Dar es Salaam"),
    alone or before a comma ("Nairobi, Kenya"); else a single capitalised word that is
    neither a news agency (``agencies.json``) nor a publication
    (``bylines_parts.is_publication``: "Kenya", not "Reuters" or "Guardian").
    A newspaper's name of two words or more ("Nation Africa", "Premium Times", "Mail &
    Guardian") names the publisher, not a place."""
    if not section_label(label) or len(words_of(label)) > 3 or label.casefold() in phrase_set("agencies"):
        return False
    return place(label.split(",", 1)[0]) or len(label.split()) == 1 and not is_publication(label)


def read_dates(out: Layout, header_meta: list[Line]) -> None:
    """Set ``out.date`` (the first published date of the header's meta lines, else the
    first unlabelled one) and ``out.date_modified`` (the first labelled modified one)."""
    all_dates = [(d, ln) for ln in header_meta for d in ln.dates]
    published = [x for x in all_dates if x[0].kind == "published"]
    plain = [x for x in all_dates if x[0].kind is None]
    modified = [x for x in all_dates if x[0].kind == "modified"]
    pick = (published or plain)[:1]
    if pick:
        d, ln = pick[0]
        at = ln.raw.find(ln.clean[d.start:d.end])
        out.date = read_at("date", d.value, ln.start + max(at, 0), ln.end, "text:date-line")
    if modified:
        d, ln = modified[0]
        out.date_modified = read_at("date_modified", d.value, ln.start, ln.end, "text:date-line")


def place_lines(lines: list[Line], stop: int, language: str | None) -> None:
    """Mark as meta a line, among ``lines[:stop]``, that holds nothing but a place of the
    gazetteer (``places.place``: "Lagos", "Dar es Salaam") right under a byline that names
    people and no place ("By Ada Okafor" / "Lagos"): the place the byline was filed from
    (read by ``header_place``), no headline.  A blank or meta line (or the end) must follow,
    and a line of text must stand above the byline (a headline) or the next text open on a
    dateline (``dateline.opens_on_dateline``, in ``language``): with neither, the title
    search would take the lead's first sentence for a headline and drop it from the body
    ("By Ada Okafor" / "Lagos" / "Nigeria's central bank raised …"), so the place stays
    what it was (the re-trial of 2026-12-07)."""
    for i in range(1, min(stop, len(lines))):
        ln, above = lines[i], lines[i - 1]
        if ln.kind != "text" or above.kind != "meta" or above.byline is None or not above.byline.authors \
                or above.byline.place or len(words_of(ln.clean)) > 3 or not place(ln.clean):
            continue
        if i + 1 < len(lines) and lines[i + 1].kind not in ("blank", "meta"):
            continue
        lead = next((x for x in lines[i + 1:] if x.kind == "text"), None)
        if not any(x.kind == "text" for x in lines[:i - 1]) and (
                lead is None or not opens_on_dateline(lead.clean, language)):
            continue
        ln.kind = "meta"
        ln.labels.append("place:" + ln.clean)

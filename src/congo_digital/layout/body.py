"""The body of a text: where its footer starts, and its paragraphs.

Both layouts (article and rendered page) cut the body the same way once they know where
it starts: the footer is found bottom-up (``footer_start``) and the lines between are
joined into paragraphs (``join_paragraphs``).
"""

from __future__ import annotations

from congo_digital.layout.lines import LIST_ITEM, Line, Paragraph, clean_line, paragraph_like
from congo_digital.settings import BODY_LINE_MAX


def footer_start(lines: list[Line], body_start: int) -> int:
    """Index of the first footer line (``len(lines)`` when there is none, never below
    ``body_start``).

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
        if paragraph_like(line.clean) and not LIST_ITEM.match(line.clean):
            break
    return max(cut, body_start)


def join_paragraphs(lines: list[Line], start: int, stop: int) -> list[Paragraph]:
    """The paragraphs of ``lines[start:stop]``: consecutive text lines joined by a space.

    Blank lines, template lines (noise, captions, credits, footer lines, bylines) end a
    paragraph, and a list item or Markdown heading stands alone.  A line is kept up to
    ``BODY_LINE_MAX`` characters (its clean form, read for its kind, holds 2,000)."""
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
            if current and (LIST_ITEM.match(line.clean) or line.heading or LIST_ITEM.match(current[-1].clean)):
                flush()
            current.append(line)
    flush()
    return paragraphs

"""The body of a text: where its footer starts, and its paragraphs.

Both layouts (article and rendered page) cut the body the same way once they know where
it starts: the footer is found bottom-up (``footer_start``) and the lines between are
joined into paragraphs (``join_paragraphs``).
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.fields.bylines import parse_byline
from congo_digital.layout.lines import (
    LIST_ITEM,
    Line,
    Paragraph,
    clean_line,
    ends_sentence,
    is_caption,
    is_noise,
    paragraph_like,
    starts_with,
    word_count,
)
from congo_digital.layout.stamp_line import reference_label
from congo_digital.layout.words import join_lines
from congo_digital.settings import BODY_LINE_MAX, CLASSIFY_CHARS
from congo_digital.vocab import phrase_set


def past_references(lines: list[Line], start: int) -> int:
    """The index of the body's first line when it starts at ``start``: reference lines at its
    top ("Ref: MAR-12-25", "Case no. 12-03-2025" under a byline: ``stamp_line.reference_label``,
    eight words and 80 characters or fewer, no prose) are passed over, as above the headline,
    while text follows."""
    i = start
    while i < len(lines) and lines[i].kind in ("blank", "text"):
        ln = lines[i]
        if ln.kind == "text":
            if len(ln.clean) > 80 or word_count(ln.clean) > 8 or not reference_label(ln.clean) \
                    or paragraph_like(ln.clean) \
                    or not any(x.kind == "text" for x in lines[i + 1:]):
                break
            start = i + 1
        i += 1
    return start


def footer_start(lines: list[Line], body_start: int) -> int:
    """Index of the first footer line (``len(lines)`` when there is none, never below
    ``body_start``).

    Scanning up from the end: footer-like lines (noise, credits, copyright, share and
    related blocks, repeated bylines) move the cut up; short text lines (related-article
    titles, section labels) are passed over; a paragraph-like line ends the scan.  A body
    without any paragraph-like line (a table of results, a list) loses only the footer
    lines below its last text line.
    """
    cut = len(lines)
    trailing = None  # the cut of the footer lines at the very end, before the first text line
    for i in range(len(lines) - 1, body_start - 1, -1):
        line = lines[i]
        if line.kind == "blank":
            continue
        if line.kind in ("noise", "credit", "footer", "caption") or (line.kind == "meta" and line.byline):
            cut = i
            continue
        if trailing is None:
            trailing = cut
        if paragraph_like(line.clean) and not LIST_ITEM.match(line.clean):
            break
    else:  # no prose at all (a table of results, a list): only the footer lines at the end go
        cut = cut if trailing is None else trailing
    return max(cut, body_start)


_MENU_MARKS = ("□", "☆", "[ ]")  # a rendered menu's bullets, a form's empty field
_SLIGHT_WORDS = 20  # words: a shorter paragraph that does not end as a sentence is a teaser or a label


def furniture(text: str) -> bool:
    """A paragraph of page furniture: a copyright, cookie, sign-up, account, privacy or
    advertising notice (a phrase of ``layout.json`` ``furniture_phrases``: one in up to 100
    words, two in a longer one), a rendered menu (three bullets "□"/"☆") or a form
    (an empty field "[ ]"), or one that starts as a footer line (``footer_starts``)."""
    low = " ".join(text[:2000].lower().split())
    if starts_with(low, phrase_set("footer_starts")) or sum(low.count(m) for m in _MENU_MARKS) >= 3 \
            or "[ ]" in low:
        return True
    hits = sum(1 for p in phrase_set("furniture_phrases") if p in low)
    return hits >= 2 or (hits == 1 and len(text.split()) <= 100)


_BRACKET_TAIL = re.compile(r"\(([^()]{1,160})\)\W*$")
_LAST_SENTENCE = re.compile(r"(?:^|[.!?\u201d\"]\s)([^.!?]*)$")
_CAPTION_WORDS = 60  # words: a longer paragraph ending with a credit is article text with a caption glued to it
_CAPTION_SENTENCES = 3  # a caption has one to three sentences: more is article text with a caption glued to it
_SENTENCE_BREAK = re.compile(r"[.!?»”\"]\s+(?=[^\W\d_])")
_CREDIT_TAIL_WORDS = 8  # words after the last sentence that may hold an unbracketed credit


def captioned(text: str) -> bool:
    """A photo caption printed in a page's text: a paragraph of at most 60 words and three
    sentences (its credit may follow the third) that opens with a caption label ("Media
    caption", "Image copyright", "Photo by": ``layout.json`` ``caption_markers`` other than
    a bare word, "Crédit Agricole ...", or a label before a colon, "Photo: Jane Roe" then the
    article's first sentence) or ends with the picture's credit, in brackets opening with a
    picture word ("(Photo by Jane Roe/Agency)", "(Credit: AP)", "(Foto: Jane Roe)":
    ``caption_credit_labels``) or naming an agency's picture service ("(AP Photo/Jane
    Roe)": ``credit_words`` other than a bare word), or after the last sentence in up to 8
    words holding a label or an agency before its slash ("... on Monday. REUTERS/Jane Roe",
    "Foto: Jane Roe/AP", "© Agency": there the credit's start is plain; "Jane Roe/Getty
    Images" unbracketed may be the end of a sentence).  A longer paragraph ending with a
    credit is article text with a caption glued to it, and stays."""
    if word_count(text) > _CAPTION_WORDS or len(_SENTENCE_BREAK.findall(text)) >= _CAPTION_SENTENCES:
        return False
    low = " ".join(text.lower().split())
    markers, credits = _marked_words("caption_markers"), _marked_words("credit_words")
    if low.startswith(tuple(m for m in markers if not m.endswith(":"))):
        return True
    m = _BRACKET_TAIL.search(low)
    if m:
        inner = m.group(1).strip()
        if _picture_label().match(inner) or any(w in inner for w in credits):
            return True
    tail = _LAST_SENTENCE.search(low)
    last = tail.group(1) if tail else low
    return word_count(last) <= _CREDIT_TAIL_WORDS and any(w in last for w in credits if w.endswith((":", "/", "©")))


@cache
def _marked_words(key: str) -> tuple[str, ...]:
    """The phrases of ``key`` that are more than a bare word ("getty images", "reuters/",
    "photo:"): a bare word ("crédit") is also a word of the article's own sentences."""
    return tuple(p for p in phrase_set(key) if not p.isalpha())


@cache
def _picture_label() -> re.Pattern[str]:
    """A picture word of ``caption_credit_labels`` before a space, a colon or the end ("photo",
    not "pictured" nor "photo.title")."""
    words = sorted(phrase_set("caption_credit_labels"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:{alternatives})(?=$|[\s:])")


_COUNT_HEADING = re.compile(r"^(?:there are |il y a )?\d+\s+([^\W\d_]+)")
_COMMENTS_AFTER = 100  # words of the article at least before a comment section is cut
_LIST_MARK = re.compile(r"^[•●*·–-]\s*")
_LABEL_WORDS = 8  # words: a sponsored widget's heading
_SHARE_WORDS = 12  # words: a share link ("Click to share on Twitter (Opens in new window)")


def comment_section(paragraphs: list[Paragraph]) -> int:
    """Where the comment section under an article starts in ``paragraphs`` (``len`` when
    there is none): the first short paragraph, not a list item, that counts the comments
    ("There are 13 comments", "2 Kommentare": ``layout.json`` ``comment_count_words``) or
    opens the reply form ("Leave a Reply", "Schreibe einen Kommentar":
    ``comment_form_starts``), after at least 100 words of text (share bars under a
    headline print the count too)."""
    words = 0
    for i, p in enumerate(paragraphs):
        text = p.text
        if words >= _COMMENTS_AFTER and len(text) <= 80 and not LIST_ITEM.match(text):
            low = " ".join(text.lower().split())
            m = _COUNT_HEADING.match(low)
            if (m and m.group(1) in phrase_set("comment_count_words") and len(low.split()) <= 6) \
                    or starts_with(low, phrase_set("comment_form_starts")):
                return i
        words += word_count(text)
    return len(paragraphs)


def sponsored_section(paragraphs: list[Paragraph]) -> int:
    """Where the advertisers' links under an article start in ``paragraphs`` (``len`` when
    there are none): the first paragraph after at least 100 words of text that opens with
    the label of a sponsored-links widget ("From Around the Web", "Promoted content by ...",
    "Sponsored Links", "Ads by Google": ``layout.json`` ``sponsored_labels``).  What follows
    such a widget in a page's text is more widgets, teasers and the page's footer.  The
    paragraph is a heading (8 words at most) or a run of links (not ending as a sentence):
    "Outbrain said on Monday ..." is the article's own text."""
    words = 0
    for i, p in enumerate(paragraphs):
        if words >= _COMMENTS_AFTER and _labelled(p.text, "sponsored_labels") \
                and (word_count(p.text) <= _LABEL_WORDS or not ends_sentence(p.text)):
            return i
        words += word_count(p.text)
    return len(paragraphs)


def _labelled(text: str, key: str) -> bool:
    """``text`` opens, a list mark before it aside, with a phrase of ``layout.json``'s ``key``."""
    return starts_with(_LIST_MARK.sub("", text), phrase_set(key))


def share_section(paragraphs: list[Paragraph]) -> int:
    """Where a block of share links ends the article in ``paragraphs`` (``len`` when there is
    none): the first paragraph, after at least 100 words of text and with no more words
    under it than above it, that opens with a share link ("Click to share on Twitter",
    "Share on Facebook": ``layout.json`` ``share_links``; a list mark before it aside) of
    ``_SHARE_WORDS`` words or fewer.  The share bar printed under a headline has the
    article under it; the one printed after the article, the related stories."""
    counts = [word_count(p.text) for p in paragraphs]
    total, words = sum(counts), 0
    for i, (p, n) in enumerate(zip(paragraphs, counts, strict=True)):
        if words >= _COMMENTS_AFTER and words >= total - words and n <= _SHARE_WORDS \
                and _labelled(p.text, "share_links"):
            return i
        words += n
    return len(paragraphs)


def furniture_tail(paragraphs: list[Paragraph]) -> int:
    """Where the page furniture at the end of ``paragraphs`` starts (``len(paragraphs)``
    when there is none): the first of the last paragraphs that are all furniture
    (``furniture``) or slight (under 20 words, not ending as a sentence: related
    headlines, labels), the first of them a furniture paragraph.  Never 0: a body made only
    of such paragraphs is kept whole."""
    cut = len(paragraphs)
    for i in range(len(paragraphs) - 1, 0, -1):
        text = paragraphs[i].text
        if furniture(text):
            cut = i
        elif not (word_count(text) < _SLIGHT_WORDS and not ends_sentence(text)):
            break
    return cut


def join_paragraphs(lines: list[Line], start: int, stop: int) -> list[Paragraph]:
    """The paragraphs of ``lines[start:stop]``: consecutive text lines joined by a space
    (none between two Chinese or Japanese characters: ``words.join_lines``).

    Blank lines, template lines (noise, captions, credits, footer lines, bylines) end a
    paragraph, and a list item or Markdown heading stands alone.  A line is kept up to
    ``BODY_LINE_MAX`` characters (its clean form, read for its kind, holds 2,000)."""
    paragraphs: list[Paragraph] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            text = join_lines([clean_line(ln.raw[:BODY_LINE_MAX]) if len(ln.raw) > CLASSIFY_CHARS else ln.clean
                               for ln in current])
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


def lead_prose(text: str, start: int, stop: int) -> list[Paragraph]:
    """The prose lines of ``text[start:stop]`` (the lines between a page's headline and
    the first body paragraph that the layout read as its header), as paragraphs.

    The header rules take a line above the last byline or date line for a standfirst; on a
    page's main text (``html.page.main_text``) a line there that reads as prose
    (``lines.paragraph_like``: 25 words, or 10 ending as a sentence) is the article's own
    first paragraph, kept in the body; bylines, dates, captions, credits and template
    lines are not prose and stay out."""
    out: list[Paragraph] = []
    pos = start
    for raw in text[start:stop].split("\n"):
        begin, pos = pos, pos + len(raw) + 1
        line = clean_line(raw[:CLASSIFY_CHARS])
        if not line or not paragraph_like(line) or is_caption(line) or is_noise(line, raw[:CLASSIFY_CHARS]) \
                or starts_with(line, phrase_set("footer_starts")) or parse_byline(line[:200]) is not None:
            continue
        out.append(Paragraph(clean_line(raw[:BODY_LINE_MAX]), begin, begin + len(raw)))
    return out

"""The parties' view of a body: its tokens with sentence and paragraph ids, and the tokens
of boilerplate lines marked ``ignored`` (see ``congo_digital.enrich.boiler``)."""

from __future__ import annotations

from congo_digital.enrich.boiler import caps_line, headline_like, related_line, sharing_line
from congo_digital.enrich.language import guess_language
from congo_digital.enrich.tokens import QUOTES, SENTENCE_END, Doc, Token, tokenize
from congo_digital.plain import Frozen

_BULLETS = "([*#!-_ "


_set = object.__setattr__  # (a frozen value's fields are set so, once: ``plain.Frozen``)


class _Line(Frozen):
    """One line of the body: ``[start, end)`` offsets, whether its tokens are ignored,
    and whether a sentence ends with it."""

    __slots__ = FIELDS = ("start", "end", "ignored", "breaks")

    def __init__(self, start: int, end: int, ignored: bool, breaks: bool) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "ignored", ignored)
        _set(self, "breaks", breaks)


def _breaks_after(stripped: str, ignored: bool, nxt: str) -> bool:
    """A sentence ends with the line ``stripped`` when it ends with a full stop, colon or
    closing quote, is short (under 45 characters) or ignored, or the next line ``nxt``
    does not continue it (blank, a list item, or a capital after a line under 60)."""
    return (
        stripped[-1] in ".!?:\u00bb\"\u201d" or len(stripped) < 45 or ignored
        or not nxt or nxt[:1] in "-*\u2022#[(" or not nxt[:1].islower()
        and len(stripped) < 60
    )


def _lines(text: str) -> list[_Line]:
    """The lines of ``text``: a "Read more" or "Share" line and the rest of its paragraph
    are ignored, and so are ALL-CAPS and headline-like lines."""
    out = []
    pos = 0
    skip_block = False
    lines = text.split("\n")
    for n, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            skip_block = False
            out.append(_Line(start, end, False, True))
            continue
        bare = stripped.lstrip(_BULLETS).strip()
        if related_line(bare) or sharing_line(bare):
            skip_block = True
        ignored = skip_block or caps_line(stripped) or headline_like(stripped)
        nxt = lines[n + 1].lstrip() if n + 1 < len(lines) else ""
        out.append(_Line(start, end, ignored, _breaks_after(stripped, ignored, nxt)))
    return out


def _colon_ends_clause(tokens: list[Token], k: int) -> bool:
    """"Cameroun : le prix": a spaced colon before a capital or a quote ends a clause."""
    tok = tokens[k]
    if tok.text != ":" or k + 1 >= len(tokens) or tokens[k + 1].start - tok.end <= 0:
        return False
    nxt = tokens[k + 1]
    return nxt.cap or nxt.text in QUOTES


def _mark(doc: Doc, lines: list[_Line]) -> None:
    """Set each token's sentence and paragraph ids and its ``ignored`` flag (in an ignored
    line, or on a line from a "©" on); in the same walk, fill ``doc``'s ``norms``,
    ``where``, ``capitalised``, ``lower_words`` and ``paragraphs`` caches, which the parties
    passes all read (one walk instead of six; a paragraph's first token is noted once per
    paragraph, at the first token past a blank line)."""
    tokens = doc.tokens
    li = 0
    sent = 0
    para = 0
    copyright_line = -1
    last = len(lines) - 1
    end, ignored = lines[0].end, lines[0].ignored  # the current line's (read once a line)
    norms: list[str] = []
    add_norm = norms.append
    at: dict[str, list[int]] = {}
    get = at.get
    caps: list[int] = []
    add_cap = caps.append
    lower: set[str] = set()
    add_lower = lower.add
    paras: dict[int, int] = {0: 0}  # each paragraph id and its first token
    for k, tok in enumerate(tokens):
        if tok.start > end and li < last:
            while li < last and tok.start > lines[li].end:
                if lines[li].breaks:
                    sent += 1
                if lines[li].start == lines[li].end:
                    para += 1
                li += 1
            end, ignored = lines[li].end, lines[li].ignored
            if para not in paras:
                paras[para] = k
        tok.para = para
        text = tok.text
        tok.ignored = ignored or copyright_line == li
        if text == "\u00a9":
            copyright_line = li
            tok.ignored = True
        tok.sent = sent
        if text in SENTENCE_END or text == ":" and _colon_ends_clause(tokens, k):
            sent += 1
        w = tok.norm
        add_norm(w)
        ks = get(w)
        if ks is None:
            at[w] = [k]
        else:
            ks.append(k)
        if tok.cap:
            add_cap(k)
        elif tok.is_word:
            add_lower(w)
    doc.set_caches(norms, at, caps, frozenset(lower))
    doc.set_paragraphs(paras)


def make_doc(text: str, lang: str | None) -> Doc:
    """Tokenise ``text``; mark sentence and paragraph ids and the tokens of ignored lines.

    Ignored: a "Read more"/"Lire aussi"/"Share"/"Tags:" line and the rest of its paragraph,
    ALL-CAPS and headline-like lines (``congo_digital.enrich.boiler``), and a line from a
    "©" on.  ``lang`` is a BCP 47 tag; without one the language is guessed from function
    words (``enrich.language``, five of them at least) and may stay ``None``.
    """
    doc = Doc(text, tokenize(text), None)
    _mark(doc, _lines(text))
    if not lang:  # an untagged body: from its function words, given five of them
        lang = guess_language((t.norm for t in doc.tokens if t.is_word), min_count=5)
    doc.lang = lang
    return doc

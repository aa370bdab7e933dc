"""Page furniture that stands inside an article's text: teaser lines and calls to the reader.

``without_furniture(blocks)`` takes ``html.maintext.Block``s (the article's blocks, as
``html.maintext.main_blocks`` gives them) and returns them without:

* **teaser lines**: a short block (at most ``_TEASER_WORDS`` words) that opens with a
  label introducing another story (``data/layout.json`` ``teaser_labels``: "Lea más:",
  "Mire:", "Lesen Sie auch:", "Read more:") followed by a colon, a question or
  exclamation mark, a dash, a guillemet or nothing (the block is the label alone,
  "Schon gelesen?", "Noticias relacionadas"); under a label alone, the short link blocks
  that follow it (the teasers' headlines) go with it;
* **calls to the reader**: a short block (at most ``_CALL_WORDS`` words) holding a phrase
  of ``reader_calls`` (following the site on social networks, its apps and channels,
  paywall and subscription prompts, the log-in prompt of a comment form: "Síguenos en",
  "Pour lire la suite", "To continue reading").

The blocks between the headline and the article's container (``Block.lead``: decks,
bylines) are left to the text rules.  At least one block always stays.  Words: written for
this project from the conventions of news pages in the corpus languages.
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.html.maintext import Block
from congo_digital.layout.lines import paragraph_like, starts_with
from congo_digital.vocab import phrase_set

_TEASER_WORDS = 30  # words: a teaser line is a label and a headline
_CALL_WORDS = 60  # words: a call to the reader is a sentence or two
_LINKED = 0.5  # share of a block's text in links that makes it a teaser's headline
_AFTER_LABEL = re.compile(r"\s*(?:$|[:?!»›>])|\s+[–—-](?:\s|$)")


@cache
def _labels() -> tuple[str, ...]:
    """``teaser_labels``, longest first (so "lea también" is tried before "lea")."""
    return tuple(sorted(phrase_set("teaser_labels"), key=len, reverse=True))


def _low(text: str) -> str:
    return " ".join(text[:400].lower().split()).lstrip("¡¿»›>•·*-–— ")


def teaser_label(text: str) -> str | None:
    """``"alone"`` when ``text`` is a teaser label and nothing else ("Schon gelesen?"),
    ``"line"`` when it opens with one and goes on with a headline ("Lea más: …"),
    else ``None``.  A label must be followed by punctuation or end the text: "Mira" that
    opens a sentence ("Mira Sorvino said …") is not one."""
    low = _low(text)
    if not low.startswith(_labels()):
        return None  # (most blocks: no label is tried in turn)
    for label in _labels():
        if low.startswith(label):
            rest = low[len(label):]
            m = _AFTER_LABEL.match(rest)
            if m is None:
                continue
            tail = rest[m.end():].strip(" :?!»›>–—-.")
            return "line" if tail else "alone"
    return None


def reader_call(text: str, words: int | None = None) -> bool:
    """A short block that speaks to the reader: it holds a phrase of ``reader_calls`` (as
    whole words) and has at most ``_CALL_WORDS`` words (``words``: their number, when the
    caller has it)."""
    if (len(text.split()) if words is None else words) > _CALL_WORDS:
        return False
    return _calls().search(" ".join(text.lower().split())) is not None


@cache
def _calls() -> re.Pattern[str]:
    """``reader_calls`` as whole words ("unterstützen sie uns" is not in "… sie unsere")."""
    words = sorted(phrase_set("reader_calls"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


_CREDIT_WORDS = 12  # words: a credit
_SLASHED = re.compile(r"[^/\s()]+(?: [^/\s()]+){0,3} ?/ ?[^/\s()]+(?: [^/\s()]+){0,3}")


@cache
def _credit_label() -> re.Pattern[str]:
    """A credit label opening a block and a short credit after it ("Foto: A B")."""
    words = "|".join(map(re.escape, sorted(phrase_set("credit_labels"), key=len, reverse=True)))
    return re.compile(rf"^[.\s]*(?:{words})\s*:?\s+\S[^.!?()]{{0,60}}$", re.IGNORECASE)


def photo_credit(text: str, words: int | None = None) -> bool:
    """A block that is only a photo credit: a credit label and a short credit ("Imagen:
    Télam", "Photograph by A B", ``credit_labels``), or at most five words with a slash and
    a news agency ("aja/PAP", ``agencies.json``) or a photo site ("A B/Example.com").  A
    caption ending with its credit, and a credit in brackets, stay: the Readability test
    pages keep captions as part of the article.  ``words``: the number of words of
    ``text``, when the caller has it."""
    words = len(text.split()) if words is None else words
    if words > _CREDIT_WORDS:
        return False
    if _credit_label().match(text):
        return True
    if words <= 5 and _SLASHED.fullmatch(text):
        sides = [side.strip().lower() for side in text.split("/")]
        return any(side in phrase_set("agencies") or re.search(r"\.(?:com|de|net|org)$", side) for side in sides)
    return False


def without_furniture(blocks: list[Block]) -> list[Block]:
    """``blocks`` without teaser lines and calls to the reader (see the module's
    docstring); lead blocks and headings other than a teaser label stay, and so do the
    blocks after the last paragraph of prose (``layout.lines.paragraph_like``) that open
    as a footer line (``layout.json`` ``footer_starts``, "Czytaj też: …"): the text rules
    cut a page's tail from the first of them, with the tags and bios under it
    (``layout.body.furniture_tail``)."""
    out: list[Block] = []
    after_label = False  # the previous block dropped was a label alone
    last = next((i for i in range(len(blocks) - 1, -1, -1) if paragraph_like(blocks[i].text)), -1)
    for i, b in enumerate(blocks):
        if b.lead or (i > last and starts_with(b.text, phrase_set("footer_starts"))):
            out.append(b)
            after_label = False
            continue
        words = len(b.text.split())
        if after_label and words <= _TEASER_WORDS and b.links >= _LINKED:
            continue
        after_label = False
        kind = teaser_label(b.text) if words <= _TEASER_WORDS else None
        if kind is not None:
            after_label = kind == "alone"
            continue
        if not b.tag.startswith("h") and (reader_call(b.text, words) or photo_credit(b.text, words)):
            continue
        out.append(b)
    return out or blocks[:1]

"""An HTML page bounded before it is parsed: its size, its tags, its scripts' text.

``bound_html(text)`` cuts a decoded page before its ``MAX_HTML_TAGS``-th tag or after
``MAX_HTML_CHARS`` characters, not counting scripts and styles; a tag over 20,000
characters keeps only its name and a script or style over ``MAX_SCRIPT_CHARS`` is
emptied (``read.document.decode_document`` calls it for a page; each change gives a
warning).  The limits are in ``settings``.
"""

from __future__ import annotations

import re

from congo_digital.read.offsets import OffsetMap, tracked_sub
from congo_digital.settings import MAX_HTML_CHARS, MAX_HTML_TAGS, MAX_SCRIPT_CHARS

_OVERLONG_TAG = re.compile(r"<([A-Za-z][\w:-]{0,30})[^<>]{20000,}>")
# Whether ``_OVERLONG_TAG`` matches anywhere (its name part may match nothing, so the two
# match the same pages), found in one pass: the name's backtracking is left out.
_OVERLONG_ANY = re.compile(r"<[A-Za-z][^<>]{20000,}>")


_BLOCK = 10_000  # a run of 20,002 characters holds a whole block of this many, counted from 0


def _overlong_tags(text: str) -> list[int]:
    """Where ``_OVERLONG_ANY`` matches in ``text`` (the offsets of the tags' "<", ascending),
    told from the runs of ``text`` between two ">" (the pattern scans every tag; a page's
    inline data, a run of hundreds of thousands of characters, made it a millisecond a
    page): such a tag is the end of one run, from its last "<", which a letter follows, to
    the ">" that ends the run.  Only a run of 20,002 characters or more may hold one, and
    such a run holds a whole block of ``_BLOCK`` characters (from an offset that is a
    multiple of it) without a ">": the blocks are asked first (splitting the text at each
    ">" took a quarter of a millisecond a page), and only the runs round those without one
    are read.  ``_OVERLONG_TAG`` matches at the same places (its name part may match
    nothing), and nowhere else: a match cannot span a "<" or a ">"."""
    found: list[int] = []
    for start in range(0, len(text) - _BLOCK + 1, _BLOCK):
        if text.find(">", start, start + _BLOCK) >= 0:
            continue
        begin = text.rfind(">", 0, start) + 1  # the run round this block
        end = text.find(">", start + _BLOCK)
        if end < 0:
            break  # the last run, not closed by a ">" (and no run after it)
        if end - begin >= 20_002 and begin > start - _BLOCK:  # (a run is read once: from its first block)
            lt = text.rfind("<", begin, end)
            if lt >= 0 and end - lt - 2 >= 20_000 and text[lt + 1:lt + 2].isascii() and text[lt + 1].isalpha():
                found.append(lt)
    return found


def _without_overlong_tags(text: str, offsets: OffsetMap | None = None) -> str:
    """``_OVERLONG_TAG.sub(r"<\\1>", text)``: each tag of ``_overlong_tags`` cut to its name,
    the pattern matched only there (substituting over the whole page scanned every tag of
    it: seven milliseconds on a page of a megabyte); each cut logged in ``offsets``."""
    starts = _overlong_tags(text) if len(text) > 20_000 else []
    if not starts:
        return text
    out: list[str] = []
    pos = 0
    log = offsets.step() if offsets is not None else None
    for lt in starts:
        m = _OVERLONG_TAG.match(text, lt)
        if m is None:  # (not reached: ``_overlong_tags`` finds where it matches)
            continue
        out.append(text[pos:lt])
        out.append(f"<{m.group(1)}>")
        if log is not None:
            log.replace(lt, m.end(), len(out[-1]))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


_SCRIPT_BODY = re.compile(r"<(script|style)\b[^>]{0,2000}>(.*?)</\1\s*>", re.I | re.S)


def _drop_huge_scripts(text: str, offsets: OffsetMap | None = None) -> tuple[str, str | None]:
    """Empty every ``<script>``/``<style>`` whose content is over ``MAX_SCRIPT_CHARS``
    characters (its tags stay): no article's text is in one, and libxml2 cuts the page at a
    text over 10,000,000 bytes.  Returns the text and a warning, or ``None``; each script
    emptied is logged in ``offsets``."""
    dropped = 0

    def empty(m: re.Match[str]) -> str:
        nonlocal dropped
        if len(m.group(2)) <= MAX_SCRIPT_CHARS:
            return m.group(0)
        dropped += 1
        return m.group(0)[:m.start(2) - m.start()] + m.group(0)[m.end(2) - m.start():]

    text = tracked_sub(_SCRIPT_BODY, empty, text, offsets)
    if not dropped:
        return text, None
    blocks = "blocks" if dropped > 1 else "block"
    return text, f"{dropped} script or style {blocks} over {MAX_SCRIPT_CHARS:,} characters left out"


def _markup_cut(text: str) -> int:
    """Where the page is cut: before its ``MAX_HTML_TAGS``-th tag or after ``MAX_HTML_CHARS``
    characters, neither counted inside a ``<script>`` or ``<style>`` (a page's inline code
    does not push its article past the limit)."""
    if len(text) <= MAX_HTML_CHARS and text.count("<") <= MAX_HTML_TAGS:
        return len(text)  # (within both limits, scripts and styles counted: not cut)
    spans = [m.span(2) for m in _SCRIPT_BODY.finditer(text)]
    chars = tags = prev = 0
    for start, end in [*spans, (len(text), len(text))]:
        segment = start - prev
        lts = text.count("<", prev, start)
        if tags + lts > MAX_HTML_TAGS:
            lt = prev - 1
            for _ in range(MAX_HTML_TAGS - tags):
                lt = text.find("<", lt + 1, start)
            return min(lt, prev + max(0, MAX_HTML_CHARS - chars))
        if chars + segment > MAX_HTML_CHARS:
            return prev + MAX_HTML_CHARS - chars
        chars, tags, prev = chars + segment, tags + lts, end
    return len(text)


def bound_html(text: str, offsets: OffsetMap | None = None) -> tuple[str, list[str]]:
    """Cut an HTML page before its ``MAX_HTML_TAGS``-th tag or after ``MAX_HTML_CHARS``
    characters, not counting scripts and styles (``_markup_cut``); returns the text and
    its warnings.

    A tag over 20,000 characters keeps only its name: libxml2's time grows with the square
    of a tag's attribute count (40,000 attributes take about 18 s), and no article's text
    lives in attributes.  A script or style over ``MAX_SCRIPT_CHARS`` is emptied
    (``_drop_huge_scripts``).  Both are logged in ``offsets`` (``read.offsets``).
    """
    warnings = []
    text = _without_overlong_tags(text, offsets)
    if len(text) > MAX_SCRIPT_CHARS:
        text, dropped = _drop_huge_scripts(text, offsets)
        warnings += [dropped] if dropped else []
    cut = _markup_cut(text)
    if cut >= len(text):
        return text, warnings
    return text[:cut], [*warnings, f"page cut for analysis: only its first {cut:,} characters were read"]

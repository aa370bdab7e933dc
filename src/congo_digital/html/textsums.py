"""How much text each element of a page holds: ``para_text`` (for ``html.maintext``).

An element's text is its own and its descendants' (not its own tail), as
``" ".join(el.itertext())`` would give it; the figures are counted in one pass over the
tree, children first: reading each element's whole text instead costs depth x text (a
3 MB paragraph under 250 nested quotes took 18 s).
"""

from __future__ import annotations

from typing import Any

Sums = tuple[int, int, int, int, int]
"""An element's text, its descendants' included (not its own tail), as five figures:
characters of its words, its words, raw characters, text pieces (``itertext``'s strings),
characters of link text."""


def para_text(root: Any) -> dict[Any, tuple[int, int]]:
    """For each element under ``root``: (length of its text with white space collapsed,
    length of the text of the links in it), as ``" ".join(el.itertext())`` would give them.
    The tree may hold comments and processing instructions: their tails count, their own
    text does not (``html.parse_page`` leaves none)."""
    return text_sums(root, {})


_NO_SUMS: Sums = (0, 0, 0, 0, 0)
_NO_TEXT = (0, 0)
"""The ``Sums`` and ``para_text`` of an element without text (its tail aside)."""


def _piece(piece: str) -> Sums:
    """A comment's or a processing instruction's tail, as the sums of its parent's text."""
    words = piece.split()
    return len("".join(words)), len(words), len(piece), 1, 0


def text_sums(root: Any, sums: dict[Any, Sums], dirty: set[Any] | None = None,
              out: dict[Any, tuple[int, int]] | None = None) -> dict[Any, tuple[int, int]]:
    """``para_text`` of ``root``, each element's ``Sums`` kept in ``sums``.  Given ``dirty``
    (the elements whose text changed since ``sums`` and ``out`` were made: the ancestors of
    removed elements), only those under ``root`` are counted again (``_recount``); ``out`` is
    updated in place.  Else every element is counted, in reverse document order (the
    deepest first), from its own text and what its children gave it: each element gives
    its sums and its tail to its parent (one ``getparent`` an element, not an iterator
    over its children); an element without text, its own or below it, is told apart first
    (its figures are all 0) and gives only its tail.  An element's tag is read only to find
    the links (``iter("a")``): lxml makes a new string of it at each reading."""
    import lxml.etree

    out = {} if out is None else out
    if dirty is not None:
        return _recount(root, sums, dirty, out)
    order = list(root.iter(lxml.etree.Element))
    order.reverse()
    links = set(root.iter("a"))
    given: dict[Any, Sums] = {}  # element -> what its children gave it so far
    for node in root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction, lxml.etree.Entity):
        up = node.getparent()
        if node.tail and up is not None:
            got, add = given.get(up), _piece(node.tail)
            given[up] = add if got is None else (got[0] + add[0], got[1] + add[1], got[2] + add[2],
                                                 got[3] + add[3], got[4])
    pop, get = given.pop, given.get
    for el in order:
        piece = el.text
        got = pop(el, None)
        if piece:
            chars = count = 0
            if not piece.isspace():
                words = piece.split()
                chars, count = len("".join(words)), len(words)  # (a join in C: no len call a word)
            if got is None:
                raw, pieces, linked = len(piece), 1, 0
            else:
                chars += got[0]
                count += got[1]
                raw, pieces, linked = got[2] + len(piece), got[3] + 1, got[4]
        elif got is not None:
            chars, count, raw, pieces, linked = got
        else:  # no text of its own nor below it: its tail alone is given to its parent
            out[el], sums[el] = _NO_TEXT, _NO_SUMS
            if el is root:
                break
            piece = el.tail
            if piece:
                chars = count = 0
                if not piece.isspace():
                    words = piece.split()
                    chars, count = len("".join(words)), len(words)
                up = el.getparent()
                got = get(up)
                given[up] = (chars, count, len(piece), 1, 0) if got is None else (
                    got[0] + chars, got[1] + count, got[2] + len(piece), got[3] + 1, got[4])
            continue
        # (here the element has text, its own or below it: ``raw`` and ``pieces`` are 1 or more)
        if el in links:
            linked += raw + pieces - 1
        out[el] = (chars + count - 1 if count else chars, linked)
        sums[el] = (chars, count, raw, pieces, linked)  # (a tuple: made faster than a list, and left by the collector)
        if el is root:
            break  # (the last: its tail and parent are not ``root``'s text)
        piece = el.tail
        if piece:
            raw += len(piece)
            pieces += 1
            if not piece.isspace():
                words = piece.split()
                chars += len("".join(words))
                count += len(words)
        up = el.getparent()
        got = get(up)
        given[up] = (chars, count, raw, pieces, linked) if got is None else (
            got[0] + chars, got[1] + count, got[2] + raw, got[3] + pieces, got[4] + linked)
    return out


def _recount(root: Any, sums: dict[Any, Sums], dirty: set[Any],
             out: dict[Any, tuple[int, int]]) -> dict[Any, tuple[int, int]]:
    """``text_sums`` given ``dirty``: the dirty elements under ``root``, the deepest first,
    each from its own text, its children's tails and their sums (from ``sums``: a child that
    is not dirty is unchanged)."""
    depth: dict[Any, int] = {}  # element -> its number of ancestors
    for el in dirty:  # (``dirty`` holds the ancestors of its elements: one ``getparent`` each)
        chain = []
        cur = el
        while cur is not None and cur not in depth:
            chain.append(cur)
            cur = cur.getparent()
        level = depth[cur] if cur is not None else -1
        for up in reversed(chain):
            level += 1
            depth[up] = level
    limit = depth.get(root, 0)  # (the ancestors of ``root`` stay as they were)
    order = sorted((el for el in dirty if depth[el] >= limit), key=depth.__getitem__, reverse=True)
    links = {el for el in order if el.tag == "a"}
    counted = sums.get
    for el in order:
        piece = el.text
        chars = count = raw = pieces = linked = 0
        if piece:
            raw, pieces = len(piece), 1
            if not piece.isspace():
                words = piece.split()
                chars, count = len("".join(words)), len(words)
        for child in el:
            frame = counted(child)  # (``None`` for a comment, whose tail counts all the same)
            if frame is not None and frame[2]:  # (no raw text: no words, pieces nor links either)
                chars += frame[0]
                count += frame[1]
                raw += frame[2]
                pieces += frame[3]
                linked += frame[4]
            piece = child.tail
            if piece:
                raw += len(piece)
                pieces += 1
                if not piece.isspace():
                    words = piece.split()
                    chars += len("".join(words))
                    count += len(words)
        if el in links:
            linked += raw + (pieces - 1 if pieces else 0)
        out[el] = (chars + count - 1 if count else chars, linked)
        sums[el] = (chars, count, raw, pieces, linked)
    return out

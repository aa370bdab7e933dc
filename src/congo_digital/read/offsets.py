"""Offsets of the read text mapped back to the input's own text.

``read.document.decode_document`` changes the decoded text before anything reads it: CRLF
to LF, a paragraph separator to a blank line, controls, zero-width characters and soft
hyphens out, mojibake repaired, NFC.  The record's evidence offsets must index the text the
user has (the input decoded, without a byte-order mark: ``Document.raw``), so every step that
changes a length logs where (``EditLog``), and ``OffsetMap.to_raw`` walks the steps back.

An edit is ``(new_start, new_end, old_start, old_end)``: the step put ``new_end - new_start``
characters where ``old_end - old_start`` stood.  Edits of one step are logged in ascending
order and never overlap; an edit of equal lengths is not logged (offsets across it are the
same).  A start offset just after a deletion maps past the deleted characters, an end offset
just before one maps before them, so a span never takes in what the reading removed at its ends.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

Edit = tuple[int, int, int, int]


class EditLog:
    """The edits of one step, logged in ascending order of the old text (``replaced``)."""

    __slots__ = ("new_starts", "edits", "delta", "pending")

    def __init__(self) -> None:
        self.edits: list[Edit] = []
        self.new_starts: list[int] = []
        self.delta = 0  # new offset minus old offset after the last edit
        self.pending: Callable[[], list[Edit]] | None = None

    def later(self, edits: Callable[[], list[Edit]]) -> None:
        """Take this step's edits from ``edits()`` when first asked (``ready``), not now: a
        step with an edit a line (CRLF) costs its list only for a record that maps offsets."""
        self.pending = edits

    def ready(self) -> EditLog:
        """This log, its pending edits (``later``) made."""
        if self.pending is not None:
            self.edits, self.pending = self.pending(), None
            self.new_starts = [edit[0] for edit in self.edits]
        return self

    def replace(self, old_start: int, old_end: int, new_length: int) -> None:
        """Log that ``new_length`` characters replaced ``[old_start, old_end)`` of the old text
        (calls in ascending order, not overlapping).  Touching edits are merged into one."""
        old_length = old_end - old_start
        if new_length == old_length:
            return
        new_start, new_end = old_start + self.delta, old_start + self.delta + new_length
        if self.edits and self.edits[-1][3] == old_start:  # touches the last one: one edit
            new_start, _, old_start, _ = self.edits.pop()
            self.new_starts.pop()
        self.edits.append((new_start, new_end, old_start, old_end))
        self.new_starts.append(new_start)
        self.delta += new_length - old_length

    def replaced(self, match: re.Match[str], by: str) -> str:
        """``by``, logged as the replacement of ``match`` (for ``re.sub``'s callback)."""
        self.replace(match.start(), match.end(), len(by))
        return by

    def back(self, pos: int, end: bool) -> int:
        """``pos`` of the new text as an offset of the old one (``end``: as a span's end)."""
        i = (bisect_left if end else bisect_right)(self.new_starts, pos) - 1
        if i < 0:
            return pos
        ns, ne, os, oe = self.edits[i]
        if pos >= ne:
            return oe + (pos - ne)
        return os + min(pos - ns, oe - os)  # inside a replacement


class OffsetMap:
    """The steps that changed a text, in order (``step``); ``to_raw`` maps offsets back."""

    __slots__ = ("steps",)

    def __init__(self) -> None:
        self.steps: list[EditLog] = []

    def step(self) -> EditLog:
        """A new step's log, kept (a step without an edit costs nothing in ``to_raw``)."""
        log = EditLog()
        self.steps.append(log)
        return log

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The span ``[start, end)`` of the last step's text as a span of the first's."""
        for log in reversed(self.steps):
            if log.ready().edits:
                start, end = log.back(start, False), log.back(end, True)
        return start, max(start, end)

    def changed(self) -> bool:
        """Whether some step changed a length (a pending step is taken to)."""
        return any(log.edits or log.pending is not None for log in self.steps)


def tracked_sub(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str,
                offsets: OffsetMap | None) -> str:
    """``pattern.sub(repl, text)`` (``repl`` a string without backreferences, or a callback),
    each replacement logged as a new step of ``offsets`` (none when ``offsets`` is ``None``)."""
    if offsets is None:
        return pattern.sub(repl, text)
    log = offsets.step()
    if callable(repl):
        return pattern.sub(lambda m: log.replaced(m, repl(m)), text)
    return pattern.sub(lambda m: log.replaced(m, repl), text)

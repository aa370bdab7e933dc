"""py3langid's model read with numpy, for a process that identifies many texts.

``fields.langid.Identifier`` reads a text a byte at a time in Python and sums its features'
weights as integers: no import beyond the standard library, so a single parse starts fast.
A process that goes on to identify more texts (a batch, a WARC file) reads them here
instead, with the same features and the same scores to the last bit, in about 40% of the
instructions (1.12 M against 2.75 M for the first 500 characters of a BBC text, callgrind,
over 300 of them); numpy's import (about 0.05-0.1 s) pays for itself over some hundreds
of texts.  The time goes mostly in random reads of the model's two large tables (the
transitions, 39 MB, and the weights, 42 MB), so the method reads them as few times as it can:

* **Features.**  py3langid's automaton is langid.py's Aho-Corasick scanner: its state after
  a byte is the longest suffix of the bytes read so far that begins one of the model's
  n-grams.  That suffix is never longer than the automaton's ``depth`` (the longest such
  beginning, 6 bytes in py3langid 0.4's model), so the state after byte ``i`` is the state
  reached from the root by bytes ``i - depth + 1 .. i`` alone: every position's state is
  found at once, in ``depth`` steps over the whole text (``automaton_depth`` measures the
  depth when the model is unpacked).  The first two of these steps are one read of a table
  of the 65,536 pairs of bytes (``pair``: the row of the state reached from the root by
  them, 0.5 MB, built when the class is), so each position's walk reads the transitions
  ``depth - 2`` times rather than ``depth``.  The first positions, which have fewer bytes
  before them, are walked from the root over a byte that leaves the root where it is
  (py3langid's model has 62, such as the control characters; ``Vectorised.pad``): the text
  is read after ``depth - 1`` of them, so every position has ``depth`` bytes behind it.
* **Scores.**  The features' counts; the weights of the features of one count summed as
  integers, and these sums added to the prior times ``-log1p(count) / SCALE`` in the
  order the counts first occur (through the features in the order they first occur), as
  ``Identifier.scores`` adds them: the same float operations.  Every weight is under
  ``2**13`` (``unpack_model`` checks it), so the low two bytes of its 24-bit field hold it
  whole and are read in place, and a count's sum, over at most the model's 100,053
  features, is under ``2**32``: it is summed as uint32 (int64 for a model with more than
  ``2**19`` features), which costs less than int64.  Exact either way: the scores are the
  same to the last bit (``tests/unit/test_langid_vector.py``).

numpy is py3langid's own dependency (its model ships as a numpy archive).
"""

from __future__ import annotations

import math
from typing import Any, Protocol


class Model(Protocol):
    """What ``Vectorised`` reads of ``fields.langid.Identifier``: its files as arrays of
    bytes (``memoryview``), its languages, their prior and the automaton's depth."""

    nextmove: memoryview
    rowbase: memoryview
    output: memoryview
    weights: memoryview
    classes: list[str]
    prior: list[float]
    depth: int | None


def automaton_depth(nextmove: Any, rowbase: Any) -> int:
    """The depth of the automaton whose transitions are ``nextmove`` (uint32, a state's row
    of 256 targets starting at ``rowbase[state]``) from the root, state 0: the most steps a
    breadth-first walk from the root takes to reach a state, which in an Aho-Corasick
    automaton is the length of the longest n-gram beginning a state stands for.  Imports
    numpy; ``nextmove`` and ``rowbase`` are numpy arrays."""
    import numpy as np

    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier = np.zeros(1, dtype=np.int64)
    depth = -1
    while len(frontier):
        depth += 1
        targets = np.unique(nextmove[(rowbase[frontier][:, None] + np.arange(256, dtype=np.uint32)).ravel()])
        frontier = targets[~seen[targets]]
        seen[frontier] = True
    return depth


class Vectorised:
    """``identifier``'s model (``fields.langid.Identifier``, its files as read there), whose
    weights are whole numbers of ``1 / scale``, scored with numpy.  Raises ``ImportError``
    without numpy and ``ValueError`` when the unpacked model does not give the automaton's
    depth (a folder unpacked by an earlier version) or has no byte that leaves its root
    where it is."""

    def __init__(self, identifier: Model, scale: int) -> None:
        if not identifier.depth:  # (before numpy's import, which would be for nothing)
            raise ValueError("the unpacked model gives no automaton depth")
        import numpy as np

        self.np = np
        self.depth: int = identifier.depth
        self.scale = scale
        self.nextmove = np.frombuffer(identifier.nextmove, dtype=np.uint32)
        self.rowbase = np.frombuffer(identifier.rowbase, dtype=np.uint32).astype(np.intp)  # as an index: no cast a read
        self.width = max(self.depth, 2)  # the bytes walked from the root to a position's state
        stay = np.flatnonzero(self.nextmove[self.rowbase[0]:self.rowbase[0] + 256] == 0)
        if not len(stay):
            raise ValueError("no byte leaves the automaton's root where it is")
        self.pad = bytes([int(stay[-1])]) * (self.width - 1)
        one = self.nextmove[self.rowbase[0] + np.arange(256)]  # the state after a byte, from the root
        two = self.nextmove[(self.rowbase[one][:, None] + np.arange(256)).ravel()]  # after bytes b, c: at b * 256 + c
        self.pair = two.astype(np.intp) if self.width == 2 else self.rowbase[two]  # its row (the state, depth 2)
        self.output = np.frombuffer(identifier.output, dtype=np.int32)
        self.field = np.dtype([("weight", "<u2"), ("high", "u1")])  # a 24-bit field; "high" is always 0
        width = self.field.itemsize * len(identifier.classes)
        self.rows = np.frombuffer(identifier.weights, dtype=np.uint8).reshape(-1, width)  # a feature's row
        self.prior = np.array(identifier.prior, dtype=np.float64)
        self.sum_type = np.uint32 if len(self.rows) << 13 < 1 << 32 else np.int64  # a count's sum, exactly

    def scores(self, data: bytes) -> list[float] | None:
        """The naive Bayes log scores per language of ``data`` (UTF-8 bytes), as
        ``Identifier.scores(Identifier.features(data))`` gives them, or ``None`` when
        ``data`` has no feature."""
        np = self.np
        size, width, nextmove, rowbase = len(data), self.width, self.nextmove, self.rowbase
        text = np.frombuffer(self.pad + data, dtype=np.uint8).astype(np.intp)  # byte i at i + width - 1
        at = self.pair[(text[:size] << 8) | text[1:size + 1]]  # bytes i - width + 1 and i - width + 2 of each i
        for back in range(width - 3, -1, -1):  # byte i - back: the next row, then (back 0) the state
            at += text[width - 1 - back:width - 1 - back + size]
            at = nextmove[at] if not back else rowbase[nextmove[at]]
        found = self.output[at]
        found = found[found >= 0]
        if not len(found):
            return None
        features, first, counts = np.unique(found, return_index=True, return_counts=True)
        by_count = np.argsort(counts, kind="stable")  # the features of one count side by side
        values, starts = np.unique(counts[by_count], return_index=True)
        rows = self.rows[features[by_count]].view(self.field)["weight"]  # whole rows gathered, read in place
        sums = np.add.reduceat(rows, starts, axis=0, dtype=self.sum_type)
        seen = np.minimum.reduceat(first[by_count], starts)  # where each count's first feature first occurs
        total = self.prior
        for group in np.argsort(seen).tolist():
            total = total + (-math.log1p(int(values[group])) / self.scale) * sums[group]
        return total.tolist()

"""py3langid's model read with numpy, for a process that identifies many texts.

``fields.langid.Identifier`` reads a text a byte at a time in Python and sums its features'
weights as integers: no import beyond the standard library, so a single parse starts fast.
A process that goes on to identify more texts (a batch, a WARC file) reads them here
instead, with the same features and the same scores to the last bit, in about 40% of the
instructions (1.12 M against 2.75 M for the first 500 characters of a BBC text, callgrind,
over 300 of them); numpy's import (about 0.05-0.1 s) pays for itself over some hundreds
of texts:

* **Features.**  py3langid's automaton is langid.py's Aho-Corasick scanner: its state after
  a byte is the longest suffix of the bytes read so far that begins one of the model's
  n-grams.  That suffix is never longer than the automaton's ``depth`` (the longest such
  beginning, 6 bytes in py3langid 0.4's model), so the state after byte ``i`` is the state
  reached from the root by bytes ``i - depth + 1 .. i`` alone: every position's state is
  found at once, in ``depth`` steps over the whole text (``automaton_depth`` measures the
  depth when the model is unpacked).
* **Scores.**  The features' counts; the weights of the features of one count summed as
  integers (int64: exact, as the Python sums are), and these sums added to the prior
  times ``-log1p(count) / SCALE`` in the order the counts first occur (through the
  features in the order they first occur), as ``Identifier.scores`` adds them: the same
  float operations.  Every weight is under ``2**13`` (``unpack_model`` checks it), so the
  low two bytes of its 24-bit field hold it whole and are read in place.

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
    depth (a folder unpacked by an earlier version)."""

    def __init__(self, identifier: Model, scale: int) -> None:
        if not identifier.depth:  # (before numpy's import, which would be for nothing)
            raise ValueError("the unpacked model gives no automaton depth")
        import numpy as np

        self.np = np
        self.depth: int = identifier.depth
        self.scale = scale
        self.nextmove = np.frombuffer(identifier.nextmove, dtype=np.uint32)
        self.rowbase = np.frombuffer(identifier.rowbase, dtype=np.uint32)
        self.output = np.frombuffer(identifier.output, dtype=np.int32)
        self.field = np.dtype([("weight", "<u2"), ("high", "u1")])  # a 24-bit field; "high" is always 0
        width = self.field.itemsize * len(identifier.classes)
        self.rows = np.frombuffer(identifier.weights, dtype=np.uint8).reshape(-1, width)  # a feature's row
        self.prior = np.array(identifier.prior, dtype=np.float64)

    def scores(self, data: bytes) -> list[float] | None:
        """The naive Bayes log scores per language of ``data`` (UTF-8 bytes), as
        ``Identifier.scores(Identifier.features(data))`` gives them, or ``None`` when
        ``data`` has no feature."""
        np = self.np
        text = np.frombuffer(data, dtype=np.uint8).astype(np.uint32)
        size = len(text)
        states = np.zeros(size, dtype=np.uint32)
        for back in range(min(self.depth, size) - 1, -1, -1):  # byte i - back of each position i
            states[back:] = self.nextmove[self.rowbase[states[back:]] + text[:size - back]]
        found = self.output[states]
        found = found[found >= 0]
        if not len(found):
            return None
        features, first, counts = np.unique(found, return_index=True, return_counts=True)
        by_count = np.argsort(counts, kind="stable")  # the features of one count side by side
        values, starts = np.unique(counts[by_count], return_index=True)
        rows = self.rows[features[by_count]].view(self.field)["weight"]  # whole rows gathered, read in place
        sums = np.add.reduceat(rows, starts, axis=0, dtype=np.int64)
        seen = np.minimum.reduceat(first[by_count], starts)  # where each count's first feature first occurs
        total = self.prior
        for group in np.argsort(seen).tolist():
            total = total + (-math.log1p(int(values[group])) / self.scale) * sums[group]
        return total.tolist()

"""py3langid's model, read and scored without numpy (the first texts of a process).

py3langid (https://github.com/adbar/py3langid, BSD-3-Clause) ships its model inside its
wheel as an xz-compressed ``.npz``: a byte automaton whose states emit n-gram features, and
naive Bayes weights per feature and language.  Importing numpy and py3langid costs a
command-line run more time (about 0.07 s) than scoring one document, so the model is
unpacked once (with numpy, by ``unpack_model``) into the per-user cache in plain binary
files, and each process maps them and scores with the standard library:

* ``nextmove.bin`` (uint32), ``rowbase.bin`` (uint32, each state's row of ``nextmove``
  times 256) and ``output.bin`` (int32, the feature a state emits or -1): the automaton;
* ``weights.bin``: per feature, its 142 weights as little-endian 24-bit counts of ``1 / SCALE``
  (the wheel's weights are float16 between -16 and -2, so ``-weight * SCALE`` is an exact
  integer under 2**13), which lets a document's features be summed as Python integers,
  exactly (a 24-bit field holds the sum of ``_BATCH`` rows; 32-bit fields made each sum a
  third longer; a little-endian row is read by ``int.from_bytes`` in about 0.9 k fewer
  instructions than a big-endian one, of about 9 k);
* ``model.json``: the languages, their prior (``pc``), the scale and the automaton's
  depth (``fields.langid_vector.automaton_depth``);
* ``check.txt``, written last: each file's size and modification time (``stamp``).  A
  file changed afterwards (overwritten, truncated, bytes flipped) no longer matches, and
  ``Identifier`` refuses the folder (the caller unpacks it again).  This costs five
  ``stat`` calls where a checksum of the 82 MB of mapped files would cost tens of
  milliseconds at every start.

The probabilities are py3langid's (``norm_probs``: the naive Bayes scores over the square
root of the byte length, through a softmax, aliased labels folded into their first), but
summed exactly and in double precision where py3langid sums in single precision; they agree
to about 1e-4 (``tests/unit/test_langid.py`` checks the labels against py3langid's).

A process that goes on identifying texts past its first ``LANGID_NUMPY_AFTER`` reads the
rest with numpy (``fields.langid_vector``), with the same scores to the last bit.
"""

from __future__ import annotations

import json
import math
import mmap
import struct
import sys
import unicodedata
from collections import Counter
from itertools import chain, repeat
from operator import add, mul, sub, truediv
from pathlib import Path
from typing import TYPE_CHECKING

from congo_digital.settings import LANGID_NUMPY_AFTER

if TYPE_CHECKING:
    from congo_digital.fields.langid_vector import Vectorised

SCALE = 512
"""``weight * SCALE`` is an integer for every weight of the model (float16 in [-16, -2))."""

MAX_ROWS = 30_000
"""At most this many features' weights are kept as integers between documents (about 14 MB)."""

FIELD = 3
"""Bytes of one weight in ``weights.bin`` (a little-endian unsigned field)."""

_BATCH = 1 << 11
"""At most this many rows are summed as one integer: each field stays under 2**24, since a
weight is under 2**13 / SCALE (checked by ``unpack_model``)."""

_LINES_KEPT = 512
"""Lines of one call kept for the next (``Identifier.features``)."""


FILES = ("model.json", "nextmove.bin", "rowbase.bin", "output.bin", "weights.bin")
"""The files of an unpacked model (``check.txt`` holds their ``stamp``)."""

CHECK = "check.txt"

WEIGHTS = f"little-endian-{8 * FIELD}"
"""The form of ``weights.bin`` (``model.json``'s ``weights``; part of the cache key)."""

FORMAT = 2
"""The form of the unpacked folder (part of the cache key); 2: ``model.json`` gives the
automaton's ``depth`` (``fields.langid_vector``)."""


def stamp(folder: Path) -> str:
    """One line per file of ``FILES`` in ``folder``: ``NAME SIZE MTIME_NS``.  Raises
    ``OSError`` when one is missing."""
    lines = []
    for name in FILES:
        st = (folder / name).stat()
        lines.append(f"{name} {st.st_size} {st.st_mtime_ns}")
    return "\n".join(lines) + "\n"


def unpack_model(folder: Path, model_file: Path) -> None:
    """Write py3langid's model ``model_file`` (its ``.npz.xz``) to the new folder ``folder``
    in the form ``Identifier`` maps.  Imports numpy.  Raises ``ValueError`` when a weight is
    not a whole number of ``1 / SCALE`` (a model this reader cannot score exactly)."""
    import io
    import lzma

    import numpy as np

    from congo_digital.fields.langid_vector import automaton_depth

    with lzma.open(model_file) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
        ptc = data["ptc"].astype(np.float64)
        scaled = -ptc * SCALE
        if not np.array_equal(scaled, np.rint(scaled)) or scaled.min() < 0 or scaled.max() * _BATCH >= 2**(8 * FIELD):
            raise ValueError("py3langid's weights are not whole numbers of 1/512 in (-16, 0]")
        folder.mkdir()
        nextmove, rowbase = data["nextmove"].astype(np.uint32), data["nextmove_row"].astype(np.uint32) << 8
        nextmove.astype("=u4").tofile(folder / "nextmove.bin")
        rowbase.astype("=u4").tofile(folder / "rowbase.bin")
        data["out_feat"].astype("=i4").tofile(folder / "output.bin")
        wide = scaled.astype("<u4").view(np.uint8).reshape(*scaled.shape, 4)  # each weight's four bytes
        np.ascontiguousarray(wide[..., :FIELD]).tofile(folder / "weights.bin")
        depth = automaton_depth(nextmove, rowbase)
        meta = {"classes": data["classes"].tolist(), "pc": data["pc"].astype(np.float64).tolist(), "scale": SCALE,
                "byteorder": sys.byteorder, "weights": WEIGHTS, "depth": depth}
    (folder / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / CHECK).write_text(stamp(folder), encoding="utf-8")


def _view(path: Path, code: str, mapped: bool) -> memoryview:
    """The file at ``path`` as an array of type ``code``: mapped, or read into memory."""
    if not mapped:
        return memoryview(path.read_bytes()).cast(code)
    with open(path, "rb") as f:
        return memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)).cast(code)


_from_bytes = int.from_bytes


class _Rows(dict[int, int]):
    """The weights of a feature as one little-endian integer (language ``i``'s weight in
    bits ``24 * i`` to ``24 * i + 23``), read on first use and kept for the next documents
    (at most ``MAX_ROWS`` rows, about 450 bytes each).  ``weights`` is the mapped file (or
    its bytes): its slice is a ``bytes`` at once, where a memoryview's slice is an object
    more and is copied by ``int.from_bytes`` (about 0.7 k instructions a row more)."""

    def __init__(self, weights: mmap.mmap | bytes, width: int) -> None:
        super().__init__()
        self.weights = weights
        self.width = width

    def __missing__(self, feature: int) -> int:
        start = feature * self.width
        value = _from_bytes(self.weights[start:start + self.width], "little")
        if len(self) < MAX_ROWS:
            self[feature] = value
        return value


class Identifier:
    """py3langid's classifier (with ``norm_probs=True``) over the model in ``folder``
    (``unpack_model``), its files mapped (``mapped``) or read into memory.  Raises
    ``OSError``, ``ValueError`` or ``KeyError`` when the folder is incomplete, was changed
    since it was written (``check.txt``) or was written for another byte order."""

    def __init__(self, folder: Path, mapped: bool = True) -> None:
        if (folder / CHECK).read_text(encoding="utf-8") != stamp(folder):
            raise ValueError("the unpacked model was changed since it was written")
        meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        if meta["byteorder"] != sys.byteorder or meta["scale"] != SCALE or meta.get("weights") != WEIGHTS:
            raise ValueError("the unpacked model was written for another machine or scale")
        self.folder = folder
        self.classes: list[str] = meta["classes"]
        self.prior: list[float] = meta["pc"]
        self.depth: int | None = meta.get("depth")
        self.texts = 0  # texts classified by this process
        self.vector: Vectorised | None = None
        self.nextmove = _view(folder / "nextmove.bin", "I", mapped)
        self.rowbase = _view(folder / "rowbase.bin", "I", mapped)
        self.output = _view(folder / "output.bin", "i", mapped)
        self.weights = _view(folder / "weights.bin", "B", mapped)
        self.width = FIELD * len(self.classes)
        self.rows = _Rows(self.weights.obj, self.width)
        self._lines: dict[tuple[int, bytes], tuple[int, list[int]]] = {}
        self._sums: tuple[Counter[int], dict[int, int]] = (Counter(), {})
        self._total: tuple[tuple[int, ...], list[float]] = ((), self.prior)  # the last sums' count order, scores
        self._reused = False
        self.unpack = struct.Struct(f"<{len(self.classes)}I").unpack
        first: dict[str, int] = {}
        self.aliases: list[tuple[int, int]] = []  # (first column, a later column of the same label)
        for i, label in enumerate(self.classes):
            if first.setdefault(label, i) != i:
                self.aliases.append((first[label], i))
        if len(self.output) != len(self.rowbase) or len(self.weights) % self.width:
            raise ValueError("the unpacked model's files do not fit together")

    def features(self, data: bytes) -> Counter[int]:
        """The model's features in ``data`` (UTF-8 bytes), with their counts (in the order
        they first occur).  The bytes are read line by line (a line's text, then its
        newline): a line read by the previous call from the same automaton state gives the
        same features and end state, so they are taken from that call (the pipeline's two
        detections of one document read mostly the same lines)."""
        nextmove, rowbase, output = self.nextmove, self.rowbase, self.output
        known = self._lines  # the previous call's lines: one snapshot, replaced whole
        lines: dict[tuple[int, bytes], tuple[int, list[int]]] = {}
        parts: list[list[int]] = []
        state = reused = 0
        for k, line in enumerate(chain.from_iterable(zip(repeat(b"\n"), data.split(b"\n")))):
            if not k or not line:  # the newline before the first line; an empty line
                continue
            key = (state, line)
            hit = known.get(key) or lines.get(key)
            if hit is not None:
                reused += len(line)
            else:
                begin = state
                found: list[int] = []
                append = found.append
                for byte in line:
                    state = nextmove[rowbase[state] + byte]
                    append(output[state])
                hit = (state, found)
                if len(lines) < _LINES_KEPT:
                    lines[(begin, line)] = hit
            state = hit[0]
            parts.append(hit[1])
        self._lines = lines
        self._reused = 2 * reused >= len(data)  # whether ``scores`` may correct the previous call's sums
        counts = Counter(chain.from_iterable(parts))
        counts.pop(-1, None)  # states that emit no feature
        return counts

    def scores(self, counts: Counter[int]) -> list[float]:
        """The naive Bayes log scores per language: the prior plus, over the features,
        ``log1p(count)`` times the feature's weight.  The rows of the features of one count
        are summed exactly, each row read as one little-endian integer (its fields do not carry
        into each other: at most ``_BATCH`` rows a sum); the sums of the previous call are
        corrected by the features whose count differs (an exact integer sum either way),
        and the counts' groups are added in the order they first occur, so the scores are
        the same to the last bit whichever way a group's sum was found.  The same counts as
        the previous call's, their groups in the same order, take its scores (the pipeline's
        second detection of a text reads the first's features, at another length)."""
        rows = self.rows
        last_counts, last_sums = self._sums  # the previous call's: one snapshot, replaced whole
        if len(counts) > _BATCH:
            return self._scores_batched(counts)
        changed = last_counts.items() ^ counts.items() if self._reused else None
        order = tuple(dict.fromkeys(counts.values()))
        if changed is not None and not changed and order == self._total[0]:
            self._sums = (counts, last_sums)  # the same counts, their groups in the same order: the same scores
            return list(self._total[1])
        if changed is None or len(changed) > len(counts):
            by_count: dict[int, list[int]] = {}
            for feature, count in counts.items():
                by_count.setdefault(count, []).append(feature)
            sums = {count: sum(map(rows.__getitem__, features)) for count, features in by_count.items()}
        else:
            sums = dict(last_sums)
            for feature, count in changed:
                if last_counts.get(feature) == count:  # the previous call's count: take it out
                    sums[count] -= rows[feature]
                else:
                    sums[count] = sums.get(count, 0) + rows[feature]
        self._sums = (counts, sums)
        total = self.prior
        for count in order:
            factor = -math.log1p(count) / SCALE
            fields = self._fields(sums[count])
            total = list(map(add, total, map(mul, repeat(factor), fields)))  # float * int: float_mul at once
        self._total = (order, total)
        return list(total)

    def _fields(self, value: int) -> tuple[int, ...]:
        """The fields of ``value`` (a sum of rows, ``FIELD`` bytes a language), as integers."""
        raw = value.to_bytes(self.width, "little")
        wide = bytearray(4 * len(self.classes))  # each field widened to the four bytes ``unpack`` reads
        for k in range(FIELD):
            wide[k::4] = raw[k::FIELD]
        return self.unpack(wide)

    def _scores_batched(self, counts: Counter[int]) -> list[float]:
        """``scores`` of a text with more than ``_BATCH`` features: a group's rows summed
        ``_BATCH`` at a time, these sums' fields added as integers, so the scores are those
        of one sum."""
        by_count: dict[int, list[int]] = {}
        for feature, count in counts.items():
            by_count.setdefault(count, []).append(feature)
        rows = self.rows
        total = self.prior
        for count, features in by_count.items():
            factor = -math.log1p(count) / SCALE
            fields: list[int] | tuple[int, ...] = [0] * len(self.classes)
            for at in range(0, len(features), _BATCH):
                fields = list(map(add, fields, self._fields(sum(map(rows.__getitem__, features[at:at + _BATCH])))))
            total = list(map(add, total, map(mul, repeat(factor), fields)))  # float * int: float_mul at once
        return total

    def classify(self, text: str) -> tuple[str, float]:
        """``(label, probability)``: the most probable of the model's languages for
        ``text`` and its probability, normalised over all of them (py3langid's
        ``classify`` with ``norm_probs=True``).  From the ``LANGID_NUMPY_AFTER``-th text of
        the process on, its scores come from numpy (``vectorised``) when it can be used:
        the same scores."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")
        self.texts += 1
        if self.texts == LANGID_NUMPY_AFTER:
            self.vector = vectorised(self)
            if self.vector is not None:  # the standard-library reading's kept rows and lines are read no more
                self.rows.clear()
                self._lines = {}
        if self.vector is not None:
            scores = self.vector.scores(data)
        else:
            counts = self.features(data)
            scores = self.scores(counts) if counts else None
        if scores is not None:  # each step over the languages in C (``map``), in the same float operations
            raw = list(map(mul, scores, repeat(1.0 / math.sqrt(len(data) or 1))))
            probs = list(map(math.exp, map(sub, raw, repeat(max(raw)))))
            probs = list(map(truediv, probs, repeat(sum(probs))))
        else:
            probs = [1.0 / len(self.classes)] * len(self.classes)
        for i, j in self.aliases:
            probs[i] += probs[j]
            probs[j] = 0.0
        best = max(probs)
        return self.classes[probs.index(best)], best  # the first of the most probable


def vectorised(identifier: Identifier) -> Vectorised | None:
    """``identifier``'s model scored with numpy (``fields.langid_vector``), or ``None`` when
    the unpacked model gives no automaton depth (then numpy is not imported) or numpy cannot
    be imported."""
    try:
        from congo_digital.fields.langid_vector import Vectorised

        return Vectorised(identifier, SCALE)
    except (ImportError, ValueError):
        return None


def open_identifier(folder: Path, mapped: bool = True) -> Identifier | None:
    """``Identifier(folder, mapped)``, or ``None`` when the folder cannot be read."""
    try:
        return Identifier(folder, mapped)
    except (OSError, ValueError, KeyError, TypeError):
        return None

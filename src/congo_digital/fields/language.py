"""The language: py3langid on the text, as a BCP 47 tag, and the decision against the page's ``lang``.

py3langid (https://github.com/adbar/py3langid, BSD-3-Clause) is Adrien Barbaresi's fork of
Marco Lui's langid.py, a naive Bayes classifier over byte n-grams for 140 languages whose
model ships inside its wheel.
"""

from __future__ import annotations

import io
import json
import lzma
import re
from functools import cache
from pathlib import Path
from typing import Any

from congo_digital.cache import cached_path, stamp_key
from congo_digital.model import Candidate
from congo_digital.settings import LANGUAGE_SAMPLE, LANGUAGE_WINDOW, LANGUAGE_WINDOWS

DETECTED = "text:py3langid"
"""The evidence source of a language read from the text (``detect_language``)."""

MIN_CONFIDENCE = 0.35
"""py3langid's probability (normalised over its 140 languages) under which a detection is
unreliable and ``detect_language`` returns ``None``.  Calibrated on 12,474 snippets of 10 to
320 characters cut from the texts of the five evaluation runs (authored, real HTML, real
text, understanding, 150 BBC items): at 0.35 it answers as often as CLD2's own reliability
rule did (82.0% of the snippets against 81.5%) and is wrong on half as many (167 against
348); an empty or one-character text scores 0.014."""

_CHINESE = ("zh", "yue", "wuu")
"""py3langid's labels written in Han characters, which take a script subtag when it can be told."""


_MODEL_ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")
"""The arrays of py3langid's model, each kept as a ``.npy`` file in the cache folder;
``ptc`` (the feature weights, float16 in the wheel) as float32, the type py3langid's
product casts it to on every call: the same scores, bit for bit, in half the time."""


def _unpack_model(folder: Path) -> None:
    """Write py3langid's model (an xz-compressed ``.npz`` inside its wheel) to ``folder``,
    uncompressed: one ``.npy`` file per array, and the class labels as JSON."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    folder.mkdir()
    with lzma.open(MODEL_DIR / MODEL_FILE) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
        for name in _MODEL_ARRAYS:
            array = data[name].astype(np.float32) if name == "ptc" else data[name]
            np.save(folder / f"{name}.npy", array, allow_pickle=False)
        (folder / "classes.json").write_text(json.dumps(data["classes"].tolist()), encoding="utf-8")


def _load_unpacked(folder: Path, norm_probs: bool) -> Any:
    """py3langid's identifier over the arrays of ``folder`` (``_unpack_model``), the large
    ones mapped from the file rather than read (milliseconds instead of 0.5 s; the automaton's
    table is read through a ``memoryview``, as fast to index as py3langid's ``array``).  The
    values, and so every score, are those ``LanguageIdentifier.from_model_file`` builds."""
    import numpy as np
    from py3langid.modelio import _to_array

    from congo_digital.fields.langid_walk import FastIdentifier

    def load(name: str) -> Any:
        return np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)

    classes = json.loads((folder / "classes.json").read_text(encoding="utf-8"))
    return FastIdentifier(np.asarray(load("ptc")), np.asarray(load("pc")), classes, memoryview(load("nextmove")),
                          load("out_feat").tolist(), norm_probs=norm_probs, tk_row=_to_array(load("nextmove_row")))


@cache
def _identifier() -> Any:
    """py3langid's model (shipped inside its wheel, nothing is downloaded), loaded once per
    process on first use: numpy's import (0.1 s), then the model, unpacked once into the
    per-user cache (``congo_digital.cache``) and mapped from there; without a cache,
    unpacked in memory (0.5 s).  numpy and py3langid are imported here so that importing
    this module stays cheap."""
    from py3langid import __version__
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from congo_digital.fields.langid_walk import FastIdentifier

    try:
        size = (MODEL_DIR / MODEL_FILE).stat().st_size
    except OSError:
        size = -1
    key = stamp_key("py3langid", [__version__, str(size), *_MODEL_ARRAYS, "ptc:float32"])
    folder = cached_path("model", _unpack_model, key)
    if folder is not None:
        try:
            return _load_unpacked(folder, True)
        except (OSError, ValueError, KeyError):
            pass
    return FastIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _sample(text: str) -> str:
    """``text`` (at most its first ``LANGUAGE_SAMPLE`` characters) if it is short, else
    ``LANGUAGE_WINDOWS`` windows of ``LANGUAGE_WINDOW`` characters spread evenly over it,
    one per line."""
    text = text[:LANGUAGE_SAMPLE]
    if len(text) <= LANGUAGE_WINDOWS * LANGUAGE_WINDOW:
        return text
    step = (len(text) - LANGUAGE_WINDOW) / (LANGUAGE_WINDOWS - 1)
    return "\n".join(text[round(i * step):round(i * step) + LANGUAGE_WINDOW] for i in range(LANGUAGE_WINDOWS))


@cache
def _han_side(ch: str) -> int:
    """1 for a simplified-only Han character, -1 for a traditional-only one, else 0 (see ``han_script``)."""
    gb, big5 = bool(ch.encode("gb2312", "ignore")), bool(ch.encode("big5", "ignore"))
    return (gb and not big5) - (big5 and not gb)


def han_script(text: str) -> str | None:
    """``"Hans"`` or ``"Hant"``: whether the Han characters of ``text`` are mostly simplified
    or traditional, else ``None`` (no such character, or a tie).  A character is simplified
    when GB 2312 (simplified only) encodes it and Big5 (traditional only) does not, and
    traditional the other way round (Python's own codecs); characters of both sets (中, 人)
    do not count."""
    balance = sum(_han_side(ch) for ch in text if "\u4e00" <= ch <= "\u9fff")
    if balance == 0:
        return None
    return "Hans" if balance > 0 else "Hant"


def detect_language(text: str) -> str | None:
    """Return the BCP 47 tag of the main language of ``text`` (e.g. ``"en"``, ``"fr"``,
    ``"zh-Hans"``, ``"zh-Hant"``), or ``None`` when the text is too short or mixed for a
    reliable answer (py3langid's probability under ``MIN_CONFIDENCE``) or has no language.

    At most the first 20,000 characters are read, a long text through four windows of 1,000
    (``_sample``).  Chinese takes ``-Hans``/``-Hant`` when ``han_script`` can tell, else is
    plain ``"zh"``.  The first call loads the model (``_identifier``).  Never raises.
    """
    sample = _sample(text)
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE or code in ("zxx", "und"):
        return None
    if code in _CHINESE:
        script = han_script(sample)
        return f"{code}-{script}" if script else code
    return code


def decide_language(cands: list[Candidate], detected: str | None, text_len: int) -> Candidate | None:
    """The page's ``lang`` (or ``content-language``/``og:locale``) unless a long main text reads otherwise."""
    stated = next((c for c in cands if c.field == "language"), None) or next(
        (c for c in cands if c.field == "language_meta"), None)
    lang = None
    if stated is not None:
        lang = re.split(r"[-_]", stated.value.strip())[0].lower() or None
        if lang and not re.fullmatch(r"[a-z]{2,3}", lang):
            lang = None
    if lang and detected and detected.split("-")[0] != lang and text_len >= 600:
        return Candidate("language", detected, DETECTED)
    if lang:
        return Candidate("language", lang, stated.source, stated.start, stated.end, stated.value)
    if detected:
        return Candidate("language", detected, DETECTED)
    return None


_REGION_TAG = re.compile(r"^([a-z]{2,3})[-_]([a-z]{2}|\d{3})$", re.I)


def stated_locale(cands: list[Candidate], language: str | None) -> str | None:
    """The locale the page states (``<html lang="en-GB">``, ``og:locale`` ``en_GB``) as a
    BCP 47 tag with its region, when its language is ``language`` (or ``language`` is
    ``None``); else ``language``.  Dates read with it take the locale's day/month order
    (``fields.datewords.day_month_order``)."""
    for c in cands:
        if c.field in ("language", "language_meta"):
            m = _REGION_TAG.match(c.value.strip())
            if m and (language is None or m.group(1).lower() == language.split("-")[0]):
                return f"{m.group(1).lower()}-{m.group(2).upper()}"
    return language

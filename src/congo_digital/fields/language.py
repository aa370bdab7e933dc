"""The language: py3langid on the text, as a BCP 47 tag, and the decision against the page's ``lang``.

py3langid (https://github.com/adbar/py3langid, BSD-3-Clause) is Adrien Barbaresi's fork of
Marco Lui's langid.py, a naive Bayes classifier over byte n-grams for 140 languages whose
model ships inside its wheel.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

from congo_digital.cache import cached_path, source_stamp, stamp_key
from congo_digital.record import Candidate
from congo_digital.settings import (
    LANGUAGE_DECISIVE,
    LANGUAGE_HEAD,
    LANGUAGE_SAMPLE,
    LANGUAGE_WINDOW,
    LANGUAGE_WINDOWS,
)

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


@cache
def _identifier() -> Any:
    """py3langid's model (shipped inside its wheel, nothing is downloaded), loaded once per
    process on first use: unpacked once into the per-user cache (``congo_digital.cache``,
    ``fields.langid.unpack_model``, which imports numpy) and mapped from there by the
    standard library (``fields.langid.Identifier``), unpacked again when it was changed
    since it was written; without a cache, unpacked into a temporary folder.  So a process
    whose cache is written imports neither numpy nor py3langid.  When py3langid's model
    cannot be read this way, py3langid's own identifier."""
    from congo_digital.fields.langid import FORMAT, SCALE, WEIGHTS, open_identifier, unpack_model

    spec = importlib.util.find_spec("py3langid")
    model = Path(spec.origin).parent / "data" / "model.npz.xz" if spec is not None and spec.origin else None
    stat = model.stat() if model is not None and model.exists() else None
    lines = [source_stamp("py3langid"), f"{stat.st_size if stat else -1}", f"scale:{SCALE}", f"weights:{WEIGHTS}",
             sys.byteorder, f"format:{FORMAT}"]
    key = stamp_key("py3langid", lines)
    found = None
    if model is not None:
        try:
            folder = cached_path("model", lambda path: unpack_model(path, model), key)
        except ValueError:  # a model this reader cannot score exactly
            folder = None
        found = open_identifier(folder) if folder is not None else None
        if found is None and folder is not None:  # damaged since it was written: unpacked again
            try:
                folder = cached_path("model", lambda path: unpack_model(path, model), key, renew=True)
            except ValueError:
                folder = None
            found = open_identifier(folder) if folder is not None else None
        if found is None:
            import tempfile  # only without a usable cache: its imports cost a cold start about 3 ms

            with tempfile.TemporaryDirectory() as tmp:
                try:
                    unpack_model(Path(tmp) / "model", model)
                    found = open_identifier(Path(tmp) / "model", mapped=False)
                except (OSError, ValueError):
                    found = None
    if found is not None:
        return found
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _damaged() -> Any:
    """py3langid's own identifier, for a process whose mapped model turned out damaged in
    place (a file changed with its time kept: ``fields.langid``'s check cannot see it); its
    folder's check is removed, so the next process unpacks the model again."""
    folder = getattr(_identifier(), "folder", None)
    if isinstance(folder, Path):
        try:
            (folder / "check.txt").unlink(missing_ok=True)
        except OSError:  # a folder that cannot be written: the next process finds the damage too
            pass
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _sample(text: str) -> str:
    """``text`` (at most its first ``LANGUAGE_SAMPLE`` characters) if it is short, else
    ``LANGUAGE_WINDOWS`` windows of ``LANGUAGE_WINDOW`` characters spread evenly over it,
    one per line."""
    text = text[:LANGUAGE_SAMPLE]
    if len(text) <= LANGUAGE_WINDOWS * LANGUAGE_WINDOW:
        return text
    step = (len(text) - LANGUAGE_WINDOW) / (LANGUAGE_WINDOWS - 1)
    return "\n".join(text[round(i * step):round(i * step) + LANGUAGE_WINDOW] for i in range(LANGUAGE_WINDOWS))


def _head(sample: str) -> str | None:
    """The first ``LANGUAGE_HEAD`` characters of ``sample``, cut after its last whole line
    in them (else its last whole word), or ``None`` when the sample is not longer than that."""
    if len(sample) <= LANGUAGE_HEAD:
        return None
    cut = sample.rfind("\n", 0, LANGUAGE_HEAD)
    if cut < LANGUAGE_HEAD // 2:
        cut = sample.rfind(" ", 0, LANGUAGE_HEAD)
    return sample[:cut] if cut > 0 else sample[:LANGUAGE_HEAD]


def _classify(sample: str) -> tuple[str, float]:
    """py3langid's ``(label, probability)`` for ``sample``: from its head alone (``_head``)
    when that is decisive (``LANGUAGE_DECISIVE``), else from the whole sample."""
    return _classify_read(sample)[:2]


def _classify_read(sample: str) -> tuple[str, float, str]:
    """``_classify``'s label and probability, and the text they were read from (the
    sample's head or the whole sample)."""
    identifier = _identifier()
    head = _head(sample)
    if head is not None:
        code, confidence = identifier.classify(head)
        if confidence >= LANGUAGE_DECISIVE:
            return code, confidence, head
    return (*identifier.classify(sample), sample)


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
    (``_sample``); the sample's first 500 (``LANGUAGE_HEAD``) decide alone when py3langid is
    sure of them (``_classify``).  Chinese takes ``-Hans``/``-Hant`` when ``han_script`` can tell, else is
    plain ``"zh"``.  The first call loads the model (``_identifier``).  Never raises.
    """
    return read_language(text)[0]


def read_language(text: str) -> tuple[str | None, str]:
    """``detect_language(text)`` and the text its answer was read from: the sample's head
    when it decided alone, else the sample (``_sample``, ``_classify``)."""
    sample = _sample(text)
    try:
        code, confidence, read = _classify_read(sample)
    except (IndexError, OverflowError, ValueError):  # a mapped model damaged without its check seeing it
        (code, confidence), read = _damaged().classify(sample), sample
    if confidence < MIN_CONFIDENCE or code in ("zxx", "und"):
        return None, read
    if code in _CHINESE:
        script = han_script(sample)
        return (f"{code}-{script}" if script else code), read
    return code, read


def read_within(read: str, text: str) -> bool:
    """Whether every line of ``read`` (blank lines aside; at least one) begins a line of
    ``text``: a language read from ``read`` was read from ``text``'s own lines.  The
    pipeline's first guess, read from a text before its layout, then stands for the
    language of the title and body the layout finds in it: a second reading of them would
    read the same lines (give or take the title and where its window ends).  The first
    guess is not kept when it read a line the layout left out of the title and body (a
    page's menu, a byline, a caption) or a window cut inside a line."""
    lines = [line for line in read.split("\n") if line.strip()]
    if not lines:
        return False
    starts = "\n" + text
    return all("\n" + line in starts for line in lines)


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

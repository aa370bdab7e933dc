"""Central European texts (Windows-1250, ISO-8859-2) told from Windows-1252 ones.

A Czech, Polish, Hungarian or Croatian text in a Central European single-byte codec
passes ``read.encoding``'s Windows-1252 test (its accented letters sit inside Latin
words), and was read as mojibake: "spotka³" for "spotkał", "proraèuna" for "proračuna".
``central_european`` tells it apart by the characters where the readings differ; the
alphabets and marks it reads are in ``data/encodings.json``.
"""

from __future__ import annotations

import codecs
import re

from congo_digital import vocab

# The Central European single-byte codecs (Windows-1250, ISO-8859-2), as ``codecs.lookup`` names them.
_CENTRAL_CODECS = frozenset({"cp1250", "iso8859-2"})


def central_european(sample: bytes) -> str | None:
    """``"cp1250"`` or ``"iso8859-2"`` when ``sample``, which passed the Latin test of
    ``read.encoding._is_latin_cp1252``, is a Central European text rather than a Windows-1252 one.

    The readings share the ASCII letters and many accented ones (é á í ó ú ö ü; š ž at
    0x9A/0x9E in both Windows codecs), so neither shows a misfit: the characters where they
    differ decide.  Of Windows-1250 and ISO-8859-2 (only without a byte at 0x80-0x9F, its
    control characters; not when it reads as Windows-1250 does), the one whose characters
    there best fit one Central European alphabet (``_fit``, ``central_european_alphabets``
    of data/encodings.json: "řčě" is Czech, "ąść" Polish) is compared with Windows-1252,
    whose characters there must fit one Western alphabet (``_western_fit``: "øèì" fit none,
    nor the "±" and "¶" of "zwi±zków w ¶rodę") no better.  On a tie (a Slovene "č" is an
    Italian "è", a French "è" a Czech "č") charset-normalizer's reading decides
    (``_normalizer_says``).  ``sample`` is at most a few hundred kilobytes (``_sample``).
    Returns ``None`` (Windows-1252) otherwise.  Raises nothing.
    """
    windows = sample.decode("cp1252", errors="replace")
    readings: dict[str, str] = {}
    for codec in ("cp1250", "iso8859-2"):
        if codec == "iso8859-2" and _C1_BYTE.search(sample):
            continue
        try:
            readings[codec] = sample.decode(codec)
        except UnicodeDecodeError:
            continue
    if readings.get("iso8859-2") == readings.get("cp1250"):
        readings.pop("iso8859-2", None)
    others = list(readings.values())  # (only a byte that is not ASCII reads differently)
    at = [i for i in (m.start() for m in _HIGH_BYTE.finditer(sample)) if any(o[i] != windows[i] for o in others)]
    if not at:
        return None
    # (ISO-8859-2 wins a tie: a text with no byte at 0x80-0x9F, where Windows-1250 has
    # š ž ś ź ť and its quotes and dashes, is hardly Windows-1250)
    fit, _, codec = max((_fit([reading[i] for i in at], "central_european_alphabets"), codec == "iso8859-2", codec)
                        for codec, reading in readings.items())
    margin = fit - _western_fit(windows, at)
    if margin < 0 or (margin == 0 and not _normalizer_says(sample)):
        return None
    return codec


_C1_BYTE = re.compile(rb"[\x80-\x9f]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _fit(chars: list[str], key: str) -> float:
    """The largest share of ``chars`` (case ignored) that one alphabet of the word list
    ``key`` holds (each alphabet a string of a language's accented letters); 0.0 for none."""
    if not chars:
        return 0.0
    lowered = [ch.lower() for ch in chars]
    return max(sum(ch in alphabet for ch in lowered) for alphabet in vocab.entry(key)) / len(lowered)


def _western_fit(text: str, at: list[int]) -> float:
    """``_fit`` of the characters of ``text`` at offsets ``at`` (not empty) to the
    ``western_european_alphabets``, where a mark in its place fits every alphabet: an
    opening mark (``western_opening_marks``: « ¿ ¡) not after a letter, a closing one
    (``western_closing_marks``: » º ² ³ °) not before a letter, a symbol
    (``western_symbols``: £ © ¶ ±) touching no letter.  "zwi±zków", "¶rodę", "podwy¿ek"
    fit none."""
    opening, closing, symbols = (vocab.entry(key)[0] for key in
                                 ("western_opening_marks", "western_closing_marks", "western_symbols"))
    fits = [False] * len(at)
    letters: list[str] = []
    for n, i in enumerate(at):
        ch = text[i]
        before = i > 0 and text[i - 1].isalpha()
        after = i + 1 < len(text) and text[i + 1].isalpha()
        if ch in opening:
            fits[n] = not before
        elif ch in closing:
            fits[n] = not after
        elif ch in symbols:
            fits[n] = not (before or after)
        letters.append(ch.lower())
    alphabets = vocab.entry("western_european_alphabets")
    best = max(sum(f or ch in alphabet for f, ch in zip(fits, letters, strict=True)) for alphabet in alphabets)
    return best / len(at)


def _normalizer_says(sample: bytes) -> bool:
    """Does charset-normalizer, asked to choose among Windows-1252, Windows-1250 and
    ISO-8859-2, read ``sample`` as a Central European codec in a language of
    ``central_european_languages`` (``data/encodings.json``: Czech, Polish, Croatian ...)?
    (Its language, not its codec alone, decides: it often reads French or German bytes as
    Windows-1250, whose reading of their letters it finds as coherent.)"""
    from charset_normalizer import from_bytes

    match = from_bytes(sample, cp_isolation=["cp1252", "cp1250", "iso8859_2"]).best()
    return (match is not None and codecs.lookup(match.encoding).name in _CENTRAL_CODECS
            and match.language.lower() in vocab.phrase_set("central_european_languages"))

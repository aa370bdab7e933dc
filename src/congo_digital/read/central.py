"""Central European texts (Windows-1250, ISO-8859-2) told from Windows-1252 ones.

A Czech, Polish, Hungarian or Croatian text in a Central European single-byte codec
passes ``read.encoding``'s Windows-1252 test (its accented letters sit inside Latin
words), and was read as mojibake: "spotka³" for "spotkał", "proraèuna" for "proračuna".
``central_european`` tells it apart by the characters where the readings differ, the words
that hold them and the letters of the text's own words; the alphabets and marks it reads
are in ``data/encodings.json``.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from congo_digital import vocab

# The Central European single-byte codecs (Windows-1250, ISO-8859-2), as ``codecs.lookup`` names them.
_CENTRAL_CODECS = frozenset({"cp1250", "iso8859-2"})


def central_european(sample: bytes, *, declared: bool = False) -> str | None:
    """``"cp1250"`` or ``"iso8859-2"`` when ``sample``, which passed the Latin test of
    ``read.encoding._is_latin_cp1252``, is a Central European text rather than a Windows-1252 one.

    The readings share the ASCII letters and many accented ones (é á í ó ú ö ü; š ž at
    0x9A/0x9E in both Windows codecs), so neither shows a misfit: the characters where they
    differ decide.  Of Windows-1250 and ISO-8859-2 (only without a byte at 0x80-0x9F, its
    control characters; not when it reads as Windows-1250 does), the one whose characters
    there best fit one Central European alphabet (``_fit``, ``central_european_alphabets``
    of data/encodings.json: "řčě" is Czech, "ąść" Polish) is compared with Windows-1252,
    whose characters there must fit one Western alphabet (``_western_fit``: "øèì" fit none,
    nor the "±" and "¶" of "zwi±zków w ¶rodę") no better.  On a tie (each alone fits: the
    "ř" of an English text's "Dvořák" is a Danish "ø", a Hungarian "ő" an Estonian "õ") the
    words holding those characters decide (``_word_margin``: "Dvoøák" fits no Western
    alphabet), then the letters of the text's own, lowercase words together
    (``_own_words_margin``: a Hungarian "jövõ" and "hétfõn" are no one Western language's),
    and last charset-normalizer's reading (``_normalizer_says``; a Slovene "č" is an Italian
    "è", a French "è" a Czech "č"), or, for a ``declared`` Windows-1252 or ISO-8859-1 text,
    the declaration.  ``sample`` is at most a few hundred kilobytes (``_sample``).  Returns
    ``None`` (Windows-1252) otherwise.  Raises nothing.
    """
    c1 = _C1_BYTE.search(sample) is not None
    if not sample.translate(None, _read_alike("cp1250")) and (
            c1 or not sample.translate(None, _read_alike("iso8859-2"))):
        return None  # (every byte reads as in Windows-1252: a German text's "äöüß", in C)
    windows = sample.decode("cp1252", errors="replace")
    readings: dict[str, str] = {}
    for codec in ("cp1250", "iso8859-2"):
        if codec == "iso8859-2" and c1:
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
    if margin == 0:
        margin = _word_margin(readings[codec], windows, set(at))
    if margin == 0:
        margin = _own_words_margin(readings[codec], windows)
    if margin < 0 or (margin == 0 and (declared or not _normalizer_says(sample))):
        return None
    return codec


_C1_BYTE = re.compile(rb"[\x80-\x9f]")


@cache
def _read_alike(codec: str) -> bytes:
    """The bytes that ``codec`` reads as Windows-1252 does: ASCII and the letters and marks
    both define alike (a byte either leaves undefined, read as U+FFFD, is not among them).  A
    sample made of them alone is none of ``codec``'s texts (``bytes.translate`` deletes
    them, in C)."""
    high = bytes(range(0x80, 0x100))
    ours, theirs = high.decode(codec, errors="replace"), high.decode("cp1252", errors="replace")
    return bytes(range(0x80)) + bytes(b for b, x, y in zip(high, ours, theirs, strict=True) if x == y != "\ufffd")


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _fit(chars: list[str], key: str) -> float:
    """The largest share of ``chars`` (case ignored) that one alphabet of the word list
    ``key`` holds (each alphabet a string of a language's accented letters); 0.0 for none."""
    if not chars:
        return 0.0
    lowered = [ch.lower() for ch in chars]
    return max(sum(ch in alphabet or ch == _ANY for ch in lowered) for alphabet in vocab.entry(key)) / len(lowered)


def _western_fit(text: str, at: list[int]) -> float:
    """``_fit`` of the characters of ``text`` at offsets ``at`` (not empty) to the
    ``western_european_alphabets``, where a mark in its place fits every alphabet: an
    opening mark (``western_opening_marks``: « ¿ ¡) not after a letter, a closing one
    (``western_closing_marks``: » º ² ³ °) not before a letter, a symbol
    (``western_symbols``: £ © ¶ ±) touching no letter, and a letter that the one after it
    makes one of ``western_letter_pairs`` (the "õe" of the Portuguese "eleições", "põe").
    "zwi±zków", "¶rodę", "podwy¿ek" fit none."""
    opening, closing, symbols = (vocab.entry(key)[0] for key in
                                 ("western_opening_marks", "western_closing_marks", "western_symbols"))
    pairs = vocab.phrase_set("western_letter_pairs")
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
        elif text[i:i + 2].lower() in pairs:
            fits[n] = True
        letters.append(ch.lower())
    alphabets = vocab.entry("western_european_alphabets")
    best = max(sum(f or ch in alphabet for f, ch in zip(fits, letters, strict=True)) for alphabet in alphabets)
    return best / len(at)


def _word_at(text: str, i: int) -> tuple[int, int] | None:
    """The span of the word (a run of letters) of ``text`` holding offset ``i``; ``None``
    when the character there is not a letter."""
    if not text[i].isalpha():
        return None
    start, end = i, i + 1
    while start and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def _letters(word: str, western: bool) -> list[str]:
    """The non-ASCII letters of ``word``, lowercased; in a Windows-1252 reading (``western``)
    those that fit every Western alphabet where they stand (``_western_fit``) are ``_ANY``:
    the closing marks that are letters ("º", "ª": "nº") and the first letters of
    ``western_letter_pairs`` ("õ" of "eleições")."""
    if not western:
        return [ch.lower() for ch in word if ch > "\x7f" and ch.isalpha()]
    closing = vocab.entry("western_closing_marks")[0]
    pairs = vocab.phrase_set("western_letter_pairs")
    lowered = word.lower()
    return [_ANY if ch in closing or lowered[j:j + 2] in pairs else ch
            for j, ch in enumerate(lowered) if ch > "\x7f" and ch.isalpha()]


_ANY = "*"
"""A letter of ``_letters`` that fits every alphabet (``_fit``, ``_misfit_words``)."""


def _misfit_words(text: str, at: set[int], key: str) -> int:
    """How many words of ``text`` that hold a character at an offset of ``at`` have non-ASCII
    letters that no one alphabet of the word list ``key`` holds all of ("Dvoøák": no Western
    alphabet has both "ø" and "á")."""
    western = key == "western_european_alphabets"
    alphabets = vocab.entry(key)
    spans = {span for span in (_word_at(text, i) for i in at) if span is not None}
    return sum(not any(all(ch in alphabet or ch == _ANY for ch in _letters(text[a:b], western))
                       for alphabet in alphabets)
               for a, b in spans)


def _word_margin(central: str, windows: str, at: set[int]) -> int:
    """The words that misfit (``_misfit_words``) in the Windows-1252 reading ``windows`` less
    those that misfit in the Central European reading ``central``: positive when the Central
    European reading has fewer.  A word, a name most often, is of one language: its letters fit
    one alphabet in the right reading ("Dvořák" fits Czech, "Dvoøák" no Western alphabet)."""
    return _misfit_words(windows, at, "western_european_alphabets") - _misfit_words(
        central, at, "central_european_alphabets")


_LOWER_WORD_LETTER = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z\xc0-\xde]")
"""The first letter of a word that starts with a lowercase letter (or another letter that is
no capital of Latin-1 or ASCII: tested for its case by ``_own_words_letters``)."""


def _own_words_letters(text: str, western: bool) -> list[str]:
    """The non-ASCII letters (``_letters``) of the words of ``text`` that begin with a
    lowercase letter: the text's own words, not names, which come from any language."""
    out: list[str] = []
    for m in _LOWER_WORD_LETTER.finditer(text):
        if not m.group().islower():
            continue
        end = m.end()
        while end < len(text) and text[end].isalpha():
            end += 1
        if not text[m.start():end].isascii():
            out.extend(_letters(text[m.start():end], western))
    return out


def _own_words_margin(central: str, windows: str) -> float:
    """The share of the non-ASCII letters of the text's lowercase words (``_own_words_letters``)
    that one Central European alphabet holds, in the reading ``central``, less the share one
    Western alphabet holds in the reading ``windows``: positive when the Central European
    reading fits better.  A text's own words are of one language, whose letters together fit
    one alphabet: a Hungarian "jövő" and "hétfőn" read as Windows-1252 are an Estonian "jövõ"
    and a Portuguese "hétfõn", whose letters no one Western alphabet holds ("ö" and "é")."""
    return _fit(_own_words_letters(central, False), "central_european_alphabets") - _fit(
        _own_words_letters(windows, True), "western_european_alphabets")


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

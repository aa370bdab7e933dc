"""Bytes to text: the input's encoding, control characters and mojibake.

``decode_bytes`` tries, in order: a byte-order mark, UTF-16 without a byte-order mark
(told by where its NUL bytes fall), strict UTF-8, the charset the transport declared (an
HTTP ``Content-Type``'s, from a WARC record), a ``<meta charset>`` in the first 4,096
bytes (a label read as Windows-1252, ISO-8859-1 most often, gives way to Windows-1250 or
ISO-8859-2 when the letters say so, by the test below, a tie left to the declaration),
UTF-8 with a few stray Windows-1252 bytes (at most one in 100 bytes, or 8; each
read as Windows-1252, with a warning that counts them), then (on the bytes from the first one
that is not ASCII, so that a long ASCII head hides nothing) a Mac Roman test (read as
Windows-1252, the words show capitals or symbols where Mac Roman gives lowercase letters:
"PrŽsident"), a Windows-1252 test (the bytes
decode and their accented letters sit inside Latin words; a text that passes it is read as
Windows-1250 or ISO-8859-2 instead when the letters where their readings differ fit a
Central European alphabet better: Czech, Polish, Hungarian ...), Windows-1252 with UTF-8
characters pasted in (each UTF-8 sequence of a Latin letter or punctuation mark read as
UTF-8, the other bytes as Windows-1252, when the text is Latin by the same test: a
“quote” copied into a Windows-1252 file) and last charset-normalizer's best guess.
``read.characters.remove_controls`` then drops NUL and control characters, and
``repair_mojibake`` fixes with ftfy the lines that show UTF-8 read as a single-byte
encoding.  Each repair gives a warning.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from congo_digital.errors import InputError
from congo_digital.read.central import central_european
from congo_digital.read.files import input_label
from congo_digital.read.offsets import OffsetMap
from congo_digital.read.stray import mostly_utf8, with_utf8_pasted

# Codecs that a page may not choose: not web encodings, or able to smuggle markup (UTF-7).
_REFUSED_CODECS = frozenset({"utf-7", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "mbcs",
                             "oem", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
# Declared labels that browsers read as Windows-1252 (the WHATWG Encoding Standard).
_AS_CP1252 = frozenset({"iso8859-1", "ascii", "latin-1", "cp1252"})
# Labels of Mac Roman in the WHATWG Encoding Standard that Python's codecs do not know.
_MAC_ROMAN_LABELS = frozenset({"csmacintosh", "mac", "x-mac-roman"})

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)


def utf16_without_bom(data: bytes) -> str | None:
    """Return ``"utf-16-le"``/``"utf-16-be"`` when ``data`` reads as BOM-less UTF-16.

    Told by the NUL bytes of its first 4,096 bytes: mostly ASCII UTF-16 has a NUL in at
    least 40 % of its odd (little-endian) or even (big-endian) positions and almost none
    in the others; the text must then decode strictly.
    """
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    for zeros, others, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.4 * half and others.count(0) <= 0.02 * half:
            try:
                data.decode(enc)
            except UnicodeDecodeError:
                return None
            return enc
    return None



# A text up to its first non-ASCII character (the part a test of its letters skips, as ``_sample``).
_NON_ASCII_ON = re.compile(r"\A[\x00-\x7f]*")
_HIGH_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_TOUCHING_LETTER = re.compile(r"(?<=[A-Za-z])[^\W\d_\x00-\x7f]|[^\W\d_\x00-\x7f](?=[A-Za-z])")


def _is_latin_cp1252(data: bytes) -> bool:
    """True when ``data`` decodes as Windows-1252 and reads as a Latin-script text.

    Each non-ASCII letter must mostly touch an ASCII letter ("été", "Yaoundé"); text in
    another script read as Windows-1252 gives runs of accented letters instead
    ("Ïðåçèäåíò"), and is left to charset-normalizer.  Bytes with no non-ASCII letter
    (only “smart quotes”, dashes, €) are Windows-1252 too.  The test favours the project's
    Western European languages: a Central European (cp1250) text with no declared charset
    also passes it; ``read.central.central_european`` then tells it apart ("spotkał", not "spotka³").
    """
    try:
        text = data.decode("cp1252")[:200_000]
    except UnicodeDecodeError:
        return False
    return _is_latin_text(text)


def _is_latin_text(text: str) -> bool:
    """True when each non-ASCII letter of ``text`` mostly touches an ASCII letter (the test
    of ``_is_latin_cp1252``), or ``text`` has none."""
    high = len(_HIGH_LETTER.findall(text))
    return high == 0 or len(_TOUCHING_LETTER.findall(text)) >= 0.6 * high


# A non-ASCII character after a lowercase ASCII letter.
_AFTER_LOWER = re.compile(r"(?<=[a-z])[^\x00-\x7f]")
# A run of three or more non-ASCII bytes: the shape of multi-byte text (CJK), rare in a
# single-byte Latin text, whose accented letters sit alone or in twos ("ção").
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")
_ASCII_BYTES = bytes(range(0x80))
# Mac Roman punctuation that follows a letter (’ ” – — … and no-break space), which
# Windows-1252 reads as capitals (Õ Ó Ð Ñ É Ê): "itÕs" for "it’s".
_AFTER_LETTER = frozenset("\u2019\u201d\u2013\u2014\u2026\xa0")
# Punctuation that a text may put between two lowercase letters: "it’s", "north–south",
# "plan—and", "wait…what", "no “if”s", the Catalan "col·lecció".
_IN_WORD_PUNCT = frozenset("\u2019\u2018\u201c\u201d\u2013\u2014\u2026\xb7")
# The DOS code pages of Western Europe: they too put lowercase letters at 0x80-0x9F.
_DOS_CODECS = ("cp850", "cp437")


def _misfits(text: str) -> list[int]:
    """The offsets of the non-ASCII characters in lowercase ASCII words that no text puts there.

    Inside a word (between two lowercase ASCII letters): a letter that is not lowercase
    (a capital, a modifier letter), a symbol (the replacement character of an undefined
    byte too) or punctuation other than ’ ‘ “ ” – — … ·: "Ž" in "PrŽsident", "‡" in "m‡s",
    "‹" in "n‹o".  At a word's end (before a character that is not a letter): a letter
    that is not lowercase, "Ž" in "JosŽ", or a box-drawing character (DOS code pages); other
    symbols and punctuation are common there ("Brand™", "said”").  Returns the offsets in
    ``text``, in order; raises nothing.
    """
    found: list[int] = []
    for match in _AFTER_LOWER.finditer(text):
        after = text[match.end():match.end() + 1]
        category = unicodedata.category(match.group())
        odd_letter = category[0] == "L" and category != "Ll"
        if "a" <= after <= "z":
            misfit = odd_letter or category[0] == "S" or (category[0] == "P" and match.group() not in _IN_WORD_PUNCT)
        else:
            misfit = (odd_letter or "\u2500" <= match.group() <= "\u259f") and not after.isalpha()
        if misfit:
            found.append(match.start())
    return found


def _is_mac_roman(data: bytes) -> bool:
    """True when ``data`` reads clearly better as Mac Roman than as Windows-1252.

    Mac Roman puts the accented lowercase letters at 0x80-0x9F (0x8E é, 0x88 à, 0x8F è,
    0x8D ç, 0x9A ö), where Windows-1252 has capitals, symbols and undefined bytes: read as
    Windows-1252, a Mac Roman word shows a capital or a symbol in a lowercase word
    ("PrŽsident", "JosŽ", "m‡s"); read as Mac Roman, a Windows-1252 word does ("PrÈsident").
    Its punctuation ’ ” – — … and no-break space read as capitals ("itÕs").  Mac Roman is
    chosen when at least two such misfits of the Windows-1252 reading are lowercase letters
    or that punctuation in the Mac Roman reading, the Mac Roman reading has at most a tenth
    as many misfits of its own, the non-ASCII bytes are those of a single-byte text (at
    most a tenth of them in runs of three or more), and neither DOS code page 850 nor 437,
    which also put lowercase letters at 0x80-0x9F, reads it without a misfit (a text that
    reads cleanly in one of them is left as it was).  Raises nothing.
    """
    head = data[:200_000]
    windows = _misfits(head.decode("cp1252", errors="replace"))
    if len(windows) < 2:
        return False
    mac = head.decode("mac_roman")
    repaired = sum(mac[i] in _AFTER_LETTER or unicodedata.category(mac[i]) == "Ll" for i in windows)
    if repaired < 2 or len(_misfits(mac)) > repaired // 10:
        return False
    high = len(head.translate(None, _ASCII_BYTES))
    if sum(len(run) for run in _HIGH_RUN.findall(head)) > high // 10:
        return False
    return all(_misfits(head.decode(codec)) for codec in _DOS_CODECS)


def _declared(data: bytes) -> str | None:
    """The codec named by a ``<meta charset>`` in the first 4,096 bytes, if usable."""
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return None
    return web_codec(found.group(1).decode("ascii", "replace"))


def web_codec(label: str | None) -> str | None:
    """The Python codec of a charset label a page or a server declares (``"ISO-8859-1"``,
    ``"windows-1251"``, ``"x-mac-roman"``), read as the WHATWG Encoding Standard says
    (latin-1 and ASCII as Windows-1252); ``None`` for an unknown label or one a page may not
    choose (UTF-7, UTF-16 without a byte-order mark …)."""
    if not label:
        return None
    label = label.strip().strip("'\"").lower()
    try:
        codec = codecs.lookup("mac-roman" if label in _MAC_ROMAN_LABELS else label)
    except LookupError:
        return None
    if not codec._is_text_encoding or codec.name in _REFUSED_CODECS:  # type: ignore[attr-defined]
        return None
    return "cp1252" if codec.name in _AS_CP1252 else codec.name


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _sample(data: bytes, size: int = 200_000) -> bytes:
    """The ``size`` bytes that the encoding tests read: from 2,000 bytes before the first
    byte that is not ASCII, so that a long ASCII head (scripts, styles) does not hide the
    text whose encoding is sought."""
    high = _HIGH_BYTE.search(data)
    start = max(0, high.start() - 2_000) if high else 0
    return data[start:start + size]


_BINARY_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
"""C0 control bytes that no text holds (all but tab, line breaks and ESC, which starts the
escapes of ISO-2022 and of terminal colours) and DEL: a twentieth of random bytes and of
compressed or encrypted data, none of a text in any encoding but UTF-16/32 (read before)."""


def _is_binary(sample: bytes) -> bool:
    """Are 3 or more, and at least 5 %, of ``sample``'s bytes ``_BINARY_BYTES``?  (Random
    bytes hold 11 %.)"""
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls >= 3 and controls >= 0.05 * len(sample)


def _stray_warning(stray: int) -> str:
    """The warning of ``stray`` bytes that are not UTF-8 in a UTF-8 text (``mostly_utf8``)."""
    return f"{stray} byte{'s that are' if stray > 1 else ' that is'} not UTF-8 read as Windows-1252"


def _not_as_declared(declared: list[str], codec: str) -> str:
    """The warning of bytes that failed their declared charsets, read as ``codec``."""
    return f"not valid as its declared charset ({', '.join(declared)}): read as {codec}"


def _central_under_cp1252(data: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` when ``data``, declared Windows-1252 or a label read as it
    (ISO-8859-1, ASCII), is a Central European text in Windows-1250 or ISO-8859-2 by
    ``read.central.central_european`` (a page of a Czech site whose template says
    ISO-8859-1: "øekl" for "řekl"), with a tie left to the declaration; ``None`` otherwise,
    and when the bytes do not all decode in that codec."""
    sample = _sample(data)  # (the letters first: most such pages are Windows-1252, told in C)
    if (central := central_european(sample, declared=True)) is None or not _is_latin_cp1252(sample):
        return None
    try:
        return data.decode(central), central
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes, path: str | None, charset: str | None = None) -> tuple[str, str, list[str]]:
    """Decode ``data`` by the steps of this module's docstring; return (text, encoding, warnings).

    ``charset`` is the label the transport declared (an HTTP ``Content-Type``'s charset), or
    ``None``; it is tried after strict UTF-8 (a server that says ISO-8859-1 over UTF-8 bytes
    is common) and before the page's ``<meta charset>``.  ``encoding`` is the Python codec
    name (``"utf-8"``, ``"utf-16-le"``, ``"cp1252"``, ``"mac-roman"``, ...); ``warnings``
    says when undecodable bytes were replaced.  ``path`` only names the input in messages.
    Raises ``InputError(kind="undecodable")`` for a byte-order mark the bytes do not follow
    (a UTF-8 mark before a few stray bytes is read as without it),
    or bytes that match no text encoding; ``InputError(kind="binary")`` for bytes that are
    not UTF-8 and hold control bytes as no text does (``_is_binary``: random or compressed
    data).  A guess of charset-normalizer's, or a declared charset that the bytes fail, gives a warning.
    """
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc.replace("-sig", ""), warnings
            except UnicodeDecodeError:
                mostly = mostly_utf8(data[len(bom):], marked=True) if bom == codecs.BOM_UTF8 else None
                if mostly is not None:  # a few stray bytes, as without the mark
                    warnings.append(_stray_warning(mostly[1]))
                    return mostly[0], "utf-8", warnings
                name = enc.replace("-sig", "").upper()
                raise InputError(f"{input_label(path)}: starts with a {name} byte-order mark but is not valid {name}; "
                                 "convert the file to UTF-8",
                                 kind="undecodable", path=path) from None
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16), utf16, warnings
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    declared_all = list(dict.fromkeys(c for c in (web_codec(charset), _declared(data)) if c))
    for declared in declared_all:
        try:
            text = data.decode(declared)
        except UnicodeError:
            continue
        if declared == "cp1252" and (central := _central_under_cp1252(data)) is not None:
            warnings.append("its letters are Central European, not those of its declared charset (ISO-8859-1 "
                            f"or Windows-1252, which are read alike): read as {central[1]}")
            return central[0], central[1], warnings
        return text, declared, warnings
    mostly = mostly_utf8(data)
    if mostly is not None:
        warnings.append(_stray_warning(mostly[1]))
        return mostly[0], "utf-8", warnings
    sample = _sample(data)
    if _is_binary(sample):
        raise InputError(f"{input_label(path)}: binary data, not text (control bytes that no text holds); "
                         "give the article as a text or HTML file", kind="binary", path=path)
    single = "mac-roman" if _is_mac_roman(sample) else (
        "cp1252" if _is_latin_cp1252(sample) and _is_latin_cp1252(data) else None)
    text = None
    if single == "cp1252" and (central := central_european(sample)) is not None:
        try:  # (the sample decodes; an undefined Windows-1250 byte may come after it)
            text, single = data.decode(central), central
        except UnicodeDecodeError:
            pass
    if single is not None:
        if declared_all:  # a wrong declaration ("utf-8" over Windows-1252 bytes), as below
            warnings.append(_not_as_declared(declared_all, single))
        return data.decode(single) if text is None else text, single, warnings
    pasted = with_utf8_pasted(data)
    if pasted is not None and _is_latin_text(_NON_ASCII_ON.sub("", pasted[0], count=1)[:200_000]):
        count = pasted[1]
        if declared_all:
            warnings.append(_not_as_declared(declared_all, "cp1252"))
        warnings.append(f"Windows-1252 with {count} UTF-8 character{'s' if count > 1 else ''} pasted in: read as both")
        return pasted[0], "cp1252", warnings
    from charset_normalizer import from_bytes

    # (its UTF-16 and UTF-32 guesses, without a byte-order mark and without the NUL bytes
    # utf16_without_bom looks for, are a few CJK characters made of any bytes)
    enc = next((name for name in (codecs.lookup(match.encoding).name for match in from_bytes(sample))
                if name not in _REFUSED_CODECS), None)
    if enc is None:
        raise InputError(f"{input_label(path)}: the bytes match no known text encoding; "
                         "convert the file to UTF-8", kind="undecodable", path=path)
    if declared_all:  # a wrong declaration ("utf-8" over Windows-1251 bytes)
        warnings.append(_not_as_declared(declared_all, enc) + ", charset-normalizer's guess")
    else:
        warnings.append(f"not UTF-8 and no charset declared: read as {enc}, charset-normalizer's guess")
    try:
        text = data.decode(enc)
    except UnicodeError:
        text = data.decode(enc, errors="replace")
        warnings.append(f"undecodable bytes replaced while decoding as {enc}")
    return text, enc, warnings


# UTF-8 read as Latin-1/cp1252 leaves 'Ã' or 'Â' followed by what a continuation byte
# (0x80-0xBF) gives in Latin-1 or cp1252 ("Ã©" for "é", "Ã‰" for "É"), or 'â€' ("â€™" for "’").
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€")


def repair_mojibake(text: str, offsets: OffsetMap | None = None) -> tuple[str, list[str]]:
    """Fix, with ftfy, each line of ``text`` that shows UTF-8 read as a single-byte encoding.

    Returns (text, warnings): ``warnings`` holds ``"mojibake repaired with ftfy (...)"`` when
    a line changed, else it is empty and ``text`` is returned as it was.  A changed line is
    one edit of ``offsets`` (a step of its own), whole.  Raises nothing.
    """
    if not ("\u00c3" in text or "\u00c2" in text or ("\u20ac" in text and "\u00e2\u20ac" in text)):
        return text, []  # (what _MOJIBAKE starts with, each by str's search of one character: a
        # tenth of the pattern's time on a clean page, and of a search of the pair "\u00e2\u20ac")
    if _MOJIBAKE.search(text) is None:
        return text, []
    import ftfy

    lines = text.split("\n")
    log = offsets.step() if offsets is not None else None
    at = 0  # the line's offset in ``text``
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line):
            lines[i] = ftfy.fix_encoding(line)
            if log is not None:
                log.replace(at, at + len(line), len(lines[i]))
        at += len(line) + 1
    fixed = "\n".join(lines)
    if fixed == text:
        return text, []
    return fixed, ["mojibake repaired with ftfy (text was UTF-8 decoded as a single-byte encoding)"]

"""Reading input: bytes to a normalised Unicode text, and text-or-HTML sniffing.

The steps, in order: size check (while reading), binary check (magic numbers of common
binary formats; NUL bytes, unless they fall as in UTF-16), byte-order mark, UTF-16
without a byte-order mark (told by where its NUL bytes fall), strict UTF-8, a
``<meta charset>`` in the first 4,096 bytes, then a Mac Roman test (read as Windows-1252,
the words show capitals or symbols where Mac Roman gives lowercase letters: "PrŽsident"),
a Windows-1252 test (the bytes decode and their accented letters sit inside Latin words)
and last charset-normalizer's best guess; then NUL removal, control character removal
(C0 controls but tab and newlines, U+FFFE, U+FFFF; a vertical tab or form feed becomes a
line break; a run of removed characters between two word characters becomes a space,
unless it is UTF-16 interleaving such as "T\\x00i\\x00t\\x00l\\x00e"), newline
unification (CRLF and CR to LF), format sniffing, the analysis bounds, mojibake repair
with ftfy (only on lines that look mis-decoded) and Unicode NFC.  Every repair but
newline unification adds a warning to the document.

Bounds, so that any input is parsed in bounded time: a plain text is cut after
``MAX_LINES`` lines or ``MAX_CHARS`` characters, an HTML page after ``MAX_HTML_TAGS``
tags or ``MAX_HTML_CHARS`` characters; a cut adds a warning.  ``sha256`` and ``size``
are still those of all the bytes.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from congo_digital.errors import InputError
from congo_digital.settings import DEFAULT_MAX_BYTES, MAX_CHARS, MAX_HTML_CHARS, MAX_HTML_TAGS, MAX_LINES, READ_CHUNK

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

# Magic numbers of formats that are certainly not articles (file(1)'s magic database).
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
_HTML_START = re.compile(
    # A comment's body cannot hold "-->", so each comment ends at one place (".{0,2000}?-->"
    # could span several comments, exponentially many ways).  The run of comments is taken
    # whole, as an atomic group: a lookahead that captures it, then a backreference that
    # consumes it (Python 3.11's possessive "*+" is miscompiled before 3.11.3).
    r"\A(?=(\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--(?:(?!-->).){0,2000}-->\s*)*))\1"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h1)\b",
    re.I | re.S,
)
_HTML_TAGS = re.compile(r"<(?:html|head|body|p|div|br|article|h1|h2|span|a)\b[^>]{0,500}>", re.I)


@dataclass
class Document:
    """A decoded input.

    ``text`` is NFC-normalised with LF newlines, cut at the analysis bounds; ``format`` is
    ``"html"`` or ``"text"``; ``encoding`` is the codec used (Python name, e.g.
    ``"utf-8"``, ``"utf-16-le"``, ``"cp1252"``); ``sha256`` is of the raw bytes, ``size``
    their length; ``warnings`` lists repairs and cuts.
    """

    text: str
    format: Literal["text", "html"]
    encoding: str
    sha256: str
    size: int
    path: str | None = None
    warnings: list[str] = field(default_factory=list)



def _read_upto(handle: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of ``handle``, read a megabyte at a time (``read(limit)``
    allocates ``limit`` bytes at once: a limit of 30 GB raised MemoryError)."""
    parts: list[bytes] = []
    size = 0
    while size < limit:
        part = handle.read(min(READ_CHUNK, limit - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read ``path`` (or standard input for ``"-"``), at most ``max_bytes`` bytes.

    Raises ``InputError`` (kind ``missing``, ``unreadable`` or ``too-large``).
    """
    if path == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            raise InputError("standard input: not available (closed); pipe the article in or give a file path",
                             kind="unreadable", path=path)
        try:
            data = _read_upto(stdin, max_bytes + 1)
        except OSError as exc:
            raise InputError(f"standard input: cannot be read ({exc.strerror or exc}); give a file path",
                             kind="unreadable", path=path) from None
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise InputError(f"{path}: is a directory; give a file path", kind="unreadable", path=path)
            with p.open("rb") as handle:
                data = _read_upto(handle, max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file; check the path", kind="missing", path=path) from None
        except PermissionError:
            raise InputError(f"{path}: permission denied; check the file's permissions", kind="unreadable",
                             path=path) from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check the path",
                             kind="unreadable", path=path) from None
    if len(data) > max_bytes:
        raise InputError(
            f"{_label(path)}: larger than the limit of {max_bytes:,} bytes; raise it with --max-bytes",
            kind="too-large", path=path,
        )
    return data


def _label(path: str | None) -> str:
    """How messages name the input: its path, "standard input" for ``-``, else "input"."""
    return "standard input" if path == "-" else path if path is not None else "input"


def _check_binary(data: bytes, path: str | None) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{_label(path)}: this is {what}, not an article's text or HTML; "
                             "give the article as a text or HTML file",
                             kind="binary", path=path)
    head = data[:65536]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return
    if _utf16_without_bom(data):
        return
    nuls = head.count(0)
    if nuls > max(8, len(head) // 10):
        raise InputError(f"{_label(path)}: binary data (NUL bytes), not an article's text or HTML; "
                         "give the article as a text or HTML file",
                         kind="binary", path=path)


def _utf16_without_bom(data: bytes) -> str | None:
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


_HIGH_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_TOUCHING_LETTER = re.compile(r"(?<=[A-Za-z])[^\W\d_\x00-\x7f]|[^\W\d_\x00-\x7f](?=[A-Za-z])")


def _is_latin_cp1252(data: bytes) -> bool:
    """True when ``data`` decodes as Windows-1252 and reads as a Latin-script text.

    Each non-ASCII letter must mostly touch an ASCII letter ("été", "Yaoundé"); text in
    another script read as Windows-1252 gives runs of accented letters instead
    ("Ïðåçèäåíò"), and is left to charset-normalizer.  Bytes with no non-ASCII letter
    (only “smart quotes”, dashes, €) are Windows-1252 too.  The test favours the project's
    Western European languages: a Central European (cp1250) text with no declared charset
    also passes it and is read as Windows-1252 ("spotka³" for "spotkał").
    """
    try:
        text = data.decode("cp1252")[:200_000]
    except UnicodeDecodeError:
        return False
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
    label = found.group(1).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup("mac-roman" if label in _MAC_ROMAN_LABELS else label)
    except LookupError:
        return None
    if not codec._is_text_encoding or codec.name in _REFUSED_CODECS:  # type: ignore[attr-defined]
        return None
    return "cp1252" if codec.name in _AS_CP1252 else codec.name


def _decode(data: bytes, path: str | None) -> tuple[str, str, list[str]]:
    """Return (text, encoding, warnings) or raise InputError(kind='undecodable')."""
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc.replace("-sig", ""), warnings
            except UnicodeDecodeError:
                name = enc.replace("-sig", "").upper()
                raise InputError(f"{_label(path)}: starts with a {name} byte-order mark but is not valid {name}; "
                                 "convert the file to UTF-8",
                                 kind="undecodable", path=path) from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16), utf16, warnings
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared:
        try:
            return data.decode(declared), declared, warnings
        except UnicodeError:
            pass
    if _is_mac_roman(data):
        return data.decode("mac_roman"), "mac-roman", warnings
    if _is_latin_cp1252(data):
        return data.decode("cp1252"), "cp1252", warnings
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(f"{_label(path)}: the bytes match no known text encoding; "
                         "convert the file to UTF-8", kind="undecodable", path=path)
    enc = codecs.lookup(best.encoding).name
    try:
        text = data.decode(enc)
    except UnicodeError:
        text = data.decode(enc, errors="replace")
        warnings.append(f"undecodable bytes replaced while decoding as {enc}")
    return text, enc, warnings


# C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF: no text uses them and XML (lxml)
# refuses them; a vertical tab or form feed becomes a line break, the others are removed.
_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The characters that are dropped (NUL and the controls above but VT and FF), and a run
# of them between two word characters: it stands for a space ("foo\x00bar").
_DROPPED = frozenset("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17"
                     "\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff")
_DROPPED_RUN = re.compile("(?<=\\w)[\x00-\x08\x0e-\x1f\ufffe\uffff]+(?=\\w)")


def _remove_controls(text: str) -> tuple[str, list[str]]:
    """Remove NUL and control characters from ``text``; return (text, warnings).

    A run of dropped characters between two word characters becomes one space
    ("foo\\x00bar" gives "foo bar"), unless it is a single character with another one two
    places before or after it: that is the interleaving UTF-16 read byte by byte leaves
    ("T\\x00i\\x00t\\x00l\\x00e"), and the word stays whole.  A vertical tab or form feed
    becomes a line break; every other one is dropped.  ``warnings`` holds ``"NUL characters
    removed"`` and ``"control characters removed"``, each when it applies.  Raises nothing.
    """
    warnings: list[str] = []
    has_nul = "\x00" in text
    has_control = _CONTROL.search(text) is not None
    if not has_nul and not has_control:
        return text, warnings

    def joint(m: re.Match[str]) -> str:
        start, end = m.span()
        if end - start == 1 and ((start >= 2 and text[start - 2] in _DROPPED)
                                 or (end + 1 < len(text) and text[end + 1] in _DROPPED)):
            return ""
        return " "

    text = _DROPPED_RUN.sub(joint, text)
    if has_nul:
        text = text.replace("\x00", "")
        warnings.append("NUL characters removed")
    if has_control:
        text = _CONTROL.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else "", text)
        warnings.append("control characters removed")
    return text, warnings

# UTF-8 read as Latin-1/cp1252 leaves 'Ã' or 'Â' followed by what a continuation byte
# (0x80-0xBF) gives in Latin-1 or cp1252 ("Ã©" for "é", "Ã‰" for "É"), or 'â€' ("â€™" for "’").
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€")


def _looks_mojibake(text: str) -> bool:
    return _MOJIBAKE.search(text) is not None


def sniff_format(text: str) -> Literal["text", "html"]:
    """Say whether ``text`` is an HTML page (``"html"``) or plain text (``"text"``).

    HTML when it starts with a doctype, ``<html>``, ``<head>`` or a block tag, or when
    it holds at least five common HTML tags in its first 20,000 characters.
    """
    if _HTML_START.match(text[:5000]):
        return "html"
    return "html" if len(_HTML_TAGS.findall(text[:20000])) >= 5 else "text"


# The root element of an XML document: after an XML declaration, processing instructions
# (<?xml-stylesheet?>), comments and a doctype.  Atomic runs, as in _HTML_START.
_XML_ROOT = re.compile(
    r"\A(?=(\s*(?:<\?[^>]{0,500}>\s*|<!--(?:(?!-->).){0,2000}-->\s*)*))\1"
    r"(?=((?:<!doctype[^>\[]{0,500}(?:\[[^\]]{0,5000}\])?\s*>\s*)?(?:<!--(?:(?!-->).){0,2000}-->\s*)*))\2"
    r"<(?:(?P<prefix>[A-Za-z_][\w.-]{0,30}):)?(?P<name>[A-Za-z_][\w.-]{0,30})\b",
    re.I | re.S,
)
_CLOSING_SVG = re.compile(r"</(?:[A-Za-z_][\w.-]{0,30}:)?svg\s*>\s*\Z", re.I)


def _check_not_article(text: str, path: str | None) -> None:
    """Raise ``InputError(kind="not-an-article")`` for a news feed or an SVG image.

    Told by the document's root element: ``<rss>`` (RSS 0.9x/2.0), ``<rdf:RDF>`` with the
    RSS 1.0 namespace, ``<feed>`` with the Atom namespace, ``<svg>`` (an SVG image; unless
    a closing ``</svg>`` comes before more markup, as in a page fragment that opens with
    an icon).  Any other text passes.
    """
    root = _XML_ROOT.match(text[:20_000])
    if root is None:
        return
    name = root.group("name").lower()
    prefix = (root.group("prefix") or "").lower()
    head = text[:5_000]
    what = None
    if name == "rss" and not prefix:
        what = "an RSS feed"
    elif name == "rdf" and "purl.org/rss/1.0" in head:
        what = "an RSS feed"
    elif name == "feed" and "w3.org/2005/atom" in head.lower():
        what = "an Atom feed"
    elif name == "svg" and ("</svg" not in text.lower() or _CLOSING_SVG.search(text[-1_000:])):
        raise InputError(f"{_label(path)}: this is an SVG image, not an article's text or HTML; "
                         "give the article as a text or HTML file", kind="not-an-article", path=path)
    if what:
        raise InputError(f"{_label(path)}: this is {what}, a list of articles, not one article; "
                         "give the page or text of one of its articles", kind="not-an-article", path=path)


def bound_text(text: str, *, max_lines: int = MAX_LINES, max_chars: int = MAX_CHARS) -> tuple[str, str | None]:
    """Cut ``text`` after ``max_lines`` lines or ``max_chars`` characters, whichever comes first.

    Returns the (possibly) cut text and a warning saying what was kept, or ``None`` when
    nothing was cut.  The layout rules work line by line, so this bounds their time.
    """
    cut = min(len(text), max_chars)
    newline = -1
    for _ in range(max_lines):
        newline = text.find("\n", newline + 1, cut)
        if newline < 0:
            break
    else:
        cut = newline
    if cut >= len(text):
        return text, None
    return text[:cut], f"input cut for analysis: only its first {cut:,} characters were read"


_OVERLONG_TAG = re.compile(r"<([A-Za-z][\w:-]{0,30})[^<>]{20000,}>")


def _bound_html(text: str) -> tuple[str, str | None]:
    """Cut an HTML page before its ``MAX_HTML_TAGS``-th tag or after ``MAX_HTML_CHARS`` characters.

    A tag over 20,000 characters keeps only its name: libxml2's time grows with the square
    of a tag's attribute count (40,000 attributes take about 18 s), and no article's text
    lives in attributes.
    """
    if len(text) > 20_000 and _OVERLONG_TAG.search(text):
        text = _OVERLONG_TAG.sub(r"<\1>", text)
    cut = min(len(text), MAX_HTML_CHARS)
    if text.count("<", 0, cut) > MAX_HTML_TAGS:
        lt = -1
        for _ in range(MAX_HTML_TAGS):
            lt = text.find("<", lt + 1, cut)
        cut = lt
    if cut >= len(text):
        return text, None
    return text[:cut], f"page cut for analysis: only its first {cut:,} characters were read"


def _repair_mojibake(text: str) -> str:
    """Fix, with ftfy, each line that shows UTF-8 read as a single-byte encoding."""
    import ftfy

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line):
            lines[i] = ftfy.fix_encoding(line)
    return "\n".join(lines)


def decode_document(data: bytes, *, path: str | None = None) -> Document:
    """Decode raw input bytes into a ``Document``.

    Raises ``InputError`` with kind ``empty`` (no bytes or only white space),
    ``binary``, ``undecodable`` or ``not-an-article`` (an RSS or Atom feed, an SVG image).
    """
    if not data.strip():
        raise InputError(f"{_label(path)}: empty input; give a file with an article's text or HTML",
                         kind="empty", path=path)
    _check_binary(data, path)
    text, encoding, warnings = _decode(data, path)
    text, removed = _remove_controls(text)
    warnings.extend(removed)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_not_article(text, path)
    fmt = sniff_format(text)
    text, cut = _bound_html(text) if fmt == "html" else bound_text(text)
    if cut:
        warnings.append(cut)
    if _looks_mojibake(text):
        fixed = _repair_mojibake(text)
        if fixed != text:
            text = fixed
            warnings.append("mojibake repaired with ftfy (text was UTF-8 decoded as a single-byte encoding)")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(f"{_label(path)}: empty input after decoding; give a file with an article's text",
                         kind="empty", path=path)
    return Document(
        text=text,
        format=fmt,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        path=path,
        warnings=warnings,
    )

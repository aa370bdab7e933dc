"""Reading input: bytes to a normalised Unicode text, and text-or-HTML sniffing.

The steps, in order: size check, binary check (magic numbers of common binary formats,
NUL bytes), byte-order mark, strict UTF-8, the page's own ``<meta charset>`` for HTML,
then charset-normalizer's best guess; then newline unification (CRLF and CR to LF),
mojibake repair with ftfy (only when the text looks mis-decoded), NUL removal and
Unicode NFC.  Every repair adds a warning to the document.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from congo_digital.errors import InputError

DEFAULT_MAX_BYTES = 20_000_000
"""Default input size limit in bytes (20 MB); ``--max-bytes`` changes it."""

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
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h1)\b",
    re.I | re.S,
)
_HTML_TAGS = re.compile(r"<(?:html|head|body|p|div|br|article|h1|h2|span|a)\b[^>]{0,500}>", re.I)


@dataclass
class Document:
    """A decoded input.

    ``text`` is NFC-normalised with LF newlines; ``format`` is ``"html"`` or ``"text"``;
    ``encoding`` is the codec used (Python name, e.g. ``"utf-8"``, ``"cp1252"``);
    ``sha256`` is of the raw bytes, ``size`` their length; ``warnings`` lists repairs.
    """

    text: str
    format: Literal["text", "html"]
    encoding: str
    sha256: str
    size: int
    path: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read ``path`` (or standard input for ``"-"``), at most ``max_bytes`` bytes.

    Raises ``InputError`` (kind ``missing``, ``unreadable`` or ``too-large``).
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise InputError(f"{path}: is a directory; give a file path", kind="unreadable", path=path)
            with p.open("rb") as handle:
                data = handle.read(max_bytes + 1)
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
            f"{path}: larger than the limit of {max_bytes:,} bytes; raise it with --max-bytes",
            kind="too-large", path=path,
        )
    return data


def _label(path: str | None) -> str:
    return path if path is not None else "input"


def _check_binary(data: bytes, path: str | None) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{_label(path)}: this is {what}, not an article's text or HTML",
                             kind="binary", path=path)
    head = data[:65536]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return
    nuls = head.count(0)
    if nuls > max(8, len(head) // 10):
        raise InputError(f"{_label(path)}: binary data (NUL bytes), not an article's text or HTML",
                         kind="binary", path=path)


def _decode(data: bytes, path: str | None) -> tuple[str, str, list[str]]:
    """Return (text, encoding, warnings) or raise InputError(kind='undecodable')."""
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", ""), warnings
            except UnicodeDecodeError:
                raise InputError(f"{_label(path)}: starts with a {enc} byte-order mark but is not valid {enc}",
                                 kind="undecodable", path=path) from None
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        enc = declared.group(1).decode("ascii", "replace").lower()
        try:
            codec = codecs.lookup(enc).name
            return data.decode(codec), codec, warnings
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(f"{_label(path)}: the bytes match no known text encoding; "
                         "convert the file to UTF-8", kind="undecodable", path=path)
    enc = codecs.lookup(best.encoding).name
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        text = data.decode(enc, errors="replace")
        warnings.append(f"undecodable bytes replaced while decoding as {enc}")
    return text, enc, warnings


def _looks_mojibake(text: str) -> bool:
    # UTF-8 read as Latin-1/cp1252 leaves 'Ã' or 'Â' followed by another Latin-1 symbol.
    return bool(re.search("[ÃÂ][\u0080-\u00bf]|â€", text[:200_000]))


def sniff_format(text: str) -> Literal["text", "html"]:
    """Say whether ``text`` is an HTML page (``"html"``) or plain text (``"text"``).

    HTML when it starts with a doctype, ``<html>``, ``<head>`` or a block tag, or when
    it holds at least five common HTML tags in its first 20,000 characters.
    """
    if _HTML_START.match(text[:5000]):
        return "html"
    return "html" if len(_HTML_TAGS.findall(text[:20000])) >= 5 else "text"


def decode_document(data: bytes, *, path: str | None = None) -> Document:
    """Decode raw input bytes into a ``Document``.

    Raises ``InputError`` with kind ``empty`` (no bytes or only white space),
    ``binary`` or ``undecodable``.
    """
    if not data.strip():
        raise InputError(f"{_label(path)}: empty input; give a file with an article's text or HTML",
                         kind="empty", path=path)
    _check_binary(data, path)
    text, encoding, warnings = _decode(data, path)
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("NUL characters removed")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_mojibake(text):
        import ftfy

        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            text = fixed
            warnings.append("mojibake repaired (text was UTF-8 decoded as a single-byte encoding)")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(f"{_label(path)}: empty input after decoding; give a file with an article's text",
                         kind="empty", path=path)
    return Document(
        text=text,
        format=sniff_format(text),
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        path=path,
        warnings=warnings,
    )

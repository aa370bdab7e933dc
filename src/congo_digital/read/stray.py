"""Texts of two encodings, steps of ``read.encoding.decode_bytes``: UTF-8 with a few stray
bytes (a Windows-1252 "’" pasted into a UTF-8 page): read as UTF-8, each stray byte as
Windows-1252 (``mostly_utf8``); and the opposite, Windows-1252 with UTF-8 characters
pasted in (``with_utf8_pasted``)."""

from __future__ import annotations

import codecs
import re
import threading

from congo_digital.settings import STRAY_FLOOR, STRAY_MARKED_SHARE, STRAY_MULTIBYTE, STRAY_SHARE


class _TooManyStray(Exception):
    """Raised out of the UTF-8 decoder when the stray bytes pass ``_Stray.limit``."""


class _Stray(threading.local):
    """The count of stray bytes of the decode running in this thread, and its limit."""

    count = 0
    limit = 0


_stray = _Stray()


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """A codecs error handler (``"congo-digital-stray"``): each undecodable byte read as
    Windows-1252 (U+FFFD for the five bytes it leaves undefined), counted in ``_stray``;
    raises ``_TooManyStray`` past ``_stray.limit`` (the decoder stops there)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _stray.count += error.end - error.start
    if _stray.count > _stray.limit:
        raise _TooManyStray
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("congo-digital-stray", _stray_as_cp1252)


def mostly_utf8(data: bytes, marked: bool = False) -> tuple[str, int] | None:
    """``data`` read as UTF-8 when only a few stray bytes are not (a Windows-1252 "’" pasted
    into a UTF-8 page): at most one in every ``STRAY_SHARE`` (100) bytes, or
    ``STRAY_FLOOR`` (8) in a shorter input, and at most one for every ``STRAY_MULTIBYTE`` (1)
    non-ASCII characters that valid UTF-8 sequences give; when ``marked`` (the bytes
    followed a UTF-8 byte-order mark, which says the text is UTF-8), at most one in every
    ``STRAY_MARKED_SHARE`` (20) bytes also do, whatever the other characters.  Each stray
    byte is read as Windows-1252 (U+FFFD for the five bytes it leaves undefined).  Returns ``(text, stray bytes)``, or
    ``None`` when ``data`` is not mostly UTF-8.  One pass of the UTF-8 decoder, which stops
    at the first stray byte past the limit.  Raises nothing."""
    _stray.count, _stray.limit = 0, max(STRAY_FLOOR, len(data) // STRAY_SHARE)
    try:
        text = data.decode("utf-8", errors="congo-digital-stray")
    except _TooManyStray:
        return None
    stray = _stray.count
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - stray
    if marked and 0 < stray * STRAY_MARKED_SHARE <= len(data):
        return text, stray
    return (text, stray) if stray and multibyte >= STRAY_MULTIBYTE * stray else None


# The UTF-8 sequences of the characters a Latin-script text pastes in: the Latin-1 letters
# and signs (U+00A0-U+00FF), Latin Extended-A (U+0100-U+017F), general punctuation
# (U+2010-U+205F: dashes, quotes, "…"), "€" and "™" (Unicode 15, chapter 3.9, table 3-7).
# Read as Windows-1252 they are "Ã©", "â€œ", which no Windows-1252 text writes.
_PASTED = re.compile(rb"\xc2[\xa0-\xbf]|[\xc3-\xc5][\x80-\xbf]|\xe2\x80[\x90-\xbf]|\xe2\x81[\x80-\x9f]"
                     rb"|\xe2\x82\xac|\xe2\x84\xa2")


def with_utf8_pasted(data: bytes) -> tuple[str, int] | None:
    """``data`` read as Windows-1252 bytes holding UTF-8 characters pasted in (a “quote”
    copied from a web page into a Windows-1252 text): each UTF-8 sequence of a Latin letter,
    sign or punctuation mark (``_PASTED``) read as UTF-8, every other byte as Windows-1252.
    Returns ``(text, characters read as UTF-8)``, or ``None`` when there is no such sequence
    or another byte is not Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D outside a sequence).
    Whether the text is Latin is the caller's test.  Raises nothing."""
    parts: list[str] = []
    start = pasted = 0
    try:
        for match in _PASTED.finditer(data):
            parts.append(data[start:match.start()].decode("cp1252"))
            parts.append(match.group().decode("utf-8"))
            start = match.end()
            pasted += 1
        parts.append(data[start:].decode("cp1252"))
    except UnicodeDecodeError:
        return None
    return ("".join(parts), pasted) if pasted else None

"""Characters of the decoded text that no reader sees as they stand: controls, line and
paragraph separators, invisible format characters.

``remove_controls`` drops NUL and control characters (C0 controls but tab and newlines,
U+FFFE, U+FFFF; a vertical tab or form feed becomes a line break: a word processor's manual
line break, a page break). ``c1_as_cp1252`` reads C1 controls as Windows-1252 (but NEL
ending the lines of a text). ``unify_breaks`` makes every other line break LF: CRLF and CR,
NEL (U+0085) and LINE SEPARATOR (U+2028) one LF each, PARAGRAPH SEPARATOR (U+2029) a blank
line, as the text's own paragraphs are written (the Unicode Standard, 5.8 "Newline
Guidelines": NEL, LS and PS are newline functions). ``remove_invisible`` takes out the
invisible format characters that carry no meaning in the record's text (U+200B ZERO WIDTH
SPACE, U+2060 WORD JOINER, U+FEFF as a zero-width no-break space; in a page also their
entities: ``remove_invisible_entities``), and ZERO WIDTH NON-JOINER and JOINER (U+200C,
U+200D) but beside a letter, mark, digit or symbol of a script that uses them (Arabic and
Persian, the Indic scripts, emoji sequences: ``_joins``); the Unicode Standard, 23.2 "Layout
Controls". ``nfc`` puts the text in Unicode NFC. Each change of length is logged in an
``OffsetMap`` (``read.offsets``), so that the record's offsets still index the input's own
text. These are Unicode's own character classes, not a language's vocabulary: they stay
here, as the controls do.
"""

from __future__ import annotations

import re
import unicodedata

from congo_digital.read.offsets import Edit, EditLog, OffsetMap, tracked_sub

# C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF: no text uses them and XML (lxml)
# refuses them; a vertical tab or form feed becomes a line break, the others are removed.
_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The characters that are dropped (NUL and the controls above but VT and FF), and a run
# of them between two word characters: it stands for a space ("foo\x00bar").
_DROPPED = frozenset("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17"
                     "\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff")
# The characters ``_CONTROL`` finds, each looked for by ``in`` (a fast scan): a page has
# none of them most often, and four times faster found so than by the pattern.
_CONTROL_CHARS = tuple(sorted((_DROPPED - {"\x00"}) | {"\x0b", "\x0c"}))
# The characters of ``_DROPPED``, VT and FF as UTF-8 bytes, but U+FFFE and U+FFFF (three bytes
# each: a search of three bytes is slower than one of a character in the text).
_CONTROL_BYTES = tuple(bytes([ord(ch)]) for ch in sorted(_DROPPED | {"\x0b", "\x0c"}) if ch < "\x80")
_NULS = re.compile("\x00+")
_DROPPED_RUN = re.compile("(?<=\\w)[\x00-\x08\x0e-\x1f\ufffe\uffff]+(?=\\w)")
# An ANSI/ECMA-48 control sequence (CSI: ESC "[", parameter bytes 0x30-0x3F, intermediate
# bytes 0x20-0x2F, a final byte 0x40-0x7E; ECMA-48 5th ed. 5.4), such as the colour codes
# "\x1b[31m" and "\x1b[0m" a text copied from a terminal keeps: removed whole, not only its ESC.
_CSI = re.compile("\x1b\\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]")


def controls_in_utf8(text: str, data: bytes) -> bool:
    """Whether ``text``, decoded from the bytes ``data`` by strict UTF-8, holds a character
    that ``remove_controls`` removes or replaces.  ``False`` means that ``text`` needs no
    ``remove_controls``.  The one-byte characters are looked for in ``data`` (``_CONTROL_BYTES``,
    each by ``in``: a bytes scan, three times faster than one of a text of two bytes a
    character), U+FFFE and U+FFFF in ``text``."""
    return "\ufffe" in text or "\uffff" in text or any(b in data for b in _CONTROL_BYTES)


def remove_controls(text: str, offsets: OffsetMap | None = None) -> tuple[str, list[str]]:
    """Remove NUL and control characters from ``text``; return (text, warnings).

    A run of dropped characters between two word characters becomes one space
    ("foo\\x00bar" gives "foo bar"), unless it is a single character with another one two
    places before or after it: that is the interleaving UTF-16 read byte by byte leaves
    ("T\\x00i\\x00t\\x00l\\x00e"), and the word stays whole.  A vertical tab or form feed
    becomes a line break; every other one is dropped.  A terminal's control sequence
    (ANSI CSI, "\\x1b[31m") goes whole, before the rest ("Title\\x1b[31m red\\x1b[0m" gives
    "Title red").  ``warnings`` holds ``"NUL characters
    removed"`` and ``"control characters removed"``, each when it applies.  Each change of
    length is logged in ``offsets`` (``read.offsets``).  Raises nothing.
    """
    warnings: list[str] = []
    has_nul = "\x00" in text
    has_control = any(ch in text for ch in _CONTROL_CHARS)
    if not has_nul and not has_control:
        return text, warnings

    def joint(m: re.Match[str]) -> str:
        start, end = m.span()
        if end - start == 1 and ((start >= 2 and text[start - 2] in _DROPPED)
                                 or (end + 1 < len(text) and text[end + 1] in _DROPPED)):
            return ""
        return " "

    if "\x1b" in text:
        text = tracked_sub(_CSI, "", text, offsets)
    text = tracked_sub(_DROPPED_RUN, joint, text, offsets)
    if has_nul:
        text = tracked_sub(_NULS, "", text, offsets)
        warnings.append("NUL characters removed")
    if has_control:
        text = tracked_sub(_CONTROL, lambda m: "\n" if m.group() in "\x0b\x0c" else "", text, offsets)
        warnings.append("control characters removed")
    return text, warnings




_C1 = re.compile("[\x80-\x9f]")


def _c1_in_utf8(data: bytes) -> bool:
    """Whether the UTF-8 bytes ``data`` hold a C1 control (0xC2 and a byte 0x80-0x9F): each
    0xC2 found by ``bytes.find`` (memchr), ten times faster than ``_C1`` in the decoded text
    and six times than ``re.search(b"\\xc2[\\x80-\\x9f]")`` (whose first-byte scan is a loop
    over every byte) on the real pages, where 0xC2 opens a no-break space or a sign a few
    dozen times a page."""
    at = data.find(b"\xc2")
    while at >= 0:
        if b"\x80" <= data[at + 1:at + 2] <= b"\x9f":
            return True
        at = data.find(b"\xc2", at + 1)
    return False


_C1_AS_CP1252 = {code: bytes([code]).decode("cp1252", errors="replace") for code in range(0x80, 0xa0)}
"""The C1 controls as Windows-1252 reads their bytes ("\\x92" as "’"); the five it leaves
undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as U+FFFD REPLACEMENT CHARACTER, as a stray byte
of those five in a UTF-8 text is read (``read.stray``): no text means them."""


def c1_as_cp1252(text: str, utf8: bytes | None = None) -> tuple[str, list[str]]:
    """``text`` with its C1 controls (U+0080-U+009F) read as the Windows-1252 characters of their bytes
    (U+FFFD for the five that Windows-1252 leaves undefined), and a warning; or ``text`` and no
    warning when it holds none, or only NEL (U+0085) and no LF or CR, where NEL ends its lines (an
    EBCDIC system's text: ``unify_breaks``). No text means a C1 control: they are Windows-1252 text
    decoded as Latin-1 somewhere before ("It\\x92s" is "It’s", "Wait\\x85" is "Wait…"), as the
    WHATWG Encoding Standard reads a page labelled Latin-1. Each character stays one character, so
    no offset moves. ``utf8`` is the input's bytes when ``text`` is their strict UTF-8 decoding:
    they are searched instead. Raises nothing."""
    if text.isascii() or (_C1.search(text) is None if utf8 is None else not _c1_in_utf8(utf8)):
        return text, []
    found = set(_C1.findall(text))
    if "\n" not in text and "\r" not in text and found == {"\x85"}:
        return text, []
    for ch in found:  # (``str.translate`` took 50 ms on a page of a megabyte)
        text = text.replace(ch, _C1_AS_CP1252[ord(ch)])
    return text, ["C1 control characters read as Windows-1252 (the text was decoded as "
                                           "Latin-1 before)"]


_BREAK = re.compile("\r\n?|[\x85\u2028\u2029]")
_BREAKS = {"\r\n": "\n", "\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_CRLF = re.compile("\r\n")


def holds(text: str, chars: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``chars`` (characters past ASCII): ``False`` at once for
    an ASCII text (one test in C), else each looked for by ``in`` (a scan of the text is
    faster than one of its UTF-8 bytes for a sequence of three)."""
    return not text.isascii() and any(ch in text for ch in chars)


OTHER_BREAKS = tuple(ch for ch in _BREAKS if "\r" not in ch)
"""The line breaks besides CR and CRLF (NEL, U+2028, U+2029): ``holds``'s characters."""


def unify_breaks(text: str, offsets: OffsetMap | None = None) -> str:
    """``text`` with every line break LF (this module's docstring: CRLF, CR, NEL, U+2028 one
    LF, U+2029 two); its changes of length logged in ``offsets``.  Gives no warning: the
    text's lines are the same.  A text of CRLF lines alone is replaced in C, its edits read
    from where each CRLF stands only when an offset is mapped (``EditLog.later``)."""
    other = holds(text, OTHER_BREAKS)
    if not other and "\r" not in text:
        return text
    if not other:
        lf = text.replace("\r\n", "\n")
        if "\r" not in lf:  # (no lone CR: one scan of the copy, not two counts of the text)
            if offsets is not None:
                crlf = text  # (the text before: its CRLFs are read only when an offset is mapped)
                offsets.step().later(lambda: [(at - k, at - k + 1, at, at + 2)
                                              for k, at in enumerate(m.start() for m in _CRLF.finditer(crlf))])
            return lf
    return tracked_sub(_BREAK, lambda m: _BREAKS[m.group()], text, offsets)


BIDI_FORMATTING = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
"""A ``str.translate`` table that removes the bidirectional formatting characters: the marks
LRM, RLM, ALM and the embedding, override and isolate controls (UAX #9, section 2).  They
stay in the text, where they order a right-to-left line's display; a reader of names drops
them (``fields.bylines.parse_byline``)."""

AS_READ = {**BIDI_FORMATTING, 0x2010: "-", 0x2011: "-"}
"""A ``str.translate`` table for a name or a date read from markup: the bidirectional
formatting characters removed (``BIDI_FORMATTING``) and the hyphen U+2010 and the
non-breaking hyphen U+2011 written "-", as a reader sees them (a text line gets the same
from ``layout.lines.clean_line`` and ``fields.bylines.parse_byline``).  Used by
``fields.authors.clean_names`` and ``fields.dates.normalise_date``."""

_INVISIBLE_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
"""Each looked for by ``in`` (a scan in C; U+2061-U+2064, whose low bytes are "a" to "d",
made such a scan of a page stop at every such letter: not taken out)."""
INVISIBLE_ENTITY_NAMES = ("#0*8203|#[xX]0*200[bB]|ZeroWidthSpace|#0*8288|#[xX]0*2060|NoBreak"
                          "|#0*65279|#[xX]0*[fF][eE][fF][fF]")
"""The entities of U+200B, U+2060 and U+FEFF in a page (HTML's named ones and the numeric),
as a pattern of what stands between "&" and ";"."""
_INVISIBLE_ENTITY = re.compile(f"&(?:{INVISIBLE_ENTITY_NAMES});")


def _joins(ch: str) -> bool:
    """Whether ``ch`` is a letter, mark, digit or symbol outside the Latin script's blocks
    (at or past U+0370 Greek, but Latin Extended Additional U+1E00-U+1EFF): a character a
    joiner beside it may shape (Persian "می\u200cخواهم", Devanagari, an emoji sequence)."""
    return ch >= "\u0370" and not "\u1e00" <= ch <= "\u1eff" and unicodedata.category(ch)[0] in "LMNS"


def remove_invisible_entities(text: str, offsets: OffsetMap | None = None) -> str:
    """A page's ``text`` without the entities of U+200B, U+2060 and U+FEFF (``&#8203;``,
    ``&ZeroWidthSpace;``, ``&NoBreak;``, ``&#xFEFF;`` ...), each removal logged in ``offsets``."""
    if _INVISIBLE_ENTITY.search(text) is None:  # (tried at each "&": a quarter of a millisecond a page)
        return text
    return tracked_sub(_INVISIBLE_ENTITY, "", text, offsets)


def _runs(text: str, chars: tuple[str, ...]) -> list[tuple[int, int]]:
    """The maximal runs of ``chars`` in ``text``, as ``(start, end)`` in ascending order: the
    spans ``re.finditer("[...]+")`` gives, found by ``str.find`` for each character (a scan in
    C) instead.  A pattern that opens with a repeat has no first-character scan in ``re``: it
    is tried at every position, 6-20 ms on a page of 150,000-300,000 characters past Latin-1."""
    found: list[int] = []
    for ch in chars:
        at = text.find(ch)
        while at >= 0:
            found.append(at)
            at = text.find(ch, at + 1)
    found.sort()
    runs: list[tuple[int, int]] = []
    for at in found:
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
    return runs


def remove_invisible(text: str, offsets: OffsetMap | None = None) -> str:
    """``text`` without its invisible format characters (this module's docstring), each
    removal logged in ``offsets``.  A run of them (``_runs``) with a joiner in it, next to a
    character that ``_joins``, keeps its joiners.  Raises nothing."""
    if not holds(text, _INVISIBLE_CHARS):
        return text
    log = offsets.step() if offsets is not None else None
    out: list[str] = []
    pos = 0
    for start, end in _runs(text, _INVISIBLE_CHARS):
        run = text[start:end]
        kept = ""
        if ("\u200c" in run or "\u200d" in run) and (
                (start and _joins(text[start - 1])) or (end < len(text) and _joins(text[end]))):
            kept = "".join(ch for ch in run if ch in "\u200c\u200d")
        out.append(text[pos:start])
        out.append(kept)
        if log is not None:
            log.replace(start, end, len(kept))
        pos = end
    out.append(text[pos:])
    return "".join(out)


_NFC_PIECE = 1 << 12
"""``nfc`` normalises a long text in pieces of about this many characters."""
_ASCII = re.compile("[\x00-\x7f]")


def nfc(text: str, offsets: OffsetMap | None = None) -> str:
    """``unicodedata.normalize("NFC", text)`` (``text`` itself when it is in NFC), normalised
    piece by piece: each piece of at least ``_NFC_PIECE`` characters ends before an ASCII
    character.  Such a character is a starter that no character before it composes with
    (canonical combining class 0, NFC_Quick_Check Yes: UAX #15), so no normalisation crosses
    it and the pieces normalised give the whole normalised.  A text out of NFC is normalised
    whole by ``normalize``, slowly (15 ms for a page of a megabyte with a few decomposed
    accents); so only its pieces out of NFC are.  A change of length is logged in ``offsets``
    (``_log_nfc``), read only when an offset is mapped."""
    moved: list[tuple[str, int, str]] = []  # (piece, its offset, its NFC) where the length changed
    if len(text) <= 2 * _NFC_PIECE:
        normal = unicodedata.normalize("NFC", text)
        if len(normal) != len(text):
            moved.append((text, 0, normal))
    else:
        pieces: list[str] = []
        changed = False
        start = 0
        while start < len(text):
            m = _ASCII.search(text, start + _NFC_PIECE)
            end = len(text) if m is None else m.start()
            piece = text[start:end]
            normal = unicodedata.normalize("NFC", piece)
            if normal != piece:
                changed = True
                if len(normal) != len(piece):
                    moved.append((piece, start, normal))
            pieces.append(normal)
            start = end
        normal = "".join(pieces) if changed else text
    if offsets is not None:
        log = offsets.step()
        if moved:  # its edits read only when an offset is mapped (``EditLog.later``)
            log.later(lambda: _nfc_edits(moved))
    return normal


def _nfc_edits(moved: list[tuple[str, int, str]]) -> list[Edit]:
    """The edits (``read.offsets``) of NFC on a text whose pieces ``(piece, offset, its NFC)``
    changed length, in ascending order (``_log_nfc``)."""
    log = EditLog()
    for piece, at, normal in moved:
        _log_nfc(piece, at, normal, log)
    return log.edits


_NON_ASCII_RUN = re.compile("[\x00-\x7f]?[^\x00-\x7f]+")
"""A run of non-ASCII characters with the ASCII character before it: NFC changes nothing
outside such runs, and no normalisation crosses from one to the next (``nfc``)."""


def _log_nfc(piece: str, at: int, normal: str, log: EditLog) -> None:
    """Log in ``log`` (an ``EditLog``) how NFC changed ``piece`` (at offset ``at`` of the text)
    into ``normal``, run by run of non-ASCII characters (``_NON_ASCII_RUN``): in a run whose
    length NFC changed, each stretch from a character of canonical combining class 0 to the
    next one, normalised alone, is one edit when its length changed; when the stretches so
    normalised are not the run's NFC (a starter that composes with the one before it: Hangul
    jamo), the whole run is one edit.  A piece whose length NFC kept (a compatibility
    ideograph, the Ohm sign: one character for one) is not read: its offsets do not move."""
    if len(normal) == len(piece):
        return
    for m in _NON_ASCII_RUN.finditer(piece):
        run = m.group()
        whole = unicodedata.normalize("NFC", run)
        if len(whole) == len(run):
            continue
        base = at + m.start()
        starts = [0] + [i for i, ch in enumerate(run) if i and not unicodedata.combining(ch)]
        bounds = list(zip(starts, [*starts[1:], len(run)], strict=True))
        parts = [unicodedata.normalize("NFC", run[a:b]) for a, b in bounds]
        if "".join(parts) != whole:
            log.replace(base, base + len(run), len(whole))
            continue
        for (a, b), part in zip(bounds, parts, strict=True):
            if len(part) != b - a:
                log.replace(base + a, base + b, len(part))

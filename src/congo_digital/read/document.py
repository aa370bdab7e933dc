"""The decoded document: bytes to a ``Document``, told as text or HTML and bounded.

The steps of ``decode_document``, in order: empty check, binary check (magic numbers of
common binary formats; NUL bytes past a share, unless they fall as in UTF-16), decoding
(``read.encoding``), then in ``read.characters`` control character removal, C1 controls
read as Windows-1252, newline unification (CRLF, CR, NEL and U+2028 to LF, U+2029 to a
blank line) and the removal of invisible format characters (zero-width space, word joiner,
U+FEFF; joiners outside the scripts that use them), the not-an-article check (news feeds,
SVG images), format sniffing, the analysis bounds, mojibake repair, Unicode NFC and the
removal of soft hyphens.  Every repair but newline unification and the removal of invisible
characters adds a warning to the document.  Each step that changes a length logs where
(``read.offsets``), so that an offset into ``Document.text`` maps back to the input's own
text (``Document.to_raw``).

Bounds, so that any input is parsed in bounded time: a plain text is cut after
``MAX_LINES`` lines or ``MAX_CHARS`` characters, an HTML page after ``MAX_HTML_TAGS``
tags or ``MAX_HTML_CHARS`` characters outside its scripts and styles (a script or style
over ``MAX_SCRIPT_CHARS`` is emptied: ``read.htmlbounds``); a cut adds a warning.  ``sha256`` and ``size``
are still those of all the bytes.
"""

from __future__ import annotations

import codecs
import re
from typing import Literal

from congo_digital.errors import InputError
from congo_digital.plain import Plain
from congo_digital.read.characters import (
    INVISIBLE_ENTITY_NAMES,
    OTHER_BREAKS,
    c1_as_cp1252,
    controls_in_utf8,
    holds,
    nfc,
    remove_controls,
    remove_invisible,
    remove_invisible_entities,
    unify_breaks,
)
from congo_digital.read.datafiles import is_json, is_json_lines, named_data, table_kind
from congo_digital.read.encoding import decode_bytes, repair_mojibake, utf16_without_bom
from congo_digital.read.files import input_label
from congo_digital.read.htmlbounds import bound_html
from congo_digital.read.offsets import OffsetMap
from congo_digital.read.references import decode_references
from congo_digital.settings import MAX_CHARS, MAX_LINES

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


class Document(Plain):
    """A decoded input.

    ``text`` is NFC-normalised with LF newlines, cut at the analysis bounds; ``format`` is
    ``"html"`` or ``"text"``; ``encoding`` is the codec used (Python name, e.g.
    ``"utf-8"``, ``"utf-16-le"``, ``"cp1252"``); ``sha256`` is of the raw bytes, ``size``
    their length; ``warnings`` lists repairs and cuts; ``soft_hyphens`` the offsets in
    ``text`` where a soft hyphen stood before it was taken out (ascending; the record's
    title puts them back, ``fields.title.as_printed``).  ``utf8`` (not a field) is the
    input's bytes when ``text`` is exactly their strict UTF-8 decoding (nothing repaired,
    cut or normalised; its CRLF and CR newlines made LF in both), else ``None``: the HTML
    parser reads them instead of ``text`` encoded again (``html.page.parse_page``).  ``raw``
    (not a field) is the input's text as decoded, without a byte-order mark, when ``text``
    differs from it, else ``None``;
    ``offsets`` (not a field) maps an offset of ``text`` to one of ``raw`` (``to_raw``), or
    is ``None`` when no step changed a length.
    """

    FIELDS = ("text", "format", "encoding", "sha256", "size", "path", "warnings", "soft_hyphens")

    def __init__(self, text: str, format: Literal["text", "html"], encoding: str, sha256: str, size: int,
                 path: str | None = None, warnings: list[str] | None = None,
                 soft_hyphens: tuple[int, ...] = (), utf8: bytes | None = None, raw: str | None = None,
                 offsets: OffsetMap | None = None) -> None:
        self.utf8 = utf8
        self.raw = raw
        self.offsets = offsets
        self.text = text
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.size = size
        self.path = path
        self.warnings = [] if warnings is None else warnings
        self.soft_hyphens = soft_hyphens

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The span ``[start, end)`` of ``text`` as a span of the input's own text (``raw``,
        or ``text`` itself when nothing changed a length): a start just after a character the
        reading removed maps past it, an end just before one maps before it."""
        return (start, end) if self.offsets is None else self.offsets.to_raw(start, end)

    def raw_text(self) -> str:
        """The input's own text, as decoded without a byte-order mark (what ``to_raw`` indexes)."""
        return self.text if self.raw is None else self.raw


_FIRST_SMALL = 1 << 20
"""The first input of a process up to this many bytes is hashed without OpenSSL (``sha256_hex``)."""

_hashed_one = False


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, 64 lowercase hex digits.  Importing ``hashlib`` loads OpenSSL
    (a fiftieth of a cold command-line parse), so the first input of a process, when it is
    small (``_FIRST_SMALL``), is hashed by CPython's own SHA-256 module when there is one
    (``_sha2``, ``_sha256`` before 3.12: slower per byte, nothing to load); every other one by
    ``hashlib``.  The digest is the same."""
    global _hashed_one
    if not _hashed_one and len(data) <= _FIRST_SMALL:
        _hashed_one = True
        for name in ("_sha2", "_sha256"):
            try:
                own = __import__(name).sha256
            except (ImportError, AttributeError):
                continue
            return own(data).hexdigest()
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _check_binary(data: bytes, path: str | None) -> None:
    """Raise ``InputError(kind="binary")`` for a WARC file (its ``WARC/`` version line, or gzip
    data named ``*.warc.gz``: the message points to the ``warc`` command), for the magic
    number of a binary format, or for NUL bytes in the first 64 KiB (``head``), unless UTF-16
    or UTF-32: more than 8 of them that are also over a tenth of ``head``, or more NUL bytes
    than others (a short file of NULs: "ab" and eight NULs).  Fewer NUL bytes are a text's
    stray ones, which ``read.encoding.remove_controls`` removes with a warning."""
    if data.startswith(b"WARC/") or (data.startswith(b"\x1f\x8b") and str(path or "").lower().endswith(".warc.gz")):
        raise InputError(f"{input_label(path)}: this is a WARC file (a web archive), not one article; "
                         f"read it with: congo-digital warc {path or 'FILE'}",
                         kind="binary", path=path)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{input_label(path)}: this is {what}, not an article's text or HTML; "
                             "give the article as a text or HTML file",
                             kind="binary", path=path)
    head = data[:65536]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return
    if utf16_without_bom(data):
        return
    nuls = head.count(0)
    if nuls > max(8, len(head) // 10) or 2 * nuls > len(head):
        raise InputError(f"{input_label(path)}: binary data (NUL bytes), not an article's text or HTML; "
                         "give the article as a text or HTML file",
                         kind="binary", path=path)


def sniff_format(text: str) -> Literal["text", "html"]:
    """Say whether ``text`` is an HTML page (``"html"``) or plain text (``"text"``).

    HTML when it starts with a doctype, ``<html>``, ``<head>`` or a block tag, or when
    it holds at least five common HTML tags in its first 20,000 characters, one per 2,000
    characters at least (a page saved as text that prints a few stray "<p>" is text).
    """
    if _HTML_START.match(text[:5000]):
        return "html"
    head = text[:20000]
    return "html" if len(_HTML_TAGS.findall(head)) >= max(5, len(head) // 2000) else "text"


# The root element of an XML document: after an XML declaration, processing instructions
# (<?xml-stylesheet?>), comments and a doctype.  Atomic runs, as in _HTML_START.
_XML_ROOT = re.compile(
    r"\A(?=(\s*(?:<\?[^>]{0,500}>\s*|<!--(?:(?!-->).){0,2000}-->\s*)*))\1"
    r"(?=((?:<!doctype[^>\[]{0,500}(?:\[[^\]]{0,5000}\])?\s*>\s*)?(?:<!--(?:(?!-->).){0,2000}-->\s*)*))\2"
    r"<(?:(?P<prefix>[A-Za-z_][\w.-]{0,30}):)?(?P<name>[A-Za-z_][\w.-]{0,30})\b",
    re.I | re.S,
)
_JSON_START = re.compile(r"\s*[{\[]")
"""A text that may be a JSON document: an object or an array after white space (matched
in place: no copy of the text is made to find its first character)."""
_LETTER = re.compile(r"[^\W\d_]")
"""A letter (of any script): a text without one (a list of numbers) has no words to read."""
_CLOSING_SVG = re.compile(r"</(?:[A-Za-z_][\w.-]{0,30}:)?svg\s*>\s*\Z", re.I)


def _check_not_article(text: str, path: str | None) -> None:
    """Raise ``InputError(kind="not-an-article")`` for a news feed or an SVG image.

    Told by the document's root element: ``<rss>`` (RSS 0.9x/2.0), ``<rdf:RDF>`` with the
    RSS 1.0 namespace, ``<feed>`` with the Atom namespace, ``<svg>`` (an SVG image; unless
    a closing ``</svg>`` comes before more markup, as in a page fragment that opens with
    an icon); and a JSON document (an object or an array that parses whole: an API's
    answer, a scraper's dump) or JSON Lines (``read.datafiles``), which are data about
    articles, not one article's text; and a file named as a table or as JSON that is one by
    its start (``read.datafiles.named_data``: a ``.csv`` whose first line holds a comma, a
    ``.json`` that starts with ``{`` but does not parse whole) or, whatever its name, starts
    as a table (``read.datafiles.table_kind``); and a text without a single letter (a list
    of numbers: ``_WORDLESS``), which has no words to read.  Any other text passes.
    """
    if _JSON_START.match(text):
        if is_json(text):
            raise InputError(f"{input_label(path)}: this is a JSON document, not an article's text or HTML; "
                             "give the article's text (a JSON value such as an 'articleBody' as a file of its own)",
                             kind="not-an-article", path=path)
        if is_json_lines(text):
            raise InputError(f"{input_label(path)}: this is JSON Lines (one JSON value a line), not an article's "
                             "text or HTML; give each article's text as a file of its own", kind="not-an-article",
                             path=path)
    data = named_data(text, path) or table_kind(text)
    if data is not None:
        raise InputError(f"{input_label(path)}: this is {data}, data about articles, not an article's text or HTML; "
                         "give each article's text as a file of its own", kind="not-an-article", path=path)
    if _LETTER.search(text) is None and text.strip():  # (an empty text is told as such)
        raise InputError(f"{input_label(path)}: this holds no word (only numbers, signs or marks), not an "
                         "article's text or HTML; give the article's text", kind="not-an-article", path=path)
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
        raise InputError(f"{input_label(path)}: this is an SVG image, not an article's text or HTML; "
                         "give the article as a text or HTML file", kind="not-an-article", path=path)
    if what:
        raise InputError(f"{input_label(path)}: this is {what}, a list of articles, not one article; "
                         "give the page or text of one of its articles", kind="not-an-article", path=path)


def bound_text(text: str, *, max_lines: int = MAX_LINES, max_chars: int = MAX_CHARS) -> tuple[str, str | None]:
    """Cut ``text`` after ``max_lines`` lines or ``max_chars`` characters, whichever comes
    first, counted from its first character that is not white space.

    Returns the (possibly) cut text and a warning saying what was kept, or ``None`` when
    nothing was cut.  The layout rules work line by line, so this bounds their time.
    """
    lead = len(text) - len(text.lstrip())  # blank lines before the text do not count
    cut = min(len(text), lead + max_chars)
    newline = lead - 1
    for _ in range(max_lines):
        newline = text.find("\n", newline + 1, cut)
        if newline < 0:
            break
    else:
        cut = newline
    if cut >= len(text):
        return text, None
    return text[:cut], f"input cut for analysis: only its first {cut:,} characters were read"


_SOFT_HYPHEN = re.compile("\xad")
_SOFT_HYPHEN_HTML = re.compile("\xad|&(?:shy|#173|#x0*ad);", re.I)
"""A soft hyphen (U+00AD; in a page also ``&shy;``, ``&#173;``, ``&#xAD;``): a hint where a
word may break, invisible when the word does not, so taken out of the text before anything
reads it ("Thier\xadry" is "Thierry"); a page's hyphenation tools insert them into names."""
_SHY_NAMES = "[Ssſ][Hh][Yy]|#173|#[Xx]0*[Aa][Dd]"
_SHY_ENTITY = re.compile(f"&(?:{_SHY_NAMES});")
"""The entities of ``_SOFT_HYPHEN_HTML`` without ``re.IGNORECASE`` (each letter as the
characters it matches case aside, "ſ" for "s" too): searched for by its "&", some ten times
faster, before a page is rebuilt without them."""
_TAKEN_ENTITY = re.compile(f"&(?:{INVISIBLE_ENTITY_NAMES}|{_SHY_NAMES});")
"""An entity that the reading takes out of a page: a zero-width one (``read.characters``'
``remove_invisible_entities``) or a soft hyphen (``_SHY_ENTITY``).  One search by its "&"
tells a page that holds neither (most pages) from the rest, instead of one search a kind
(each a loop over the page's characters in ``re``)."""


def _soft_hyphen_spans(text: str, html: bool) -> list[tuple[int, int]]:
    """Where ``_SOFT_HYPHEN`` (``html``: ``_SOFT_HYPHEN_HTML``) matches in ``text``, in order:
    the soft hyphens and, in a page, the matches of ``_SHY_ENTITY`` (an entity holds no soft
    hyphen, so the two never overlap and their union is what the alternation finds).  Each
    pattern is searched for by its first character; ``_SOFT_HYPHEN_HTML`` with its
    ``re.IGNORECASE`` is tried at every character (4 ms on a page of a megabyte)."""
    spans = [m.span() for m in _SOFT_HYPHEN.finditer(text)]
    if html:
        spans += [m.span() for m in _SHY_ENTITY.finditer(text)]
        spans.sort()
    return spans


def _without_soft_hyphens(text: str, html: bool, offsets: OffsetMap) -> tuple[str, tuple[int, ...]]:
    """``text`` without its soft hyphens (``_soft_hyphen_spans``), and the offsets in the
    result where each one stood; each removal logged in ``offsets``."""
    kept: list[str] = []
    where: list[int] = []
    pos = taken = 0
    log = offsets.step()
    for start, end in _soft_hyphen_spans(text, html):
        log.replace(start, end, 0)
        kept.append(text[pos:start])
        taken += end - start
        where.append(end - taken)
        pos = end
    kept.append(text[pos:])
    return "".join(kept), tuple(where)


def decode_document(data: bytes, *, path: str | None = None,
                    input_format: Literal["auto", "text", "html"] = "auto", charset: str | None = None) -> Document:
    """Decode raw input bytes into a ``Document``.

    ``charset`` is the charset label the transport declared (an HTTP ``Content-Type``'s), or
    ``None`` (see ``read.encoding.decode_bytes``).  ``input_format`` ``"text"`` or ``"html"``
    forces the reading; ``"auto"`` sniffs it (``sniff_format``).  Raises ``InputError`` with
    kind ``empty`` (no bytes or only white space), ``binary``, ``undecodable`` or
    ``not-an-article`` (an RSS or Atom feed, an SVG image, a JSON document, a table, a text
    without a letter).
    """
    if not data or data.isspace():  # (as ``not data.strip()``, without its copy of a page)
        raise InputError(f"{input_label(path)}: empty input; give a file with an article's text or HTML",
                         kind="empty", path=path)
    _check_binary(data, path)
    text, encoding, warnings = decode_bytes(data, path, charset)
    decoded = text if encoding == "utf-8" and not warnings and not data.startswith(codecs.BOM_UTF8) else None
    utf8 = data  # ``decoded``'s UTF-8 bytes
    raw, offsets = text, OffsetMap()
    strict = data if encoding == "utf-8" and not warnings else None  # (text is their strict UTF-8 decoding)
    if encoding != "utf-8" or warnings or controls_in_utf8(text, data):  # (else: strict UTF-8, no control)
        text, removed = remove_controls(text, offsets)
        warnings.extend(removed)
    text, c1 = c1_as_cp1252(text, strict)
    warnings.extend(c1)
    unified = text is decoded and "\r" in text and not holds(text, OTHER_BREAKS)
    text = unify_breaks(text, offsets)
    if unified:  # only CR and LF changed (bytes of their own in UTF-8): the bytes change as the text
        decoded, utf8 = text, data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    text = remove_invisible(text, offsets)
    _check_not_article(text, path)
    fmt: Literal["text", "html"] = sniff_format(text) if input_format == "auto" else input_format
    entity_free: str | None = None  # the text when it held no entity that the reading takes out
    if fmt == "html":
        if _TAKEN_ENTITY.search(text) is None:
            entity_free = text
        else:
            text = remove_invisible_entities(text, offsets)
        text, cuts = bound_html(text, offsets)
        warnings.extend(cuts)
    else:
        text, cut = bound_text(text)
        warnings += [cut] if cut else []
        text, references = decode_references(text, offsets)
        warnings.extend(references)
    text, repaired = repair_mojibake(text, offsets)
    warnings.extend(repaired)
    text = nfc(text, offsets)
    soft: tuple[int, ...] = ()
    if "\xad" in text or (fmt == "html" and text is not entity_free and _SHY_ENTITY.search(text) is not None
                           and ("&shy;" in text or "&#173;" in text or "&#x" in text)):
        text, soft = _without_soft_hyphens(text, fmt == "html", offsets)
    if not text or text.isspace():
        raise InputError(f"{input_label(path)}: empty input after decoding; give a file with an article's text",
                         kind="empty", path=path)
    return Document(
        text=text,
        format=fmt,
        encoding=encoding,
        sha256=sha256_hex(data),
        size=len(data),
        path=path,
        warnings=warnings,
        soft_hyphens=soft,
        utf8=utf8 if text is decoded else None,  # (the same object: no step changed it)
        raw=raw if text != raw else None,  # (an identity test when no step made a new text)
        offsets=offsets if offsets.changed() else None,
    )

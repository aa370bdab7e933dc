"""WARC input (the ``[warc]`` extra, warcio): the HTML pages a crawl fetched, as tasks.

A WARC file (ISO 28500; plain or gzipped record by record, as Common Crawl's) holds records
of several types.  Each ``response`` record whose HTTP status is 200 and whose media type is
HTML (the HTTP ``Content-Type``, else the crawler's ``WARC-Identified-Payload-Type``) becomes
one ``Task``: its payload (HTTP chunking and content encoding undone) as ``data``, its
``WARC-Target-URI`` as ``url``, the ``Content-Type``'s charset as ``charset``, and as
``path`` the WARC file's path, ``@`` and the record's byte offset (``warcio extract FILE
OFFSET`` prints it back).  Every other record is counted in ``WarcStats.skipped`` by reason
(``SKIP_REASONS``).

A file is opened as ``parse`` opens its inputs (``read.files.open_input``: a named pipe
waits at most ``settings.FIFO_WAIT`` seconds for its writer).  A file that cannot be opened,
is not a WARC (``NOT_WARC``), is gzipped whole (``WHOLE_GZIP``), or is cut short or corrupt
past some record (``CUT_HEADER``; the file ends inside a record's block, or inside the gzip
member of its last record: ``CUT_MEMBER``, told by zlib, whose decompressor of that member
never met the end of its stream) ends with one task that fails (kind ``unreadable``, or
``missing``), after the tasks of the good records before it, with a one-line printable
message (never the file's bytes); the files after it are read.  A file of no bytes is one
failed task of kind ``empty`` (``NO_RECORD``), as is a file of blank lines or of empty
gzip members (``_only_blank``).  A page whose HTTP content encoding cannot be undone (a
corrupt gzip payload; ``br`` without the brotli module) is one failed task
(``unreadable``) and the records after it are read.  Reading never raises for a bad file.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from functools import cache
from typing import Any

from congo_digital.batch.extras import require
from congo_digital.batch.task import Task
from congo_digital.errors import InputError
from congo_digital.read.files import input_label, open_input
from congo_digital.settings import DEFAULT_MAX_BYTES

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
"""The media types read as an article's page (IANA registrations of HTML and XHTML)."""

SKIP_REASONS = ("not an HTTP response", "status not 200", "not HTML")
"""Why a record is not parsed: another record type (``warcinfo``, ``request``, ``metadata``,
``revisit`` …) or a response without HTTP headers (``dns:``); an HTTP status other than 200
(a redirect, an error page); a media type other than ``HTML_TYPES`` (text/plain, a PDF,
an image)."""

WARC_SUFFIXES = (".warc", ".warc.gz")
"""File names read as WARC files where inputs of both kinds are taken (``congo_digital.dask``)."""

FIFO_HINT = "start the writer first, or give a regular file"
"""What to do about a named pipe given as a WARC file whose writer did not come (standard
input is not read)."""

NOT_WARC = "not a WARC file (it does not begin with a WARC record); give a WARC file, plain or gzipped"
"""Why a file fails whose first record is no WARC record (text, random bytes, an ARC file)."""

CUT_HEADER = "a record header cut short or corrupt"
"""Why a file fails where warcio cannot read a record's WARC or HTTP header (the file ends
inside it, or bytes that are no header stand where the next record should start)."""

CUT_MEMBER = "the file ends inside the gzip member of its last record (cut short?)"
"""Why a gzipped file fails whose last record was read whole but whose gzip member stops
before its end (the 8-byte trailer of CRC-32 and length, RFC 1952, or more, is missing):
warcio reads such a file to its end without a word."""

WHOLE_GZIP = ("the file is gzipped whole, not record by record; give it gunzipped, or recompress it with "
              "'warcio recompress FILE NEW_FILE'")
"""Why a file fails that was gzipped as one stream (``gzip crawl.warc``): warcio reads its
first record and refuses the rest, as a WARC file must be gzipped one record a member."""

NO_RECORD = "empty input (no WARC record); give a WARC file, plain or gzipped"
"""Why a file of no bytes fails (warcio reads it as a WARC file of no record)."""


@dataclass
class WarcStats:
    """What reading the WARC files gave: ``pages``, the records parsed; ``skipped``, the
    records passed over, by reason (``SKIP_REASONS``); ``broken``, the files that gave an
    error (not opened, not a WARC file, or not read to their end)."""

    pages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    broken: int = 0

    def add(self, other: WarcStats) -> None:
        """Count ``other``'s pages and skipped records in this one (a partition's, in ``--scheduler`` mode)."""
        self.pages += other.pages
        self.skipped.update(other.skipped)
        self.broken += other.broken

    def tells(self) -> bool:
        """Whether ``report()``'s line is worth printing: not when no record at all was read (no
        page, nothing skipped) and a file gave an error, whose own line has said it all."""
        return bool(self.pages or sum(self.skipped.values()) or not self.broken)

    def report(self, paths: list[str]) -> str:
        """The line printed on stderr after a ``warc`` batch: the files (named up to three) and
        ``summary()``, e.g. ``"congo-digital: news.warc.gz: 1 HTML page; no record skipped"``."""
        named = ", ".join(paths) if len(paths) <= 3 else f"{len(paths):,} WARC files"
        return f"congo-digital: {named}: {self.summary()}"

    def summary(self) -> str:
        """One line: pages found and records skipped by reason, e.g. ``"1 HTML page; 4 records
        skipped: 2 not HTML, 1 status not 200, 1 not an HTTP response"``."""
        pages = f"{self.pages:,} HTML page{'' if self.pages == 1 else 's'}"
        total = sum(self.skipped.values())
        if not total:
            return f"{pages}; no record skipped"
        reasons = ", ".join(f"{self.skipped[r]:,} {r}" for r in SKIP_REASONS if self.skipped[r])
        return f"{pages}; {total:,} record{'' if total == 1 else 's'} skipped: {reasons}"


def is_warc(path: str) -> bool:
    """Whether ``path``'s name ends as a WARC file's (``WARC_SUFFIXES``, any case)."""
    return path.lower().endswith(WARC_SUFFIXES)


class _Broken(Exception):
    """The WARC file cannot be read past this record; ``str()`` says why."""


class _Foreign(_Broken):
    """The record is not a WARC record (warcio read it as another format: ARC, or bytes it took for one)."""


class _CutMember(_Broken):
    """The gzip member of the file's last record stops before its end (``CUT_MEMBER``)."""


class _NoRecord(_Broken):
    """The file has no bytes (``NO_RECORD``)."""


def media_type(header: str | None) -> tuple[str, str | None]:
    """The media type (lower case) and the charset label of a ``Content-Type`` header value
    (RFC 9110 section 8.3), e.g. ``("text/html", "windows-1252")``; ``("", None)`` for none."""
    if not header:
        return "", None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def _drain(record: Any) -> None:
    """Read the rest of ``record``'s block; raise ``_Broken`` when the file ends before its
    ``Content-Length``."""
    raw = record.raw_stream
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not declared.isdigit() or getattr(raw, "limit", None) is None:
        raise _Broken(f"{CUT_HEADER} (no Content-Length)")
    while raw.read(1 << 16):
        pass
    if raw.limit > 0:
        raise _Broken(f"the file ends {raw.limit:,} byte{'' if raw.limit == 1 else 's'} into a record (cut short?)")


def _reason(record: Any) -> tuple[str | None, str | None]:
    """Why ``record`` is skipped (one of ``SKIP_REASONS``), or ``None``; and its charset."""
    if record.rec_type != "response" or record.http_headers is None \
            or not str(record.http_headers.protocol).upper().startswith("HTTP/"):
        return "not an HTTP response", None
    if record.http_headers.get_statuscode() != "200":
        return "status not 200", None
    header = (record.http_headers.get_header("Content-Type")
              or record.rec_headers.get_header("WARC-Identified-Payload-Type"))
    kind, charset = media_type(header)
    return (None, charset) if kind in HTML_TYPES else ("not HTML", None)


def _task(path: str, records: Any, record: Any, stats: WarcStats, max_bytes: int) -> Task | None:
    """The task of one record, or ``None`` when it is skipped (counted in ``stats``)."""
    if record.format != "warc":
        raise _Foreign("not a WARC record")
    skip, charset = _reason(record)
    data = b""
    undecoded = unapplied = None
    if skip is None:
        data, undecoded, unapplied = _content(record, max_bytes)
    _drain(record)
    if skip is not None:
        stats.skipped[skip] += 1
        return None
    stats.pages += 1
    where = f"{path}@{records.get_record_offset()}"
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
    if undecoded is not None:
        return Task(where, url=url, failure=InputError(
            f"{input_label(where)}: the page's content encoding ({undecoded}) cannot be undone "
            "(a corrupt payload, or an encoding with no decoder installed)",
            kind="unreadable", path=where))
    if len(data) > max_bytes:
        return Task(where, url=url, failure=InputError(
            f"{input_label(where)}: the page is larger than {max_bytes:,} byte{'' if max_bytes == 1 else 's'}; "
            "raise the limit with --max-bytes",
            kind="too-large", path=where))
    warnings = (f"the page's content encoding ({unapplied}) does not apply to its bytes: read as they are",) \
        if unapplied else ()
    return Task(where, url=url, data=data, charset=charset, warnings=warnings)


def _content(record: Any, max_bytes: int) -> tuple[bytes, str | None, str | None]:
    """At most ``max_bytes + 1`` bytes of ``record``'s payload, HTTP chunking and content
    encoding undone, ``None``, and the ``Content-Encoding`` (lower case) when the payload
    was read as it is because that encoding did not apply (a page labelled ``gzip`` whose
    bytes are not gzipped: warcio drops its decoder at the first block it cannot decode and
    reads on; the page is read, with a warning), else ``None``; or ``b""``, the
    ``Content-Encoding`` and ``None`` when
    that encoding cannot be undone: one warcio has no decoder for (``br`` without the
    brotli module; warcio 1.7 raises for it, 1.8 hands its bytes back as they are), and
    a gzip or deflate stream corrupt from its start (warcio hands its bytes back as they
    are and they still open with gzip's magic number, RFC 1952).  A record without a
    ``Content-Encoding`` raises as warcio does (the file is bad)."""
    encoding = (record.http_headers.get_header("Content-Encoding") or "").strip().lower()
    if encoding in ("", "identity"):
        return record.content_stream().read(max_bytes + 1), None, None
    if encoding not in _decoders():  # warcio 1.8 hands such a payload back as it is
        return b"", encoding, None
    try:
        stream = record.content_stream()
        data = stream.read(max_bytes + 1)
    except Exception:  # the decoder's own error (zlib, brotli)
        return b"", encoding, None
    if "gzip" in encoding and data.startswith(b"\x1f\x8b"):
        return b"", encoding, None
    return data, None, encoding if data and getattr(stream, "decompressor", True) is None else None


@cache
def _decoders() -> frozenset[str]:
    """The content encodings warcio can undo here (lower case): ``gzip``, ``deflate``, and
    ``br`` when the brotli module is installed."""
    from warcio.bufferedreaders import BufferedReader

    return frozenset(BufferedReader.DECOMPRESSORS)  # the table warcio 1.7 and 1.8 read


def _check_end(handle: Any, end: int) -> None:
    """Raise ``_Broken`` when more than blank lines follow the last whole record, which ends
    at byte ``end`` (warcio reads a file cut inside a record's headers, or inside a gzip
    member, as if it ended before that record)."""
    try:
        handle.seek(end)
        rest = handle.read(1 << 16)
    except OSError:  # not seekable: nothing to tell
        return
    if rest.strip():
        raise _Broken("the file ends inside a record (cut short?)")


def _check_member(decompressor: Any) -> None:
    """Raise ``_CutMember`` when ``decompressor``, the zlib object warcio read the last
    record's gzip member with (``None`` for a plain file), has not met the end of that
    member's stream: the file is cut in the member's last bytes (its trailer), after the
    record's own bytes."""
    if decompressor is not None and getattr(decompressor, "eof", True) is False:
        raise _CutMember(CUT_MEMBER)


def _why(exc: Exception, header: bool) -> str:
    """The reason printed for ``exc``, raised while reading a record (its header when
    ``header``): short and printable, never the file's bytes (warcio's messages quote them)."""
    if isinstance(exc, _Broken):
        return str(exc)
    if isinstance(exc, zlib.error) or str(exc) == "Not Gzipped Properly":
        return "corrupt gzip data"
    if isinstance(exc, OSError):
        return f"a read error: {exc.strerror or type(exc).__name__}"
    if "non-chunked gzip" in str(exc):  # warcio's ArchiveIterator.GZIP_ERR_MSG
        return WHOLE_GZIP
    if header:  # warcio's ArchiveLoadFailed, a parser exception, or a KeyError/AttributeError on a cut header
        return CUT_HEADER
    return f"{type(exc).__name__} while reading the record's content"


_BLANK_PEEK = 1 << 16
"""Bytes read back by ``_only_blank``: a longer file is never taken as blank."""


def _only_blank(handle: Any) -> bool:
    """Whether the file of ``handle`` holds nothing but white space, as it is or inside
    gzip members (a file of blank lines, an empty gzip stream): no record at all rather than a
    record cut short.  Reads the file again from its start, at most ``_BLANK_PEEK`` bytes
    and as much once decompressed; ``False`` for a stream that cannot be read again (a
    pipe) or on any error."""
    try:
        if not handle.seekable():
            return False
        handle.seek(0)
        raw = handle.read(_BLANK_PEEK + 1)
    except (OSError, ValueError):
        return False
    if len(raw) > _BLANK_PEEK:
        return False
    while raw[:2] == b"\x1f\x8b":
        member = zlib.decompressobj(wbits=31)
        try:
            text = member.decompress(raw, _BLANK_PEEK)
        except zlib.error:
            return False
        if not member.eof or text.strip():
            return False
        raw = member.unused_data
    return not raw.strip()


def _failure(path: str, exc: Exception, number: int, header: bool) -> Task:
    """The failed task that ends ``path`` at record ``number`` (counted from 1)."""
    label = input_label(path)
    if isinstance(exc, _NoRecord):
        return Task(path, failure=InputError(f"{label}: {NO_RECORD}", kind="empty", path=path))
    if isinstance(exc, _CutMember):  # raised after the last record, number - 1, was read whole
        read = f"its {number - 1:,} record{' was' if number == 2 else 's were'} read"
        return Task(path, failure=InputError(
            f"{label}: not a valid WARC file at record {number - 1:,} ({exc}); {read}", kind="unreadable", path=path))
    if number == 1 and (isinstance(exc, _Foreign) or header and str(exc).startswith("Unknown archive format")):
        return Task(path, failure=InputError(f"{label}: {NOT_WARC}", kind="unreadable", path=path))
    good = (f"the {number - 1:,} before it {'was' if number == 2 else 'were'} read" if number > 1
            else "no record could be read")
    return Task(path, failure=InputError(
        f"{label}: not a valid WARC file at record {number:,} ({_why(exc, header)}); {good}",
        kind="unreadable", path=path))


def _file_tasks(path: str, stats: WarcStats, max_bytes: int) -> Iterator[Task]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        handle = open_input(path, fifo_hint=FIFO_HINT)
    except InputError as exc:
        stats.broken += 1
        yield Task(path, failure=exc)
        return
    with handle:
        records = ArchiveIterator(handle)
        number = end = 0
        member = None  # the zlib decompressor of the last record's gzip member
        while True:
            number += 1
            header = True
            try:
                with contextlib.redirect_stderr(io.StringIO()):  # warcio prints its warnings there
                    record = next(records, None)
                    header = False
                    if record is None:
                        _check_end(handle, end)
                        _check_member(member)
                        if number == 1:
                            raise _NoRecord(NO_RECORD)
                        return
                    task = _task(path, records, record, stats, max_bytes)
                    if records.err_count:
                        raise _Broken("a record longer than its Content-Length")
                    member = getattr(getattr(records, "reader", None), "decompressor", None)
                    end = records.get_record_offset() + records.get_record_length()
            except Exception as exc:  # warcio's own, zlib's, or _Broken: the file is bad from here
                stats.broken += 1
                blank = number == 1 and _only_blank(handle)
                yield _failure(path, _NoRecord(NO_RECORD) if blank else exc, number, header)
                return
            if task is not None:
                yield task


def warc_tasks(paths: Iterable[str], stats: WarcStats | None = None, *,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Task]:
    """The tasks of the HTML responses in the WARC files ``paths``, file after file, record
    after record, read as they are asked for (a file of any size costs one record's memory).

    ``stats`` (if given) counts the pages and the skipped records; a page over ``max_bytes``
    bytes gives a task that fails as ``too-large``.  A file that cannot be opened or read to
    its end gives a failed task (module docstring).  Raises ``MissingExtra`` when warcio is
    not installed (the ``[warc]`` extra)."""
    require("warcio", "reading WARC files")
    stats = stats if stats is not None else WarcStats()
    for path in paths:
        yield from _file_tasks(path, stats, max_bytes)

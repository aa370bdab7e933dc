"""Reading an input's bytes: a file or standard input, at most a given number of bytes.

The size is checked while reading (one byte past the limit is read, never more), so a huge
input or an endless pipe costs at most the limit in memory.  A named pipe (FIFO) waits for its
writer at most ``settings.FIFO_WAIT`` seconds (with none by then it is refused, instead of
blocking a batch); a device or a pipe whose writer never finishes is bounded by the caller's
time budget (``congo_digital.batch``).
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from congo_digital.errors import InputError
from congo_digital.settings import DEFAULT_MAX_BYTES, FIFO_WAIT, READ_CHUNK


def input_label(path: str | None) -> str:
    """How messages name an input: its ``path``, "standard input" for ``"-"``, "input" for ``None``.

    Returns the label (a str); raises nothing.
    """
    return "standard input" if path == "-" else path if path is not None else "input"


def _read_upto(handle: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of ``handle``, read a megabyte at a time into one growing
    buffer (``io.BytesIO``, whose ``getvalue`` hands its bytes over without a copy).

    ``read(limit)`` would allocate ``limit`` bytes at once (a limit of 30 GB raised
    MemoryError); joining a list of chunks (``b"".join``) doubled the peak memory and was
    one C call that a time budget's ``SIGALRM`` could not interrupt (2 GB from
    ``/dev/zero`` with ``--timeout 2`` timed out after 4.9-15 s, at 3.9 GB).  Here the budget
    fires between two chunks, and the peak is the bytes read plus one chunk.
    """
    buffer = io.BytesIO()
    while buffer.tell() < limit:
        part = handle.read(min(READ_CHUNK, limit - buffer.tell()))
        if not part:
            break
        buffer.write(part)
    return buffer.getvalue()


def _writer_came(fd: int, seconds: float) -> bool:
    """Whether the FIFO open as ``fd`` (without waiting) has, or gets within ``seconds``, a
    writer: data to read, or a writer that connected and closed.  True where ``select.poll``
    is missing, so such a FIFO reads as it did (empty when no writer is there)."""
    import select

    if not hasattr(select, "poll"):
        return True
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP)
    return bool(poller.poll(max(0, int(seconds * 1000))))


FIFO_HINT = "start the writer first, or pipe the text into standard input"
"""What to do about a named pipe whose writer did not come (``open_input``'s default)."""


def _open(path: str, fifo_hint: str) -> BinaryIO:
    """Open ``path`` for reading, as given (a ``Path`` would drop a trailing slash, and
    "article.txt/" would open the file).  Where the system has ``O_NONBLOCK`` the open does not wait
    for a FIFO's writer; a FIFO then waits for one at most ``FIFO_WAIT`` seconds and raises
    ``InputError`` (kind ``unreadable``, ending with ``fifo_hint``) when none came.  Reads block as usual."""
    nonblock = getattr(os, "O_NONBLOCK", 0)
    if not nonblock:
        return open(path, "rb")
    fd = os.open(path, os.O_RDONLY | nonblock)
    try:
        if stat.S_ISFIFO(os.fstat(fd).st_mode) and not _writer_came(fd, FIFO_WAIT):
            raise InputError(f"{path}: a named pipe whose writer did not start within {FIFO_WAIT:g} s; {fifo_hint}",
                             kind="unreadable", path=path)
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~nonblock)
        return os.fdopen(fd, "rb")
    except BaseException:
        # An exception (a time budget's alarm) raised just after os.fdopen returned drops the
        # file object, which closes fd itself: closing it again gave "Bad file descriptor", an
        # OSError that took the alarm's place (a timeout reported as "unreadable").
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


def open_input(path: str, *, fifo_hint: str = FIFO_HINT) -> BinaryIO:
    """Open the file ``path`` (a str, not ``"-"``) for reading in binary, as ``read_bytes``
    opens it: a named pipe (FIFO) waits at most ``FIFO_WAIT`` seconds for its writer.

    Returns the open file (the caller closes it).  Raises ``InputError`` with a one-line
    message: kind ``missing`` (no such file), or ``unreadable`` (a directory, no permission,
    another ``OSError``, or a FIFO without a writer: the message then ends with ``fifo_hint``,
    what to do instead).
    """
    try:
        if Path(path).is_dir():
            raise InputError(f"{path}: is a directory; give a file path", kind="unreadable", path=path)
        return _open(path, fifo_hint)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path", kind="missing", path=path) from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's permissions", kind="unreadable",
                         path=path) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check the path",
                         kind="unreadable", path=path) from None


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read ``path`` (or standard input for ``"-"``), at most ``max_bytes`` bytes.

    ``path`` is a ``str`` or a path-like object.  Raises ``InputError`` (kind ``missing``,
    ``unreadable`` or ``too-large``); the error's ``path`` is ``os.fspath(path)``.
    """
    path = os.fspath(path)
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
        with open_input(path) as handle:
            try:
                data = _read_upto(handle, max_bytes + 1)
            except OSError as exc:
                raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check the path",
                                 kind="unreadable", path=path) from None
    if len(data) > max_bytes:
        raise InputError(
            f"{input_label(path)}: larger than the limit of {max_bytes:,} byte{'' if max_bytes == 1 else 's'}; "
            "raise it with --max-bytes",
            kind="too-large", path=path,
        )
    return data

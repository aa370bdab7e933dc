"""Where the output goes: standard output, one file written atomically (``-o``), or one file
per input under a folder that mirrors the input tree (``--output-dir``).

Every write of a record is one call inside ``interrupts.deferred()``, so Ctrl-C never cuts a
record.  The files are staged and renamed by ``atomic.atomic_file``, the project's one
whole-or-nothing writer.  A write that fails (disk full, standard output closed) raises ``OutputFailed``
with the one-line message for stderr; the caller exits with ``EXIT_OUTPUT``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path, PurePosixPath
from typing import IO, Any

from congo_digital.atomic import atomic_file
from congo_digital.cli.interrupts import deferred
from congo_digital.errors import stdout_failure, write_failure, write_reason


class OutputFailed(Exception):
    """The output could not be written; ``str()`` is the line for stderr."""


def printable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name) as U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") \
            if all(not 0xD800 <= ord(c) <= 0xDC7F for c in text) \
            else text.encode("utf-8", "replace").decode("utf-8")


def _printable(value: Any) -> Any:
    """``value`` (a record, or a value in it) with each string ``printable``."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    return value


def _nonblocking_fd(stream: Any) -> int | None:
    """The file descriptor of ``stream`` when it is in non-blocking mode (a pipe that some
    parent processes hand over so), else ``None``.  Python's buffered writer drops, without
    an error, what such a descriptor does not take at once (CPython 3.11 to 3.13): of a batch
    of 255 records written to a pipe read two seconds later, 11 arrived."""
    get_blocking = getattr(os, "get_blocking", None)  # (not on Windows before 3.12)
    try:
        fd = stream.fileno()
        return fd if get_blocking is not None and not get_blocking(fd) else None
    except (AttributeError, OSError, ValueError):
        return None


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to the non-blocking file descriptor ``fd``, waiting
    (``select``) whenever it takes nothing more.  Raises ``OSError`` (``BrokenPipeError``
    when the reader went away)."""
    import select

    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view):]
        except BlockingIOError:
            select.select([], [fd], [])


def _write(out: IO[bytes], data: bytes) -> None:
    """Write ``data`` to the binary stream ``out``: through its buffer, or, when its file
    descriptor is in non-blocking mode (``_nonblocking_fd``), its buffer flushed and then
    ``write_all``.  Raises ``OSError``."""
    fd = _nonblocking_fd(out)
    if fd is None:
        out.write(data)
    else:
        out.flush()
        write_all(fd, data)


class StdoutSink:
    """Standard output, as UTF-8 whatever the locale (JSON is UTF-8, RFC 8259)."""

    def write(self, text: str) -> bool:
        """Write ``text``; False when the reader went away (``| head``): standard output then
        goes to the null device and the caller stops.  Raises ``OutputFailed``."""
        if not text:
            return True
        try:
            with deferred():
                out = getattr(sys.stdout, "buffer", None)
                if out is not None:
                    sys.stdout.flush()
                    _write(out, printable(text).encode("utf-8"))
                    out.flush()
                else:
                    sys.stdout.write(text)
                    sys.stdout.flush()
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return False
        except (OSError, AttributeError, ValueError) as exc:
            raise OutputFailed(stdout_failure(exc)) from None
        return True

    def commit(self) -> None:
        """Nothing to do: every write was flushed."""

    def abort(self) -> None:
        """Nothing to undo on standard output."""


def _cannot_open(path: str, exc: OSError) -> str:
    """The one line when ``-o FILE`` cannot be opened: a missing folder is named as such, and
    so is a file where the path needs a folder (``-o notes.txt/out.json``); any other failure
    gives the system's reason and what to do (``errors.write_failure``; ``/proc/version``: its
    folder takes no new file, which the atomic write needs beside ``FILE``)."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        above = folder
        while above and not os.path.exists(above) and os.path.dirname(above) != above:
            above = os.path.dirname(above)
        if os.path.exists(above) and not os.path.isdir(above):
            return f"congo-digital: cannot write {path} ({above} is a file, not a folder); give another path"
        return f"congo-digital: cannot write {path} (no folder {folder}); create the folder or give another path"
    if isinstance(exc, FileNotFoundError):  # the folder is there, but a file cannot be made in it
        return (f"congo-digital: cannot write {path} (no file can be made in {folder}: {write_reason(exc)}); "
                "give a path in a folder that takes new files")
    return write_failure(path, exc)


_STREAM_NAMES = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_FD_FOLDERS = ("/dev/fd/", "/proc/self/fd/")


def stream_fd(path: str) -> int | None:
    """The file descriptor that ``path`` names when it names one of this process's open
    streams (``/dev/stdout``, ``/dev/stderr``, ``/dev/fd/N``, ``/proc/self/fd/N``,
    ``/proc/PID/fd/N`` of this process), directly or through symbolic links, else ``None``."""
    folders = (*_FD_FOLDERS, f"/proc/{os.getpid()}/fd/")
    for _ in range(40):  # (as the system's limit of links followed)
        if path in _STREAM_NAMES:
            return _STREAM_NAMES[path]
        for folder in folders:
            if path.startswith(folder) and path[len(folder):].isdigit():
                return int(path[len(folder):])
        try:
            target = os.readlink(path)
        except OSError:  # not a link (or none there)
            return None
        path = os.path.normpath(os.path.join(os.path.dirname(path), target))
    return None


class FileSink:
    """``-o FILE``: written to a temporary file beside ``FILE``, renamed over it by
    ``commit()``; ``abort()`` (Ctrl-C, a write error) removes it and leaves ``FILE`` as it was.
    A ``FILE`` that names an open stream of this process (``/dev/stdout``, ``/dev/fd/3``) is
    written through that stream, where the shell pointed it: a regular file opened by ``>``
    or ``>>`` was replaced by the temporary file, losing what the shell or the command had
    written there before.  A ``FILE`` that exists and is not a regular file (``/dev/null``,
    a FIFO) is written directly, as the path names it."""

    def __init__(self, path: str) -> None:
        self.staged: ExitStack | None = None
        try:
            fd = stream_fd(path) if os.name == "posix" else None
            if fd is not None:
                self.path = path
                try:
                    self.handle = os.fdopen(os.dup(fd), "wb")  # the stream's own offset and mode (">>")
                except OSError as exc:  # not open in this command (`>&-`, `/dev/fd/5` never opened)
                    raise OutputFailed(f"congo-digital: cannot write {path} ({write_reason(exc)}); no stream {fd} "
                                       "is open in this command: give a file name, or open it in the shell") from None
                return
            if os.path.exists(path) and not os.path.isfile(path):  # both follow links
                self.path = path
                self.handle: IO[bytes] = open(path, "wb")  # closed by commit() or abort()
                return
            path = os.path.realpath(path)  # a symbolic link: its target is written, the link stays
            self.path = path
            self.staged = ExitStack()
            self.handle = self.staged.enter_context(atomic_file(path))
        except OSError as exc:
            raise OutputFailed(_cannot_open(path, exc)) from None

    def write(self, text: str) -> bool:
        """Append ``text``; False when ``FILE`` is written directly and its reader went away
        (``-o /dev/stdout | head``, a FIFO's reader): the caller stops, as on standard
        output.  Raises ``OutputFailed``."""
        try:
            with deferred():
                _write(self.handle, printable(text).encode("utf-8"))
        except OSError as exc:
            if isinstance(exc, BrokenPipeError) and self.staged is None:
                return False
            raise OutputFailed(write_failure(self.path, exc)) from None
        return True

    def commit(self) -> None:
        """Flush, sync and rename the temporary file over ``FILE`` (``atomic.atomic_file``);
        a ``FILE`` written directly whose reader went away is closed without a word."""
        try:
            with deferred():
                self.handle.flush()
                if self.staged is None:
                    self.handle.close()
                else:
                    os.fsync(self.handle.fileno())
                    self.staged.close()
        except OSError as exc:
            self.abort()
            if isinstance(exc, BrokenPipeError) and self.staged is None:
                return
            raise OutputFailed(write_failure(self.path, exc)) from None

    def abort(self) -> None:
        """Remove the temporary file (``FILE`` stays as it was).  Raises nothing: a close that
        fails here (the disk full, ``/dev/full``) follows a failure already told."""
        try:
            if self.staged is None:
                self.handle.close()
                return
            stop = _Aborted()
            self.staged.__exit__(_Aborted, stop, None)  # atomic_file removes its temporary file
        except OSError:
            pass


class _Aborted(Exception):
    """Handed to ``atomic_file`` to make it drop its temporary file."""


class ParquetSink(FileSink):
    """``--format parquet -o FILE``: records (not text) written as Parquet (``batch.parquet``)
    to the temporary file, renamed over ``FILE`` by ``commit()`` as ``FileSink`` does.
    Raises ``MissingExtra`` without pyarrow (before any file is made)."""

    def __init__(self, path: str, fields: list[str] | None = None) -> None:
        from congo_digital.batch.extras import require
        from congo_digital.batch.parquet import ParquetStream

        require("pyarrow", "writing Parquet")
        super().__init__(path)
        self.stream = ParquetStream(self.handle, fields)

    def write(self, text: str) -> bool:
        """Text is not written (a format's start and end): the records come through ``add``."""
        return True

    def add(self, record: dict) -> None:
        """Add one record (an article's JSON dict or an error record); raises ``OutputFailed``.
        Its lone surrogates (the undecodable bytes of a file name) become U+FFFD, as in the
        text formats (``printable``): Arrow strings are UTF-8 and refuse them."""
        try:
            self.stream.add(_printable(record))
        except OSError as exc:
            raise OutputFailed(write_failure(self.path, exc)) from None

    def abort(self) -> None:
        """Close the Parquet writer first (its footer, when it can still be written: a file
        written directly stays readable), then as ``FileSink.abort``: the writer closed later
        by the collector wrote to the closed file, a traceback after an interrupt's line.
        Raises nothing."""
        try:
            with deferred():
                self.stream.close()
        except Exception:  # (pyarrow's errors on a file that cannot be written: given up anyway)
            pass
        super().abort()

    def commit(self) -> None:
        """Write the last row group and the footer, then rename as ``FileSink`` does."""
        try:
            self.stream.close()
        except OSError as exc:
            self.abort()
            raise OutputFailed(write_failure(self.path, exc)) from None
        super().commit()


class DirSink:
    """``--output-dir DIR``: one file per parsed input at its path under ``DIR`` (the input's
    relative path with the format's extension), each written atomically; ``is_input(path)``
    tells an existing file that the run reads, which is never written over."""

    def __init__(self, root: str, extension: str, is_input: Callable[[str], bool] = lambda path: False) -> None:
        self.root = Path(root)
        self.extension = extension
        self.used: set[str] = set()
        self.is_input = is_input

    def target(self, rel: str) -> Path:
        """The output path for an input at ``rel`` (a relative POSIX path): its extension
        replaced by the format's (``a/b.txt`` -> ``a/b.json``); when another input of this run
        took that name, or it is a file the run reads (``b.html`` as text would replace the
        input ``b.txt``), the input's own extension is kept (``a/b.txt.json``), then a number."""
        chosen = next(name for name in self._names(rel)
                      if name not in self.used and not self.is_input(str(self.root / name)))
        self.used.add(chosen)
        return self.root / chosen

    def _names(self, rel: str) -> Iterator[str]:
        """``target``'s candidate names for ``rel``, made one at a time as they are asked
        for (a list of all 10,001 cost about 0.1 s an input)."""
        pure = PurePosixPath(rel)
        yield str(pure.with_suffix(self.extension) if pure.suffix else PurePosixPath(rel + self.extension))
        yield str(PurePosixPath(rel + self.extension))
        for n in range(2, 10_000):
            yield str(PurePosixPath(f"{rel}-{n}{self.extension}"))

    def write_file(self, rel: str, text: str) -> Path:
        """Write ``text`` to ``target(rel)``, creating folders; returns the path.  Raises
        ``OutputFailed``."""
        path = self.target(rel)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with deferred(), atomic_file(str(path)) as handle:
                handle.write(printable(text).encode("utf-8"))
        except OSError as exc:
            raise OutputFailed(write_failure(path, exc)) from None
        return path

    def write(self, text: str) -> bool:
        """Nothing goes to a stream: each record is a file (``write_file``)."""
        return True

    def commit(self) -> None:
        """Every file is already in place."""

    def abort(self) -> None:
        """Files already written stay; none is half written."""

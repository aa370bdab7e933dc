"""The inputs of ``parse``: files, folders (``cli.folders``: walked recursively, in sorted order, filtered by
``--glob``), ``-`` for standard input, and ``--files-from FILE|-`` (one path per line, or
NUL-separated with ``-0``; a tab then a URL gives the input's ``url``).

Everything is streamed: a folder is walked and a list is read as the batch goes, so a batch
of any length costs the memory of one folder's names.  In a folder, hidden files and
folders (names starting with ``.``) and entries that are not regular files (FIFOs, sockets,
devices, symbolic links: a link to a file is skipped as ``os.walk`` skips a link to a
folder, so a file linked into its own folder is not parsed twice) are skipped; so are the
files not named like an article (a text or an HTML page:
``read.datafiles.is_article_name``; ``README.md``, ``table.csv``), unless ``--glob`` picks
them, and the files of data (a JSON document, JSON Lines, a CSV or TSV table:
``read.datafiles.data_kind``), counted in one line on stderr.  A named file is read by what
it holds (``read.document`` refuses data).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from typing import BinaryIO

from congo_digital.batch.task import PENDING, Pending, Task
from congo_digital.cli.folders import walk, walked
from congo_digital.errors import InputError
from congo_digital.plain import Frozen
from congo_digital.read.files import read_bytes

HEADER = "path\turl"
"""A first line of ``--files-from`` equal to this is a header, not a path."""


class InputSpec(Frozen):
    """What the command line names: ``paths`` (files, folders, ``-``), ``globs`` (patterns a
    file found in a folder must match, any of them), ``files_from`` (a list file or ``-``),
    ``null`` (the list is NUL-separated), ``url`` (of the single input), ``max_bytes``
    (the limit for standard input, read here) and ``outputs`` (the ``-o`` file and the
    ``--output-dir`` folder: a folder walk leaves them out, so that a second run does not
    read the first one's output; kept as a ``frozenset`` of their real paths) and
    ``records`` (the ending of ``--output-dir``'s files, ``".json"``, or ``""``: an input
    folder that is the output folder leaves its articles' records out of its line of
    skipped files, ``cli.folders.walk``)."""

    __slots__ = FIELDS = ("paths", "globs", "files_from", "null", "url", "max_bytes", "outputs", "records")

    def __init__(self, paths: tuple[str, ...] = (), globs: tuple[str, ...] = (), files_from: str | None = None,
                 null: bool = False, url: str | None = None, max_bytes: int = 20_000_000,
                 outputs: tuple[str, ...] = (), records: str = "") -> None:
        values = (paths, globs, files_from, null, url, max_bytes, frozenset(os.path.realpath(p) for p in outputs),
                  records)
        for name, value in zip(self.FIELDS, values, strict=True):
            object.__setattr__(self, name, value)


def _url_problem(url: str) -> str | None:
    """Why ``url`` is no absolute http(s) address, or ``None`` (``fields.facts.url_problem``,
    imported only when a ``--url`` is given)."""
    from congo_digital.fields.facts import url_problem

    return url_problem(url)


def problem(spec: InputSpec) -> str | None:
    """The usage error of ``spec``, or ``None``."""
    if not spec.paths and spec.files_from is None:
        return ("Missing argument 'PATHS...'; give files or folders, - for standard input, "
                "or --files-from FILE.")
    if spec.paths.count("-") + (spec.files_from == "-") > 1:
        return "standard input can be read once: give - or --files-from - once."
    why = _url_problem(spec.url) if spec.url is not None else None
    if why is not None:
        return f"--url: {why}."
    if spec.url is not None and not is_single(spec):
        return "--url names the one input; for several, give a url column in --files-from (PATH<TAB>URL)."
    if spec.files_from not in (None, "-"):
        if os.path.isdir(spec.files_from):
            return (f"--files-from: {spec.files_from}: is a folder; give a file that lists paths, "
                    "or give the folder itself as a PATH.")
        if not os.path.exists(spec.files_from):  # a pipe (<(find ...)) or a FIFO is a list too
            return f"--files-from: {spec.files_from}: no such file."
    if spec.null and spec.files_from is None:
        return "-0/--null applies to --files-from."
    if "" in spec.globs:
        return "-g/--glob needs a pattern (e.g. '*.html')."
    return None


def is_single(spec: InputSpec) -> bool:
    """True when ``spec`` names exactly one input: one file (or ``-``) and no list."""
    return (len(spec.paths) == 1 and spec.files_from is None
            and (spec.paths[0] == "-" or not os.path.isdir(spec.paths[0])))


def _rel(path: str) -> str:
    """Where a named input goes under ``--output-dir``: its relative path, or its name when
    the path is absolute or leaves the current folder."""
    norm = os.path.normpath(path)
    if os.path.isabs(norm) or norm == ".." or norm.startswith(".." + os.sep):
        return os.path.basename(norm) or "input"
    return norm.replace(os.sep, "/")


def _readable(fd: int) -> bool:
    """Whether reading ``fd`` would not block (always true where ``select`` cannot tell)."""
    if sys.platform == "win32":
        return True
    import select

    return bool(select.select([fd], [], [], 0)[0])


_CONTROLS = bytes(b for b in range(1, 0x20) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
"""Control bytes that no list of paths holds (NUL separates the entries of a ``-0`` list)."""


class _NotAList(Exception):
    """The ``--files-from`` list is binary data (an executable, an archive), not paths."""


def _garbled(chunk: bytes) -> bool:
    """Whether ``chunk``, a list's first bytes, is binary data: 3 or more, and at least 5 %,
    of its bytes are ``_CONTROLS`` (as ``read.encoding`` tells binary data from text)."""
    controls = len(chunk) - len(chunk.translate(None, _CONTROLS))
    return controls >= 3 and controls >= 0.05 * len(chunk)


def _entries(handle: BinaryIO, sep: bytes, stream: bool) -> Iterator[bytes | Pending]:
    """The ``sep``-separated entries of ``handle``, each as soon as it has arrived; from a
    ``stream`` (a pipe), ``PENDING`` while the next has not (a list piped in from ``find``
    is parsed while ``find`` runs, and the records come out as the paths come in).  Raises
    ``_NotAList``, before any entry, when the first bytes are binary data (``_garbled``)."""
    fd = handle.fileno() if stream else -1
    rest = b""
    first = True
    while True:
        if stream and not _readable(fd):
            yield PENDING
            continue
        chunk = os.read(fd, 65536) if stream else handle.read(65536)
        if not chunk:
            break
        if first and _garbled(chunk):
            raise _NotAList
        first = False
        *done, rest = (rest + chunk).split(sep)
        yield from done
    if rest:
        yield rest


def listed(source: str, *, null: bool = False, globs: tuple[str, ...] = (),
           warn: Callable[[str], None] | None = None,
           outputs: frozenset[str] = frozenset(), records: str = "") -> Iterator[Task | Pending]:
    """The inputs of a ``--files-from`` list: ``PATH`` or ``PATH<TAB>URL`` per entry (an entry
    that names an existing file as a whole is a path, tab and all: ``find -print0``); blank
    entries and a first ``path<TAB>url`` header are skipped; a folder is walked (``walked``,
    its lines to ``warn``); an entry whose URL is no absolute http(s) address
    (``_url_problem``) is a ``Task`` that failed already (kind ``bad-url``).  Standard input
    or a FIFO is read as a stream (``PENDING`` while the next path has not come).  A list
    that names no file (empty, blank, or a header alone) gives ``warn`` one line saying so;
    a list that is binary data (``_garbled``: ``--files-from /bin/ls``) is one ``Task``
    that failed (kind ``binary``), and none of its garbled names is tried."""
    handle = getattr(sys.stdin, "buffer", sys.stdin) if source == "-" else open(source, "rb")
    where = "standard input" if source == "-" else source
    try:
        stream = not os.path.isfile(source) if source != "-" else not _is_regular(handle)
        number = named = 0
        entries = _entries(handle, b"\0" if null else b"\n", stream)
        while True:
            try:
                raw = next(entries)
            except StopIteration:
                break
            except _NotAList:
                yield Task(source, failure=InputError(
                    f"--files-from {where}: binary data, not a list of paths; give a text file with one path "
                    "a line (NUL-separated with -0)", kind="binary", path=source))
                return
            if isinstance(raw, Pending):
                yield raw
                continue
            # a NUL-separated list given without -0 (find -print0) is read as one all the same
            for piece in ([raw] if null else raw.rstrip(b"\r").split(b"\0")):
                entry = os.fsdecode(piece)
                number += 1
                if not entry.strip() or (number == 1 and entry.strip().lower() in (HEADER, "path")):
                    continue
                path, url = entry, ""
                if "\t" in entry and not os.path.lexists(entry):  # (a file's own name may hold a tab)
                    path, _, url = entry.partition("\t")
                named += 1
                url = url.strip()
                why = _url_problem(url) if url else None
                if why is not None:  # this input fails, the others of the list are parsed
                    yield Task(path, url=url, rel=_rel(path), failure=InputError(
                        f"{path}: --files-from url {why}", kind="bad-url", path=path))
                elif os.path.isdir(path):
                    yield from walked(path, globs, warn, outputs, records)
                else:
                    yield Task(path, url=url or None, rel=_rel(path))
        if not named and warn is not None:
            warn(f"congo-digital: --files-from {where}: the list names no file; give one path a line "
                 "(NUL-separated with -0)")
    finally:
        if source != "-":
            handle.close()


def _is_regular(handle: BinaryIO) -> bool:
    try:
        import stat

        return stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
    except (OSError, AttributeError, ValueError):
        return True  # no descriptor (a test's in-memory stdin): read it as a file


def looks_like_paths(data: bytes) -> bool:
    """True when ``data`` is only a list of existing file or folder paths (one a line, or
    NUL-separated): a ``find … | parse -`` that meant ``--files-from -``."""
    if len(data) > 1_000_000:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    lines = [line.strip() for line in text.replace("\0", "\n").splitlines() if line.strip()]
    return 0 < len(lines) <= 10_000 and all(os.path.exists(line) for line in lines)


PATHS_ERROR = ("standard input: this is a list of file paths, not an article's text or HTML; to parse "
               "those files, use --files-from - (with -0 after find -print0)")
"""The error of standard input that holds only paths (kind ``not-an-article``)."""


def _stdin_task(spec: InputSpec, timeout: float | None = None) -> Task:
    """Standard input read here, within ``timeout`` seconds (as a named file's reading is:
    a pipe that never ends fails as ``timeout``, ``batch.task.timeout_error``).  Input that
    is only a list of existing paths (``looks_like_paths``: ``ls | parse -``, meant as
    ``--files-from -``) fails as ``not-an-article`` (``PATHS_ERROR``) rather than being
    parsed as an article whose title is a file name."""
    from congo_digital.batch.task import BudgetExceeded, time_budget, timeout_error

    task = Task("-", url=spec.url, rel="stdin")
    try:
        with time_budget(timeout):
            data = read_bytes("-", max_bytes=spec.max_bytes)
    except BudgetExceeded:
        return task.replace(failure=timeout_error(task, timeout or 0))
    except InputError as exc:
        return task.replace(failure=exc)
    if looks_like_paths(data):
        return task.replace(failure=InputError(PATHS_ERROR, kind="not-an-article", path="-"))
    return Task("-", url=spec.url, rel="stdin", data=data)


def tasks(spec: InputSpec, warn: Callable[[str], None], timeout: float | None = None) -> Iterator[Task | Pending]:
    """Every input of ``spec``, in order: the paths as given (folders walked), then the list.
    Standard input is read here (at most ``max_bytes`` + 1 bytes, within ``timeout``
    seconds: ``None`` or 0 for no limit; a list of paths there fails, ``_stdin_task``);
    ``warn`` gets a folder's line (``walked``)."""
    for path in spec.paths:
        if path == "-":
            yield _stdin_task(spec, timeout)
        elif os.path.isdir(path):
            yield from walked(path, spec.globs, warn, spec.outputs, spec.records)
        else:
            yield Task(path, url=spec.url, rel=_rel(path))
    if spec.files_from is not None:
        yield from listed(spec.files_from, null=spec.null, globs=spec.globs, warn=warn, outputs=spec.outputs,
                          records=spec.records)


def count(spec: InputSpec) -> int | None:
    """How many inputs ``spec`` names (for the progress bar's ETA), or ``None`` when that
    cannot be known in advance (a list on standard input)."""
    if spec.files_from is not None and not os.path.isfile(spec.files_from):
        return None  # a list on standard input or a pipe is read once, as it comes
    total = 0
    for path in spec.paths:
        total += sum(1 for _ in walk(path, spec.globs, outputs=spec.outputs)) if path != "-" and os.path.isdir(path) \
            else 1
    if spec.files_from is not None:
        total += sum(1 for _ in listed(spec.files_from, null=spec.null, globs=spec.globs, outputs=spec.outputs))
    return total

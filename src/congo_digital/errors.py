"""The project's errors and the CLI exit codes they map to.

Exit codes (also in ``congo-digital parse --help``):

====  ===========================================================
0     every input parsed
1     at least one input could not be parsed (the others were printed)
2     usage error (bad option or argument; click's own code)
3     internal error (a bug: the message asks for a report with the input)
4     the output could not be written (disk full, standard output closed)
130   interrupted (Ctrl-C, SIGINT); the records already written are whole
====  ===========================================================
"""

from __future__ import annotations

import errno

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_OUTPUT = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command ended by Ctrl-C
EXIT_TERMINATED = 143  # 128 + SIGTERM (kill, a job scheduler)


def write_reason(exc: BaseException) -> str:
    """Why a write failed, for the one-line message: the system's reason ("No space left on
    device"), else "standard output is closed" (no standard output at all: ``>&-``)."""
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else "standard output is closed"


_WRITE_ADVICE = {
    "ENOSPC": "free some space or write elsewhere",
    "EDQUOT": "free some space or write elsewhere",
    "EFBIG": "the file system takes no file that large: write elsewhere or parse fewer inputs a run",
    "EROFS": "that file system is read-only: write elsewhere",
    "EACCES": "you may not write there: write elsewhere or change the folder's permissions",
    "EPERM": "you may not write there: write elsewhere or change the folder's permissions",
    "ENOTDIR": "a part of the path is a file, not a folder: give another path",
    "EEXIST": "a file stands where the path needs a folder: give another path",
    "EISDIR": "that is a folder: give a file's path",
    "ENOENT": "no folder can be made there: give another path",
    "ENAMETOOLONG": "the name is too long for the file system: give a shorter path",
}
"""What to do when a write fails, by the name of its ``OSError``'s ``errno`` (``write_failure``;
names rather than numbers: each system numbers them its own way)."""


def write_failure(path: object, exc: BaseException) -> str:
    """The one line for stderr when ``path`` cannot be written: the system's reason
    (``write_reason``; an ``OSError`` without one, its own text) and what to do for its
    ``errno`` (``_WRITE_ADVICE``), else "check that the folder and the file are writable".
    ``path`` is printed as given (a ``str`` or a ``Path``)."""
    name = errno.errorcode.get(exc.errno, "") if isinstance(exc, OSError) and exc.errno else ""
    advice = _WRITE_ADVICE.get(name, "check that the folder and the file are writable")
    reason = str(exc) if isinstance(exc, OSError) and not exc.strerror and str(exc) else write_reason(exc)
    return f"congo-digital: cannot write {path} ({reason}); {advice}"


def stdout_failure(exc: BaseException) -> str:
    """The one line for stderr when standard output cannot be written (exit ``EXIT_OUTPUT``)."""
    return f"congo-digital: cannot write the output ({write_reason(exc)}); check where the output goes"


ERROR_KINDS = ("missing", "unreadable", "empty", "binary", "undecodable", "too-large", "too-deep",
               "not-an-article", "bad-url", "timeout", "internal")
"""Every ``InputError.kind``, in the order the docs list them."""


class InputError(Exception):
    """An input that cannot be parsed: missing, empty, binary, undecodable, too large or not an article.

    ``str(error)`` is one line that says what is wrong and what to do; ``path`` is the
    input's path as given (``"-"`` for stdin) or ``None``; ``kind`` is a short stable code
    (``"missing"``, ``"empty"``, ``"binary"``, ``"undecodable"``, ``"too-large"``,
    ``"unreadable"``, ``"not-an-article"`` for an RSS or Atom feed or an SVG image,
    ``"bad-url"`` for a ``--files-from`` URL that is no absolute http(s) address)
    printed in the JSON error record.  A batch (``congo_digital.batch``) also gives
    ``"timeout"`` (the input took longer than its time budget), ``"too-deep"`` (Python's
    recursion limit) and ``"internal"`` (a bug).  Errors pickle with their ``kind`` and
    ``path``, so they cross process boundaries.
    """

    def __init__(self, message: str, *, kind: str, path: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path

    def __reduce__(self) -> tuple:
        return (_rebuild_input_error, (str(self), self.kind, self.path))


def _rebuild_input_error(message: str, kind: str, path: str | None) -> InputError:
    """Unpickle an ``InputError`` (its ``__init__`` takes keyword arguments)."""
    return InputError(message, kind=kind, path=path)

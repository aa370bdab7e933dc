"""``--help`` and ``--version`` answered from the per-user cache, without importing click.

Importing click and building the commands is most of a ``--help`` run.  The text click
prints for a help or version request depends only on the request (the arguments and the
script's name), the terminal's width and the code that defines the commands.  So the first
such run prints click's text as usual and keeps it (``record``), and the next runs with the
same request, width and code print the kept text (``show``) without importing click.

The key holds the arguments, the script's name, the width as click reads it
(``shutil.get_terminal_size``'s rule: ``COLUMNS``, else the terminal, else 80), the size and
time of every module of ``congo_digital.cli`` and of the base modules the commands read, and
click's installed files.  A request with anything else in it (a
path, another option) is left to click.  The folder is ``congo_digital.cache``'s
(``CONGO_DIGITAL_CACHE=off``: nothing is kept).  The kept text is sealed with its length
and CRC-32 (``cachedir.seal``): a damaged file is not printed, click answers (and keeps its
answer again).
"""

from __future__ import annotations

import io
import os
import sys

from congo_digital.cachedir import cache_folder, line_key, package_stamp, seal, stat_line, unseal

QUICK = frozenset({"-h", "--help", "--version"})
"""The options a kept answer is for."""

_CLI = os.path.dirname(os.path.abspath(__file__))
_READ = ("__init__.py", "settings.py", "errors.py")
"""The base modules whose values the commands' help shows."""


def is_quick(args: list[str]) -> bool:
    """True for a help or version request: one of ``QUICK``, alone or after one command name."""
    if len(args) == 1:
        return args[0] in QUICK
    return len(args) == 2 and not args[0].startswith("-") and args[1] in QUICK


def _width() -> int:
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _path(entry: str) -> str | None:
    """The file of this request's answer, or ``None`` (no cache)."""
    base = cache_folder()
    if base is None:
        return None
    with os.scandir(_CLI) as found:
        modules = sorted(stat_line(e.path) for e in found if e.name.endswith(".py"))
    lines = [entry, os.path.basename(sys.argv[0]), "\x00".join(sys.argv[1:]), str(_width()), package_stamp("click"),
             *modules, *(stat_line(os.path.join(os.path.dirname(_CLI), name)) for name in _READ)]
    return os.path.join(base, "help", f"{line_key(lines)}.txt")


def show(entry: str) -> bool:
    """Print the kept answer to this run's request and return True; False when there is
    none (or the request is not a help or version request)."""
    if not is_quick(sys.argv[1:]):
        return False
    path = _path(entry)
    if path is None:
        return False
    try:
        with open(path, "rb") as kept:
            payload = unseal(kept.read())
        text = str(payload, "utf-8") if payload is not None else ""
    except (OSError, UnicodeDecodeError):
        return False
    if not text:
        return False
    write_out(sys.stdout, text)
    return True


def write_out(out: object, text: str) -> None:
    """Write a help or version answer to standard output ``out``.  When the reader went away
    (``| true``), stop quietly (exit 0, standard output sent to the null device, as ``parse``
    does); when it cannot be written (closed, ``/dev/full``), one line on standard error and
    exit 4 (``errors.EXIT_OUTPUT``), never a traceback."""
    try:
        out.write(text)  # type: ignore[attr-defined]
        out.flush()  # type: ignore[attr-defined]
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        sys.exit(0)
    except (OSError, AttributeError, ValueError) as exc:
        from congo_digital.errors import EXIT_OUTPUT, stdout_failure

        if sys.stderr is not None:
            sys.stderr.write(stdout_failure(exc) + "\n")
        sys.exit(EXIT_OUTPUT)


class Capture:
    """While active, what is written to ``sys.stdout`` is kept (and written through at the end)."""

    def __enter__(self) -> Capture:
        self.real = sys.stdout
        self.kept = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n", write_through=True)
        sys.stdout = self.kept
        return self

    def __exit__(self, *exc: object) -> None:
        sys.stdout = self.real
        self.text = self.kept.buffer.getvalue().decode("utf-8").replace("\r\n", "\n")  # type: ignore[attr-defined]
        write_out(self.real, self.text)


def record(entry: str, text: str) -> None:
    """Keep ``text``, click's answer to this run's request (best effort)."""
    path = _path(entry)
    if path is None or not text:
        return
    from congo_digital.atomic import atomic_file

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with atomic_file(path) as out:  # (a failed write leaves no temporary file behind)
            out.write(seal(text.encode("utf-8")))
    except OSError:
        pass

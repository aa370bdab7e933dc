"""Ctrl-C (SIGINT) for the command line: exit 130 with one line, never a traceback, and never
in the middle of a record.

``handled()`` installs a SIGINT handler that raises ``Interrupted``, a ``BaseException``
that click does not turn into its own "Aborted!" (exit 1).  ``deferred()`` marks a critical
section (writing one record, renaming the output file): a Ctrl-C during it takes effect at
its end, so what was written stays whole.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Interrupted(BaseException):
    """The user pressed Ctrl-C (SIGINT reached the process)."""


class _State:
    depth = 0
    pending = False


def _on_sigint(signum: int, frame: object) -> None:
    if _State.depth:
        _State.pending = True
        return
    raise Interrupted


@contextmanager
def handled() -> Iterator[None]:
    """Within the block, SIGINT raises ``Interrupted`` (in the main thread only; elsewhere
    Python's default ``KeyboardInterrupt`` stays).  The previous handler is restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, _on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        _State.depth, _State.pending = 0, False


@contextmanager
def deferred() -> Iterator[None]:
    """A critical section: a SIGINT during the block raises ``Interrupted`` at its end."""
    _State.depth += 1
    try:
        yield
    finally:
        _State.depth -= 1
        if not _State.depth and _State.pending:
            _State.pending = False
            raise Interrupted


def ignore_further() -> None:
    """Ignore SIGINT from now on (while cleaning up after the first one), in the main thread;
    ``handled()`` restores the previous handler at its end."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)

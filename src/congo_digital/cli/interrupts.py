"""Ctrl-C (SIGINT) and SIGTERM for the command line: exit 130 (143 for SIGTERM) with one
line, never a traceback, and never in the middle of a record; the worker processes are
stopped and a partial output file is removed as on Ctrl-C.

``handled()`` installs SIGINT and SIGTERM handlers that raise ``Interrupted``, a
``BaseException`` that click does not turn into its own "Aborted!" (exit 1).  ``deferred()`` marks a critical
section (writing one record, renaming the output file): a Ctrl-C during it takes effect at
its end, so what was written stays whole.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from congo_digital.errors import EXIT_INTERRUPTED, EXIT_TERMINATED

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """The user pressed Ctrl-C (SIGINT reached the process) or the process was asked to end
    (SIGTERM).  ``code`` is the exit status (``EXIT_INTERRUPTED``, ``EXIT_TERMINATED``);
    ``word`` says which, for the one line on stderr ("interrupted", "terminated")."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signum)
        term = signum == signal.SIGTERM
        self.code = EXIT_TERMINATED if term else EXIT_INTERRUPTED
        self.word = "terminated" if term else "interrupted"


class _State:
    depth = 0
    pending: int | None = None


def _on_signal(signum: int, frame: object) -> None:
    if _State.depth:
        _State.pending = signum
        return
    raise Interrupted(signum)


@contextmanager
def handled() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise ``Interrupted`` (in the main thread only;
    elsewhere Python's defaults stay).  The previous handlers are restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _on_signal) for sig in _SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _State.depth, _State.pending = 0, None


@contextmanager
def deferred() -> Iterator[None]:
    """A critical section: a SIGINT or SIGTERM during the block raises ``Interrupted`` at its
    end."""
    _State.depth += 1
    try:
        yield
    finally:
        _State.depth -= 1
        if not _State.depth and _State.pending is not None:
            signum, _State.pending = _State.pending, None
            raise Interrupted(signum)


def ignore_further() -> None:
    """Ignore SIGINT and SIGTERM from now on (while cleaning up after the first one), in the
    main thread; ``handled()`` restores the previous handlers at its end."""
    if threading.current_thread() is threading.main_thread():
        for sig in _SIGNALS:
            signal.signal(sig, signal.SIG_IGN)

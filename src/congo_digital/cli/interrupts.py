"""Ctrl-C (SIGINT) and SIGTERM for the command line: exit 130 (143 for SIGTERM) with one
line, never a traceback, and never in the middle of a record; the worker processes are
stopped and a partial output file is removed as on Ctrl-C.

``handled()`` installs SIGINT and SIGTERM handlers that raise ``Interrupted``, a
``BaseException`` that click does not turn into its own "Aborted!" (exit 1).  ``deferred()`` marks a critical
section (writing one record, renaming the output file): a Ctrl-C during it takes effect at
its end, so what was written stays whole.

A signal's ``Interrupted`` can be lost where it is raised: Python runs the handler at the next
bytecode of the main thread, which may be inside a finaliser (a ``__del__``, a generator
closed by the garbage collector: "Exception ignored in ...") or inside a library that drops
the exceptions of its callbacks.  So the handler also notes the signal, ``check()`` raises it
again (``cli.run`` asks before each record and before committing the output), and while
``handled()`` is active an ``Interrupted`` that Python could not raise is not printed.
"""

from __future__ import annotations

import signal
import sys
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
    received: int | None = None  # the last signal that came, until handled() ends


def _on_signal(signum: int, frame: object) -> None:
    _State.received = signum
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
    hook = sys.unraisablehook

    def unraisable(info: sys.UnraisableHookArgs) -> None:
        if not isinstance(info.exc_value, Interrupted):  # a lost one: check() raises it again
            hook(info)

    previous = {sig: signal.signal(sig, _on_signal) for sig in _SIGNALS}
    sys.unraisablehook = unraisable
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sys.unraisablehook = hook
        _State.depth, _State.pending, _State.received = 0, None, None


def check() -> None:
    """Raise ``Interrupted`` if a SIGINT or SIGTERM has come within ``handled()`` (whether or
    not its own ``Interrupted`` reached the caller: see the module's docstring)."""
    if _State.received is not None:
        raise Interrupted(_State.received)


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

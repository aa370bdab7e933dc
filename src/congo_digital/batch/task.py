"""One input of a batch: what to parse (``Task``), how (``Options``), what came of it
(``Outcome``), and ``run_task``, which reads and parses it under a time budget.

A failure of any kind becomes an ``InputError`` in the outcome, never an exception: the
input's own (``missing``, ``empty``, ``binary`` …), ``timeout`` when the time budget ran out,
``too-deep`` for Python's recursion limit and ``internal`` for a bug.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import FrameType
from typing import Any, Literal

from congo_digital import pipeline
from congo_digital.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, InputError
from congo_digital.plain import Frozen, Plain
from congo_digital.read.files import input_label
from congo_digital.record import Article, to_json
from congo_digital.settings import BUDGET_RETRY, BUDGET_SOON, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, GC_SWEEP, GC_YOUNG


class Options(Frozen):
    """How every input of a batch is read and parsed.

    ``max_bytes``: inputs larger than this are refused (kind ``too-large``);
    ``input_format``: ``"auto"`` (sniffed), ``"text"`` or ``"html"``; ``language``: a BCP 47
    tag taken instead of detecting it, or ``None``; ``parties``/``topics``: ``False`` skips
    that enrichment; ``timeout``: seconds one input may take (reading and parsing), ``None``
    or 0 for no limit.
    """

    __slots__ = FIELDS = ("max_bytes", "input_format", "language", "parties", "topics", "timeout")

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES, input_format: Literal["auto", "text", "html"] = "auto",
                 language: str | None = None, parties: bool = True, topics: bool = True,
                 timeout: float | None = DEFAULT_TIMEOUT) -> None:
        for name, value in zip(self.FIELDS, (max_bytes, input_format, language, parties, topics, timeout), strict=True):
            object.__setattr__(self, name, value)


class Task(Frozen):
    """One input: ``path`` as given (``"-"`` for standard input), its ``url`` or ``None``,
    and ``rel``, its path under the folder it was found in (``None`` for an input named
    directly; callers use it to mirror the input tree).  ``data`` holds the bytes when they
    were read already (standard input, read by the caller); ``failure`` an error met before
    parsing (reading standard input), which becomes the outcome as it is.  ``charset`` is the
    charset label ``data`` came with (a WARC record's HTTP ``Content-Type``), or ``None``;
    ``warnings`` what reading ``data`` met (a WARC record's content encoding that did not
    apply), put first in the record's warnings."""

    __slots__ = FIELDS = ("path", "url", "rel", "data", "failure", "charset", "warnings")

    def __init__(self, path: str, url: str | None = None, rel: str | None = None, data: bytes | None = None,
                 failure: InputError | None = None, charset: str | None = None,
                 warnings: tuple[str, ...] = ()) -> None:
        for name, value in zip(self.FIELDS, (path, url, rel, data, failure, charset, warnings), strict=True):
            object.__setattr__(self, name, value)


class Pending:
    """The type of ``PENDING``."""

    def __repr__(self) -> str:
        return "PENDING"


PENDING = Pending()
"""What a task source yields when its next task has not arrived yet (a list still being
piped in): the runner then handles what is done and asks again a little later, instead of
blocking on the source while finished outcomes wait."""


class Outcome(Plain):
    """What came of one ``Task`` (given back without its ``data``): the ``article`` (the plain
    record, ``congo_digital.record``; ``model.article_of`` validates it), or the ``error``;
    ``seconds`` the wall time it took."""

    FIELDS = ("task", "article", "error", "seconds")

    def __init__(self, task: Task, article: Article | None = None, error: InputError | None = None,
                 seconds: float = 0.0) -> None:
        self.task = task
        self.article = article
        self.error = error
        self.seconds = seconds

    @property
    def code(self) -> int:
        """The exit code this outcome calls for: 0 parsed, 1 a bad input, 3 a bug."""
        if self.error is None:
            return EXIT_OK
        return EXIT_INTERNAL if self.error.kind == "internal" else EXIT_INPUT


class BudgetExceeded(BaseException):
    """Raised inside a parse when its time budget runs out.  A ``BaseException``, so that no
    ``except Exception`` on the way swallows it."""


def can_time_in_process() -> bool:
    """True where a time budget can interrupt a parse in this process with ``SIGALRM``: a
    POSIX system (``signal.setitimer``) and the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def can_time_in_thread() -> bool:
    """True where a time budget can interrupt a parse in this thread from another one: a
    thread other than the main one (a Dask worker's, a caller's own), under CPython
    (``PyThreadState_SetAsyncExc``)."""
    return threading.current_thread() is not threading.main_thread() and sys.implementation.name == "cpython"


def _set_async_exc(ident: int, exc: type[BaseException] | None) -> None:
    """Have the thread ``ident`` raise ``exc`` at its next Python instruction; ``None``
    withdraws an exception set but not yet raised (CPython's ``PyThreadState_SetAsyncExc``;
    ``None`` is passed as NULL)."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc) if exc else None)


class _Watchdog:
    """One daemon thread per process that has each armed thread raise ``BudgetExceeded``
    past its deadline (``time_budget`` outside the main thread; cheaper than a timer
    thread a parse).  All its state is under ``lock``.  Each arming has its own number,
    and ``disarm`` names the arming it ends: a budget's block left undone (its exception
    landed before the block began) is finalised later, maybe in another thread, and must
    end only its own arming, never that thread's."""

    def __init__(self) -> None:
        # Entered as ``with self.lock``, never ``with self.cond``: Condition.__enter__ is
        # Python code, in which a budget's exception can land just after the lock was
        # taken, before the ``with`` block begins; the lock was then never released and the
        # watchdog waited for it for ever (no later budget ran out in that process).
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.deadlines: dict[int, tuple[float, int]] = {}  # thread ident -> (time.monotonic() deadline, arming)
        self.fired: dict[int, int] = {}  # thread ident -> the arming it was told to raise for, not yet disarmed
        self.armings = 0
        self.thread: threading.Thread | None = None

    def arm(self, seconds: float) -> tuple[int, int]:
        """Have this thread raise ``BudgetExceeded`` once ``seconds`` have passed; returns
        ``(thread ident, arming)`` for ``disarm``."""
        ident = threading.get_ident()
        with self.lock:
            self.armings += 1
            self.fired.pop(ident, None)
            self.deadlines[ident] = (time.monotonic() + seconds, self.armings)
            if self.thread is None or not self.thread.is_alive():  # first use (or a forked child)
                self.thread = threading.Thread(target=self._run, name="congo-digital-budget", daemon=True)
                self.thread.start()
            self.cond.notify()
            return ident, self.armings

    def disarm(self, ident: int, arming: int) -> None:
        """End the arming ``arming`` of thread ``ident``: no deadline for it any more, and
        an exception set for it and not raised yet is withdrawn.  Nothing if the thread
        has been armed again since."""
        with self.lock:
            if self.deadlines.get(ident, (0.0, 0))[1] == arming:
                del self.deadlines[ident]
            if self.fired.get(ident) == arming:
                del self.fired[ident]
                _set_async_exc(ident, None)

    def _run(self) -> None:
        with self.lock:
            while True:
                now = time.monotonic()
                for ident, (deadline, arming) in list(self.deadlines.items()):
                    if deadline <= now:
                        del self.deadlines[ident]
                        self.fired[ident] = arming
                        _set_async_exc(ident, BudgetExceeded)
                self.cond.wait(min((d for d, _ in self.deadlines.values()), default=now + 3600.0) - now)


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):  # a forked child starts with no watchdog, and its lock free
    os.register_at_fork(after_in_child=_WATCHDOG.__init__)


class _AlarmBudget:
    """A time budget in the main thread of a POSIX process: ``SIGALRM`` raises
    ``BudgetExceeded`` once ``seconds`` have passed, and again every ``BUDGET_RETRY``
    seconds until the block ends.  An exception raised while a finaliser runs (a
    ``__del__``, a generator closed by the collector) is dropped by Python; the next alarm
    raises it again, so the block still ends.  A dropped one is not printed.  No alarm
    raises while the budget's own ``__enter__`` or ``__exit__`` runs, so the alarm is always
    disarmed and the previous ``SIGALRM`` handler restored."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.live = False
        self.previous: Any = None
        self.hook = sys.unraisablehook

    def _expire(self, signum: int, frame: FrameType | None) -> None:
        if not self.live:
            return
        while frame is not None:
            if frame.f_code is _AlarmBudget.__enter__.__code__:  # a budget of microseconds, run out
                signal.setitimer(signal.ITIMER_REAL, BUDGET_SOON, BUDGET_RETRY)  # before the block began
                return
            if frame.f_code in _ALARM_GUARDED:
                return
            frame = frame.f_back
        raise BudgetExceeded

    def _unraisable(self, info: sys.UnraisableHookArgs) -> None:
        if not isinstance(info.exc_value, BudgetExceeded):  # a dropped one: the next alarm raises it again
            self.hook(info)

    def __enter__(self) -> _AlarmBudget:
        self.previous = signal.signal(signal.SIGALRM, self._expire)
        self.hook = sys.unraisablehook
        sys.unraisablehook = self._unraisable
        self.live = True
        signal.setitimer(signal.ITIMER_REAL, max(self.seconds, 1e-6), BUDGET_RETRY)  # (under 1 µs: no timer at all)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        self.live = False
        signal.signal(signal.SIGALRM, self.previous)
        sys.unraisablehook = self.hook


_ALARM_GUARDED = frozenset({_AlarmBudget.__enter__.__code__, _AlarmBudget.__exit__.__code__})


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    armed = _WATCHDOG.arm(seconds)
    try:
        yield
    finally:
        _WATCHDOG.disarm(*armed)


def time_budget(seconds: float | None) -> AbstractContextManager[object]:
    """A context manager that raises ``BudgetExceeded`` in its block once ``seconds`` of
    wall time have passed.

    In the main thread of a POSIX process, ``SIGALRM`` (``signal.setitimer``) raises it
    (``_AlarmBudget``), and raises it again every ``BUDGET_RETRY`` seconds should a
    finaliser have dropped it: it interrupts Python code and blocking system calls (a
    FIFO's open or read), not a long call inside a C extension, which ends at its next
    return to Python.  In another thread (a Dask worker's: ``can_time_in_thread``), a
    watchdog thread raises it once in this one (``_Watchdog``): that interrupts Python code
    only; a blocking system call or a long call inside a C extension (``time.sleep``, a
    read) ends first.  Does nothing for ``None`` or 0, or in a main thread without
    ``SIGALRM`` (Windows: the pool's kill of its worker process is then the budget)."""
    if seconds and can_time_in_process():
        return _AlarmBudget(seconds)
    if seconds and can_time_in_thread():
        return _thread_budget(seconds)
    return nullcontext()


def timeout_error(task: Task, seconds: float) -> InputError:
    """The ``InputError`` of kind ``timeout`` for ``task`` after a budget of ``seconds``; the
    hint of an input that never ends is given only for one that is not a regular file (a
    small file over a short budget had been asked whether it was a pipe)."""
    regular = task.path not in (None, "-") and os.path.isfile(task.path)
    hint = "" if regular else " or check the input (a device or a pipe that never ends?)"
    return InputError(f"{input_label(task.path)}: not parsed within {seconds:g} s; raise the limit with --timeout"
                      f"{hint}", kind="timeout", path=task.path)


def _parse(task: Task, options: Options) -> Article:
    kwargs = dict(url=task.url, input_format=options.input_format, language=options.language,
                  parties=options.parties, topics=options.topics, plain=True)
    if task.data is not None:
        return pipeline.parse_bytes(task.data, path=task.path, charset=task.charset, **kwargs)
    return pipeline.parse_path(task.path, max_bytes=options.max_bytes, **kwargs)


def run_task(task: Task, options: Options) -> Outcome:
    """Read and parse ``task`` under ``options.timeout``; never raises but
    ``KeyboardInterrupt`` (and the caller's own interrupt exceptions).

    Returns the ``Outcome``: its ``article``, or its ``error`` (an ``InputError``).
    """
    start = time.monotonic()
    done = task.replace(data=None, failure=None)
    if task.failure is not None:
        return Outcome(done, error=task.failure)
    label = input_label(task.path)
    try:
        with time_budget(options.timeout):
            article = _parse(task, options)
        if task.warnings:
            article.warnings[:0] = task.warnings
        return Outcome(done, article=article, seconds=time.monotonic() - start)
    except BudgetExceeded:
        error = timeout_error(task, options.timeout or 0)
    except InputError as exc:
        error = exc
    except RecursionError:
        error = InputError(f"{label}: the input is nested too deeply to parse; flatten or shorten it",
                           kind="too-deep", path=task.path)
    except Exception as exc:  # a bug: report it on one line, keep the batch going
        error = InputError(f"{label}: internal error ({type(exc).__name__}); please report it with this input",
                           kind="internal", path=task.path)
    return Outcome(done, error=error, seconds=time.monotonic() - start)


_settled = False  # this process's loaded data is out of the collector's way (settle_process)
_since_sweep = 0  # documents settled since the last full collection


def settle_process() -> None:
    """After each parse of a process whose objects are all ours (the command line's, and the
    worker processes of ``run_batch``; a library caller's own objects are left alone).
    The first time: collect, then move every object alive (the gazetteers, indexes and word
    tables the first parse loaded, about 140,000 objects) out of the cyclic garbage
    collector's generations (``gc.freeze``), and collect the youngest generation every
    ``GC_YOUNG`` allocations rather than Python's 700 (2,000 on 3.13; ``gc.set_threshold``):
    an article's tokens and other short-lived objects are mostly freed before a
    collection would walk them.  Each later time (between two documents): move what the
    document left alive, the entries its new words added to the kept readings (tuples of
    words and numbers, about 700 a real page), out of the generations too, and collect
    everything every ``GC_SWEEP`` documents.  A collection walked these entries again and
    again (about 1.3 ms of a real HTML page's 25, 0.1 ms of a BBC text's 4).  A parse
    leaves no reference cycles, so nothing moved out is garbage the collector would have
    found; the sweep bounds what an unforeseen one could hold.  Nothing while the collector
    is off (``cli.entry`` runs a single input so): no collection would walk the data, and
    the collection here would cost about 15 ms for nothing."""
    global _settled, _since_sweep
    if not gc.isenabled():
        return
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()
        gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
        return
    _since_sweep += 1
    if _since_sweep >= GC_SWEEP:
        _since_sweep = 0
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def record_of(outcome: Outcome) -> dict:
    """The record printed for ``outcome``: the article's JSON dict, or the error record
    ``{"error", "kind", "path"}`` (plus ``"url"`` when the input had one)."""
    if outcome.error is None:
        assert outcome.article is not None
        return to_json(outcome.article)
    error = outcome.error
    record = {"error": str(error), "kind": error.kind, "path": error.path if error.path is not None
              else outcome.task.path}
    if outcome.task.url:
        record["url"] = outcome.task.url
    return record

"""Run a batch of ``Task``s, in one process or a pool of worker processes, and give back
their ``Outcome``s in input order.

Memory stays bounded whatever the batch's length: tasks are taken from the iterable only as
workers free up, and at most ``window`` outcomes (finished but waiting for an earlier one,
or running) are held at once.  Each task has the options' time budget: a worker enforces it
itself (``SIGALRM``, see ``task.time_budget``); a worker still busy a grace period later (a
long call inside a C extension, or a system without ``SIGALRM``) is killed and replaced, and
its task becomes an error of kind ``timeout``.  A worker that dies (a crash, the kernel's
out-of-memory killer) gives its task an ``internal`` error and is replaced.

Workers ignore SIGINT: Ctrl-C reaches the parent, whose ``KeyboardInterrupt`` (or its own
interrupt exception) ends the generator; its ``finally`` kills the workers.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from congo_digital.batch.task import (
    Options,
    Outcome,
    Pending,
    Task,
    run_task,
    settle_process,
    timeout_error,
)
from congo_digital.errors import InputError
from congo_digital.read.files import input_label, read_bytes

if TYPE_CHECKING:  # multiprocessing is imported when a pool starts (start-up of -j 1)
    import multiprocessing as mp
    from multiprocessing.connection import Connection

PREFETCH = 2
"""Tasks sent to a worker ahead of its answers."""

BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
"""Variables that keep a worker's numerical library to one thread (workers are the parallelism)."""

POLL = 0.02
"""Seconds between two looks at a task source that said ``PENDING``."""

GRACE = 2.0
"""Seconds a worker gets past the time budget before it is killed (its own ``SIGALRM`` ends
a Python-level parse first)."""


def max_jobs(jobs: int) -> int:
    """``jobs`` bounded to 1 .. the number of CPUs (each worker holds a parser, about 150 MB:
    more workers than CPUs add memory and no speed)."""
    return max(1, min(jobs, os.cpu_count() or 1))


def _context() -> mp.context.BaseContext:
    """``fork`` on Linux (workers start at once, with the parent's modules loaded, and a
    script needs no ``if __name__ == "__main__":`` guard; the workers keep BLAS to one
    thread); else ``forkserver`` where there is one (macOS), else ``spawn`` (Windows): those
    start the workers by importing the caller's main module, hence the guard there."""
    import multiprocessing as mp

    if sys.platform.startswith("linux"):
        return mp.get_context("fork")
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["congo_digital.batch.task"])
        return ctx
    return mp.get_context("spawn")


def _worker_main(conn: Connection, options: Options) -> None:
    """A worker's loop: receive a ``Task``, send back its ``Outcome``; stop on ``None`` or
    when the parent goes away.  Ctrl-C is the parent's to handle (ignored here); SIGTERM
    ends the worker at once, without the handler a forked worker inherits from the command
    line (which would print a traceback when a whole process group is terminated)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for name in BLAS_THREADS:  # the language model's tiny products gain nothing from threads
        os.environ.setdefault(name, "1")
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            conn.send(run_task(task, options))
        except (BrokenPipeError, OSError):
            return
        settle_process()


class _Worker:
    """One worker process, its end of the pipe, the tasks sent to it and not yet answered
    (sequence number and task, in order), and when the first of them started (about: when it
    was sent to an idle worker, or when the one before it was answered)."""

    def __init__(self, ctx: mp.context.BaseContext, options: Options) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, options), daemon=True)
        self.process.start()
        child.close()
        self.queue: deque[tuple[int, Task]] = deque()
        self.since = time.monotonic()

    def send(self, seq: int, task: Task) -> None:
        if not self.queue:
            self.since = time.monotonic()
        self.queue.append((seq, task))
        self.conn.send(task)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        """Ask the worker to finish, then make sure it has."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


def _read_stdin(task: Task, options: Options) -> Task:
    """Standard input is read by the parent (a worker's standard input is closed)."""
    if task.path != "-" or task.data is not None or task.failure is not None:
        return task
    try:
        return task.replace(data=read_bytes("-", max_bytes=options.max_bytes))
    except InputError as exc:
        return task.replace(failure=exc)


def run_batch(tasks: Iterable[Task | Pending], options: Options, *, jobs: int = 1,
              window: int | None = None, settle: bool = False) -> Iterator[Outcome]:
    """Yield one ``Outcome`` per task of ``tasks``, in their order.

    ``tasks`` may yield ``PENDING`` when its next task has not arrived yet (see
    ``task.PENDING``); it is then asked again ``POLL`` seconds later, or as soon as a
    worker answers.

    ``jobs`` 1 parses in this process, under the time budget (``task.time_budget``:
    ``SIGALRM`` in a POSIX main thread, a watchdog thread in another thread; in a Windows
    main thread the budget needs ``jobs`` 2 or more); more runs that many worker processes.
    ``window`` bounds the outcomes held at once (default ``4 * jobs``).  ``settle`` (the
    command line's) calls ``task.settle_process`` after this process's first parse; worker
    processes always do.  Never raises for a
    bad input; ``KeyboardInterrupt`` passes through after the workers are killed.
    """
    if jobs <= 1:
        for task in tasks:
            if isinstance(task, Pending):
                time.sleep(POLL)
                continue
            yield run_task(task, options)
            if settle:
                settle_process()
        return
    jobs = max_jobs(jobs)
    yield from _Pool(jobs, options, window or 4 * jobs).run(tasks)


class _Pool:
    """The worker processes of one batch and its in-order reassembly.  Each worker is sent up
    to ``PREFETCH`` tasks ahead, so that it does not wait for the parent between two tasks."""

    def __init__(self, jobs: int, options: Options, window: int) -> None:
        self.ctx = _context()
        self.options = options
        self.window = max(window, jobs * PREFETCH)
        if self.ctx.get_start_method() == "fork":
            gc.freeze()  # the workers' collections then leave the parent's objects (and their pages) alone
        self.workers = [_Worker(self.ctx, options) for _ in range(jobs)]
        self.limit = (options.timeout + GRACE) if options.timeout else None

    def run(self, tasks: Iterable[Task | Pending]) -> Iterator[Outcome]:
        source = iter(tasks)
        done: dict[int, Outcome] = {}
        sent = emitted = 0
        exhausted = False
        try:
            while True:
                pending = False
                while not exhausted and sent - emitted < self.window:
                    worker = min(self.workers, key=lambda w: len(w.queue))
                    if len(worker.queue) >= PREFETCH:
                        break
                    task = next(source, None)
                    if task is None:
                        exhausted = True
                        break
                    if isinstance(task, Pending):
                        pending = True
                        break
                    task = _read_stdin(task, self.options)
                    if task.failure is not None:
                        done[sent] = run_task(task, self.options)
                    else:
                        worker.send(sent, task)
                    sent += 1
                while emitted in done:
                    yield done.pop(emitted)
                    emitted += 1
                busy = [w for w in self.workers if w.queue]
                if not busy:
                    if exhausted and emitted == sent:
                        return
                    if pending:
                        time.sleep(POLL)
                    continue
                self._collect(busy, done, POLL if pending else None)
        finally:
            for worker in self.workers:
                if worker.queue:
                    worker.kill()
                else:
                    worker.stop()

    def _collect(self, busy: list[_Worker], done: dict[int, Outcome], at_most: float | None) -> None:
        """Wait for a busy worker's outcome (or its deadline, or ``at_most`` seconds) and file
        what came in."""
        wait_for = at_most
        if self.limit is not None:
            until_deadline = max(0.0, min(w.since for w in busy) + self.limit - time.monotonic())
            wait_for = until_deadline if wait_for is None else min(wait_for, until_deadline)
        from multiprocessing.connection import wait

        ready = wait([w.conn for w in busy], timeout=wait_for)
        for worker in busy:
            seq, task = worker.queue[0]
            if worker.conn in ready:
                try:
                    while worker.queue and worker.conn.poll():
                        done[worker.queue[0][0]] = worker.conn.recv()
                        worker.queue.popleft()
                        worker.since = time.monotonic()
                    continue
                except (EOFError, OSError):
                    seq, task = worker.queue[0]
                    code = worker.process.exitcode
                    error = InputError(f"{input_label(task.path)}: internal error (the worker process ended, code "
                                       f"{code}); please report it with this input", kind="internal", path=task.path)
            elif self.limit is not None and time.monotonic() - worker.since >= self.limit:
                error = timeout_error(task, self.options.timeout or 0)
            else:
                continue
            done[seq] = Outcome(task.replace(data=None), error=error, seconds=time.monotonic() - worker.since)
            worker.queue.popleft()
            self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another, which gets the tasks it had not answered."""
        worker.kill()
        fresh = _Worker(self.ctx, self.options)
        self.workers[self.workers.index(worker)] = fresh
        for seq, task in worker.queue:
            fresh.send(seq, task)

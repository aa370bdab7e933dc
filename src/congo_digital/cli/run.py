"""``parse``'s batch: inputs to tasks, tasks to outcomes (``batch.pool``, in input order),
outcomes to records, records to the output, with the progress bar, the per-input error lines
on stderr (in input order, with the folders' own lines, whatever ``-j``) and the exit code.

Exit codes (``congo_digital.errors``): 0 every input parsed; 1 at least one could not be;
3 an internal error; 4 the output could not be written; 130 Ctrl-C (143 SIGTERM), after which a
JSON array already opened on standard output is closed (``_close``).  When the output's reader
goes away (``| head``), the batch stops with the code so far.
"""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from congo_digital.batch.pool import run_batch
from congo_digital.batch.task import Options, Outcome, Pending, Task, record_of
from congo_digital.cli.folders import is_read
from congo_digital.cli.formats import EXTENSIONS, Formatter
from congo_digital.cli.inputs import InputSpec, count, is_single, tasks
from congo_digital.cli.interrupts import Interrupted, check, deferred, ignore_further
from congo_digital.cli.progress import Progress
from congo_digital.cli.sinks import DirSink, FileSink, OutputFailed, ParquetSink, StdoutSink
from congo_digital.errors import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT
from congo_digital.plain import Frozen


class RunConfig(Frozen):
    """One ``parse`` run: the inputs (``spec``), how to parse them (``options``), the output
    (``fmt``, ``fields``, ``output`` file or ``output_dir``, ``color``: ``None`` for colour
    on a terminal), ``jobs`` worker processes, ``fail_fast``, and the progress bar
    (``progress``: ``None`` when stderr is a terminal; ``quiet`` never).  ``source``, when
    given, makes the tasks instead of ``spec`` (the records of WARC files): it is called with
    the function that prints a line on stderr, and the output is that of a batch whatever its
    length; ``nothing`` is the stderr line when no input came.  ``summary``, when given, is
    called once the batch has run to its end (not after Ctrl-C, a reader that went away, an
    output that failed, or ``fail_fast``'s stop: the inputs read ahead would be counted then)
    and gives a last line for stderr, or ``None`` (``warc``'s count of the records read)."""

    __slots__ = FIELDS = ("spec", "options", "fmt", "fields", "output", "output_dir", "jobs", "fail_fast", "progress",
                          "quiet", "color", "source", "nothing", "summary")

    def __init__(self, spec: InputSpec, options: Options | None = None, fmt: str = "auto",
                 fields: list[str] | None = None, output: str | None = None, output_dir: str | None = None,
                 jobs: int = 1, fail_fast: bool = False, progress: bool | None = None, quiet: bool = False,
                 color: bool | None = None,
                 source: Callable[[Callable[[str], None]], Iterable[Task | Pending]] | None = None,
                 nothing: str = "no input found; check the folders and --glob",
                 summary: Callable[[], str | None] | None = None) -> None:
        values = (spec, Options() if options is None else options, fmt, fields, output, output_dir, jobs, fail_fast,
                  progress, quiet, color, source, nothing, summary)
        for name, value in zip(self.FIELDS, values, strict=True):
            object.__setattr__(self, name, value)


def _tty(stream: TextIO | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):
        return False


class _Run:
    def __init__(self, cfg: RunConfig) -> None:
        self.cfg = cfg
        self.single = cfg.source is None and is_single(cfg.spec)
        to_stdout = cfg.output in (None, "-") and cfg.output_dir is None
        color = (cfg.color if cfg.color is not None
                 else _tty(sys.stdout) and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb")
        self.formatter = Formatter(cfg.fmt, single=self.single, fields=cfg.fields, color=color and to_stdout)
        show = not cfg.quiet and (cfg.progress if cfg.progress is not None else _tty(sys.stderr))
        self.progress = Progress(show, count(cfg.spec) if show and cfg.source is None else None)
        self.written = 0
        self.ended = False  # the format's end (a JSON array's "]") is written
        self.status = EXIT_OK

    def _sink(self) -> StdoutSink | FileSink | DirSink:
        if self.cfg.fmt == "parquet":
            return ParquetSink(str(self.cfg.output), self.cfg.fields)
        if self.cfg.output_dir is not None:
            spec = self.cfg.spec
            return DirSink(self.cfg.output_dir, EXTENSIONS[self.cfg.fmt], lambda path: is_read(spec, path))
        if self.cfg.output not in (None, "-"):
            return FileSink(self.cfg.output)
        return StdoutSink()

    def _write_file(self, sink: DirSink, outcome: Outcome) -> None:
        one = Formatter(self.cfg.fmt, single=True, fields=self.cfg.fields)
        sink.write_file(outcome.task.rel or os.path.basename(outcome.task.path),
                        one.start() + one.record(record_of(outcome)) + one.end())

    def _close(self, sink: StdoutSink | FileSink | DirSink) -> None:
        """After an interrupt (further signals ignored): write the format's end (a JSON
        array's ``]``) after the records already written to an output that keeps them,
        standard output or an ``-o`` FILE written directly (a FIFO, a device), so that it is
        valid JSON of those records.  An ``-o`` regular file is left as it was instead
        (``abort``).  A write that fails now is let go: the interrupt is what is told."""
        direct = isinstance(sink, StdoutSink) or (isinstance(sink, FileSink) and sink.staged is None)
        if direct and self.written and not self.ended:
            try:
                sink.write(self.formatter.end())
            except OutputFailed:
                pass
            self.ended = True

    def run(self) -> int:
        try:
            sink = self._sink()
        except OutputFailed as exc:
            self.progress.warn(str(exc))
            return EXIT_OUTPUT
        if not self.single or self.cfg.jobs > 1:
            gc.enable()  # off for the start-up (cli.entry); a batch collects as usual
        source = self.cfg.source or (lambda warn: tasks(self.cfg.spec, warn, self.cfg.options.timeout))
        told: list[str] = []  # the inputs' own lines (an empty folder's): they say why nothing was found
        # Each such line waits for the outcomes of the tasks made before it: the pool reads the
        # inputs ahead, and stderr keeps the input order as stdout does.
        waiting: deque[tuple[int, str]] = deque()
        made = [0]

        def warn(line: str) -> None:
            told.append(line)
            waiting.append((made[0], line))

        def counted(items: Iterable[Task | Pending]) -> Iterator[Task | Pending]:
            for item in items:
                made[0] += not isinstance(item, Pending)
                yield item

        def tell(before: float) -> None:
            while waiting and waiting[0][0] < before:
                self.progress.warn(waiting.popleft()[1])

        outcomes = run_batch(counted(source(warn)), self.cfg.options, jobs=self.cfg.jobs, settle=True)
        start = self.formatter.start()
        reader_gone = stopped = False
        seen = 0
        try:
            for outcome in outcomes:
                check()  # a signal whose Interrupted was lost on the way (cli.interrupts)
                seen += 1
                tell(seen)
                self.progress.advance(outcome)
                self.status = max(self.status, outcome.code)
                if outcome.error is not None:
                    self.progress.warn(f"congo-digital: {outcome.error}")
                if isinstance(sink, DirSink):
                    if outcome.error is None:
                        with deferred():  # the count is that of the files written, whatever comes
                            self._write_file(sink, outcome)
                            self.written += 1
                elif outcome.error is None or self.formatter.writes_errors:
                    record = record_of(outcome)
                    text = "" if isinstance(sink, ParquetSink) else self.formatter.record(record)
                    with deferred():
                        if isinstance(sink, ParquetSink):
                            sink.add(record)
                        elif not sink.write(start + text if not self.written else text):
                            reader_gone = True
                            break
                        self.written += 1
                if self.cfg.fail_fast and outcome.error is not None:
                    stopped = True
                    break
            check()
            tell(float("inf"))
            if not reader_gone and not self.progress.seen:
                if not told:
                    self.progress.warn(f"congo-digital: {self.cfg.nothing}")
                self.status = max(self.status, EXIT_INPUT)
            if not reader_gone and not isinstance(sink, DirSink):
                with deferred():  # (an interrupt after it must not write the end again)
                    if self.written:
                        sink.write(self.formatter.end())
                    elif not self.single:
                        sink.write(start + self.formatter.end())
                    self.ended = True
            if self.single and not self.written and isinstance(sink, FileSink):
                sink.abort()  # the one input failed: FILE stays as it was
            else:
                sink.commit()
        except Interrupted as stop:
            ignore_further()
            outcomes.close()
            self._close(sink)
            sink.abort()
            self.progress.close(summary=False)
            what = "file" if isinstance(sink, DirSink) else "record"
            staged = isinstance(sink, FileSink) and sink.staged is not None  # (not a FIFO, a device)
            where = f"; {self.cfg.output} left as it was" if staged else \
                f" ({self.written:,} {what}{'' if self.written == 1 else 's'} written)"
            self.progress.warn(f"congo-digital: {stop.word}{where}")
            return stop.code
        except OutputFailed as exc:
            outcomes.close()
            sink.abort()
            self.progress.close(summary=False)
            self.progress.warn(str(exc))
            return EXIT_OUTPUT
        finally:
            outcomes.close()
            self.progress.close()
        line = None if reader_gone or stopped or self.cfg.summary is None else self.cfg.summary()
        if line is not None:
            self.progress.warn(line)
        return self.status


def run(cfg: RunConfig) -> int:
    """Run one ``parse`` batch; returns the exit code."""
    return _Run(cfg).run()

"""The work of one partition of the Dask backend (``congo_digital.dask``): plain functions on
tasks and records, run by a Dask worker; nothing here imports Dask.

A batch is cut into groups: each WARC file alone (its records are read by the worker that
parses them, ``batch.warc``), the other inputs in runs of ``PARTITION_SIZE``, in input order.
A group gives the records of its inputs in order: an article's JSON dict as ``parse``
prints it, or an error record in a bad input's place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from congo_digital.batch.pool import run_batch
from congo_digital.batch.task import Options, Task, record_of
from congo_digital.batch.warc import WarcStats, is_warc, warc_tasks
from congo_digital.settings import PARTITION_SIZE


def _is_warc_task(task: Task) -> bool:
    return task.data is None and task.failure is None and is_warc(task.path)


def groups(tasks: Iterable[Task], size: int = PARTITION_SIZE) -> list[list[Task]]:
    """``tasks`` cut into the partitions of a bag: a WARC file (by its name, ``batch.warc.is_warc``)
    alone, the other inputs in runs of at most ``size``, in order."""
    out: list[list[Task]] = []
    run: list[Task] = []
    for task in tasks:
        if _is_warc_task(task):
            if run:
                out.append(run)
                run = []
            out.append([task])
            continue
        run.append(task)
        if len(run) >= size:
            out.append(run)
            run = []
    if run:
        out.append(run)
    return out


def _expand(group: list[Task], options: Options, stats: WarcStats) -> Iterator[Task]:
    for task in group:
        if _is_warc_task(task):
            yield from warc_tasks([task.path], stats, max_bytes=options.max_bytes)
        else:
            yield task


def parse_group(group: list[Task], options: Options) -> list[dict]:
    """The records of one group's inputs, in order (a WARC file's: its HTML pages'), parsed
    in this process, each under ``options.timeout`` (``batch.task.time_budget``: in a Dask
    worker's thread, a watchdog thread interrupts a parse past it, with the same ``timeout``
    error record as ``parse``).  Never raises for a bad input; ``MissingExtra`` for a WARC
    file without warcio."""
    return parse_counted(group, options)[0]


def parse_counted(group: list[Task], options: Options) -> tuple[list[dict], WarcStats]:
    """``parse_group``'s records, and what its WARC file gave (``WarcStats``: pages, and the
    records skipped by reason; empty for a group of other inputs).  Raises as ``parse_group``."""
    stats = WarcStats()
    records = [record_of(outcome) for outcome in run_batch(_expand(group, options, stats), options, jobs=1)]
    return records, stats

"""``--scheduler``: a ``parse`` or ``warc`` batch run on a Dask cluster (``congo_digital.dask``),
written as one file per partition (``part-00000.jsonl`` …, or ``.parquet``) into the ``-o``
folder, then the failed inputs' lines and a summary on stderr, and the exit code: 0 every
input parsed, 1 one failed or none was found, 3 an internal error, 2 the scheduler cannot be reached, 4 a
partition file cannot be written.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

from congo_digital.batch.task import Pending, Task
from congo_digital.batch.warc import WarcStats, is_warc
from congo_digital.cli.inputs import tasks
from congo_digital.cli.progress import Progress, one_line
from congo_digital.cli.run import RunConfig, _tty
from congo_digital.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, write_failure


def _files(cfg: RunConfig, warn: Progress) -> Iterator[Task]:
    """The batch's tasks, all of them (a list piped in is read to its end first)."""
    source = cfg.source(warn.warn) if cfg.source is not None else tasks(cfg.spec, warn.warn)
    for task in source:
        if isinstance(task, Pending):
            time.sleep(0.02)
            continue
        yield task


def run_distributed(cfg: RunConfig, scheduler: str, partition_size: int) -> int:
    """Run ``cfg``'s batch on the Dask cluster ``scheduler`` (``local``: a ``LocalCluster`` of
    ``cfg.jobs`` workers; else a scheduler's address) into the folder ``cfg.output``.
    Returns the exit code (module docstring).  Raises ``MissingExtra`` without ``[dask]``
    (``[parquet]`` for ``--format parquet``, ``[warc]`` for a WARC file)."""
    from congo_digital.batch.extras import require
    from congo_digital.dask import connect, write_tasks

    require("distributed", "--scheduler")
    fmt = "parquet" if cfg.fmt == "parquet" else "jsonl"
    if fmt == "parquet":
        require("pyarrow", "writing Parquet")
    show = not cfg.quiet and (cfg.progress if cfg.progress is not None else _tty(sys.stderr))
    report = Progress(False)
    work = list(_files(cfg, report))
    if any(is_warc(t.path) for t in work):
        require("warcio", "reading WARC files")
    folder = str(cfg.output)
    try:
        client = connect(scheduler, cfg.jobs)
    except Exception as exc:  # OSError, TimeoutError, RuntimeError (a worker that cannot start)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        report.warn(f"congo-digital: cannot reach the Dask scheduler at {scheduler} ({reason}); "
                    "start one with 'dask scheduler' and give its tcp:// address")
        return EXIT_USAGE
    try:
        with client:
            parts = write_tasks(work, cfg.options, folder, partition_size=partition_size, fmt=fmt,
                                fields=cfg.fields, progress=show)
    except OSError as exc:
        report.warn(write_failure(f"the partitions under {folder}", exc))
        return EXIT_OUTPUT
    failed = 0
    for part in parts:
        for line in part.errors:
            report.warn(f"congo-digital: {one_line(line)}")
        failed += len(part.errors)
    records = sum(p.records for p in parts)
    if not records:
        report.warn(f"congo-digital: {cfg.nothing}")
    if not cfg.quiet:
        seconds = time.monotonic() - report.start
        report.warn(f"congo-digital: {records - failed:,} parsed, {failed:,} failed, in {len(parts):,} "
                    f"partition file{'' if len(parts) == 1 else 's'} under {folder} in {seconds:,.1f} s")
        warcs = [t.path for t in work if is_warc(t.path)]
        if warcs:  # what the WARC files gave, as without --scheduler
            stats = WarcStats()
            for part in parts:
                stats.add(part.warc)
            if stats.tells():
                report.warn(stats.report(warcs))
    if any(p.internal for p in parts):
        return EXIT_INTERNAL
    return EXIT_INPUT if failed or not records else EXIT_OK

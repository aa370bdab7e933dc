"""The Dask backend (the ``[dask]`` extra): a batch parsed by a Dask cluster.

``parse_bag(paths)`` gives a ``dask.bag.Bag`` of records (each an article's JSON dict as
``parse`` prints it, or an error record in a bad input's place), in the inputs' order; a
WARC file (``.warc``, ``.warc.gz``) stands for its HTML pages (``batch.warc``).  Nothing
is parsed until the bag is computed, by the scheduler in use: a ``distributed.Client``
(``connect``) when one is active.  ``write_partitions`` writes a bag as JSON Lines or
Parquet files, one per partition, into a folder; ``congo-digital parse --scheduler`` does
both.

Dask and distributed are imported by these functions, never by ``import congo_digital``.
Layer: beside ``api`` (it uses ``batch``, and ``cli.inputs`` to walk folders).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from congo_digital.atomic import atomic_file
from congo_digital.batch.bag import groups, parse_counted, parse_group
from congo_digital.batch.extras import require
from congo_digital.batch.task import Options, Task
from congo_digital.batch.warc import WarcStats, is_warc
from congo_digital.cli.folders import walk
from congo_digital.cli.formats import select
from congo_digital.settings import DEFAULT_MAX_BYTES, PARTITION_SIZE

__all__ = ["PartWritten", "bag_of_tasks", "connect", "parse_bag", "write_partitions", "write_tasks"]


def bag_of_tasks(tasks: Iterable[Task], options: Options, *, partition_size: int = PARTITION_SIZE) -> Any:
    """The bag of the records of ``tasks`` (``batch.task.Task``: a path, with its URL), cut as
    ``batch.bag.groups`` says.  Raises ``MissingExtra`` without Dask, or without warcio when
    a WARC file is among the tasks."""
    bag = require("dask.bag", "the Dask backend")
    delayed = require("dask", "the Dask backend").delayed
    parts = _groups(tasks, partition_size)
    if not parts:
        return bag.from_sequence([], npartitions=1)
    return bag.from_delayed([delayed(parse_group, pure=True)(g, options) for g in parts])


def _groups(tasks: Iterable[Task], partition_size: int) -> list[list[Task]]:
    """``batch.bag.groups`` of ``tasks``; raises ``MissingExtra`` without warcio when a WARC
    file is among them."""
    parts = groups(tasks, partition_size)
    if any(len(g) == 1 and is_warc(g[0].path) for g in parts):
        require("warcio", "reading WARC files")
    return parts


def parse_bag(paths_or_warcs: Iterable[str | os.PathLike[str]], *, partition_size: int = PARTITION_SIZE,
              input_format: Literal["auto", "text", "html"] = "auto", language: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None, parties: bool = True,
              topics: bool = True) -> Any:
    """A ``dask.bag.Bag`` of the records of ``paths_or_warcs``, in their order.

    Each path is an article's file (text or HTML), a folder (its files, walked as ``parse``
    walks them) or a WARC file (``.warc``/``.warc.gz``: its HTML responses with status 200,
    each with its ``url``; a WARC file is one partition, read by the worker that parses it).
    Other inputs go ``partition_size`` to a partition.  A record is
    ``Article.model_dump(mode="json")``, or ``{"error", "kind", "path"}`` for an input that
    could not be parsed.  ``input_format``, ``language``, ``max_bytes``, ``parties`` and
    ``topics`` as in ``congo_digital.parse_many``; ``timeout`` (seconds) bounds each input
    (its error record then has kind ``timeout``) in a Dask worker's threads too
    (``batch.task.time_budget``: it interrupts Python code, not a call blocked in C).

    Raises ``TypeError`` for one path (give a list), ``MissingExtra`` without the ``[dask]``
    extra (or ``[warc]`` for a WARC file)."""
    if isinstance(paths_or_warcs, (str, bytes, os.PathLike)):
        raise TypeError(f"parse_bag takes an iterable of paths, not one path ({paths_or_warcs!r}): give [path]")
    tasks: list[Task] = []
    for path in map(os.fspath, paths_or_warcs):
        tasks.extend(walk(path) if os.path.isdir(path) else [Task(path)])
    options = Options(max_bytes=max_bytes, input_format=input_format, language=language, parties=parties,
                      topics=topics, timeout=timeout)
    return bag_of_tasks(tasks, options, partition_size=partition_size)


@dataclass
class PartWritten:
    """One partition's file: its ``path``, the ``records`` in it, the one-line messages of
    the inputs that failed (``errors``), how many of those were internal errors (bugs), and,
    from ``write_tasks``, what a WARC file of the partition gave (``warc``: pages, records
    skipped by reason)."""

    path: str
    records: int = 0
    errors: list[str] = field(default_factory=list)
    internal: int = 0
    warc: WarcStats = field(default_factory=WarcStats)


def write_part(records: list[dict], path: str, fmt: str = "jsonl", fields: list[str] | None = None) -> PartWritten:
    """Write one partition's ``records`` to ``path`` (JSON Lines, or Parquet with ``fmt``
    ``"parquet"``), atomically; ``fields`` keeps those record keys.  Raises ``OSError``."""
    done = PartWritten(path, len(records), [r["error"] for r in records if "error" in r],
                       sum(r.get("kind") == "internal" for r in records))
    if fmt == "parquet":
        from congo_digital.batch.parquet import write_parquet

        write_parquet(records, path, fields)
        return done
    with atomic_file(path) as handle:
        for record in records:
            handle.write((json.dumps(select(record, fields), ensure_ascii=False) + "\n").encode("utf-8", "replace"))
    return done


def write_partitions(bag: Any, folder: str, *, fmt: Literal["jsonl", "parquet"] = "jsonl",
                     fields: list[str] | None = None, progress: bool = False) -> list[PartWritten]:
    """Compute ``bag`` and write each partition to ``folder/part-NNNNN.jsonl`` (or
    ``.parquet``), in order, each file atomically, by the workers (the folder must be one
    they reach: a shared file system for a remote cluster).  ``progress`` shows Dask's
    progress bar on stderr (with a ``distributed`` client).  Returns one ``PartWritten`` per
    partition.  Raises ``OSError`` when a file cannot be written, ``MissingExtra``."""
    dask = require("dask", "the Dask backend")
    if fmt == "parquet":
        require("pyarrow", "writing Parquet")
    writes = [dask.delayed(write_part, pure=True)(part, path, fmt, fields)
              for part, path in zip(bag.to_delayed(), _part_paths(folder, fmt, bag.npartitions), strict=True)]
    return _compute(writes, progress)


def _parse_and_write(group: list[Task], options: Options, path: str, fmt: str,
                     fields: list[str] | None) -> PartWritten:
    records, stats = parse_counted(group, options)
    done = write_part(records, path, fmt, fields)
    done.warc = stats
    return done


def write_tasks(tasks: Iterable[Task], options: Options, folder: str, *, partition_size: int = PARTITION_SIZE,
                fmt: Literal["jsonl", "parquet"] = "jsonl", fields: list[str] | None = None,
                progress: bool = False) -> list[PartWritten]:
    """Parse ``tasks`` on the cluster, cut as ``bag_of_tasks`` cuts them, and write each
    partition as ``write_partitions`` does, each by the worker that parsed it; each
    ``PartWritten`` also counts its WARC file's pages and skipped records.  Raises
    ``OSError`` when a file cannot be written, ``MissingExtra`` (as ``bag_of_tasks``)."""
    dask = require("dask", "the Dask backend")
    if fmt == "parquet":
        require("pyarrow", "writing Parquet")
    parts = _groups(tasks, partition_size) or [[]]
    writes = [dask.delayed(_parse_and_write, pure=True)(group, options, path, fmt, fields)
              for group, path in zip(parts, _part_paths(folder, fmt, len(parts)), strict=True)]
    return _compute(writes, progress)


def _part_paths(folder: str, fmt: str, n: int) -> list[str]:
    """The ``n`` partition files' paths under ``folder`` (created), ``part-00000.jsonl`` …"""
    os.makedirs(folder, exist_ok=True)
    ext = ".parquet" if fmt == "parquet" else ".jsonl"
    return [os.path.join(os.path.abspath(folder), f"part-{i:05d}{ext}") for i in range(n)]


def _compute(writes: list[Any], progress: bool) -> list[PartWritten]:
    """Compute the delayed ``writes``, on the active ``distributed`` client if there is one
    (with its progress bar on stderr when ``progress``), else on Dask's default scheduler."""
    dask = require("dask", "the Dask backend")
    client = _client()
    if client is None:
        return list(dask.compute(*writes))
    futures = client.compute(writes)
    if progress:
        from distributed import progress as show

        show(futures)
    return list(client.gather(futures))


def _client() -> Any:
    """The active ``distributed.Client``, or ``None``."""
    try:
        from distributed import get_client
    except ImportError:
        return None
    try:
        return get_client()
    except ValueError:
        return None


def connect(scheduler: str, workers: int = 1) -> Any:
    """A ``distributed.Client``: with ``"local"``, of a new ``LocalCluster`` of ``workers``
    processes of one thread (closed with the client; its status page on a free port); else
    of the scheduler at that address (``tcp://HOST:PORT``, as ``dask scheduler`` prints it;
    10 s to answer).  Close it with
    ``.close()`` (or use it in a ``with``).  Raises ``MissingExtra`` without ``[dask]``,
    ``OSError`` (or ``TimeoutError``) when the scheduler cannot be reached, ``RuntimeError``
    when a local worker cannot start (a script without ``if __name__ == "__main__":``)."""
    distributed = require("distributed", "the Dask backend")
    if scheduler == "local":
        return distributed.Client(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=logging.ERROR)
    return distributed.Client(scheduler, timeout=10)

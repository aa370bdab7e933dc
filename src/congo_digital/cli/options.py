"""The options of ``parse`` and ``warc`` (click), each defined once: ``OPTIONS`` by name,
``PARSE`` and ``WARC`` the names each command takes, in the order of its ``--help``, and
``options(names)`` the decorator that adds them; with their callbacks (``--fields``,
``--timeout``, ``-j``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import click

from congo_digital.cli.flat import ERROR_COLUMNS, RECORD_FIELDS
from congo_digital.cli.helptext import FORMATS
from congo_digital.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, MAX_TIMEOUT, PARTITION_SIZE


def _fields(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    """The ``--fields`` names, in order, once each.  ``error`` and ``kind`` are accepted and
    left out: an error record always carries them (with ``path``)."""
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in RECORD_FIELDS and n not in ERROR_COLUMNS]
    names = [n for n in names if n not in ERROR_COLUMNS]
    if unknown or not names:
        what = f"unknown field {', '.join(map(repr, unknown))}" if unknown else \
            "no record field (error records carry error, kind and path anyway)"
        raise click.BadParameter(f"{what}; choose among {', '.join(RECORD_FIELDS)}")
    return list(dict.fromkeys(names))


def _finite(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """Refuse a NaN time budget (a float range lets it through): a usage error, exit 2."""
    if value != value:
        raise click.BadParameter("not a number of seconds", ctx=ctx, param=param)
    return value


def _jobs(ctx: click.Context, param: click.Parameter, value: int) -> int:
    """0 means one per CPU; more than the CPUs are capped at their number (``batch.pool.max_jobs``)."""
    from congo_digital.batch.pool import max_jobs

    return max_jobs(value or os.cpu_count() or 1)


def _one_list(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> str | None:
    """The one ``--files-from`` list, or ``None``; given twice, a usage error (exit 2): click
    would keep the last one and drop the others' inputs unsaid."""
    if len(value) > 1:
        raise click.BadParameter("given more than once; give one list (cat a.txt b.txt | parse --files-from -)",
                                 ctx=ctx, param=param)
    return value[0] if value else None


OPTIONS = {
    "paths": click.argument("paths", nargs=-1, type=str),
    "glob": click.option("-g", "--glob", "globs", multiple=True, metavar="PATTERN",
                         help="In folders, only files matching PATTERN (on the name; with a /, on the path under "
                              "the folder). Repeatable."),
    "files_from": click.option("--files-from", metavar="FILE|-", multiple=True, callback=_one_list,
                               help="Also read the inputs listed in FILE (- for standard input): one path per line, "
                                    "optionally a tab and the input's URL (an absolute http(s) one; "
                                    "another fails that input)."),
    "null": click.option("-0", "--null", is_flag=True, help="The --files-from list is NUL-separated (find -print0)."),
    "input_format": click.option("--input-format", type=click.Choice(["auto", "text", "html"]), default="auto",
                                 show_default=True, help="Read every input as text or HTML instead of detecting it."),
    "url": click.option("--url", metavar="URL",
                        help="The URL of the (one) input: the record's url unless an HTML page states its own."),
    "format": click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
                           help="Output format (see above)."),
    "fields": click.option("--fields", callback=_fields, metavar="A,B,…",
                           help=f"Only these record fields, in this order ({', '.join(RECORD_FIELDS)})."),
    "output": click.option("-o", "--output", metavar="FILE",
                           help="Write to FILE (atomically: a temporary file renamed at the end; a FILE that is not a "
                                "regular file, such as /dev/stdout or a FIFO, directly) instead of standard "
                                "output; with --scheduler, the folder of the partition files (without it, a folder or "
                                "a name ending in / is a usage error)."),
    "output_dir": click.option("--output-dir", metavar="DIR",
                               help="Write one file per input under DIR, mirroring the input tree "
                                    "(a.txt -> DIR/a.json)."),
    "jobs": click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, callback=_jobs,
                         metavar="N", help="Worker processes (0: one per CPU). The output stays in input order."),
    "timeout": click.option("--timeout", type=click.FloatRange(min=0, max=MAX_TIMEOUT), default=DEFAULT_TIMEOUT,
                            show_default=True, callback=_finite,
                            metavar="SECONDS", help="Time budget of one input; past it, an error record of kind "
                                                    f"timeout (0: none; at most {MAX_TIMEOUT:,})."),
    "max_bytes": click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                              metavar="N", help="Refuse inputs larger than this many bytes."),
    "no_parties": click.option("--no-parties", is_flag=True, help="Skip the parties (the list stays empty): faster."),
    "no_topics": click.option("--no-topics", is_flag=True, help="Skip the IPTC topics (the list stays empty): faster."),
    "fail_fast": click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails (exit code 1)."),
    "quiet": click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line."),
    "progress": click.option("--progress/--no-progress", default=None,
                             help="Show the progress bar on stderr [default: when stderr is a terminal]."),
    "color": click.option("--color/--no-color", default=None,
                          help="Colour the json and text formats [default: on a terminal, unless NO_COLOR is set]."),
    "scheduler": click.option("--scheduler", metavar="local|tcp://HOST:PORT",
                              help="Parse on a Dask cluster (the [dask] extra): local starts one of -j workers; "
                                   "an address joins a running 'dask scheduler'. Needs -o DIR: JSON Lines (or "
                                   "--format parquet) files, one per partition."),
    "partition_size": click.option("--partition-size", type=click.IntRange(min=1), default=PARTITION_SIZE,
                                   show_default=True, metavar="N",
                                   help="With --scheduler: inputs per partition (a WARC file is one partition)."),
}
PARSE = tuple(OPTIONS)
WARC = ("format", "fields", "output", "jobs", "timeout", "max_bytes", "no_parties", "no_topics", "fail_fast",
         "quiet", "progress", "color", "scheduler", "partition_size")


def options(names: tuple[str, ...]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A decorator adding the options ``names`` (keys of ``OPTIONS``) to a command, in this order."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        for name in reversed(names):
            func = OPTIONS[name](func)
        return func
    return decorate

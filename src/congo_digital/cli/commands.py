"""The click commands: ``congo-digital parse|schema|topics`` and the ``parse`` shortcut.

Each command class installs the Ctrl-C handler (``cli.interrupts``) for its whole run, so
that an interrupt anywhere exits 130 with one line; the work itself is in ``cli.run``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from congo_digital import __version__
from congo_digital.cli import interrupts
from congo_digital.cli.flat import ERROR_COLUMNS, RECORD_FIELDS
from congo_digital.cli.helptext import FORMATS, PARSE_HELP, WARC_HELP
from congo_digital.errors import EXIT_INPUT, EXIT_OUTPUT, EXIT_USAGE
from congo_digital.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, MAX_TIMEOUT, PARTITION_SIZE

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _main_with_interrupts(main: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run click's ``main`` with the Ctrl-C handler and one-line usage errors.

    Click is run outside its standalone mode so that its errors come back here: a usage or
    bad-parameter error is printed as one line (``usage_line``) and exits with its code
    (``EXIT_USAGE``, 2); a bare command name prints its help on stderr and exits 2;
    ``--help`` and ``--version`` exit 0 as before.
    """
    kwargs["standalone_mode"] = False
    with interrupts.handled():
        try:
            code = main(*args, **kwargs)
        except interrupts.Interrupted as stop:
            interrupts.ignore_further()
            click.echo(f"congo-digital: {stop.word}", err=True)
            sys.exit(stop.code)
        except click.exceptions.NoArgsIsHelpError as bare:
            bare.show()  # a bare command name: its help on stderr, exit 2
            sys.exit(bare.exit_code)
        except click.ClickException as problem:
            click.echo(usage_line(problem), err=True)
            sys.exit(problem.exit_code)
        sys.exit(code if isinstance(code, int) else 0)


def usage_line(problem: click.ClickException) -> str:
    """The one stderr line for a usage error: ``congo-digital: usage: MESSAGE (see 'CMD --help')``.

    ``problem`` is click's exception (a missing argument, an unknown option, a bad value);
    its message keeps click's wording, on one line (line breaks become spaces).
    """
    message = " ".join(problem.format_message().split())
    ctx = getattr(problem, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"congo-digital: usage: {message}{hint}"


class _Group(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> Any:
        return _main_with_interrupts(super().main, *args, **kwargs)


class _Command(click.Command):
    def main(self, *args: Any, **kwargs: Any) -> Any:
        return _main_with_interrupts(super().main, *args, **kwargs)


def _emit(text: str) -> None:
    from congo_digital.cli.sinks import OutputFailed, StdoutSink

    try:
        StdoutSink().write(text)
    except OutputFailed as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_OUTPUT)


def _fields(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    """The ``--fields`` names, in order, once each.  ``error`` and ``kind`` are accepted and
    left out: an error record always carries them (with ``path``)."""
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


_OPTIONS = {
    "paths": click.argument("paths", nargs=-1, type=str),
    "glob": click.option("-g", "--glob", "globs", multiple=True, metavar="PATTERN",
                         help="In folders, only files matching PATTERN (on the name; with a /, on the path under "
                              "the folder). Repeatable."),
    "files_from": click.option("--files-from", metavar="FILE|-",
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
                                "output; with --scheduler, the folder of the partition files."),
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
_PARSE = tuple(_OPTIONS)
_WARC = ("format", "fields", "output", "jobs", "timeout", "max_bytes", "no_parties", "no_topics", "fail_fast",
         "quiet", "progress", "color", "scheduler", "partition_size")


def _options(names: tuple[str, ...]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        for name in reversed(names):
            func = _OPTIONS[name](func)
        return func
    return decorate


def _output_problem(kw: dict[str, Any]) -> str | None:
    """The usage error of the output options (shared by ``parse`` and ``warc``), or ``None``."""
    if kw["output"] == "":
        return "-o/--output needs a file name (- for standard output)."
    if kw.get("output_dir") is not None and kw["output"] is not None:
        return "give -o/--output or --output-dir, not both."
    if kw.get("output_dir") is not None and os.path.exists(kw["output_dir"]) and not os.path.isdir(kw["output_dir"]):
        return f"--output-dir {kw['output_dir']}: this is a file, not a folder; give a folder (it is made if missing)."
    if kw.get("output_dir") is not None and kw["scheduler"] is not None:
        return "with --scheduler, -o DIR names the folder of the partition files (not --output-dir)."
    if kw["scheduler"] is not None:
        if kw["output"] in (None, "-"):
            return "--scheduler writes partition files: give -o DIR."
        if kw["fmt"] not in ("auto", "jsonl", "parquet"):
            return "--scheduler writes jsonl or parquet (--format)."
        if kw["fail_fast"]:
            return "--fail-fast applies to a batch in this process, not with --scheduler."
    elif kw["fmt"] == "parquet" and kw["output"] in (None, "-"):
        return "--format parquet writes a file: give -o FILE."
    return None


def _overwrites_input(output: str | None, inputs: tuple[str, ...], spec: Any = None) -> str | None:
    """The one-line error when ``output`` (``-o FILE``) is one of ``inputs`` (the same file,
    through a link or another path: ``os.path.samefile``), or a file that the walk of a
    folder of ``spec`` takes (left out of this run's walk only because it is the output):
    an existing article, which the run would overwrite with its records, or a new file,
    which the next run would read as an article (and then refuse); else ``None``."""
    from congo_digital.cli.inputs import same_file, walked_from

    if output in (None, "-"):
        return None
    path = same_file(inputs, output)
    if path is not None:
        return (f"-o {output}: this file is an input ({path}) and would be overwritten; "
                "give another output file")
    folder = walked_from(spec, output, outputs_too=True) if spec is not None else None
    if folder is None:
        return None
    if not os.path.lexists(output):
        return (f"-o {output}: this file would be in the input folder {folder}, whose walk reads it as an "
                "article; give an output file outside it, or another name")
    return (f"-o {output}: this file is an article of the input folder {folder} and would be "
            "overwritten; give an output file outside it, or another name")


def _holds_articles(output_dir: str, spec: Any) -> str | None:
    """The one-line error when ``output_dir`` (``--output-dir DIR``, inside an input folder)
    already holds articles of that folder, which the walk leaves out as this run's output
    and which the run could write over; else ``None``."""
    from congo_digital.cli.inputs import articles_under

    found = articles_under(spec, output_dir)
    if not found:
        return None
    return (f"--output-dir {output_dir}: this folder, inside an input folder, holds articles "
            f"({', '.join(found)}{', ...' if len(found) == 3 else ''}) that the run would leave out and could "
            "write over; give a new or empty folder, or one outside the input folders")


def _config(kw: dict[str, Any], spec: Any, **extra: Any) -> Any:
    from congo_digital.batch.task import Options
    from congo_digital.cli.run import RunConfig

    options = Options(max_bytes=kw["max_bytes"], input_format=extra.pop("input_format", kw.get("input_format", "auto")),
                      parties=not kw["no_parties"], topics=not kw["no_topics"], timeout=kw["timeout"] or None)
    return RunConfig(spec=spec, options=options, fmt=kw["fmt"], fields=kw["fields"], output=kw["output"],
                     output_dir=kw.get("output_dir"), jobs=kw["jobs"], fail_fast=kw["fail_fast"],
                     progress=kw["progress"], quiet=kw["quiet"], color=kw["color"], **extra)


def _run(cfg: Any, kw: dict[str, Any], needs: tuple[tuple[str, str], ...] = ()) -> int:
    """Run ``cfg`` here, or on the Dask cluster of ``--scheduler``; a missing extra (of
    ``needs``, ``(module, purpose)`` pairs checked first, or of the output) is one line on
    stderr and exit code 2."""
    from congo_digital.batch.extras import MissingExtra, require

    try:
        for module, purpose in needs:
            require(module, purpose)
        if kw["scheduler"] is not None:
            from congo_digital.cli.distribute import run_distributed

            return run_distributed(cfg, kw["scheduler"], kw["partition_size"])
        from congo_digital.cli.run import run

        return run(cfg)
    except MissingExtra as exc:
        click.echo(str(exc), err=True)
        return EXIT_USAGE


def _parse(**kw: Any) -> int:
    from congo_digital.cli.formats import output_format
    from congo_digital.cli.inputs import InputSpec, problem
    from congo_digital.enrich.recogniser import env_problem

    if kw["scheduler"] is None:
        kw["fmt"] = output_format(kw["fmt"], kw["output"])

    spec = InputSpec(paths=kw["paths"], globs=kw["globs"], files_from=kw["files_from"], null=kw["null"],
                     url=kw["url"], max_bytes=kw["max_bytes"],
                     outputs=tuple(p for p in (kw["output"], kw.get("output_dir")) if p not in (None, "-")))
    message = problem(spec) or _output_problem(kw) or env_problem()
    if message is None and kw.get("output_dir") is not None and kw["fmt"] == "text" and any(
            path != "-" and os.path.isdir(path) and os.path.isdir(kw["output_dir"])
            and os.path.samefile(path, kw["output_dir"]) for path in spec.paths):
        message = (f"--output-dir {kw['output_dir']}: this is an input folder, and its .txt records would be read as "
                   "articles by the next run; give another folder (a sub-folder is left out of the walk).")
    if message is None and kw["scheduler"] is not None and "-" in (*spec.paths, spec.files_from):
        message = "--scheduler reads files, not standard input."
    if message is not None:
        raise click.UsageError(message)
    clash = _overwrites_input(kw["output"], (*spec.paths, *([spec.files_from] if spec.files_from else [])), spec)
    if clash is None and kw.get("output_dir") is not None:
        clash = _holds_articles(kw["output_dir"], spec)
    if clash is not None:
        raise click.UsageError(clash)
    return _run(_config(kw, spec), kw)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="congo-digital")
def main() -> None:
    """congo-digital: turn news articles (text or HTML) into typed records.

    Run `congo-digital COMMAND --help` for a command's options and examples.
    """


@main.command("parse", help=PARSE_HELP, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="congo-digital")
@_options(_PARSE)
def parse_command(**kw: Any) -> None:
    sys.exit(_parse(**kw))


@main.command("warc", help=WARC_HELP, context_settings=CONTEXT)
@click.argument("warcs", nargs=-1, required=True, type=str, metavar="FILE.warc[.gz]...")
@_options(_WARC)
def warc_command(warcs: tuple[str, ...], **kw: Any) -> None:
    sys.exit(_warc(warcs, **kw))


def _warc(warcs: tuple[str, ...], **kw: Any) -> int:
    from congo_digital.batch.task import Task
    from congo_digital.batch.warc import WarcStats, is_warc, warc_tasks
    from congo_digital.cli.formats import output_format
    from congo_digital.cli.inputs import InputSpec
    from congo_digital.enrich.recogniser import env_problem

    if kw["scheduler"] is None:
        kw["fmt"] = output_format(kw["fmt"], kw["output"])
    message = _output_problem(kw) or env_problem()
    if message is None and kw["scheduler"] is not None and not all(map(is_warc, warcs)):
        message = "with --scheduler, WARC files are told by their names: FILE.warc or FILE.warc.gz."
    if message is None and "-" in warcs:
        message = "give WARC files by their paths (standard input is not read)."
    if message is not None:
        raise click.UsageError(message)
    clash = _overwrites_input(kw["output"], warcs)
    if clash is not None:
        raise click.UsageError(clash)
    stats = WarcStats()

    def source(warn: Callable[[str], None]) -> Any:
        if kw["scheduler"] is not None:  # one task per file: the Dask workers read them
            return (Task(path) for path in warcs)
        return warc_tasks(warcs, stats, max_bytes=kw["max_bytes"])

    def summary() -> str | None:  # after a batch run to its end: the counts match the records written
        return stats.report(list(warcs)) if not kw["quiet"] and stats.tells() else None

    cfg = _config(kw, InputSpec(), input_format="html", source=source,
                  nothing="no HTML page with status 200 in the WARC files", summary=summary)
    return _run(cfg, kw, needs=(("warcio", "reading WARC files"),))


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of one record that `parse` prints: an Article, or an
    ErrorRecord in the place of an input that could not be parsed."""
    from congo_digital.model import record_schema

    _emit(json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n")


@main.command("topics")
@click.argument("query", required=False)
@click.option("--level", type=click.IntRange(min=1, max=6), help="Only topics at this depth (1 = top level).")
@click.option("--under", metavar="CODE", help="Only this topic and its descendants (e.g. medtop:13000000 or 13000000).")
@click.option("--retired", is_flag=True, help="Also list retired concepts.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True,
              help="table: code, level and label per line; json/jsonl: every column.")
def topics_command(query: str | None, level: int | None, under: str | None, retired: bool, fmt: str) -> None:
    """List IPTC Media Topics (code, level, label), filtered by QUERY.

    QUERY matches a code or the English or French label, ignoring case and accents.
    Exit code 1 when nothing matches.

    \b
    Examples:
      congo-digital topics --level 1
      congo-digital topics securit
      congo-digital topics --under medtop:13000000 --format jsonl
    """
    from congo_digital.enrich.topics import list_taxonomy

    try:
        rows = list_taxonomy(query, level=level, include_retired=retired, under=under)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--under") from None
    if fmt == "json":
        _emit(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        _emit("".join(json.dumps(r.as_dict(), ensure_ascii=False) + "\n" for r in rows))
    else:
        _emit("".join(f"{r.code}  {r.level}  {'  ' * (r.level - 1)}{r.label}\n" for r in rows))
    if not rows:  # as grep does: say so, and exit 1
        click.echo(f"congo-digital: no IPTC Media Topic matches {query or 'the filters'!r}; "
                   "try a shorter word, or --level 1 for the top level", err=True)
        sys.exit(EXIT_INPUT)


@click.command("parse", cls=_Command, help=PARSE_HELP, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="parse")
@_options(_PARSE)
def parse_main(**kw: Any) -> None:
    """The ``parse`` console script: the same as ``congo-digital parse``."""
    sys.exit(_parse(**kw))

"""The click commands: ``congo-digital parse|warc|schema|topics`` and the ``parse`` shortcut
(their options in ``cli.options``, the checks of their outputs in ``cli.checks``).

Each command class installs the Ctrl-C handler (``cli.interrupts``) for its whole run, so
that an interrupt anywhere exits 130 with one line; the work itself is in ``cli.run``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from congo_digital import __version__
from congo_digital.cli import interrupts
from congo_digital.cli.checks import holds_articles, output_problem, overwrites_input, reads_records
from congo_digital.cli.helptext import PARSE_HELP, WARC_HELP
from congo_digital.cli.options import PARSE, WARC, options
from congo_digital.errors import EXIT_INPUT, EXIT_OUTPUT, EXIT_USAGE

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
    from congo_digital.cli.progress import one_line  # (a file name's bytes shown as the other lines show them)

    return one_line(f"congo-digital: usage: {message}{hint}")


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
    from congo_digital.cli.formats import EXTENSIONS, output_format
    from congo_digital.cli.inputs import InputSpec, problem
    from congo_digital.enrich.recogniser import env_problem

    if kw["scheduler"] is None:
        kw["fmt"] = output_format(kw["fmt"], kw["output"])

    spec = InputSpec(paths=kw["paths"], globs=kw["globs"], files_from=kw["files_from"], null=kw["null"],
                     url=kw["url"], max_bytes=kw["max_bytes"],
                     outputs=tuple(p for p in (kw["output"], kw.get("output_dir")) if p not in (None, "-")),
                     records=EXTENSIONS.get(kw["fmt"], "") if kw.get("output_dir") is not None else "")
    message = problem(spec) or output_problem(kw) or env_problem()
    if message is None and kw.get("output_dir") is not None:
        message = reads_records(kw["output_dir"], kw["fmt"], spec)
    if message is None and kw["scheduler"] is not None and "-" in (*spec.paths, spec.files_from):
        message = "--scheduler reads files, not standard input."
    if message is not None:
        raise click.UsageError(message)
    clash = overwrites_input(kw["output"], (*spec.paths, *([spec.files_from] if spec.files_from else [])), spec)
    if clash is None and kw.get("output_dir") is not None:
        clash = holds_articles(kw["output_dir"], spec)
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
@options(PARSE)
def parse_command(**kw: Any) -> None:
    sys.exit(_parse(**kw))


@main.command("warc", help=WARC_HELP, context_settings=CONTEXT)
@click.argument("warcs", nargs=-1, required=True, type=str, metavar="FILE.warc[.gz]...")
@options(WARC)
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
    message = output_problem(kw) or env_problem()
    if message is None and kw["scheduler"] is not None and not all(map(is_warc, warcs)):
        message = "with --scheduler, WARC files are told by their names: FILE.warc or FILE.warc.gz."
    if message is None and "-" in warcs:
        message = "give WARC files by their paths (standard input is not read)."
    if message is not None:
        raise click.UsageError(message)
    clash = overwrites_input(kw["output"], warcs)
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

    QUERY matches a code, the English or French label, or the label records give the
    concept (cybersecurity), ignoring case and accents; leave it out to list every topic
    (an empty QUERY is a usage error: exit code 2).
    Exit code 1 when nothing matches.

    \b
    Examples:
      congo-digital topics --level 1
      congo-digital topics securit
      congo-digital topics --under medtop:13000000 --format jsonl
    """
    from congo_digital.enrich.topics import list_taxonomy

    if query is not None and not query.strip():  # topics "$Q" with Q unset: not a wish for all 1,084
        raise click.UsageError("QUERY is empty; give a word to look for (e.g. securit), or leave QUERY out "
                               "to list every topic")
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
@options(PARSE)
def parse_main(**kw: Any) -> None:
    """The ``parse`` console script: the same as ``congo-digital parse``."""
    sys.exit(_parse(**kw))

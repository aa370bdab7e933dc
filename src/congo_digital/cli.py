"""The command line: ``congo-digital parse|schema`` and the ``parse`` shortcut.

Exit codes: 0 every input parsed; 1 at least one input could not be read or parsed (the
others are still printed); 2 usage error; 3 internal error (a bug: the message says so);
4 the output could not be written.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable

import click

from congo_digital import __version__
from congo_digital.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_OUTPUT, InputError
from congo_digital.settings import DEFAULT_MAX_BYTES

PARSE_HELP = """Parse news articles (plain text or HTML) into typed JSON records.

PATHS are files, or - for standard input. The input's format (text or HTML) and
encoding are detected.

\b
Output formats (--format):
  auto   one input: an indented JSON object; several: JSON Lines (default)
  json   one input: an indented JSON object; several: a JSON array
  jsonl  one JSON object per line, in input order
With several inputs, an input that fails prints {"error": ..., "kind": ...,
"path": ...} in its place (jsonl/auto) and a one-line message on stderr;
the other inputs are still parsed.

\b
Exit codes:
  0  every input parsed
  1  at least one input was missing, unreadable, empty, binary,
     undecodable, too large, nested too deeply, or not an article
     (an RSS or Atom feed, an SVG image)
  2  usage error (unknown option, no PATHS)
  3  internal error (a bug; please report it with the input)
  4  the output could not be written (disk full, standard output closed)

\b
Examples:
  parse article.txt
  parse page.html | jq .authors
  congo-digital parse --format jsonl corpus/*.txt > records.jsonl
  cat article.txt | parse -
"""


def _error_record(exc: InputError) -> dict:
    return {"error": str(exc), "kind": exc.kind, "path": exc.path}


def _emit(text: str) -> bool:
    """Write ``text`` to standard output as UTF-8.  Returns False when the reader went away
    (``| head``): standard output then goes to the null device and the caller stops.  Exits
    with ``EXIT_OUTPUT`` and one line on stderr when the output cannot be written."""
    try:
        out = getattr(sys.stdout, "buffer", None)
        if out is not None:  # JSON is UTF-8 (RFC 8259), whatever the locale's encoding
            sys.stdout.flush()
            # A path with undecodable bytes holds lone surrogates: print them as U+FFFD.
            out.write(_printable(text).encode("utf-8"))
            out.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, jq -e …) went away: stop quietly, as Unix tools do; the null
        # device takes what Python flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    except (OSError, AttributeError, ValueError) as exc:  # disk full, stdout closed
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "standard output is closed"
        _warn(f"congo-digital: cannot write the output ({reason}); check where the output goes")
        sys.exit(EXIT_OUTPUT)
    return True


def _printable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name) as U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") \
            if all(not 0xD800 <= ord(c) <= 0xDC7F for c in text) \
            else text.encode("utf-8", "replace").decode("utf-8")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _warn(line: str) -> None:
    """One line on stderr, printable whatever the path's bytes: control characters (a
    newline in a file name) are shown escaped ("\\n")."""
    click.echo(_CONTROL.sub(lambda m: repr(m.group())[1:-1], _printable(line)), err=True)


def _records(paths: Iterable[str], max_bytes: int) -> Iterable[tuple[str, dict | None, int]]:
    from congo_digital.pipeline import parse_path

    for path in paths:
        try:
            article = parse_path(path, max_bytes=max_bytes)
            yield path, article.model_dump(mode="json"), EXIT_OK
        except InputError as exc:
            _warn(f"congo-digital: {exc}")
            yield path, _error_record(exc), EXIT_INPUT
        except RecursionError:
            msg = f"{path}: the input is nested too deeply to parse; flatten or shorten it"
            _warn(f"congo-digital: {msg}")
            yield path, {"error": msg, "kind": "too-deep", "path": path}, EXIT_INPUT
        except Exception as exc:  # a bug: report it on one line, keep the batch going
            msg = f"{path}: internal error ({type(exc).__name__}); please report it with this input"
            _warn(f"congo-digital: {msg}")
            yield path, {"error": msg, "kind": "internal", "path": path}, EXIT_INTERNAL


def _run_parse(paths: tuple[str, ...], fmt: str, max_bytes: int) -> int:
    status = EXIT_OK
    many = len(paths) > 1
    if fmt == "json" and many:
        records = []
        for _, record, code in _records(paths, max_bytes):
            records.append(record)
            status = max(status, code)
        _emit(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return status
    for _, record, code in _records(paths, max_bytes):
        status = max(status, code)
        if fmt == "jsonl" or (fmt == "auto" and many):
            written = _emit(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            written = code != EXIT_OK or _emit(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        if not written:
            break  # the reader went away: the rest would not be read (the status so far stands)
    return status


_FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["auto", "json", "jsonl"]), default="auto", show_default=True,
    help="Output format (see above).",
)
_MAX_BYTES = click.option(
    "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
    help="Refuse inputs larger than this many bytes.",
)
_PATHS = click.argument("paths", nargs=-1, required=True, type=str)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="congo-digital")
def main() -> None:
    """congo-digital: turn news articles (text or HTML) into typed records.

    Run `congo-digital COMMAND --help` for a command's options and examples.
    """


@main.command("parse", help=PARSE_HELP)
@_FORMAT
@_MAX_BYTES
@_PATHS
def parse_command(paths: tuple[str, ...], fmt: str, max_bytes: int) -> None:
    sys.exit(_run_parse(paths, fmt, max_bytes))


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the record that `parse` prints."""
    from congo_digital.model import article_schema

    _emit(json.dumps(article_schema(), ensure_ascii=False, indent=2) + "\n")


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

    \b
    Examples:
      congo-digital topics --level 1
      congo-digital topics securit
      congo-digital topics --under medtop:13000000 --format jsonl
    """
    from dataclasses import asdict

    from congo_digital.enrich.topics import list_taxonomy

    try:
        rows = list_taxonomy(query, level=level, include_retired=retired, under=under)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--under") from None
    if fmt == "json":
        _emit(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        _emit("".join(json.dumps(asdict(r), ensure_ascii=False) + "\n" for r in rows))
    else:
        _emit("".join(f"{r.code}  {r.level}  {'  ' * (r.level - 1)}{r.label}\n" for r in rows))


@click.command("parse", help=PARSE_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="parse")
@_FORMAT
@_MAX_BYTES
@_PATHS
def parse_main(paths: tuple[str, ...], fmt: str, max_bytes: int) -> None:
    """The ``parse`` console script: the same as ``congo-digital parse``."""
    sys.exit(_run_parse(paths, fmt, max_bytes))

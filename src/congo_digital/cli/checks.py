"""The usage checks of the output options of ``parse`` and ``warc``: options that do not go
together (``output_problem``), and an output that would overwrite an input or be read as one
(``overwrites_input``, ``holds_articles``, ``reads_records``).  Each gives the one-line message of a usage
error (exit code 2), or ``None``."""

from __future__ import annotations

import os
from typing import Any


def _given(name: str) -> bool:
    """Whether the option ``name`` was given on the command line (not left at its default)."""
    import click

    ctx = click.get_current_context(silent=True)
    return ctx is not None and ctx.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE


def output_problem(kw: dict[str, Any]) -> str | None:
    """The usage error of the output options (shared by ``parse`` and ``warc``), or ``None``."""
    if kw["output"] == "":
        return "-o/--output needs a file name (- for standard output)."
    if kw.get("output_dir") == "":
        return "--output-dir needs a folder name (it is made if missing)."
    if kw.get("output_dir") is not None and kw["output"] is not None:
        return "give -o/--output or --output-dir, not both."
    if kw.get("output_dir") is not None and os.path.exists(kw["output_dir"]) and not os.path.isdir(kw["output_dir"]):
        return f"--output-dir {kw['output_dir']}: this is a file, not a folder; give a folder (it is made if missing)."
    if kw["output"] not in (None, "-") and kw["scheduler"] is None and (
            os.path.isdir(kw["output"]) or kw["output"].endswith(("/", os.sep))):  # "-o new/": a folder's name
        other = ", or --output-dir DIR for one file an input" if "output_dir" in kw else ""
        what = ("this is a folder, not a file" if os.path.isdir(kw["output"])
                else "a name ending in a slash names a folder, not a file")
        return f"-o {kw['output']}: {what}; give a file name{other}."
    if kw.get("output_dir") is not None and kw["scheduler"] is not None:
        return "with --scheduler, -o DIR names the folder of the partition files (not --output-dir)."
    if kw["scheduler"] is not None:
        if kw["output"] in (None, "-"):
            return "--scheduler writes partition files: give -o DIR."
        if kw["fmt"] not in ("auto", "jsonl", "parquet"):
            return "--scheduler writes jsonl or parquet (--format)."
        if kw["fail_fast"]:
            return "--fail-fast applies to a batch in this process, not with --scheduler."
    elif _given("partition_size"):
        return "--partition-size sets the inputs of a partition file of --scheduler; give --scheduler too."
    elif kw["fmt"] == "parquet" and kw["output"] in (None, "-"):
        if kw.get("output_dir") is not None:  # one file of every record, not one file an input
            return "--format parquet writes one file of all the records: give -o FILE, not --output-dir."
        return "--format parquet writes a file: give -o FILE."
    return None


def overwrites_input(output: str | None, inputs: tuple[str, ...], spec: Any = None) -> str | None:
    """The one-line error when ``output`` (``-o FILE``) is one of ``inputs`` (the same file,
    through a link or another path: ``os.path.samefile``), or a file that the walk of a
    folder of ``spec`` takes (left out of this run's walk only because it is the output):
    an existing article, which the run would overwrite with its records, or a new file,
    which the next run would read as an article (and then refuse); else ``None``."""
    from congo_digital.cli.folders import same_file, walked_from

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


def holds_articles(output_dir: str, spec: Any) -> str | None:
    """The one-line error when ``output_dir`` (``--output-dir DIR``, inside an input folder)
    already holds articles of that folder, which the walk leaves out as this run's output
    and which the run could write over; else ``None``."""
    from congo_digital.cli.folders import articles_under

    found = articles_under(spec, output_dir)
    if not found:
        return None
    return (f"--output-dir {output_dir}: this folder, inside an input folder, holds articles "
            f"({', '.join(found)}{', ...' if len(found) == 3 else ''}) that the run would leave out and could "
            "write over; give a new or empty folder, or one outside the input folders")


DATA_FORMATS = frozenset({"auto", "json", "jsonl", "jsonld", "csv", "tsv"})
"""The formats whose files a folder walk skips as data, whatever ``--glob`` matches
(``read.datafiles.data_kind``; ``auto`` writes JSON under ``--output-dir``)."""


def reads_records(output_dir: str, fmt: str, spec: Any) -> str | None:
    """The one-line error when ``output_dir`` (``--output-dir DIR``) is an input folder of
    ``spec`` and the walk would read the records written there as articles (``-f text``'s
    ``.txt``; a ``--glob`` that matches ``-f markdown``'s ``.md``): the next run would parse
    the records; else ``None``.  Records that are data (``DATA_FORMATS``) or not named as
    articles are written beside the articles, and the walk leaves them out."""
    from congo_digital.cli.folders import _matches
    from congo_digital.cli.formats import EXTENSIONS
    from congo_digital.read.datafiles import is_article_name

    ext = EXTENSIONS[fmt]
    name = "record" + ext
    if fmt in DATA_FORMATS or not (_matches(name, spec.globs) if spec.globs else is_article_name(name)):
        return None
    if not os.path.isdir(output_dir) or not any(path != "-" and os.path.isdir(path) and os.path.samefile(
            path, output_dir) for path in spec.paths):
        return None
    return (f"--output-dir {output_dir}: this is an input folder, and its {ext} records would be read as articles by "
            f"the next run{' (they match --glob)' if spec.globs else ''}; give another folder (a sub-folder is left "
            "out of the walk).")

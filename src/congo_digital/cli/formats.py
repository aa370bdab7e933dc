"""Output formats: each record (an article or an error record, as a dict) to text.

========  =================================================================================
auto      one input: ``json``; several: ``jsonl``
json      an indented JSON object; several inputs: a JSON array (streamed); coloured on a
          terminal
jsonl     one compact JSON object per line
jsonld    a schema.org ``NewsArticle`` (``cli.jsonld``), shaped as ``json``
csv, tsv  a header, then one flat row per input (``cli.flat`` gives the columns)
markdown  YAML front matter (the flat values), then ``# title`` and the body
text      a human summary (``cli.textview``), coloured on a terminal
parquet   Apache Parquet (``batch.parquet``, the ``[parquet]`` extra), to ``-o FILE`` only;
          written by ``cli.sinks.ParquetSink`` from the records, not through ``record()``
========  =================================================================================

``--fields`` keeps only the named record keys, in the given order, in every format (an
error record stays whole).  In a batch, an input that fails gets its error record in its
place; with one input, only ``jsonl``, ``csv`` and ``tsv`` print it (the others print
nothing; the message is on stderr).
"""

from __future__ import annotations

import json
import re
from typing import Any

from congo_digital.cli import flat

EXTENSIONS = {"auto": ".json", "json": ".json", "jsonl": ".jsonl", "jsonld": ".jsonld", "csv": ".csv",
              "tsv": ".tsv", "markdown": ".md", "text": ".txt",
              "parquet": ".parquet"}


def output_format(fmt: str, output: str | None) -> str:
    """The format to write: ``fmt``, but for ``auto`` with ``-o FILE`` the one that FILE's
    extension names (``EXTENSIONS``: ``.csv``, ``.tsv``, ``.jsonl``, ``.jsonld``, ``.md``,
    ``.txt``, ``.parquet``, ``.json``: one object, or an array of several; any case), so
    that ``-o records.csv`` holds CSV.  Other names keep ``auto``.  Returns a format name;
    raises nothing."""
    if fmt != "auto" or output in (None, "-"):
        return fmt
    name = output.lower()
    found = [f for f, ext in EXTENSIONS.items() if f != "auto" and name.endswith(ext)]
    return max(found, key=lambda f: len(EXTENSIONS[f])) if found else fmt


def select(record: dict, fields: list[str] | None) -> dict:
    """``record`` with only the keys in ``fields``, in that order (``None``: all); an error
    record is kept whole."""
    if fields is None or "error" in record:
        return record
    return {key: record[key] for key in fields if key in record}


# Characters YAML wants escaped in a double-quoted scalar that JSON leaves raw.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


def _yaml(value: Any) -> str:
    """A YAML 1.2 value after its key's colon: JSON scalars and flow mappings, lists as block
    sequences."""
    if isinstance(value, list) and value:
        return "".join("\n  -" + _yaml(v) for v in value)
    text = json.dumps(value, ensure_ascii=False)
    return " " + _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def markdown(record: dict, fields: list[str] | None) -> str:
    """``record`` as Markdown: YAML front matter (``cli.flat``'s values, the body left out),
    then the title as a heading and the body."""
    vals = flat.values(record)
    if "error" in record:
        keys = ["error", "kind", "path"] + (["url"] if record.get("url") else [])
    else:
        keys = [c for c in flat.columns(fields) if c not in ("body", *flat.ERROR_COLUMNS)]
    front = "".join(f"{key}:{_yaml(vals.get(key))}\n" for key in keys)
    out = f"---\n{front}---\n"
    if "error" in record:
        return out
    if record.get("title") and (fields is None or "title" in fields):
        out += f"\n# {record['title']}\n"
    if record.get("body") and (fields is None or "body" in fields):
        out += f"\n{record['body']}\n"
    return out


def _csv_line(cells: list[str], delimiter: str) -> str:
    import csv  # (this and the other outputs' modules are imported for their format only)
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


class Formatter:
    """Turns a stream of records into the text of one output: ``start()``, then
    ``record(r)`` per record, then ``end()``.  ``single`` is true when the output holds one
    input (one path given, or one file of ``--output-dir``)."""

    def __init__(self, fmt: str, *, single: bool, fields: list[str] | None = None, color: bool = False) -> None:
        self.fmt = ("json" if single else "jsonl") if fmt == "auto" else fmt
        self.single = single
        self.fields = fields
        self.color = color and self.fmt in ("json", "jsonld", "text")
        self.count = 0
        self.columns = flat.columns(fields)

    @property
    def writes_errors(self) -> bool:
        """Whether an error record is written: in a batch, and with one input in the formats of
        one line (or row) per input (``jsonl``, ``csv``, ``tsv``, ``parquet``); else the failure
        is only told on stderr."""
        return not self.single or self.fmt in ("jsonl", "csv", "tsv", "parquet")

    def start(self) -> str:
        """What comes before the first record (a CSV header, a JSON array's ``[``)."""
        if self.fmt in ("csv", "tsv"):
            return _csv_line(self.columns, "," if self.fmt == "csv" else "\t")
        if self.fmt in ("json", "jsonld") and not self.single:
            return "["
        return ""

    def _json(self, record: dict) -> str:
        text = json.dumps(record, ensure_ascii=False, indent=2)
        if not self.color:
            return text
        from congo_digital.cli.textview import colour_json

        return colour_json(text)

    def record(self, record: dict) -> str:
        """The text of one record (``record`` as ``Article.model_dump(mode="json")`` gives it,
        or an error record)."""
        first = self.count == 0
        self.count += 1
        record = select(record, self.fields)
        fmt = self.fmt
        if fmt in ("json", "jsonld"):
            if fmt == "jsonld":
                from congo_digital.cli.jsonld import to_jsonld

                record = to_jsonld(record)
            text = self._json(record)
            if self.single:
                return text + "\n"
            import textwrap

            return ("\n" if first else ",\n") + textwrap.indent(text, "  ")
        if fmt == "jsonl":
            return json.dumps(record, ensure_ascii=False) + "\n"
        if fmt in ("csv", "tsv"):
            return _csv_line(flat.row(record, self.columns), "," if fmt == "csv" else "\t")
        if fmt == "markdown":
            text = markdown(record, self.fields)
        else:
            from congo_digital.cli.textview import render

            text = render(record, color=self.color)
        return text if first else "\n" + text

    def end(self) -> str:
        """What comes after the last record (a JSON array's ``]``)."""
        if self.fmt in ("json", "jsonld") and not self.single:
            return "\n]\n" if self.count else "]\n"
        return ""

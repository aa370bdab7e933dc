"""Records to Apache Parquet (the ``[parquet]`` extra, pyarrow), for ``--format parquet`` and
the Dask backend's partitions.

The columns are the record's (``model.Article``), typed from the model: a string, integer,
number or flag as such, a list as a list, a nested model (``source``, ``dateline``, a
party) as a struct, the ``evidence`` map as a map from the field's name to its evidence;
then ``error`` and ``kind``, filled on the row of an input that could not be parsed (whose
``url`` and ``source.path`` are also set).  Every column may be null.  ``fields`` keeps
the named record fields, in that order, before ``error`` and ``kind``.

pyarrow is imported by the functions here, never at import time.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from typing import IO, Any, Literal

from pydantic import BaseModel

from congo_digital.atomic import atomic_file
from congo_digital.batch.extras import require
from congo_digital.model import Article

ROW_GROUP = 1000
"""Records buffered before they are written as one row group (memory stays bounded)."""

ERROR_COLUMNS = ("error", "kind")


def _arrow_type(annotation: Any, pa: Any) -> Any:
    """The Arrow type of a field's annotation (``str | None``, ``list[Party]``, ``dict[str, Evidence]`` …)."""
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _arrow_type(args[0], pa)
    if origin is list:
        return pa.list_(_arrow_type(args[0], pa))
    if origin is dict:
        return pa.map_(pa.string(), _arrow_type(args[1], pa))
    if origin is Literal:
        return pa.string()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(name, _arrow_type(f.annotation, pa)) for name, f in annotation.model_fields.items()])
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(fields: list[str] | None = None) -> Any:
    """The ``pyarrow.Schema`` of the records: ``fields`` (default: every ``Article`` field, in
    the model's order), then ``error`` and ``kind``.  Raises ``MissingExtra`` without pyarrow."""
    pa = require("pyarrow", "writing Parquet")
    names = fields if fields is not None else list(Article.model_fields)
    columns = [pa.field(name, _arrow_type(Article.model_fields[name].annotation, pa)) for name in names]
    return pa.schema(columns + [pa.field(name, pa.string()) for name in ERROR_COLUMNS])


def row(record: dict, names: Iterable[str]) -> dict:
    """``record`` (an article's JSON dict, or an error record) as a row of the schema's columns
    ``names``: an error record fills ``error``, ``kind``, ``url`` and ``source.path``."""
    if "error" in record:
        out = {name: None for name in names}
        out.update(error=record["error"], kind=record["kind"])
        if "url" in out:
            out["url"] = record.get("url")
        if "source" in out:
            out["source"] = {"path": record.get("path")}
        return out
    return {name: record.get(name) for name in names}


class ParquetStream:
    """Records written to ``handle`` (a binary file object) as Parquet, ``ROW_GROUP`` at a time:
    ``add(record)`` each, then ``close()``.  Raises ``MissingExtra`` without pyarrow."""

    def __init__(self, handle: IO[bytes], fields: list[str] | None = None) -> None:
        self.pa = require("pyarrow", "writing Parquet")
        require("pyarrow.parquet", "writing Parquet")
        self.schema = arrow_schema(fields)
        self.names = self.schema.names
        self.writer = self.pa.parquet.ParquetWriter(handle, self.schema)
        self.rows: list[dict] = []
        self.count = 0

    def add(self, record: dict) -> None:
        """Add one record (as ``row`` takes it)."""
        self.rows.append(row(record, self.names))
        self.count += 1
        if len(self.rows) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        """Write the buffered records as one row group."""
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        """Write what is buffered and the file's footer (an empty batch gives a file with the
        schema and no row)."""
        self.flush()
        self.writer.close()


def write_parquet(records: Iterable[dict], path: str, fields: list[str] | None = None) -> int:
    """Write ``records`` to the Parquet file ``path``, atomically (``atomic.atomic_file``);
    returns the number of records.  Raises ``OSError`` when the file cannot be written,
    ``MissingExtra`` without pyarrow."""
    with atomic_file(path) as handle:
        stream = ParquetStream(handle, fields)
        for record in records:
            stream.add(record)
        stream.close()
    return stream.count

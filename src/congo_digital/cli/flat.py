"""The record made flat: one string per column, for ``csv``/``tsv``, the Markdown front
matter and the text view.

Columns (the README documents them), in this order by default::

    path url title subtitle authors editors date date_modified language section dateline
    parties topics site_name description keywords image body format encoding sha256 bytes
    warnings error kind

``path``, ``format``, ``encoding``, ``sha256`` and ``bytes`` are the record's ``source``;
``error`` and ``kind`` are filled only on an error row (an input that could not be parsed).
Lists are joined with ``"; "``: authors and editors as ``name (role)``, parties as
``name (kind, country, role)``, topics as ``label (medtop:code)``, keywords as they are.  Dates are ISO 8601 as in
the record; a null is an empty cell.  ``evidence`` (only with ``--fields evidence``) is
compact JSON.
"""

from __future__ import annotations

import json
from typing import Any

RECORD_FIELDS = ("title", "subtitle", "authors", "editors", "date", "date_modified", "language", "section",
                 "dateline", "parties", "topics", "body", "url", "site_name", "description", "keywords", "image",
                 "source", "evidence", "warnings")
"""The names ``--fields`` accepts: the record's keys."""

SOURCE_COLUMNS = ("path", "format", "encoding", "sha256", "bytes")
DEFAULT_COLUMNS = ("path", "url", "title", "subtitle", "authors", "editors", "date", "date_modified", "language",
                   "section", "dateline", "parties", "topics", "site_name", "description", "keywords", "image", "body",
                   "format", "encoding", "sha256", "bytes", "warnings")
ERROR_COLUMNS = ("error", "kind")
JOIN = "; "


def columns(fields: list[str] | None) -> list[str]:
    """The columns for ``--fields`` (``None``: the default set), ``error`` and ``kind`` last."""
    if fields is None:
        return [*DEFAULT_COLUMNS, *ERROR_COLUMNS]
    out: list[str] = []
    for name in fields:
        out += SOURCE_COLUMNS if name == "source" else (name,)
    return [*out, *ERROR_COLUMNS]


def person(c: dict) -> str:
    """A contributor as ``name (role)``, or ``name``."""
    return f"{c['name']} ({c['role']})" if c.get("role") else c["name"]


def party(p: dict) -> str:
    """A party as ``name (kind, country, role)``, leaving out what it does not have."""
    parts = [p["kind"], *(v for v in (p.get("country"), p.get("role")) if v)]
    return f"{p['name']} ({', '.join(parts)})"


def topic(t: dict) -> str:
    """A topic as ``label (medtop:code)``."""
    return f"{t['label']} ({t['code']})"


def values(record: dict) -> dict[str, Any]:
    """Every column's value for ``record`` (an article or an error record), as lists where the
    record has lists (``authors``, ``parties`` …) and ``None`` for a null."""
    if "error" in record:
        return {"path": record.get("path"), "url": record.get("url"), "error": record["error"],
                "kind": record["kind"]}
    source = record.get("source") or {}
    out: dict[str, Any] = {key: record.get(key) for key in ("url", "title", "subtitle", "date", "date_modified",
                                                             "language", "section", "body", "site_name",
                                                             "description", "image")}
    out["keywords"] = list(record.get("keywords", []))
    out.update({key: source.get(key) for key in SOURCE_COLUMNS})
    out["authors"] = [person(c) for c in record.get("authors", [])]
    out["editors"] = [person(c) for c in record.get("editors", [])]
    out["parties"] = [party(p) for p in record.get("parties", [])]
    out["topics"] = [topic(t) for t in record.get("topics", [])]
    out["dateline"] = (record.get("dateline") or {}).get("text")
    out["warnings"] = list(record.get("warnings", []))
    out["evidence"] = record.get("evidence")
    return out


def cell(value: Any) -> str:
    """One CSV cell: lists joined with ``"; "``, a mapping as compact JSON, null as empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return JOIN.join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def row(record: dict, cols: list[str]) -> list[str]:
    """The CSV row of ``record`` for the columns ``cols``."""
    vals = values(record)
    return [cell(vals.get(c)) for c in cols]

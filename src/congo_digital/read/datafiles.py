"""Files of data, not articles: a JSON document, JSON Lines, a CSV or TSV table.

A JSON document (an object or an array that parses whole: an API's answer, a scraper's
dump) and JSON Lines (one JSON object or array a line: a list of records, such as
``parse``'s own ``-f jsonl`` output or a corpus manifest) are data about articles, not one
article's text; ``read.document`` refuses them as ``not-an-article`` when they are named.
A CSV or TSV table (a ``.csv``/``.tsv`` file whose first line holds the separator, or a
text of any name that starts as a table: ``table_kind``) is data too, and so is a file
named as JSON (``.json``, ``.jsonl``, ``.ndjson``) that starts like
JSON but does not parse (JSON with comments, a dump cut short): ``named_data`` tells
``read.document``, which refuses them when they are named.

A folder walk (``cli.inputs``) reads only the files named like an article
(``is_article_name``: a text or an HTML page) and, of those, skips the files of data
(``data_kind``), without reading any other file past its first bytes.
"""

from __future__ import annotations

import os

HEAD = 4096
"""``data_kind`` reads this many bytes of a file before it decides whether to read it all."""

TABLES = {".csv": ",", ".tsv": "\t"}
"""The file name endings of tables, with their separators."""

JSON_ENDINGS = (".json", ".jsonl", ".ndjson")
"""The file name endings of JSON documents and JSON Lines (https://jsonlines.org)."""

ARTICLE_ENDINGS = (".txt", ".text", ".htm", ".html", ".xhtml", ".xht", ".shtml")
"""The file name endings a folder walk reads: plain text (the ``text/plain`` ending) and
HTML pages as browsers and ``wget --adjust-extension`` save them (``text/html``,
``application/xhtml+xml``, server-side-include ``.shtml``), case ignored."""


def ending(name: str) -> str:
    """The lower-cased ending of file ``name`` (``"a/B.HTML"`` -> ``".html"``), ``""`` for none."""
    base = os.path.basename(name)
    return base[base.rfind("."):].lower() if "." in base.lstrip(".") else ""


def is_article_name(name: str) -> bool:
    """Is ``name`` named like an article's text or page (``ARTICLE_ENDINGS``)?"""
    return ending(name) in ARTICLE_ENDINGS


def named_data(text: str, name: str | None) -> str | None:
    """``"a CSV table"``, ``"a TSV table"`` or ``"a JSON file"`` when ``text`` read from a
    file called ``name`` is data by its name and its start (a table's first line holds its
    separator; a JSON file starts with ``{`` or ``[``), else ``None``."""
    end = ending(name or "")
    if end in TABLES:
        return f"a {end[1:].upper()} table" if TABLES[end] in text[:HEAD].split("\n", 1)[0] else None
    if end in JSON_ENDINGS and text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        return "a JSON file"
    return None


TABLE_ROWS = 30
"""``table_kind`` reads at most this many lines, not blank, of a text's start."""


def table_kind(text: str) -> str | None:
    """``"a CSV table"`` or ``"a TSV table"`` when ``text`` starts as one whatever its name:
    its first five lines or more that are not blank (at most ``TABLE_ROWS``, every one of
    them) split, as Python's ``csv`` module reads them (quotes honoured), into the same
    number of fields, three or more, by commas or by tabs.  An article's few comma-heavy
    lines (a list of names, a dateline) do not: its title and paragraphs differ in their
    counts.  Else ``None``."""
    lines = text[:HEAD * 4].split("\n")[:TABLE_ROWS * 3 + 1]
    if len(lines) > 1 and len(text) > HEAD * 4 or len(lines) > TABLE_ROWS * 3:
        lines.pop()  # the last line may be cut short
    rows = [line for line in lines if line.strip()][:TABLE_ROWS]
    if len(rows) < 5:
        return None
    for sep, what in ((",", "a CSV table"), ("\t", "a TSV table")):
        if sep not in rows[0]:
            continue
        import csv  # (only for a text whose first line holds the separator)

        try:
            counts = {len(row) for row in csv.reader(rows, delimiter=sep, strict=True)}
        except csv.Error:
            continue
        if len(counts) == 1 and counts.pop() >= 3:
            return what
    return None


def is_json(text: str) -> bool:
    """Does ``text`` parse whole as JSON (an object or an array)?"""
    import json

    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict | list)


def is_json_lines(text: str) -> bool:
    """Is ``text`` JSON Lines (https://jsonlines.org): two lines or more that are not
    blank, each a JSON object or array?"""
    found = 0
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line[0] not in "{[" or not is_json(line):
            return False
        found += 1
    return found >= 2


def data_kind(path: str, limit: int = 20_000_000) -> str | None:
    """``"JSON"``, ``"JSON Lines"`` or ``"CSV"`` when the file at ``path`` holds that data
    (a table by its name or by its start, ``table_kind``), else ``None`` (an article, or a
    file that cannot be read: its parse tells why).  Only a
    file whose first character (after white space and a BOM) is ``{`` or ``[`` is read whole
    (at most ``limit`` bytes: a larger one is left to the parse, which refuses it)."""
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD)
            if ending(path) in TABLES:
                return "CSV" if named_data(head.decode("utf-8", errors="replace"), path) else None
            start_text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
            if table_kind(start_text if len(head) < HEAD else start_text[:start_text.rfind("\n") + 1]):
                return "CSV"
            start = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
            if start not in (b"{", b"["):
                return None
            data = head + f.read(limit + 1 - len(head))
    except OSError:
        return None
    if len(data) > limit:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if is_json(text):
        return "JSON"
    return "JSON Lines" if is_json_lines(text) else None

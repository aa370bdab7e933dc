"""Files of data, not articles: a JSON document, JSON Lines, a CSV or TSV table.

A JSON document (an object or an array that parses whole: an API's answer, a scraper's
dump) and JSON Lines (one JSON object or array a line: a list of records, such as
``parse``'s own ``-f jsonl`` output or a corpus manifest) are data about articles, not one
article's text; ``read.document`` refuses them as ``not-an-article`` when they are named.
A folder walk (``cli.inputs``) skips them, and the CSV and TSV tables (``.csv``/``.tsv``
files whose first line holds the separator), without reading any other file past its
first bytes (``data_kind``).
"""

from __future__ import annotations

HEAD = 4096
"""``data_kind`` reads this many bytes of a file before it decides whether to read it all."""

TABLES = {".csv": ",", ".tsv": "\t"}
"""The file name endings of tables, with their separators."""


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
    """``"JSON"``, ``"JSON Lines"`` or ``"CSV"`` when the file at ``path`` holds that data,
    else ``None`` (an article, or a file that cannot be read: its parse tells why).  Only a
    file whose first character (after white space and a BOM) is ``{`` or ``[`` is read whole
    (at most ``limit`` bytes: a larger one is left to the parse, which refuses it)."""
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD)
            ending = path[path.rfind("."):].lower() if "." in path else ""
            if ending in TABLES:
                first = head.split(b"\n", 1)[0].decode("utf-8", errors="replace")
                return "CSV" if TABLES[ending] in first else None
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

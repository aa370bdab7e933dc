"""``--format text``: a human summary of each record, and the colours of ``json`` on a terminal.

The summary: the title; the subtitle; a byline line (authors with roles, editors, date,
section, language); the dateline; the parties by kind (countries, people with their roles,
organisations); the topics; the first lines of the body; and the source.  With ``color``
the title is bold, labels are coloured and the source is dim (ANSI codes, by click.style);
without, the text is plain.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import click

from congo_digital.cli.flat import person, topic

BODY_LINES = 3
"""Paragraphs of the body shown."""
LINE_CHARS = 300
"""Characters of one body paragraph shown."""


def _styler(color: bool) -> Callable[..., str]:
    return (lambda text, **style: click.style(text, **style)) if color else (lambda text, **style: text)


def _people(parties: list[dict]) -> list[str]:
    out = []
    for p in parties:
        extra = ", ".join(v for v in (p.get("role"), p.get("country")) if v)
        out.append(f"{p['name']} ({extra})" if extra else p["name"])
    return out


def render(record: dict, *, color: bool = False) -> str:
    """The summary of ``record`` (an article or an error record, as ``parse`` prints it,
    possibly reduced by ``--fields``), ending with a newline."""
    s = _styler(color)
    if "error" in record:
        return s(f"error ({record['kind']}): ", fg="red", bold=True) + record["error"] + "\n"
    lines: list[str] = []
    if record.get("title"):
        lines.append(s(record["title"], bold=True))
    if record.get("subtitle"):
        lines.append(s(record["subtitle"], italic=True))
    byline = []
    if record.get("authors"):
        byline.append("By " + ", ".join(person(c) for c in record["authors"]))
    if record.get("editors"):
        byline.append("edited by " + ", ".join(person(c) for c in record["editors"]))
    byline += [record[k] for k in ("date", "section", "language") if record.get(k)]
    if byline:
        lines.append(" · ".join(byline))

    def labelled(label: str, items: list[str]) -> None:
        if items:
            lines.append(s(f"{label}:", fg="cyan") + " " + ", ".join(items))

    if record.get("dateline"):
        labelled("Dateline", [record["dateline"]["text"]])
    parties = record.get("parties", [])
    labelled("Countries", [f"{p['name']} ({p['country']})" if p.get("country") else p["name"]
                           for p in parties if p["kind"] == "country"])
    labelled("People", _people([p for p in parties if p["kind"] == "person"]))
    labelled("Organisations", [f"{p['name']} ({p['country']})" if p.get("country") else p["name"]
                               for p in parties if p["kind"] == "organization"])
    labelled("Topics", [topic(t) for t in record.get("topics", [])])
    if record.get("url"):
        labelled("URL", [record["url"]])
    for warning in record.get("warnings", []):  # one a line: a warning holds commas of its own
        lines.append(s("Warning:", fg="yellow") + " " + warning)
    paragraphs = [p for p in (record.get("body") or "").split("\n") if p.strip()]
    if paragraphs:
        lines.append("")
        for p in paragraphs[:BODY_LINES]:
            lines.append(p if len(p) <= LINE_CHARS else p[:LINE_CHARS].rstrip() + " …")
        if len(paragraphs) > BODY_LINES:
            more = len(paragraphs) - BODY_LINES
            lines.append(s(f"… {more} more paragraph{'' if more == 1 else 's'}", dim=True))
    source = record.get("source")
    if source:
        lines.append("")
        lines.append(s(f"{source['path'] or '(no path)'} · {source['format']} · {source['encoding']} · "
                       f"{source['bytes']:,} byte{'' if source['bytes'] == 1 else 's'}", dim=True))
    return "\n".join(lines) + "\n"


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"(?P<key>\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null')


def colour_json(text: str) -> str:
    """``text`` (JSON) with ANSI colours, as ``jq`` shows it: keys blue, strings green,
    numbers, booleans and null yellow."""

    def paint(m: re.Match[str]) -> str:
        token = m.group()
        if m.group("key"):
            return click.style(token[: -len(m.group("key"))], fg="blue", bold=True) + m.group("key")
        return click.style(token, fg="green" if token.startswith('"') else "yellow")

    return _JSON_TOKEN.sub(paint, text)

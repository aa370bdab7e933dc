"""The pipeline: bytes -> ``Document`` -> layout (and HTML metadata) -> fields -> ``Article``.

``parse_bytes`` is the one public entry point the CLI and tests use; ``parse_path``
reads a file first.  Structured HTML metadata and the text layout are two sources of
evidence for the same fields; ``html.decide`` weighs them for HTML pages.
"""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties
from congo_digital.enrich.topics import classify
from congo_digital.errors import InputError
from congo_digital.fields.language import detect_language
from congo_digital.layout import article as layout_rules
from congo_digital.model import Article, Evidence, Source
from congo_digital.read.document import Document, bound_text, decode_document
from congo_digital.read.files import read_bytes
from congo_digital.settings import BODY_LINE_MAX, DEFAULT_MAX_BYTES

__all__ = ["InputError", "parse_bytes", "parse_path"]


def _evidence(found: layout_rules.Found | None) -> Evidence | None:
    if found is None:
        return None
    return Evidence(source=found.source, start=found.start, end=found.end, text=None)


def _from_text(doc: Document, text: str, base_language: str | None = None) -> Article:
    """Build the record from a plain text (the document's, or an HTML page's main text)."""
    text, cut = bound_text(text)  # the layout works line by line: bound its time
    sample = text[:20000]
    language = base_language or detect_language(sample)
    lay = layout_rules.analyse(text, language=language)
    body = "\n\n".join(p.text for p in lay.paragraphs)
    if body.strip() and not base_language:
        language = detect_language(((lay.title.value + "\n") if lay.title else "") + body) or language
    evidence: dict[str, Evidence] = {}
    for name, found in (("title", lay.title), ("subtitle", lay.subtitle), ("section", lay.section),
                        ("authors", lay.authors_at), ("date", lay.date),
                        ("date_modified", lay.date_modified), ("dateline", lay.dateline_at)):
        ev = _evidence(found)
        if ev is not None:
            ev.text = text[found.start:found.end][:300]
            evidence[name] = ev
    if language and "language" not in evidence:
        evidence["language"] = Evidence(source="text:cld2")
    warnings = list(doc.warnings) + ([cut] if cut else [])
    if lay.paragraphs and max(len(line) for line in text.split("\n")) > BODY_LINE_MAX:
        warnings.append(f"a line over {BODY_LINE_MAX:,} characters was cut in the body")
    title = lay.title.value if lay.title else None
    return Article(
        title=title,
        subtitle=lay.subtitle.value if lay.subtitle else None,
        authors=lay.authors,
        editors=lay.editors,
        date=lay.date.value if lay.date else None,
        date_modified=lay.date_modified.value if lay.date_modified else None,
        language=language,
        section=lay.section.value if lay.section else None,
        dateline=lay.dateline,
        parties=find_parties(body, title=title, language=language),
        topics=classify(body, title=title, language=language),
        body=body,
        source=_source(doc),
        evidence=evidence,
        warnings=warnings,
    )


def _source(doc: Document) -> Source:
    return Source(path=doc.path, format=doc.format, encoding=doc.encoding, sha256=doc.sha256, bytes=doc.size)


def parse_document(doc: Document) -> Article:
    """Parse a decoded ``Document`` (text or HTML) into an ``Article``."""
    if doc.format == "html":
        from congo_digital.html.page import parse_html

        return parse_html(doc, _from_text)
    return _from_text(doc, doc.text)


def parse_bytes(data: bytes, *, path: str | None = None) -> Article:
    """Parse the raw bytes of one article (text or HTML) into an ``Article``.

    ``path`` is only recorded in ``source.path``.  Raises ``InputError`` for empty,
    binary or undecodable input, and for one that is not an article (a feed, an SVG image).
    """
    return parse_document(decode_document(data, path=path))


def parse_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and parse the file at ``path`` (``"-"`` for standard input).

    Raises ``InputError`` (missing, unreadable, too large, empty, binary, undecodable,
    not-an-article).
    """
    return parse_bytes(read_bytes(path, max_bytes=max_bytes), path=path)

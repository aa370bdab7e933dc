"""The pipeline, in one direction: read → extract → decide → enrich → record.

``parse_document`` is the only place that runs the stages, in this order, for every input:

1. **read** (``read``): bytes become a ``Document`` (text, format, encoding).
2. **extract**: an HTML page is parsed once (``html.page.read_page``: its markup's
   candidates), its markup's headline is chosen (``fields.title``) and its main text taken
   under it (``html.page.main_text``); a plain text is its own main text.  The text layout
   (``layout.analyse.analyse``) then reads the header lines, the byline and date lines,
   the dateline and the body paragraphs.
3. **decide**: each field module chooses once among the candidates of the markup and of
   the layout (``fields.title``, ``fields.authors``, ``fields.dates``, ``fields.section``,
   ``fields.language``).
4. **enrich**: parties and topics are read once, from the final title, language and body
   (``enrich.parties``, ``enrich.topics``); the parties also from the country of the page's
   address (``enrich.country_names.home_country``: the state of an official the text does not name),
   the topics also from the deck (the standfirst and the page's description not already in the
   body: ``enrich.topic_zones.deck_text``).
5. **record**: the ``Article`` with each value's evidence, built as the plain record
   (``congo_digital.record``) and validated into the pydantic model (``model.article_of``)
   unless the caller asks for the plain record (``plain=True``: the command line, whose
   start-up then does not import pydantic).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from congo_digital.enrich.country_names import home_country
from congo_digital.enrich.parties import find_parties
from congo_digital.enrich.recogniser import choose
from congo_digital.enrich.topic_zones import deck_text
from congo_digital.enrich.topics import classify, lexicon_language, vocabulary_warning
from congo_digital.errors import InputError
from congo_digital.fields.authors import decide_authors
from congo_digital.fields.common import norm_key
from congo_digital.fields.dates import decide_date
from congo_digital.fields.facts import decide_description, decide_image, decide_keywords, decide_site_name, decide_url
from congo_digital.fields.language import (
    DETECTED,
    decide_language,
    detect_language,
    read_language,
    read_within,
    stated_locale,
)
from congo_digital.fields.section import decide_section
from congo_digital.fields.title import as_printed, decide_title, without_bidi_controls
from congo_digital.layout.analyse import Layout, analyse
from congo_digital.layout.body import lead_prose
from congo_digital.read.document import Document, bound_text, decode_document
from congo_digital.read.files import read_bytes
from congo_digital.record import Article as Record
from congo_digital.record import Candidate, Contributor, Evidence, Party, Source, Topic
from congo_digital.settings import BODY_LINE_MAX, DEFAULT_MAX_BYTES, LANGUAGE_SAMPLE

if TYPE_CHECKING:
    from congo_digital.model import Article

__all__ = ["InputError", "parse_bytes", "parse_document", "parse_path"]


def _source(doc: Document) -> Source:
    return Source(path=doc.path, format=doc.format, encoding=doc.encoding, sha256=doc.sha256, bytes=doc.size)


def _text_evidence(c: Candidate, text: str, html: bool) -> Evidence:
    """Evidence of a layout candidate: offsets into the text read; for an HTML page that text
    is the extracted main text, which the record does not hold, so the offsets are null."""
    raw = text[c.start:c.end][:300] if c.start is not None else None
    return Evidence(source=c.source, start=None if html else c.start, end=None if html else c.end, text=raw)


def _in_input(evidence: dict[str, Evidence], doc: Document, html: bool) -> None:
    """Move the ``evidence`` offsets, which index ``doc.text``, to the input's own text
    (``Document.to_raw``: the input as decoded, without a byte-order mark, its CRLF, zero-width
    characters and soft hyphens kept); a text's evidence ``text`` becomes that text's slice
    (a page's is the markup's value, or null).  In place; nothing when the reading changed nothing."""
    if doc.raw is None:
        return
    raw = doc.raw_text()
    for e in evidence.values():
        if e.start is not None and e.end is not None:
            e.start, e.end = doc.to_raw(e.start, e.end)
            if not html and e.text is not None:
                e.text = raw[e.start:e.end][:300]


def _authors(decision: Candidate | None, lay: Layout) -> list[Contributor]:
    """The credited people: the layout's own (with their roles) when the text's byline won,
    else the names the markup gives."""
    if decision is None:
        return []
    if not decision.source.startswith("text:"):
        return [Contributor(name=n) for n in decision.value]
    keep = {norm_key(n) for n in decision.value}
    return [a for a in lay.authors if norm_key(a.name) in keep] or [Contributor(name=n) for n in decision.value]


def _fact(chosen: Candidate | None) -> str | None:
    return str(chosen.value) if chosen is not None else None


def parse_document(doc: Document, *, url: str | None = None, language: str | None = None,
                   parties: bool = True, topics: bool = True, plain: bool = False) -> Article | Record:
    """Parse a decoded ``Document`` (text or HTML) into an ``Article`` (pydantic,
    ``congo_digital.model``), or with ``plain=True`` into the plain record
    (``congo_digital.record.Article``, the same fields, not validated).  Never raises on
    malformed input (bad input is refused earlier, by ``read``).

    ``url`` is the caller's address of the input: the record's ``url`` unless the page
    states its own (``fields.facts``), and the base of the page's relative addresses.
    ``language`` (a BCP 47 tag) is taken as the article's language instead of detecting it
    (evidence source ``given``).  ``parties=False`` or ``topics=False`` skip that
    enrichment (the list stays empty), for speed.  The parties' name recogniser
    (``enrich.recogniser.choose``: spaCy when a pipeline for the language is installed, else
    the rules; ``CONGO_DIGITAL_RECOGNISER`` forces one) is recorded as
    ``evidence["parties"].source`` ("recogniser:rules", "recogniser:spacy:fr_core_news_sm")."""
    html = doc.format == "html"
    # extract
    cands: list[Candidate] = []
    headline: Candidate | None = None
    printed: str | None = None  # the headline as the page prints it over its main text
    text = doc.text
    page_warnings: list[str] = []
    body_from = 0  # where the article's container begins in a page's main text
    credits = None  # a page's markup credits, read once (``html.page.Page.credits``)
    header_editors: list[Contributor] = []  # a page's editors in the header lines its main text leaves out
    if html:
        from congo_digital.html.page import main_text, read_page  # not imported for a plain text

        page = read_page(doc)
        cands = page.candidates
        headline = decide_title(cands)  # the markup's headline: the main text is read under it
        text, printed, page_warnings = main_text(page, str(headline.value) if headline is not None else None)
        page_warnings = page.warnings + page_warnings
        body_from = page.body_from
        credits = page.credits
        header_editors = page.header_editors
    text, cut = bound_text(text)  # the layout works line by line: bound its time
    warnings = list(doc.warnings) + ([cut] if cut else [])
    given = language  # the caller's language tag, if any; ``language`` becomes the decision below
    first_guess, first_read = (given, "") if given else read_language(text[:LANGUAGE_SAMPLE])
    lay = analyse(text, language=stated_locale(cands, first_guess), headline=printed)
    read = printed + "\n\n" + text if printed is not None else text  # what the layout's offsets index
    paragraphs = lay.paragraphs
    if printed is not None:  # a page's main text: its container's prose above the layout's first paragraph is body
        start = len(printed) + 2 + body_from
        paragraphs = lead_prose(read, start, paragraphs[0].start if paragraphs else len(read)) + paragraphs
    body = "\n\n".join(p.text for p in paragraphs)
    detected = first_guess
    if body.strip() and not given:
        headed = ((lay.title.value + "\n") if lay.title else "") + body
        if first_guess is None or not read_within(first_read, headed):  # else it read the title and body's own lines
            detected = detect_language(headed) or first_guess
    if paragraphs and max(len(line) for line in read.split("\n")) > BODY_LINE_MAX:
        warnings.append(f"a line over {BODY_LINE_MAX:,} characters was cut in the body")
    warnings += page_warnings
    if not body.strip():
        warnings.append("no article text found: the body is empty")

    # decide: each field once, over the markup's candidates and the layout's
    laid = {c.field: c for c in lay.candidates()}
    title = headline or laid.get("title")
    chosen_language = (Candidate("language", given, "given") if given
                       else decide_language(cands, detected, len(body)))
    language_tag = str(chosen_language.value) if chosen_language is not None else None
    authors = decide_authors(cands, laid.get("authors"), credits)
    locale = stated_locale(cands, language_tag)
    date = decide_date(cands, laid.get("date"), locale)
    modified = decide_date(cands, laid.get("date_modified"), locale, field="date_modified")
    if date is None and modified is not None:  # a page dated only by its last change: that day, not
        date = Candidate(modified.field, str(modified.value)[:10], modified.source, modified.start, modified.end,
                         modified.text, modified.rank, modified.kind)  # its time is the change's
    section = decide_section(cands, laid.get("section"), title)
    address = decide_url(cands, url)
    facts = {"url": address, "site_name": decide_site_name(cands), "description": decide_description(cands),
             "keywords": decide_keywords(cands),
             "image": decide_image(cands, str(address.value) if address is not None else None)}

    evidence: dict[str, Evidence] = {}
    for name, chosen in (("title", title), ("subtitle", laid.get("subtitle")), ("section", section),
                         ("authors", authors), ("date", date), ("date_modified", modified),
                         ("dateline", laid.get("dateline")), ("language", chosen_language), *facts.items()):
        if chosen is not None:
            evidence[name] = (_text_evidence(chosen, read, html) if chosen.source.startswith("text:")
                              and chosen.source != DETECTED else chosen.evidence())
    _in_input(evidence, doc, html)
    title_text = str(title.value) if title is not None else None
    if headline is not None:  # the markup's headline as the page prints it (soft hyphens back)
        title_text = as_printed(headline, doc.text, doc.soft_hyphens)
    if title_text is not None:
        title_text = without_bidi_controls(title_text)

    # enrich: from the record's own title, language and body
    found: list[Party] = []
    if parties:
        recogniser = choose(language_tag)
        found = find_parties(body, title=title_text, language=language_tag, recogniser=recogniser,
                             home=home_country(str(address.value) if address is not None else None))
        evidence["parties"] = Evidence(source=f"recogniser:{recogniser.name}")
    found_topics: list[Topic] = []
    if topics:  # the lexicon language is chosen once, for the topics and their warning
        reading = lexicon_language(language_tag, title_text, body)
        deck = deck_text(title_text, lay.subtitle.value if lay.subtitle else None, _fact(facts["description"]), body)
        found_topics = classify(body, title=title_text, language=reading, deck=deck)
        unread = vocabulary_warning(language_tag, reading) if body.strip() else None
        if unread:
            warnings.append(unread)
    rec = Record(
        title=title_text,
        subtitle=lay.subtitle.value if lay.subtitle else None,
        authors=_authors(authors, lay),
        editors=lay.editors or header_editors,
        date=str(date.value) if date is not None else None,
        date_modified=str(modified.value) if modified is not None else None,
        language=language_tag,
        section=str(section.value) if section is not None else None,
        dateline=lay.dateline,
        parties=found,
        topics=found_topics,
        body=body,
        url=str(address.value) if address is not None else None,
        site_name=_fact(facts["site_name"]),
        description=_fact(facts["description"]),
        keywords=list(facts["keywords"].value) if facts["keywords"] is not None else [],
        image=_fact(facts["image"]),
        source=_source(doc),
        evidence=evidence,
        warnings=warnings,
    )
    if plain:
        return rec
    from congo_digital.model import article_of

    return article_of(rec)


def parse_bytes(data: bytes | str, *, path: str | None = None, url: str | None = None,
                input_format: Literal["auto", "text", "html"] = "auto", language: str | None = None,
                parties: bool = True, topics: bool = True, charset: str | None = None,
                plain: bool = False) -> Article | Record:
    """Parse the raw bytes of one article (text or HTML) into an ``Article``.

    A ``str`` is taken as the article's text and read as its UTF-8 bytes.  ``path`` is only
    recorded in ``source.path``; ``input_format`` forces the reading (``"text"``,
    ``"html"``) or sniffs it (``"auto"``); ``url``, ``language``, ``parties`` and
    ``topics`` and ``plain`` as in ``parse_document``.  Raises ``InputError`` for empty, binary or
    undecodable input, and for one that is not an article (a feed, an SVG image);
    ``TypeError`` when ``data`` is neither bytes nor str.
    """
    if isinstance(data, str):
        data = data.encode("utf-8", "replace")
    elif isinstance(data, bytearray | memoryview):
        data = bytes(data)
    elif not isinstance(data, bytes):
        raise TypeError(f"parse_bytes takes bytes or str, not {type(data).__name__}")
    doc = decode_document(data, path=path, input_format=input_format, charset=charset)
    return parse_document(doc, url=url, language=language, parties=parties, topics=topics, plain=plain)


def parse_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, url: str | None = None,
               input_format: Literal["auto", "text", "html"] = "auto", language: str | None = None,
               parties: bool = True, topics: bool = True, plain: bool = False) -> Article | Record:
    """Read and parse the file at ``path`` (a str or path-like; ``"-"`` for standard input).

    At most ``max_bytes`` bytes are read; the other options as in ``parse_bytes``.  Raises
    ``InputError`` (missing, unreadable, too large, empty, binary, undecodable,
    not-an-article).
    """
    path = os.fspath(path)
    return parse_bytes(read_bytes(path, max_bytes=max_bytes), path=path, url=url, input_format=input_format,
                       language=language, parties=parties, topics=topics, plain=plain)

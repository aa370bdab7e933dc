"""The article record and its parts (pydantic v2 models).

The record's keys follow the project's design card; their schema.org ``NewsArticle``
equivalents are given in each field's description and in the README.  ``Article`` is
what ``congo-digital parse`` prints, one JSON object per input; ``article_schema()``
gives its JSON Schema (``congo-digital schema``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from congo_digital import record
from congo_digital.errors import ERROR_KINDS
from congo_digital.record import Candidate

__all__ = ["Article", "Candidate", "Contributor", "Dateline", "ErrorRecord", "Evidence", "Party", "Source", "Span",
           "Topic", "article_of", "article_schema", "record_schema"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where a value came from.

    ``source`` names the rule or markup that gave it, e.g. ``"text:byline"``,
    ``"text:date-line"``, ``"text:image-name"`` (the day in an image's file name),
    ``"html:json-ld"``, ``"html:opengraph"``, ``"html:meta"``,
    ``"html:dublin-core"``, ``"html:microdata"``, ``"html:time"``, ``"html:rel-author"``,
    ``"html:byline-class"``, ``"html:byline-text"``, ``"html:date-class"``,
    ``"html:h1"``, ``"html:title"``, ``"html:lang"``, ``"html:url"``, ``"html:link"``
    (``<link rel=canonical>``), ``"given"`` (the caller's value).  ``start``/``end``
    are character offsets (Python ``str`` indices, end exclusive) into the decoded input
    text, or ``null`` when the value was derived rather than read at one place.  That text
    is the input as decoded by ``source.encoding``, without its byte-order mark, with its
    own line ends (CRLF, CR, U+2028), zero-width characters, soft hyphens and decomposed
    accents: the reading's changes are mapped back (``read.offsets``; inside a line whose
    mojibake was repaired they may be off by the repair).  For a text input they index the
    text.  For an HTML input (``source.format == "html"``) they index the decoded HTML
    source: the first place where the raw value (``text``) occurs verbatim (an attribute
    value, a JSON-LD string, an element's text); they are ``null`` when the raw value does
    not occur verbatim there (entities, split markup) and for ``text:*`` sources, which read
    the page's extracted main text.  ``text`` is the raw value read
    (before normalisation), at most 300 characters.
    """

    source: str
    start: int | None = None
    end: int | None = None
    text: str | None = None


class Contributor(_Model):
    """A credited person or agency (schema.org ``Person``/``Organization`` in ``author``)."""

    name: str = Field(description="Name as printed, in normal capitalisation.")
    role: str | None = Field(
        default=None, description="Role printed with the name, e.g. 'Senior Correspondent'."
    )


class Dateline(_Model):
    """The place (and agency) of filing (schema.org ``dateline``)."""

    place: str | None = None
    agency: str | None = None
    text: str = Field(description="The dateline as printed.")


class Span(_Model):
    """Character offsets ``[start, end)`` into ``Article.body``."""

    start: int
    end: int


class Party(_Model):
    """An actor of the story: a country, a person or an organisation.

    ``country`` is ISO 3166-1 alpha-2: for a country its own code, for a person or an
    organisation the state it acts for when the text says so.  ``affiliation`` is the ISO
    code of a state official's state, otherwise the ``name`` of the party's organisation.
    """

    name: str
    kind: Literal["country", "person", "organization"]
    country: str | None = None
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: int = Field(default=0, ge=0, description="Number of mentions in the body.")
    salience: float = Field(default=0.0, ge=0.0, le=1.0, description="Importance, 0..1.")
    evidence: list[Span] = Field(default_factory=list)
    why: dict[str, float] = Field(
        default_factory=dict, description="The actor decision: each feature's contribution to the party's "
        "score (weights in data/actors.json), and 'score' their sum.")


class Topic(_Model):
    """An IPTC Media Topic (``medtop:`` code) with its support in the text.

    ``score`` is in 0..1 (documented in ``topics``); ``matched`` lists the lexicon terms
    found in the text; ``top_code`` is the top-level ancestor (equal to ``code`` for a
    top-level topic).
    """

    code: str = Field(pattern=r"^medtop:\d{8}$")
    label: str
    score: float = Field(ge=0.0, le=1.0)
    matched: list[str] = Field(default_factory=list)
    level: int = Field(default=1, ge=1, description="1 for a top-level topic.")
    top_code: str = Field(pattern=r"^medtop:\d{8}$")


class Source(_Model):
    """The input as read."""

    path: str | None = Field(description="Path as given, '-' for stdin.")
    format: Literal["text", "html"]
    encoding: str = Field(description="Encoding used to decode the bytes, e.g. 'utf-8'.")
    sha256: str = Field(description="SHA-256 of the input bytes, hex.")
    bytes: int = Field(ge=0, description="Size of the input in bytes.")


class Article(_Model):
    """One parsed news article.

    schema.org ``NewsArticle`` equivalents: ``title`` = headline, ``subtitle`` =
    alternativeHeadline, ``authors`` = author, ``editors`` = editor, ``date`` =
    datePublished, ``date_modified`` = dateModified, ``language`` = inLanguage,
    ``section`` = articleSection, ``dateline`` = dateline, ``body`` = articleBody,
    ``parties`` = about/mentions, ``topics`` = about (IPTC Media Topics), ``url`` = url,
    ``site_name`` = publisher.name, ``description`` = description, ``keywords`` = keywords,
    ``image`` = image.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: list[Contributor] = Field(default_factory=list)
    editors: list[Contributor] = Field(default_factory=list)
    date: str | None = Field(
        default=None,
        description="Publication date, ISO 8601: YYYY-MM-DD, plus THH:MM when printed, "
        "plus an offset only when the text gives one.",
    )
    date_modified: str | None = Field(default=None, description="Same format as date.")
    language: str | None = Field(default=None, description="BCP 47 language tag.")
    section: str | None = None
    dateline: Dateline | None = None
    parties: list[Party] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    body: str = Field(default="", description="Clean body paragraphs, separated by blank lines.")
    url: str | None = Field(
        default=None, description="The article's address (schema.org url): for HTML, the page's "
        "<link rel=canonical>, else og:url, else its JSON-LD url; else the address the caller gives "
        "(--url, a url column in --files-from, url= in the Python API); null otherwise.",
    )
    site_name: str | None = Field(
        default=None, description="The name of the site that publishes the page (schema.org "
        "publisher.name): og:site_name, else the JSON-LD publisher, else application-name; null for a text.",
    )
    description: str | None = Field(
        default=None, description="The page's own summary (schema.org description): meta description, "
        "else og:description, else the JSON-LD description; null for a text.",
    )
    keywords: list[str] = Field(
        default_factory=list, description="The page's keywords (schema.org keywords): JSON-LD keywords, "
        "article:tag and meta keywords, split at commas, without duplicates.",
    )
    image: str | None = Field(
        default=None, description="The page's main image (schema.org image), an absolute URL: og:image, "
        "else the JSON-LD image, else twitter:image; null for a text.",
    )
    source: Source
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Per field name, where its value came from."
    )
    warnings: list[str] = Field(default_factory=list)


class ErrorRecord(_Model):
    """What ``parse`` prints in an input's place when that input cannot be parsed (in a batch).

    ``error`` is the one-line message also printed on stderr; ``kind`` a stable code
    (``congo_digital.errors.ERROR_KINDS``); ``path`` the input as given (``"-"`` for
    stdin); ``url`` only when one was given for the input.
    """

    error: str = Field(description="What is wrong with the input and what to do, on one line.")
    kind: Literal[ERROR_KINDS] = Field(description="A stable code for the failure.")  # type: ignore[valid-type]
    path: str | None = Field(description="Path as given, '-' for stdin.")
    url: str | None = Field(default=None, description="The input's url, when one was given.")


def article_of(rec: record.Article) -> Article:
    """The pydantic ``Article`` of the pipeline's plain record ``rec`` (``congo_digital.record``),
    validated from its attributes (the same model as from ``record.to_json(rec)``, without
    building that JSON data first: a third of the time).  Raises
    ``pydantic.ValidationError`` when ``rec`` breaks the schema."""
    return Article.model_validate(rec, from_attributes=True)


def article_schema() -> dict:
    """Return the JSON Schema (draft 2020-12, as pydantic writes it) of ``Article``."""
    return Article.model_json_schema()


def record_schema() -> dict:
    """Return the JSON Schema of one record that ``parse`` prints: an ``Article`` or, in an
    input's place when it cannot be parsed, an ``ErrorRecord`` (``anyOf`` the two, each
    under ``$defs``)."""
    article = Article.model_json_schema()
    error = ErrorRecord.model_json_schema()
    defs = {**article.pop("$defs", {}), **error.pop("$defs", {}), "Article": article, "ErrorRecord": error}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Record",
        "description": "One record printed by `congo-digital parse`: an Article, or an ErrorRecord in the "
                       "place of an input that could not be parsed.",
        "anyOf": [{"$ref": "#/$defs/Article"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": dict(sorted(defs.items())),
    }

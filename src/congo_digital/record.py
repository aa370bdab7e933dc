"""The record as the pipeline builds it: plain dataclasses, without pydantic.

Each class here has the fields, in the same order and with the same defaults, of the
pydantic model of the same name in ``congo_digital.model``, which stays the record's schema
and validator (``congo-digital schema``, the Python API's ``Article``).  Building the record
from these plain classes keeps pydantic's import and model build (a tenth of a second) out of
a command-line parse: ``to_json`` gives the dict ``model.Article.model_dump(mode="json")``
gives for the validated record, key for key (``tests/unit/test_record.py`` checks both the
fields and the output), and ``model.article_of`` validates a record into the pydantic
``Article``.  The meaning of every field is documented on the pydantic models.

``Candidate``, the pipeline's working type (a value read for a field, and where), is
defined here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal


@dataclass(kw_only=True, slots=True)
class Evidence:
    """Where a value came from (``model.Evidence``)."""

    source: str
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass
class Candidate:
    """One value read for a field, and where it was read: the pipeline's working type.

    The extractors (``layout``, ``html``) return candidates and the field modules
    (``fields``) choose among them; the chosen one becomes the record's value and its
    ``Evidence`` (``evidence()``).  ``field`` names the record field (``"title"``,
    ``"authors"``, ``"date"``, ``"date_modified"``, ``"section"``, ``"language"``, …, and
    the page facts ``"site"``, ``"url"``, ``"language_meta"``);
    ``value`` is the value (a string; a list of names for a chosen ``authors``);
    ``source`` the rule or markup (see ``model.Evidence``); ``start``/``end`` character
    offsets into the text the extractor read, or ``None``; ``text`` the raw text read, when
    it differs from ``value``; ``rank`` orders candidates of one source (0 first); ``kind``
    a source-specific qualifier (``"person"``, ``"organization"``, ``"weak"``,
    ``"skipped"``, ``"pubdate"``).
    """

    field: str
    value: Any
    source: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    rank: int = 0
    kind: str | None = None

    def evidence(self, limit: int = 300) -> Evidence:
        """The record's ``Evidence`` for this value: its source, offsets and ``text`` cut to ``limit`` characters."""
        raw = self.text[:limit] if self.text else None
        return Evidence(source=self.source, start=self.start, end=self.end, text=raw)


@dataclass(kw_only=True, slots=True)
class Contributor:
    """A credited person or agency (``model.Contributor``)."""

    name: str
    role: str | None = None


@dataclass(kw_only=True, slots=True)
class Dateline:
    """The place (and agency) of filing (``model.Dateline``)."""

    place: str | None = None
    agency: str | None = None
    text: str


@dataclass(kw_only=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into ``Article.body`` (``model.Span``)."""

    start: int
    end: int


@dataclass(kw_only=True, slots=True)
class Party:
    """An actor of the story (``model.Party``).  ``salience`` and the ``why`` values are
    floats, as the model's validation makes them."""

    name: str
    kind: Literal["country", "person", "organization"]
    country: str | None = None
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    salience: float = 0.0
    evidence: list[Span] = field(default_factory=list)
    why: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.salience = float(self.salience)
        self.why = {k: float(v) for k, v in self.why.items()}


@dataclass(kw_only=True, slots=True)
class Topic:
    """An IPTC Media Topic with its support in the text (``model.Topic``).  ``score`` is a
    float, as the model's validation makes it."""

    code: str
    label: str
    score: float
    matched: list[str] = field(default_factory=list)
    level: int = 1
    top_code: str

    def __post_init__(self) -> None:
        self.score = float(self.score)


@dataclass(kw_only=True, slots=True)
class Source:
    """The input as read (``model.Source``)."""

    path: str | None
    format: Literal["text", "html"]
    encoding: str
    sha256: str
    bytes: int


@dataclass(kw_only=True, slots=True)
class Article:
    """One parsed news article (``model.Article``)."""

    title: str | None = None
    subtitle: str | None = None
    authors: list[Contributor] = field(default_factory=list)
    editors: list[Contributor] = field(default_factory=list)
    date: str | None = None
    date_modified: str | None = None
    language: str | None = None
    section: str | None = None
    dateline: Dateline | None = None
    parties: list[Party] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    body: str = ""
    url: str | None = None
    site_name: str | None = None
    description: str | None = None
    keywords: list[str] = field(default_factory=list)
    image: str | None = None
    source: Source
    evidence: dict[str, Evidence] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


RECORD_TYPES = (Evidence, Contributor, Dateline, Span, Party, Topic, Source, Article)
"""The record's classes, each the plain form of the pydantic model of its name."""

_NAMES: dict[type, tuple[str, ...]] = {cls: tuple(f.name for f in fields(cls)) for cls in RECORD_TYPES}


def to_json(value: Any) -> Any:
    """``value`` (a record object, or a list or dict of them, or a plain value) as JSON
    data: each record object a dict of its fields in their order, lists as lists; the same
    as pydantic's ``model_dump(mode="json")`` of the validated model."""
    names = _NAMES.get(type(value))
    if names is not None:
        return {name: to_json(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value

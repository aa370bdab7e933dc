"""The record as the pipeline builds it: plain classes, without pydantic.

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

from collections.abc import Callable
from typing import Any, Literal

from congo_digital.plain import Plain


class Evidence(Plain):
    """Where a value came from (``model.Evidence``)."""

    __slots__ = FIELDS = ("source", "start", "end", "text")

    def __init__(self, *, source: str, start: int | None = None, end: int | None = None,
                 text: str | None = None) -> None:
        self.source = source
        self.start = start
        self.end = end
        self.text = text


class Candidate(Plain):
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

    FIELDS = ("field", "value", "source", "start", "end", "text", "rank", "kind")

    def __init__(self, field: str, value: Any, source: str, start: int | None = None, end: int | None = None,
                 text: str | None = None, rank: int = 0, kind: str | None = None) -> None:
        self.field = field
        self.value = value
        self.source = source
        self._start = start
        self._end = end
        self._find: Callable[[str], int] | None = None
        self.text = text
        self.rank = rank
        self.kind = kind

    @classmethod
    def located_by(cls, field: str, value: str, source: str, find: Callable[[str], int], rank: int = 0,
                   kind: str | None = None) -> Candidate:
        """A candidate whose offsets are where ``find(value)`` says ``value`` stands in the
        text read (``-1``: nowhere, the offsets are ``None``), asked only when ``start`` or
        ``end`` is first read: a page's markup gives dozens of values, few of them chosen, and
        each search reads the whole page."""
        c = cls(field, value, source, rank=rank, kind=kind)
        c._find = find
        return c

    def _locate(self) -> None:
        if self._find is not None:
            at, self._find = self._find(self.value), None
            if at >= 0:
                self._start, self._end = at, at + len(self.value)

    @property
    def start(self) -> int | None:
        """Where the value starts in the text read, or ``None``."""
        self._locate()
        return self._start

    @start.setter
    def start(self, value: int | None) -> None:
        self._locate()
        self._start = value

    @property
    def end(self) -> int | None:
        """Where the value ends in the text read, or ``None``."""
        self._locate()
        return self._end

    @end.setter
    def end(self, value: int | None) -> None:
        self._locate()
        self._end = value

    def __getstate__(self) -> dict[str, Any]:  # (pickled or copied with its offsets found, not its search)
        self._locate()
        return dict(self.__dict__)

    def evidence(self, limit: int = 300) -> Evidence:
        """The record's ``Evidence`` for this value: its source, offsets and ``text`` cut to ``limit`` characters."""
        raw = self.text[:limit] if self.text else None
        return Evidence(source=self.source, start=self.start, end=self.end, text=raw)


class Contributor(Plain):
    """A credited person or agency (``model.Contributor``)."""

    __slots__ = FIELDS = ("name", "role")

    def __init__(self, *, name: str, role: str | None = None) -> None:
        self.name = name
        self.role = role


class Dateline(Plain):
    """The place (and agency) of filing (``model.Dateline``)."""

    __slots__ = FIELDS = ("place", "agency", "text")

    def __init__(self, *, place: str | None = None, agency: str | None = None, text: str) -> None:
        self.place = place
        self.agency = agency
        self.text = text


class Span(Plain):
    """Character offsets ``[start, end)`` into ``Article.body`` (``model.Span``)."""

    __slots__ = FIELDS = ("start", "end")

    def __init__(self, *, start: int, end: int) -> None:
        self.start = start
        self.end = end


class Party(Plain):
    """An actor of the story (``model.Party``).  ``salience`` and the ``why`` values are
    floats, as the model's validation makes them."""

    __slots__ = FIELDS = ("name", "kind", "country", "role", "affiliation", "aliases", "mentions", "salience",
                          "evidence", "why")

    def __init__(self, *, name: str, kind: Literal["country", "person", "organization"], country: str | None = None,
                 role: str | None = None, affiliation: str | None = None, aliases: list[str] | None = None,
                 mentions: int = 0, salience: float = 0.0, evidence: list[Span] | None = None,
                 why: dict[str, float] | None = None) -> None:
        self.name = name
        self.kind = kind
        self.country = country
        self.role = role
        self.affiliation = affiliation
        self.aliases = [] if aliases is None else aliases
        self.mentions = mentions
        self.salience = float(salience)
        self.evidence = [] if evidence is None else evidence
        self.why = {k: float(v) for k, v in why.items()} if why else {}


class Topic(Plain):
    """An IPTC Media Topic with its support in the text (``model.Topic``).  ``score`` is a
    float, as the model's validation makes it."""

    __slots__ = FIELDS = ("code", "label", "score", "matched", "level", "top_code")

    def __init__(self, *, code: str, label: str, score: float, matched: list[str] | None = None, level: int = 1,
                 top_code: str) -> None:
        self.code = code
        self.label = label
        self.score = float(score)
        self.matched = [] if matched is None else matched
        self.level = level
        self.top_code = top_code


class Source(Plain):
    """The input as read (``model.Source``)."""

    __slots__ = FIELDS = ("path", "format", "encoding", "sha256", "bytes")

    def __init__(self, *, path: str | None, format: Literal["text", "html"], encoding: str, sha256: str,
                 bytes: int) -> None:
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.bytes = bytes


class Article(Plain):
    """One parsed news article (``model.Article``)."""

    __slots__ = FIELDS = ("title", "subtitle", "authors", "editors", "date", "date_modified", "language", "section",
                          "dateline", "parties", "topics", "body", "url", "site_name", "description", "keywords",
                          "image", "source", "evidence", "warnings")

    def __init__(self, *, title: str | None = None, subtitle: str | None = None,
                 authors: list[Contributor] | None = None, editors: list[Contributor] | None = None,
                 date: str | None = None, date_modified: str | None = None, language: str | None = None,
                 section: str | None = None, dateline: Dateline | None = None, parties: list[Party] | None = None,
                 topics: list[Topic] | None = None, body: str = "", url: str | None = None,
                 site_name: str | None = None, description: str | None = None, keywords: list[str] | None = None,
                 image: str | None = None, source: Source, evidence: dict[str, Evidence] | None = None,
                 warnings: list[str] | None = None) -> None:
        self.title = title
        self.subtitle = subtitle
        self.authors = [] if authors is None else authors
        self.editors = [] if editors is None else editors
        self.date = date
        self.date_modified = date_modified
        self.language = language
        self.section = section
        self.dateline = dateline
        self.parties = [] if parties is None else parties
        self.topics = [] if topics is None else topics
        self.body = body
        self.url = url
        self.site_name = site_name
        self.description = description
        self.keywords = [] if keywords is None else keywords
        self.image = image
        self.source = source
        self.evidence = {} if evidence is None else evidence
        self.warnings = [] if warnings is None else warnings


RECORD_TYPES = (Evidence, Contributor, Dateline, Span, Party, Topic, Source, Article)
"""The record's classes, each the plain form of the pydantic model of its name."""

_NAMES: dict[type, tuple[str, ...]] = {cls: cls.FIELDS for cls in RECORD_TYPES}


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

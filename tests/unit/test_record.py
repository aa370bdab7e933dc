"""The plain record (``congo_digital.record``) against the pydantic model (``congo_digital.model``).

The pipeline builds the plain record and the command line prints ``record.to_json`` of it
without validating; the model stays the schema and the validator.  So each plain class must
have its model's fields, in order, with its defaults, and ``to_json`` must give what the
validated model dumps, byte for byte."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

from congo_digital import model, record
from congo_digital.pipeline import parse_path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in (".txt", ".html"))[:60]


def _fields_and_defaults(plain):  # (name, default) in order, "required" for a field without one
    params = inspect.signature(plain.__init__).parameters
    required = [n for n, p in params.items() if n != "self" and p.default is inspect.Parameter.empty]
    made = plain(**{n: 1 if n == "score" else f"<{n}>" for n in required})
    return [(n, "required" if n in required else getattr(made, n)) for n in plain.FIELDS]


@pytest.mark.parametrize("plain", record.RECORD_TYPES, ids=lambda c: c.__name__)
def test_each_plain_class_has_its_models_fields_and_defaults(plain):
    pydantic_model = getattr(model, plain.__name__)
    assert list(inspect.signature(plain.__init__).parameters)[1:] == list(plain.FIELDS)
    want = [(name, "required" if info.is_required() else info.get_default(call_default_factory=True))
            for name, info in pydantic_model.model_fields.items()]
    assert _fields_and_defaults(plain) == want


def test_plain_classes_compare_by_value_and_keep_no_default_shared():
    a, b = record.Party(name="Chad", kind="country"), record.Party(name="Chad", kind="country")
    assert a == b and a != record.Party(name="Chad", kind="person")
    assert a.aliases is not b.aliases and a.evidence is not b.evidence and a.why is not b.why
    assert record.Span(start=1, end=2) != (1, 2)
    assert repr(record.Span(start=1, end=2)) == "Span(start=1, end=2)"
    made = record.Candidate(field="title", value="T", source="text:first")
    assert record.Candidate("title", "T", "text:first") == made
    with pytest.raises(TypeError):
        record.Contributor(name="A", rank=1)
    with pytest.raises(TypeError):
        record.Span(1, 2)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_printed_record_is_the_validated_models_dump(path):
    plain = parse_path(path, plain=True)
    assert isinstance(plain, record.Article)
    printed = json.dumps(record.to_json(plain), ensure_ascii=False)
    validated = model.article_of(plain)
    assert printed == json.dumps(validated.model_dump(mode="json"), ensure_ascii=False)
    assert validated == parse_path(path)


def test_floats_stay_floats_as_validation_makes_them():
    party = record.Party(name="Chad", kind="country", salience=1, why={"score": 2})
    topic = record.Topic(code="medtop:07000000", label="health", score=1, top_code="medtop:07000000")
    assert (repr(party.salience), repr(party.why["score"]), repr(topic.score)) == ("1.0", "2.0", "1.0")
    assert record.to_json(party) == model.Party(name="Chad", kind="country", salience=1,
                                                why={"score": 2}).model_dump(mode="json")


def test_a_located_candidate_searches_its_text_once_when_its_offsets_are_read():
    import pickle

    asked: list[str] = []

    def find(value: str) -> int:
        asked.append(value)
        return "<p>By Jane Doe</p>".find(value)

    c = record.Candidate.located_by("authors", "Jane Doe", "html:byline-text", find, kind="p")
    assert asked == []
    assert (c.start, c.end) == (6, 14)
    assert asked == ["Jane Doe"]
    assert c == record.Candidate("authors", "Jane Doe", "html:byline-text", 6, 14, kind="p")
    nowhere = record.Candidate.located_by("title", "Absent", "html:title", find)
    assert (nowhere.start, nowhere.end) == (None, None)
    copied = pickle.loads(pickle.dumps(record.Candidate.located_by("title", "Doe", "html:h1", find)))
    assert (copied.start, copied.end) == (11, 14)
    moved = record.Candidate.located_by("title", "Jane", "html:h1", find)
    moved.start = 0
    assert (moved.start, moved.end) == (0, 10)

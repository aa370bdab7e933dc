"""The Python API: parse_text, parse_html, parse_file, parse_many; InputError with a kind;
parties and topics off; docstrings and signatures in help(); parse_bytes and parse_path."""

from __future__ import annotations

import inspect
import pickle
import pydoc
from pathlib import Path

import pytest

import congo_digital
from cli.goldens import ROOT
from congo_digital import InputError, parse_bytes, parse_file, parse_html, parse_many, parse_path, parse_text
from congo_digital.model import Article

SEED = ROOT / "fixtures" / "seed.txt"
TITLE = "Congo Seeks Russian Support for Digital Growth"
TEXT = "Rain Expected in Brazzaville\n\nBy Jane Doe\n\nRain is expected in the capital on the weekend.\n"
PAGE = ("<html><head><title>Port Deal Signed</title><meta charset='utf-8'></head><body><article>"
        "<h1>Port Deal Signed</h1><p>The port of Pointe-Noire signed a deal with a shipping firm.</p>"
        "</article></body></html>")


def test_parse_text_reads_text_and_takes_url_and_language():
    article = parse_text(TEXT, url="https://example.org/rain", language="fr")
    assert isinstance(article, Article)
    assert (article.title, article.authors[0].name, article.url) == ("Rain Expected in Brazzaville", "Jane Doe",
                                                                    "https://example.org/rain")
    assert (article.language, article.evidence["language"].source) == ("fr", "given")
    assert article.source.format == "text" and article.source.path is None
    assert parse_text(PAGE).source.format == "text"  # never sniffed as HTML


def test_parse_html_takes_str_or_bytes():
    from_str = parse_html(PAGE, url="https://example.org/port")
    from_bytes = parse_html(PAGE.encode("utf-8"))
    assert from_str.title == from_bytes.title == "Port Deal Signed"
    assert from_str.source.format == "html" and from_str.url == "https://example.org/port"


def test_parse_file_takes_a_path_or_a_str():
    assert parse_file(SEED).title == parse_file(str(SEED)).title == TITLE
    assert parse_file(SEED).source.path == str(SEED)
    assert parse_path(SEED).source.path == str(SEED)  # a Path used to raise a ValidationError
    assert parse_bytes(SEED.read_text(encoding="utf-8")).title == TITLE  # a str used to raise a TypeError


@pytest.mark.parametrize(("call", "kind"), [
    (lambda: parse_text("   \n"), "empty"),
    (lambda: parse_html(b"%PDF-1.7 ..."), "binary"),
    (lambda: parse_file("no/such/file.txt"), "missing"),
    (lambda: parse_file(SEED, max_bytes=10), "too-large"),
])
def test_bad_input_raises_input_error_with_a_kind(call, kind: str):
    with pytest.raises(InputError) as caught:
        call()
    assert caught.value.kind == kind
    again = pickle.loads(pickle.dumps(caught.value))
    assert (str(again), again.kind, again.path) == (str(caught.value), kind, caught.value.path)


def test_wrong_types_raise_type_error_with_the_way_out():
    with pytest.raises(TypeError, match="parse_text takes a str, not bytes; for bytes use parse_html or parse_file"):
        parse_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="parse_html takes a str or bytes, not int"):
        parse_html(3)  # type: ignore[arg-type]


def test_parties_and_topics_can_be_switched_off():
    full = parse_file(SEED)
    lean = parse_file(SEED, parties=False, topics=False)
    assert full.parties and full.topics
    assert lean.parties == [] and lean.topics == []
    # the parties' recogniser is named only when parties are read
    assert full.evidence["parties"].source == "recogniser:rules" and "parties" not in lean.evidence
    del full.evidence["parties"]
    assert lean.model_dump(exclude={"parties", "topics"}) == full.model_dump(exclude={"parties", "topics"})


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_yields_in_order_and_raises_or_yields_errors(tmp_path: Path, jobs: int):
    paths = [SEED, tmp_path / "missing.txt", str(SEED)]
    results = list(parse_many(iter(paths), jobs=jobs, errors="yield", parties=False, topics=False))
    assert [type(r).__name__ for r in results] == ["Article", "InputError", "Article"]
    assert results[1].kind == "missing" and results[2].title == TITLE
    many = parse_many(paths, jobs=jobs)
    assert next(many).title == TITLE
    with pytest.raises(InputError, match="no such file"):
        next(many)


def test_help_shows_signatures_and_docstrings():
    assert str(inspect.signature(parse_text)) == ("(text: 'str', *, url: 'str | None' = None, language: 'str | None' "
                                                  "= None, parties: 'bool' = True, topics: 'bool' = True) -> 'Article'")
    assert "jobs" in inspect.signature(parse_many).parameters
    page = pydoc.render_doc(parse_many)
    assert "in the paths' order" in page and "errors=\"yield\"" in page.replace("``", "")
    for name in congo_digital.__all__:
        assert inspect.getdoc(getattr(congo_digital, name)), name

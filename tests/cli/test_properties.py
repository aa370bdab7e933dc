"""Property-based tests (hypothesis) of ``congo_digital.parse_bytes`` and the ``parse`` CLI.

Whatever the bytes, ``parse_bytes`` either returns a record that validates against
``Article.model_json_schema()`` or raises ``InputError`` with a documented kind and a
one-line message; the CLI exits 0 or 1 and never prints a traceback.

The profile ``congo-ci`` is fixed (derandomized, no example database, bounded examples, no
per-example deadline: time is measured by ``bench/``, not here) so that this file runs the
same way each time; each test uses it explicitly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from congo_digital import cli
from congo_digital.errors import InputError
from congo_digital.model import Article
from congo_digital.pipeline import parse_bytes

settings.register_profile(
    "congo-ci",
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Applied to each test below rather than loaded globally, so other test files keep theirs.
CI = settings.get_profile("congo-ci")

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "fixtures" / "seed.txt").read_text(encoding="utf-8")
KINDS = {"missing", "empty", "binary", "undecodable", "too-large", "unreadable", "not-an-article"}
VALIDATOR = Draft202012Validator(Article.model_json_schema())
TOKENS = ["By ", "By By By ", "Par ", "\r\n", "\r", "\x00", "Ã©", "â€™", "\ufeff", " | ", "\n\n", "<div>", "<p>",
          "**", "[", "](", "# ", "19 février 2025", "Updated ", "NAIROBI, March 3 (Reuters) - ", "Reporting by ",
          "; Editing by ", " " * 40, "," * 40, "Capital Word " * 10, "\u2028", "\x1b", "\x0c", "<!--"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1", "cp1251"]


def check(data: bytes) -> None:
    """Parse ``data``: a valid record or a documented ``InputError``, nothing else."""
    try:
        record = parse_bytes(data, path="input.txt")
    except InputError as exc:
        assert exc.kind in KINDS
        message = str(exc)
        assert message.startswith("input.txt: ") and "\n" not in message and "; " in message
        return
    dumped = record.model_dump(mode="json")
    errors = [e.message for e in VALIDATOR.iter_errors(dumped)]
    assert errors == []
    assert record.source.bytes == len(data)
    assert "\x00" not in record.body and "\r" not in record.body


@settings(CI)
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes):
    check(data)


@settings(CI)
@given(st.text(max_size=2000), st.sampled_from(ENCODINGS))
def test_arbitrary_text_in_any_encoding(text: str, encoding: str):
    check(text.encode(encoding, errors="replace"))


@st.composite
def mutated_seed(draw: st.DrawFn) -> bytes:
    text = SEED
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "repeat", "text"]))
        if action == "insert":
            text = text[:at] + draw(st.sampled_from(TOKENS)) * draw(st.sampled_from([1, 2, 20, 300])) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 500)):]
        elif action == "repeat":
            piece = text[at:at + draw(st.integers(1, 200))]
            text = text[:at] + piece * draw(st.sampled_from([2, 10, 100])) + text[at:]
        else:
            text = text[:at] + draw(st.text(max_size=50)) + text[at:]
    return text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


@settings(CI)
@given(mutated_seed())
def test_mutated_seed_article(data: bytes):
    check(data)


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    tags = ["div", "p", "span", "h1", "article", "script", "style", "li", "br", "meta", "title", "time", "a"]
    parts = ['<!doctype html><html><head><meta charset="' + draw(st.sampled_from(
        ["utf-8", "windows-1252", "iso-8859-1", "utf-7", "utf-16", "bogus", "punycode"])) + '">']
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(tags))
        depth = draw(st.sampled_from([1, 1, 5, 300, 1000]))
        body = draw(st.sampled_from(["", "Title", "Par Jean Dupont", "19 février 2025", "Ã©té", "\x00", "\x0b"]))
        parts.append(f"<{tag}>" * depth + body + (f"</{tag}>" * depth if draw(st.booleans()) else ""))
    if draw(st.booleans()):
        nest = draw(st.sampled_from([1, 50, 2000, 20000]))
        parts.append('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                     + "[" * nest + '{"name": "A B"}' + "]" * nest + "}</script>")
    return "".join(parts).encode(draw(st.sampled_from(["utf-8", "cp1252"])), errors="replace")


@settings(CI, max_examples=60)
@given(html_page())
def test_html_pages_and_bombs(data: bytes):
    check(data)


@settings(CI, max_examples=25)
@given(st.one_of(st.binary(max_size=2000), mutated_seed(), html_page()))
def test_cli_never_shows_a_traceback(tmp_path_factory: pytest.TempPathFactory, data: bytes):
    path = tmp_path_factory.mktemp("cli") / "input.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(cli.parse_main, ["--format", "jsonl", str(path)])
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    record = json.loads(result.stdout)
    if result.exit_code == 0:
        assert result.stderr == ""
        assert [e.message for e in VALIDATOR.iter_errors(record)] == []
    else:
        assert set(record) == {"error", "kind", "path"} and record["kind"] in KINDS
        assert result.stderr == f"congo-digital: {record['error']}\n"

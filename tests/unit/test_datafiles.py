"""Files of data, not articles (``read.datafiles``): what a folder walk skips."""

from __future__ import annotations

from pathlib import Path

import pytest

from congo_digital.read.datafiles import data_kind, is_article_name, is_json_lines, named_data


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("a.json", b'\xef\xbb\xbf  {"a": [1, 2]}', "JSON"),
    ("records.txt", b'{"a": 1}\n\n[2, 3]\n', "JSON Lines"),
    ("t.csv", b"title,url\nA,https://x\n", "CSV"),
    ("t.TSV", b"title\turl\n", "CSV"),
    ("t.csv", b"One sentence without a comma.\n", None),
    ("one.jsonl", b'{"a": 1}\n', "JSON"),
    ("note.txt", b"[Updated] The minister met the delegation.\nTalks went on.\n", None),
    ("half.txt", b'{"a": 1}\nThe minister met the delegation.\n', None),
    ("a.html", b"<html><body><p>Text</p></body></html>", None),
    ("bad.json", b'{"a": \xff}', None),
])
def test_data_kind(tmp_path: Path, name: str, content: bytes, kind: str | None):
    (tmp_path / name).write_bytes(content)
    assert data_kind(str(tmp_path / name)) == kind


def test_data_kind_of_a_missing_file_is_none(tmp_path: Path):
    assert data_kind(str(tmp_path / "nope.json")) is None


def test_json_lines_needs_two_values():
    assert is_json_lines('{"a": 1}\n{"b": 2}') is True
    assert is_json_lines('{"a": 1}') is False
    assert is_json_lines('{"a": 1}\n"text"') is False


@pytest.mark.parametrize(("name", "expected"), [
    ("a.txt", True), ("sub/B.HTML", True), ("page.xhtml", True), ("x.shtml", True), ("notes.text", True),
    ("README.md", False), ("table.csv", False), ("Makefile", False), (".txt", False), ("a.txt.gz", False),
])
def test_is_article_name(name: str, expected: bool):
    assert is_article_name(name) is expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("title,url\nA,b\n", "t.csv", "a CSV table"),
    ("title\turl\n", "dir.x/T.tsv", "a TSV table"),
    ("One sentence without a comma.\nThen, a comma.\n", "t.csv", None),
    ('\ufeff  {"a": ', "cut.json", "a JSON file"),
    ('[{"a": 1}', "r.ndjson", "a JSON file"),
    ("The minister said {nothing}.", "a.json", None),
    ("title,url\n", "t.txt", None),
    ("title,url\n", None, None),
])
def test_named_data(text: str, name: str | None, expected: str | None):
    assert named_data(text, name) == expected

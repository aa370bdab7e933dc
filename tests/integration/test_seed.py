"""The reference article parses to its gold values (shared/corpus/authored/manifest.jsonl, id 'seed')."""

from __future__ import annotations

from pathlib import Path

import pytest

from congo_digital import parse_bytes, parse_path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _seed():
    return parse_path(str(FIXTURES / "seed.txt"))


def test_seed_header_fields():
    rec = _seed()
    assert rec.title == "Congo Seeks Russian Support for Digital Growth"
    assert rec.subtitle is None
    assert [(a.name, a.role) for a in rec.authors] == [("Samira Njoya", None)]
    assert [e.name for e in rec.editors] == ["Sèna D. B. de Sodji"]
    assert rec.date == "2025-02-19T10:56"
    assert rec.date_modified is None
    assert rec.language == "en"
    assert rec.section == "TECH STARS"
    assert rec.dateline is None


def test_seed_body_is_clean():
    rec = _seed()
    assert rec.body.startswith("In response to the growing challenges of digital transformation")
    assert rec.body.endswith("positioning Congo as a key player in the African and global tech ecosystem.")
    assert "offcanvas" not in rec.body
    assert "By Samira Njoya" not in rec.body
    assert "Editing by" not in rec.body
    assert "TECH STARS" not in rec.body
    assert rec.body.count("\n\n") == 6  # seven paragraphs
    assert "Léon-Juste Ibombo (photo, left)" in rec.body


def test_seed_source_and_evidence():
    rec = _seed()
    text = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    assert rec.source.format == "text"
    assert rec.source.encoding == "utf-8"
    assert rec.source.bytes == len(text.encode("utf-8"))
    assert len(rec.source.sha256) == 64
    ev = rec.evidence["title"]
    assert ev.source == "text:title"
    assert text[ev.start:ev.end] == "Congo Seeks Russian Support \u00a0for Digital Growth"
    assert rec.evidence["authors"].text == "By : Samira Njoya"
    assert rec.evidence["section"].source == "text:section-label"


@pytest.mark.parametrize(("before", "after"), [(100, 0), (5000, 0), (0, 400), (81, 81)])
def test_blank_lines_around_the_article_change_nothing_but_offsets(before, after):
    """Blank lines before or after the text do not count in the header window, the page test,
    the footer scan or the line limit: 81 leading blank lines once lost the title and date,
    3,000 got the article refused as empty, and 400 trailing ones kept the closing credit in
    the body."""
    seed = (FIXTURES / "seed.txt").read_bytes()
    plain = parse_bytes(seed)
    padded = parse_bytes(b"\n" * before + seed + b"\n" * after)
    keys = ("title", "subtitle", "authors", "editors", "date", "section", "dateline", "body", "parties", "topics")
    assert {k: getattr(padded, k) for k in keys} == {k: getattr(plain, k) for k in keys}
    assert padded.warnings == []
    ev = padded.evidence["title"]
    assert ev.start == plain.evidence["title"].start + before and ev.end == plain.evidence["title"].end + before

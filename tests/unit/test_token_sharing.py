"""The parties pass tokenises each distinct text of an article once (body, title, names)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from congo_digital.enrich import countries, doc, org_index, tokens
from congo_digital.enrich.parties import find_parties
from congo_digital.enrich.tokens import Token, TokenMemo, tokenize

FIX = Path(__file__).resolve().parents[2] / "fixtures"


def _seed() -> tuple[str, str]:
    """(title, body) of ``fixtures/seed.txt``: the first line, then the rest."""
    lines = (FIX / "seed.txt").read_text(encoding="utf-8").split("\n")
    return lines[0], "\n".join(lines[1:]).strip("\n")


def _count_tokenize(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Replace ``tokenize`` in every parties module that calls it, and ``doc._tokens`` (which
    tokenises a body or a headline), with a counter of the texts they get."""
    calls: Counter[str] = Counter()
    original = tokens.tokenize

    def counting(text: str, offset: int = 0) -> list[Token]:
        calls[text] += 1
        return original(text, offset)

    for module in (tokens, doc, countries, org_index):
        if getattr(module, "tokenize", None) is original:
            monkeypatch.setattr(module, "tokenize", counting)
    marking = doc._tokens  # (a body or a headline: tokenised and marked in one walk)

    def counting_marked(d: doc.Doc, texts: list[str], lines: list) -> None:
        calls[d.text] += 1
        marking(d, texts, lines)

    monkeypatch.setattr(doc, "_tokens", counting_marked)
    return calls


def test_seed_article_tokenises_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    title, body = _seed()
    expected = [p.name for p in find_parties(body, title=title, language="en")]  # loads the data
    calls = _count_tokenize(monkeypatch)
    got = find_parties(body, title=title, language="en")
    assert [p.name for p in got] == expected
    assert calls == Counter({
        body: 1,
        "Congo Seeks Russian Support \u00a0for Digital Growth": 1,
        "United Nations": 1,
        "UN": 1,
        "ONU": 1,
        "International Telecommunication Union": 1,
        "ITU": 1,
        "UIT": 1,
    })
    assert title == "Congo Seeks Russian Support \u00a0for Digital Growth"


def test_token_memo_tokenises_once_and_keeps_at_most_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_tokenize(monkeypatch)
    memo = TokenMemo(limit=2)
    first = memo("World Health Organization")
    assert memo("World Health Organization") is first
    assert [t.norm for t in first] == ["world", "health", "organization"]
    memo("WHO")
    memo("OMS")  # past the limit: tokenised, not kept
    memo("OMS")
    assert len(memo) == 2
    assert calls == Counter({"World Health Organization": 1, "WHO": 1, "OMS": 2})
    assert [(t.text, t.start, t.end) for t in memo("l'OMS")] == [("l'", 0, 2), ("OMS", 2, 5)]
    assert [t.norm for t in memo("Kenya's")] == [t.norm for t in tokenize("Kenya's")] == ["kenya", "'s"]

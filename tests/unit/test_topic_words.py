"""The topic matcher's words and stems: the quick paths give what the general ones give."""

from __future__ import annotations

from congo_digital.enrich.topic_match import match
from congo_digital.enrich.topic_stems import ASCII_WORD_RE, STEMMERS, WORD_RE


def test_ascii_words_are_the_words_of_an_ascii_line():
    line = "The co_op's 2nd vote: AI-led (beta) apps, x2 and 10,000 users."
    assert ASCII_WORD_RE.findall(line) == WORD_RE.findall(line) == [
        "The", "co", "op", "s", "2nd", "vote", "AI", "led", "beta", "apps", "x2", "and", "10", "000", "users"]


def test_stems_of_words_without_a_plural_ending_are_the_words():
    assert [STEMMERS["en"](w) for w in ("elections", "parties", "taxes", "business", "vote", "bus")] == [
        "election", "party", "tax", "business", "vote", "bus"]
    assert [STEMMERS["de"](w) for w in ("wahlen", "steuer", "kraft", "regierungen", "bundestag")] == [
        "wahl", "steu", "kraft", "regierung", "bundestag"]


def test_a_line_with_an_accent_reads_its_words_as_unicode_ones():
    hits = match([("body", "Les élections et les Élections.")], "fr")
    assert {form for hit in hits.values() for form in hit.per_term} == {"élections"}
